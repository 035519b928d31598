"""Language detection, restricted to the languages that have a pack."""

from __future__ import annotations

from functools import cache

from cronaca.lang import SUPPORTED


class UnsupportedLanguage(ValueError):
    pass


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect_language(text: str) -> str:
    """Best supported language for `text` (only the first few thousand characters are read)."""
    sample = text[:4000]
    if not sample.strip():
        return SUPPORTED[0]
    lang, _prob = _identifier().classify(sample)
    return lang


def check_language(lang: str) -> str:
    lang = lang.lower().split("-")[0].split("_")[0]
    if lang not in SUPPORTED:
        raise UnsupportedLanguage(
            f"language {lang!r} is not supported (supported: {', '.join(SUPPORTED)}); "
            "add a language pack under cronaca/lang/ or pass --lang"
        )
    return lang
