"""Check-worthiness: how much a claim or sentence is worth checking (0–100), and whether it
is pure opinion, intent, thanks or rhetoric rather than a claim to check.

``assess`` holds the API (``assess_claim``, ``assess_sentence``); ``features`` what the model
reads; ``vocabulary`` every word list; ``scorer`` the shipped model; ``command`` the CLI.
Kept light on purpose: importing the package does not import extraction.
"""
