"""The demo brand's knowledge sources (product documents, brand voice, compliance), shipped as package data."""
