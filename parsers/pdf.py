"""PLACEHOLDER: pdf parser (to be written)."""
