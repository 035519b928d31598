"""cronaca: news articles in, event data out — actors, quotations and PLOVER events with evidence.

    >>> import cronaca
    >>> doc = cronaca.extract("Il presidente russo Vladimir Putin ha incontrato ...", date="2021-12-15")
    >>> doc.to_dict()["actors"]
"""

__version__ = "0.1.0"

from cronaca.model import Actor, Document, DocumentMeta, Event, Quote, Span, Timex  # noqa: E402
from cronaca.pipeline import Pipeline, extract  # noqa: E402

__all__ = ["Actor", "Document", "DocumentMeta", "Event", "Pipeline", "Quote", "Span", "Timex", "extract"]
