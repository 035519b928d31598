import json
import subprocess
import sys
from pathlib import Path

from cronaca.contract import validate

IT = (
    "Il presidente francese Emmanuel Macron ha ricevuto martedì all’Eliseo il cancelliere tedesco "
    "Olaf Scholz. «Dobbiamo restare uniti», ha detto Macron ai giornalisti.\n"
)
EN = (
    "British Prime Minister Boris Johnson spoke with Ukrainian President Volodymyr Zelensky on "
    "Tuesday, Downing Street said. \"We stand with Ukraine,\" Johnson told reporters.\n"
)


def cronaca(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cronaca", *args], input=stdin, capture_output=True, timeout=120
    )


def test_help_has_examples():
    r = cronaca("extract", "--help")
    assert r.returncode == 0
    assert b"examples:" in r.stdout and b"--date" in r.stdout


def test_json_contract_italian(tmp_path: Path):
    p = tmp_path / "macron.txt"
    p.write_text(IT, encoding="utf-8")
    r = cronaca("extract", str(p), "--date", "2022-02-08", "--json")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    validate(rec, IT)
    assert rec["document"] == {
        "id": "macron", "lang": "it", "date": "2022-02-08", "title": None, "url": None, "source": None
    }


def test_language_detected_english(tmp_path: Path):
    p = tmp_path / "johnson.txt"
    p.write_text(EN, encoding="utf-8")
    r = cronaca("extract", str(p), "--json")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["document"]["lang"] == "en"
    validate(rec, EN)


def test_stdin():
    r = cronaca("extract", "-", "--lang", "it", "--json", stdin=IT.encode())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["document"]["lang"] == "it"


def test_readable_view(tmp_path: Path):
    p = tmp_path / "macron.txt"
    p.write_text(IT, encoding="utf-8")
    r = cronaca("extract", str(p), "--date", "2022-02-08")
    assert r.returncode == 0
    assert r.stdout.strip()


def test_jsonl_batch_in_order_with_errors(tmp_path: Path):
    p = tmp_path / "batch.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps({"id": "uno", "text": IT, "date": "2022-02-08"}),
                "{not json",
                json.dumps({"id": "due", "text": EN}),
                json.dumps({"id": "tre", "text": ""}),
            ]
        ),
        encoding="utf-8",
    )
    r = cronaca("extract", str(p), "--json")
    assert r.returncode == 1
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [o["document"]["id"] for o in out] == ["uno", "due"]
    assert [o["document"]["lang"] for o in out] == ["it", "en"]
    err = r.stderr.decode()
    assert "2 document(s) extracted, 2 skipped" in err
    assert "batch.jsonl:2" in err and "batch.jsonl:4" in err


def _one_line_error(r: subprocess.CompletedProcess, needle: str) -> None:
    assert r.returncode != 0
    lines = r.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert needle in lines[0]
    assert r.stdout == b""


def test_bad_inputs_single_document(tmp_path: Path):
    binary = tmp_path / "foto.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    _one_line_error(cronaca("extract", str(binary)), "binary")

    empty = tmp_path / "vuoto.txt"
    empty.write_bytes(b"")
    _one_line_error(cronaca("extract", str(empty)), "empty")

    _one_line_error(cronaca("extract", str(tmp_path / "manca.txt")), "no such file")

    big = tmp_path / "enorme.txt"
    with big.open("wb") as fh:
        chunk = ("Il governo ha approvato il decreto. " * 1000).encode()
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    _one_line_error(cronaca("extract", str(big)), "limit")


def test_cp1252_is_read_with_warning(tmp_path: Path):
    p = tmp_path / "vecchio.txt"
    p.write_bytes("Il premier ha parlato di «unità» e città.".encode("cp1252"))
    r = cronaca("extract", str(p), "--lang", "it", "--json")
    assert r.returncode == 0
    assert b"cp1252" in r.stderr
    assert json.loads(r.stdout)["document"]["lang"] == "it"


def test_bad_flags():
    r = cronaca("extract", "-", "--date", "15/12/2021", stdin=b"testo")
    assert r.returncode == 2 and b"YYYY-MM-DD" in r.stderr
    r = cronaca("extract", "-", "--lang", "xx", stdin=b"testo")
    assert r.returncode == 2 and b"not supported" in r.stderr
