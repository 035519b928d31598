"""Time stage (placeholder until the resolver lands)."""
from cronaca.model import Document


def find_timexes(doc: Document) -> None:
    doc.timexes = []
