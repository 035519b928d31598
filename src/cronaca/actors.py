"""Actors stage (placeholder until the actor recognizer lands)."""
from cronaca.model import Document


def find_actors(doc: Document) -> None:
    doc.actors = []
