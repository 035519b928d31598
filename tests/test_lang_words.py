"""langpacks.words: a word list from a language pack's YAML by its key path; empty when absent."""

from __future__ import annotations

from cronaca import lang as langpacks


def test_words_reads_a_nested_list_in_lower_case() -> None:
    got = langpacks.words("it", "triggers", "roles", "list_openers")
    assert "tra cui" in got
    assert all(w == w.lower() for w in got)


def test_words_is_empty_for_a_missing_key_or_file() -> None:
    assert langpacks.words("it", "triggers", "roles", "no_such_key") == []
    assert langpacks.words("it", "no_such_file", "roles") == []


def test_entry_reads_one_key_of_a_data_file_and_is_none_without_data() -> None:
    assert isinstance(langpacks.entry("en", "reactions", "blocked"), dict)
    assert langpacks.entry("en", "reactions", "no_such_key") is None
    # a language with no such file: the rule reading it is off, not an error
    assert langpacks.entry("de", "reactions", "blocked") is None
