"""Runners drive the pipeline over many inputs; stages never know which runner runs them."""
