"""Every custom attribute kroniek sets on spaCy objects, registered once at import.

Each pipeline component writes only the attributes it declares in ``assigns``:

- ``doc._.article_id`` (str), ``doc._.dct`` (DayInterval): set by the caller before the
  pipeline runs; ``dct`` (document creation time) anchors relative dates, as in
  HeidelTime's news mode, and may be a day, a month or unknown.
- ``doc._.published`` (dict | None): kroniek_timex; the inferred publication interval
  of an undated article ({"value","earliest","latest","source": "inferred"}).
- ``doc._.places``: kroniek_geocode; ``doc._.times``: kroniek_timex;
  ``doc._.quantities``: kroniek_quantity; ``doc._.claims``: kroniek_attribution;
  ``doc._.events``: kroniek_event. Each is a list of dicts in the output contract's
  shape (``kroniek/schema/article.schema.json``), with character offsets into
  ``doc.text`` and extra provenance keys (``rule``, ``sentence``).
"""
from spacy.tokens import Doc

from .interval import UNKNOWN

_DOC_ATTRS = {
    "article_id": None,
    "dct": UNKNOWN,
    "published": None,
    "places": None,
    "times": None,
    "quantities": None,
    "claims": None,
    "events": None,
}


def register() -> None:
    """Register all Doc extensions; safe to call more than once."""
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
