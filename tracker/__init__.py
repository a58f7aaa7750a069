"""tracker: a fact-checker's workbench in the terminal."""

__version__ = "0.1.0"
