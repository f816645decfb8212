"""Documentation cannot drift: the CLI reference is generated, every component and config key is documented."""
import importlib.util
from pathlib import Path

from spacy.language import Language

from kroniek.pipeline import PIPELINE

ROOT = Path(__file__).parent.parent
COMPONENTS_DOC = ROOT / "docs" / "components.md"


def _build_cli_docs():
    spec = importlib.util.spec_from_file_location("build_cli_docs", ROOT / "scripts" / "build_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_docs_cli_reference_is_fresh():
    mod = _build_cli_docs()
    assert mod.OUT.read_text(encoding="utf-8") == mod.build(), "run: python scripts/build_cli_docs.py"


def test_docs_every_component_and_config_key():
    text = COMPONENTS_DOC.read_text(encoding="utf-8")
    for name in PIPELINE:
        assert f"## {name}" in text, f"{name} lacks a heading in docs/components.md"
        for key in Language.get_factory_meta(name).default_config:
            assert f"`{key}`" in text.split(f"## {name}", 1)[1].split("\n## ", 1)[0], \
                f"config key {key!r} of {name} is not documented"
