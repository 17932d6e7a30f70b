"""spaCy loading and parsing."""
