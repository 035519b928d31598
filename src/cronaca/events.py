"""Events stage (placeholder until the event coder lands)."""
from cronaca.model import Document


def find_events(doc: Document) -> None:
    doc.events = []
