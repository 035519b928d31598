"""Argument checks shared by the commands that read articles (extract, ingest, spark)."""

from __future__ import annotations

import argparse
import sys


class UsageError(ValueError):
    """A flag's value is unusable; the message says how to fix it."""


def check_date_lang(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """Validate `--date` and `--lang`; return (lang, date) normalized. Raises UsageError."""
    date = getattr(args, "date", None)
    if date:
        import datetime as dt

        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise UsageError(f"--date {date!r} is not a date; use YYYY-MM-DD") from None
    lang = None
    if getattr(args, "lang", None):
        from cronaca.detect import UnsupportedLanguage, check_language

        try:
            lang = check_language(args.lang)
        except UnsupportedLanguage as exc:
            raise UsageError(str(exc)) from None
    return lang, date


def usage_error(exc: Exception) -> int:
    print(f"cronaca: {exc}", file=sys.stderr)
    return 2
