"""Quotes stage (placeholder until the quotation extractor lands)."""
from cronaca.model import Document


def find_quotes(doc: Document) -> None:
    doc.quotes = []
