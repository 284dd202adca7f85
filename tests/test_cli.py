"""The real command, as a user runs it: exit codes, output and exact error text."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

BIO = ("Anna Petrova\nAnna Petrova was born in Odessa in 1870. In 1895 Petrova was arrested in Vienna "
       "and exiled to Siberia. Petrova died in Coyoacán in 1930.\n")


def places(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "places", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_geocode_json_contract():
    r = places("geocode", "--json", "--curated-only", "Alma-Ata", "Nowhere-on-earth")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [row["query"] for row in rows] == ["Alma-Ata", "Nowhere-on-earth"]
    assert set(rows[0]) == {"query", "name", "lat", "lon", "kind", "country", "source", "reason"}
    assert rows[0]["name"] == "Alma Ata" and rows[0]["country"] == "Kazakhstan" and rows[0]["source"] == "curated"
    assert (rows[1]["name"], rows[1]["lat"], rows[1]["lon"]) == (None, None, None)


def test_geocode_uses_geonames_for_names_the_curated_table_lacks():
    r = places("geocode", "--json", "Krasnoyarsk", "Kiev")
    assert r.returncode == 0, r.stderr
    krasnoyarsk, kiev = json.loads(r.stdout)
    assert krasnoyarsk["source"] == "geonames" and krasnoyarsk["country"] == "Russia"
    assert abs(krasnoyarsk["lat"] - 56.0) < 0.3 and abs(krasnoyarsk["lon"] - 92.9) < 0.3
    assert kiev["source"] == "curated" and kiev["country"] == "Ukraine"


def test_extract_and_build_on_a_folder(tmp_path):
    (tmp_path / "petrova.txt").write_text(BIO, encoding="utf-8")
    (tmp_path / "petrova-copy.txt").write_text(BIO, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    r = places("extract", "--json", "--subject", "Anna Petrova", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "skipped: empty.txt: empty document" in r.stderr
    assert "skipped: petrova.txt: same content as petrova-copy.txt, read once" in r.stderr
    data = json.loads(r.stdout)
    assert data["subject"] == "Anna Petrova"
    assert [(s["place"], s["start"], s["kind"]) for s in data["stops"]] == [
        ("Odessa", 1870, "birth"), ("Vienna", 1895, "prison"), ("Siberia", 1895, "exile"), ("Coyoacán", 1930, "death")]
    assert set(data["stops"][0]) == {"doc", "place", "lat", "lon", "start", "end", "kind", "quote", "offset",
                                     "confidence"}
    out = tmp_path / "it.json"
    r = places("build", str(tmp_path / "petrova.txt"), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "about Anna Petrova" in r.stderr
    assert [s["place"] for s in json.loads(out.read_text())["stops"]] == ["Odessa", "Vienna", "Siberia", "Coyoacán"]


def test_extract_explain_says_why_each_mention_is_or_is_not_a_stop(tmp_path):
    doc = tmp_path / "petrova.txt"
    doc.write_text(BIO + "Her friend Ivan was born in Gori.\n", encoding="utf-8")
    r = places("extract", "--explain", "--subject", "Anna Petrova", str(doc))
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    verdicts = {place: verdict for _, place, verdict, _ in rows}
    assert verdicts["Vienna"] == "stop: prison 1895-1895 (explicit)"
    assert verdicts["Gori"] == "not about the subject"


def test_documents_without_stops_are_named_with_the_reason(tmp_path):
    (tmp_path / "a.txt").write_text("Anna Petrova was a teacher. She liked books.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Anna Petrova lived in Vienna. She lived in Paris.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Ivan Ivanov lived in Vienna in 1901.\n", encoding="utf-8")
    r = places("extract", "--json", "--subject", "Anna Petrova", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["stops"] == []
    assert "note: a.txt: no stops of Anna Petrova: no place names found" in r.stderr
    assert "note: b.txt: no stops of Anna Petrova: 2 place mentions, none a dated stop (most often: no date, 2×" \
        in r.stderr
    assert "note: c.txt: no stops of Anna Petrova: 1 place mention, none in a sentence about Anna Petrova" \
        in r.stderr


def test_errors_are_one_line_with_exit_status_2(tmp_path):
    r = places("build", str(tmp_path / "missing"), "-o", str(tmp_path / "x.json"))
    assert r.returncode == 2
    assert r.stderr.strip() == f"error: {tmp_path / 'missing'}: no such file or folder"
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    r = places("build", str(tmp_path / "bin.txt"), "-o", str(tmp_path / "x.json"))
    assert r.returncode == 2
    assert r.stderr.splitlines() == ["skipped: bin.txt: looks binary (contains NUL bytes), not a text document",
                                     "error: no readable documents"]
    assert not (tmp_path / "x.json").exists()


def test_anything_but_a_regular_file_is_refused_in_one_line_with_status_2(tmp_path):
    """/dev/zero never ends and a named pipe blocks until someone writes: neither may be read."""
    import os
    import socket

    from places.corpus import MAX_BYTES

    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    with open(tmp_path / "huge.txt", "wb") as f:  # sparse: large to stat, nothing on disk
        f.truncate(MAX_BYTES + 1)
    cases = {"/dev/zero": "a character device", str(tmp_path / "pipe.txt"): "a named pipe",
             str(tmp_path / "sock.txt"): "a socket"}
    try:
        for path, kind in cases.items():
            for command in (("extract",), ("build", "-o", str(tmp_path / "x.json"))):
                r = places(*command, path)
                assert r.returncode == 2, (path, r.stderr)
                assert r.stderr.splitlines() == [
                    f"error: {path}: not a regular file ({kind}); only text files are read"]
        r = places("extract", str(tmp_path / "huge.txt"))
        assert r.returncode == 2
        assert r.stderr.splitlines() == [f"error: {tmp_path / 'huge.txt'}: too large ({MAX_BYTES + 1:,} bytes; the "
                                         f"limit is {MAX_BYTES:,})"]
    finally:
        server.close()
    assert not (tmp_path / "x.json").exists()


def test_reading_a_named_pipe_is_refused_without_blocking(tmp_path):
    """The reader itself refuses a pipe (found in a folder listing, or swapped in after it): checked before
    opening, and opened without blocking and checked again on the descriptor. Run in a child process, so a
    reader that blocks fails this test instead of hanging it."""
    import os

    os.mkfifo(tmp_path / "late.txt")
    code = ("import sys; from places.corpus import read_document; from places.errors import DocumentError\n"
            "try: read_document(sys.argv[1])\nexcept DocumentError as exc: print(exc)")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "late.txt")], capture_output=True, text=True,
                       cwd=ROOT, timeout=60)
    assert r.stdout.strip() == f"{tmp_path / 'late.txt'}: not a regular file (a named pipe); only text files are read"


TERMINAL_ATTACKS = ["\x1b[2J\x1b[31m", "\x1b]0;owned\x07", "\x9b31m", "\u202e", "\u2066", "\u200b", "\r", "\x08"]


def test_nothing_from_a_document_or_its_name_reaches_the_terminal_raw(tmp_path):
    """ANSI escapes (clear screen, colour, window title, the one-byte CSI), bidi overrides and isolates,
    zero-width characters, carriage returns and backspaces are written as visible escapes."""
    name = "petrova\x1b[41m\u202e.txt"
    text = BIO.replace("Vienna", "Vienna " + "".join(TERMINAL_ATTACKS)) + "\u202eShe moved\x1b[8m to Paris in 1931.\n"
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "empty\x1b[5m\u2067.txt").write_text("", encoding="utf-8")  # named in a "skipped:" line
    out = str(tmp_path / "o.json")
    commands = (("extract", "--explain"), ("extract",), ("extract", "--json"), ("build", "-o", out))
    for args in commands:
        r = places(*args, "--subject", "Anna Petrova", str(tmp_path))
        assert r.returncode == 0, r.stderr
        for attack in TERMINAL_ATTACKS + ["\x1b", "\u202e"]:
            assert attack not in r.stdout + r.stderr, (args, attack)
        assert "skipped: empty\\x1b[5m\\u2067.txt: empty document" in r.stderr
        if args != ("extract", "--json"):
            assert "petrova\\x1b[41m\\u202e.txt" in r.stdout or args[0] == "build"
    explained = places("extract", "--explain", "--subject", "Anna Petrova", str(tmp_path)).stdout
    assert "\\x1b[2J\\x1b[31m" in explained and "\\u202e" in explained and "\\x9b31m" in explained
    data = json.loads(places("extract", "--json", "--subject", "Anna Petrova", str(tmp_path)).stdout)
    assert data["stops"][0]["doc"] == name, "JSON escapes keep the same value"
