"""kroniek.resources: language data files read by name."""
import pytest

from kroniek import resources


def test_resources_missing_table_raises_naming_the_file():
    with pytest.raises(FileNotFoundError, match="no_such_table.tsv"):
        resources.load_table("nl", "timex/no_such_table")


@pytest.mark.parametrize("load", [resources.load_table, resources.load_jsonl, resources.load_words])
def test_resources_optional_missing_resource_is_empty(load):
    assert load("nl", "timex/no_such_resource", optional=True) == ()


def test_resources_optional_present_resource_is_read():
    assert resources.load_words("nl", "timex/future_cues", optional=True) == resources.load_words("nl", "timex/future_cues")
