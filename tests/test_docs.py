"""The README stays in step with the CLI: every command and option it has is documented there,
and the library example runs as written."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import typer.main

from streamtool.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = typer.main.get_command(app)


@pytest.mark.parametrize("name", sorted(COMMAND.commands))
def test_every_command_and_its_options_are_in_the_readme(name):
    assert f"streamtool {name}" in README
    command = COMMAND.commands[name]
    missing = [
        opt
        for param in command.params
        if param.param_type_name == "option"
        for opt in param.opts
        if opt.startswith("--") and opt != "--help" and opt not in README
    ]
    assert missing == []


def test_every_command_help_has_an_example(runner):
    for name in COMMAND.commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0
        assert "Example: streamtool " + name in result.stdout


def test_global_options_are_in_the_readme():
    for param in COMMAND.params:
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in README


def test_every_format_is_in_the_readme(runner):
    names = [line.split()[0] for line in runner.invoke(app, ["formats"]).stdout.splitlines()]
    assert names and all(f"| `{name}` |" in README for name in names)


def test_the_library_example_runs():
    code = re.search(r"## Using it as a library\n\n```python\n(.*?)```", README, re.S).group(1)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Counter(" in result.stdout
