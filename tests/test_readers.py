import io
import json

import pytest

from kroniek.readers import parse_seed, read_articles


def _one(tmp_path, name, data: bytes, **kw):
    p = tmp_path / name
    p.write_bytes(data)
    return list(read_articles([p], **kw))


@pytest.mark.parametrize("raw,value,text", [
    ("date 2023-07\nDe stad werd beschoten.", "2023-07", "De stad werd beschoten."),
    (" date 2023-07 De stad werd beschoten.", "2023-07", "De stad werd beschoten."),
    ("date 2024-02-12\nTekst.", "2024-02-12", "Tekst."),
])
def test_readers_seed_header(raw, value, text):
    art = parse_seed(raw, "x.txt")
    assert art.published.value == value
    assert art.text == text
    assert art.errors == []


def test_readers_seed_without_header_is_unknown():
    art = parse_seed("Oekraïense troepen rukten op.", "x.txt")
    assert not art.published.known and art.published_source == "unknown"
    assert art.text == "Oekraïense troepen rukten op."


def test_readers_invalid_date_header_names_file(tmp_path):
    [art] = _one(tmp_path, "bad.txt", "date 2023-13\nHet front bleef stil.".encode())
    assert not art.failed and art.text == "Het front bleef stil."
    assert "bad.txt" in art.errors[0] and "2023-13" in art.errors[0]


def test_readers_non_utf8_is_processed_with_error(tmp_path):
    [art] = _one(tmp_path, "latin1.txt", "Bij Charkiv werd gevochten, café.".encode("latin-1"))
    assert not art.failed and "UTF-8" in art.errors[0] and "latin1.txt" in art.errors[0]
    assert "Charkiv" in art.text


def test_readers_binary_and_empty_fail_clearly(tmp_path):
    [b] = _one(tmp_path, "img.bin", b"\x89PNG\x00\x00\x01")
    [e] = _one(tmp_path, "empty.txt", b"date 2023-07\n   \n")
    assert b.failed and "binary" in b.errors[0] and "img.bin" in b.errors[0]
    assert e.failed and "empty" in e.errors[0]


def test_readers_size_limit(tmp_path):
    [art] = _one(tmp_path, "big.txt", b"a" * 2_100_000, max_mb=2)
    assert art.failed and "big.txt" in art.errors[0] and "limit" in art.errors[0]


def test_readers_jsonl_bad_lines_do_not_stop_others(tmp_path):
    lines = [json.dumps({"id": "a1", "text": "Eerste bericht.", "date": "2024-03"}),
             "{not json",
             json.dumps({"id": "a3", "title": "zonder tekst"}),
             json.dumps(["lijst"]),
             json.dumps({"text": "Zonder id maar met url.", "url": "https://example.org/x"}),
             json.dumps({"id": "a6", "text": "Slechte datum.", "date": "maart"})]
    arts = _one(tmp_path, "batch.jsonl", "\n".join(lines).encode())
    assert [a.failed for a in arts] == [False, True, True, True, False, False]
    assert "batch.jsonl:2" in arts[1].errors[0] and "JSON" in arts[1].errors[0]
    assert "batch.jsonl:3" in arts[2].errors[0] and "'text'" in arts[2].errors[0]
    assert arts[4].id == "https://example.org/x"
    assert arts[0].published.value == "2024-03"
    assert "maart" in arts[5].errors[0] and not arts[5].published.known


def test_readers_directory_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text("Tweede.")
    (tmp_path / "a.txt").write_text("Eerste.")
    (tmp_path / ".hidden").write_text("Niet lezen.")
    assert [a.text for a in read_articles([tmp_path])] == ["Eerste.", "Tweede."]


def test_readers_stdin_text_and_jsonl():
    [a] = read_articles(["-"], stdin=io.BufferedReader(io.BytesIO("date 2022-03\nKiev werd beschoten.".encode())))
    assert a.published.value == "2022-03" and a.origin == "<stdin>"
    arts = list(read_articles(["-"], stdin=io.BufferedReader(io.BytesIO(b'{"id":"x","text":"Tekst."}\n'))))
    assert arts[0].id == "x"


def test_readers_missing_path_is_reported():
    [a] = read_articles(["/nonexistent/file.txt"])
    assert a.failed and "/nonexistent/file.txt" in a.errors[0]


def test_readers_same_text_same_id(tmp_path):
    (tmp_path / "x.txt").write_text("Hetzelfde bericht.")
    (tmp_path / "y.txt").write_text("Hetzelfde bericht.")
    a, b = read_articles([tmp_path])
    assert a.id == b.id
