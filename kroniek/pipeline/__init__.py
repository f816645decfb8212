"""Language-neutral pipeline components; importing this package registers their factories.

Order matters: each stage reads what earlier stages wrote.
"""
from . import sentences, clutter, entities, geocode, timex, quantity, attribution, event  # noqa: F401

PIPELINE = [
    "kroniek_sentences",
    "kroniek_clutter",
    "kroniek_entities",
    "kroniek_geocode",
    "kroniek_timex",
    "kroniek_quantity",
    "kroniek_attribution",
    "kroniek_event",
]
