"""bench/agreement.py: two annotations of the same articles scored as the benchmark scores kroniek."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import agreement  # noqa: E402

FIRST = {"id": "a1", "date": "2024-03",
         "places": [{"mention": "Odesa", "name": "Odesa", "lat": 46.48, "lon": 30.73, "kind": "city"},
                    {"mention": "Soemy", "name": "Sumy", "lat": 50.91, "lon": 34.80, "kind": "city"}],
         "times": [{"mention": "dinsdag", "earliest": "2024-02-27", "latest": "2024-03-26"}],
         "events": [{"kind": "drone_strike", "place": "Odesa"}, {"kind": "shelling", "place": "Sumy"}]}


def _write(path: Path, rec: dict) -> Path:
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_agreement_of_an_annotation_with_itself_is_complete(tmp_path):
    a = agreement._read(_write(tmp_path / "a.jsonl", FIRST))
    got = agreement.agreement(a, a)
    assert got["events"] == {"first": 2, "second": 2, "agree": 2, "found": 2}
    assert got["times"]["agree"] == 1


def test_agreement_counts_a_place_or_an_interval_apart_as_disagreement(tmp_path):
    second = {**FIRST,
              "times": [{"mention": "dinsdag", "earliest": "2024-03-05", "latest": "2024-03-05"},
                        {"mention": "vorige week", "earliest": "2024-02-19", "latest": "2024-03-24"}],
              "events": [{"kind": "drone_strike", "place": "Kyiv"}, {"kind": "shelling", "place": "Sumy"},
                         {"kind": "arrest", "place": None}]}
    got = agreement.agreement(agreement._read(_write(tmp_path / "a.jsonl", FIRST)),
                              agreement._read(_write(tmp_path / "b.jsonl", second)))
    # the strike found at another place is found but not agreed; the extra arrest is the second's alone
    assert got["events"] == {"first": 2, "second": 3, "agree": 1, "found": 2}
    # a Tuesday inside the first annotator's span of Tuesdays agrees
    assert got["times"] == {"first": 1, "second": 2, "agree": 1, "found": 1}


def test_agreement_says_when_a_file_is_missing(tmp_path, capsys):
    assert agreement.main([str(tmp_path / "none.jsonl"), str(tmp_path / "none.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err
