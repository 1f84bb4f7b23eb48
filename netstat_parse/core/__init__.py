"""Shared core: records, endpoints, decoding, grammars, sectioning and the driver."""
