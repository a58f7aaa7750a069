"""Find the quantities a sentence states, with exact spans and normalised values.

``find_quantities`` is the entry point; ``scan.py`` says how the pass works and which
module holds which step; ``tables.py`` holds the rules' word lists.
"""

from __future__ import annotations

from tracker.extract.quantities.bounds import merge_bounds
from tracker.extract.quantities.scan import find_quantities

__all__ = ["find_quantities", "merge_bounds"]
