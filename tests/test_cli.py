import json

from click.testing import CliRunner

from kroniek.cli import main

from .conftest import EXAMPLES


def test_cli_help_has_examples():
    res = CliRunner().invoke(main, ["--help"])
    assert res.exit_code == 0 and "Examples:" in res.output and "kroniek extract" in res.output
    for cmd in ("extract", "ingest", "show"):
        assert CliRunner().invoke(main, [cmd, "--help"]).exit_code == 0


def test_cli_extract_examples_in_order(tmp_path):
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["origin"] for r in recs] == sorted(str(p) for p in EXAMPLES.glob("*.txt"))


def test_cli_extract_stdin():
    res = CliRunner().invoke(main, ["extract", "-", "--no-progress"],
                             input='{"id": "s1", "text": "Kiev werd zaterdag beschoten.", "date": "2024-05"}\n')
    assert res.exit_code == 0
    rec = json.loads(res.stdout.splitlines()[0])
    assert rec["id"] == "s1" and rec["published"]["value"] == "2024-05"


def test_cli_bad_input_exit_status_and_others_kept(tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01\nHet leger rukte op bij Koepjansk.")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02")
    res = CliRunner().invoke(main, ["extract", str(tmp_path), "--no-progress"])
    assert res.exit_code == 1
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(recs) == 2 and recs[1]["errors"] and "b.bin" in recs[1]["errors"][0]
    assert "b.bin" in res.stderr and "1 failed" in res.stderr


def test_cli_ingest_twice_then_show(tmp_path):
    db = str(tmp_path / "k.db")
    r1 = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db, "--no-progress"])
    r2 = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db, "--no-progress"])
    assert r1.exit_code == 0 and r2.exit_code == 0
    from kroniek.store import Store
    assert Store(db).counts()["articles"] == len(list(EXAMPLES.glob("*.txt")))
    res = CliRunner().invoke(main, ["show", "--db", db])
    assert res.exit_code == 0 and "events" in res.output
    res = CliRunner().invoke(main, ["show", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0


def test_cli_ingest_skip_existing(tmp_path):
    db = str(tmp_path / "k.db")
    CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db, "--no-progress"])
    res = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db, "--no-progress", "--skip-existing"])
    assert res.exit_code == 0 and "unchanged and skipped" in res.stderr


def test_cli_show_and_export_refuse_a_missing_database(tmp_path):
    missing = str(tmp_path / "typo.db")
    for args in (["show", "--db", missing], ["export", "--db", missing, "--format", "jsonl"]):
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 2 and "No database" in res.stderr
    assert not (tmp_path / "typo.db").exists()


def test_cli_show_brackets_actors_the_text_does_not_name(tmp_path):
    db = str(tmp_path / "k.db")
    (tmp_path / "a.txt").write_text("date 2024-01\nRusland en Oekraïne vechten door. In Dnipro werd een flatgebouw "
                                    "getroffen door raketten.", encoding="utf-8")
    CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--no-progress"])
    res = CliRunner(env={"COLUMNS": "300"}).invoke(main, ["show", "--db", db])
    assert res.exit_code == 0 and "(Russia military) → (civilians)" in res.output, res.output
