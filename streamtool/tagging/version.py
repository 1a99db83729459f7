"""The model version recorded with every tag: what the tags were computed from.

A tagged stream read back keeps its tags only while the version is unchanged, so anything that
changes how tags are computed must change it: the training data, the patterns, the thresholds
and the tagging code. Editing a comment or a docstring changes no tag, so it does not count.
"""

from __future__ import annotations

import ast
import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from .patterns import patterns_digest


def model_version(directory: Path, manifest: dict[str, Any]) -> str:
    """behaviours-<package version>+<hash of training data, patterns, thresholds and the
    tagging code>."""
    digest = hashlib.sha256(str(manifest["training_digest"]).encode())
    digest.update(patterns_digest(directory / "patterns").encode())
    thresholds = directory / "thresholds.json"
    digest.update(thresholds.read_bytes() if thresholds.is_file() else b"")
    digest.update(code_digest().encode())
    return f"behaviours-{__version__}+{digest.hexdigest()[:12]}"


@cache
def code_digest(*modules: str) -> str:
    """A hash of the code (`code_text`) of the named modules of this package ("learned.py"),
    or of all of them: the rules' logic, the facts, the combination and the tone all live
    here. Any edit to the code, even to the trainer or evaluate, which cannot change a tag,
    makes already-tagged streams be tagged afresh: that costs time, never correctness."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        if not modules or path.name in modules:
            digest.update(path.name.encode() + b"\0" + code_text(path.read_text("utf-8")).encode())
    return digest.hexdigest()


def code_text(source: str) -> str:
    """Python source without its comments, docstrings and blank lines: the code as it runs,
    indentation kept (it is the block structure). Read from the syntax tree's positions,
    which every Python version gives alike (a dump of the tree differs between versions)."""
    lines = source.splitlines()
    cuts: dict[int, int] = {}  # line number -> column the line is cut at
    strings = []  # (start, end) positions of string literals, where a "#" is no comment
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant | ast.JoinedStr):
            strings.append(((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset)))
        elif isinstance(node, _DOCUMENTED) and _has_docstring(node.body):
            first = node.body[0]
            cuts[first.lineno] = first.col_offset
            cuts.update(dict.fromkeys(range(first.lineno + 1, (first.end_lineno or 0) + 1), 0))
    for number, line in enumerate(lines, 1):
        if "#" in line and number not in cuts:
            raw = line.encode()  # the tree counts columns in UTF-8 bytes
            at = raw.find(b"#")
            while at != -1 and any(start <= (number, at) < end for start, end in strings):
                at = raw.find(b"#", at + 1)
            if at != -1:
                cuts[number] = len(raw[:at].decode())
    kept = (line[: cuts.get(number, len(line))].rstrip() for number, line in enumerate(lines, 1))
    return "\n".join(line for line in kept if line)


_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _has_docstring(body: list[ast.stmt]) -> bool:
    return bool(body) and isinstance(body[0], ast.Expr) and isinstance(
        body[0].value, ast.Constant) and isinstance(body[0].value.value, str)
