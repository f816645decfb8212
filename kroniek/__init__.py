"""kroniek: Dutch conflict news in, a sourced, dated, geocoded chronicle out.

The core API lives in :mod:`kroniek.chronicle`; the CLI and the store call it.
"""
from . import extensions  # noqa: F401  (registers Doc._ attributes)
from . import pipeline  # noqa: F401  (registers the spaCy factories)

__version__ = "0.1.0"
