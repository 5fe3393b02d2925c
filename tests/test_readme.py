"""README.md documents the two make commands first, then every CLI subcommand."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from pipeline.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def subcommands() -> list[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


def test_parser_has_the_documented_commands() -> None:
    assert set(subcommands()) >= {"extract", "ingest", "query", "export"}


@pytest.mark.parametrize("command", subcommands())
def test_every_subcommand_is_in_readme(command: str) -> None:
    assert f"lifelong {command}" in README.read_text(encoding="utf-8")


def test_make_commands_come_first() -> None:
    text = README.read_text(encoding="utf-8")
    first_cli = min(text.index(f"lifelong {command}") for command in subcommands())
    assert text.index("make run") < first_cli and text.index("make test") < first_cli
