"""Data layer: the data contract, imports, the demo brand and example data sets."""
