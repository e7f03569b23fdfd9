"""kg: build a knowledge graph of who connects academia and industry at events."""

__version__ = "0.1.0"
