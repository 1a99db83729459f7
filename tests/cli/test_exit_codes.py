"""Named exit codes and one-line errors, as the README's "Exit codes" table promises."""

from __future__ import annotations

from streamtool.cli import app
from streamtool.errors import ExitCode

GOOD = '{"id": "m1", "text": "Hi Deb!", "kind": "post"}\n'


def test_success_is_zero(runner, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(GOOD)
    result = runner.invoke(app, ["tag", str(path)])
    assert result.exit_code == ExitCode.OK == 0


def test_unknown_format_is_two_with_one_line_naming_file_and_formats(runner, tmp_path):
    path = tmp_path / "mystery.bin.txtx"
    path.write_text("hello\nworld\n")
    result = runner.invoke(app, ["tag", str(path)])
    assert result.exit_code == ExitCode.BAD_INPUT == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"streamtool: error: {path}: not a format streamtool knows (tried ")
    assert "Traceback" not in result.stderr


def test_missing_file_is_two(runner, tmp_path):
    result = runner.invoke(app, ["tag", str(tmp_path / "gone.js")])
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == f"streamtool: error: {tmp_path / 'gone.js'}: no such file or folder"
    )


def test_strict_malformed_record_is_two_naming_file_and_line(runner, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(GOOD + "{oops\n")
    result = runner.invoke(app, ["tag", "--strict", "-f", "jsonl", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2: bad JSON" in result.stderr
    assert result.stderr.strip().endswith("(drop --strict to skip such records)")
    # What was read before the bad record is not lost.
    assert result.stdout.count("\n") == 1


def test_lenient_mode_counts_and_reports_what_it_skipped(runner, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(GOOD + "{oops\n" + GOOD.replace("m1", "m2"))
    result = runner.invoke(app, ["tag", "-f", "jsonl", str(path)])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 2
    assert "streamtool: skipped 1 record: 1 malformed: bad JSON" in result.stderr
    assert f"{path}:2: bad JSON" in result.stderr


def test_debug_shows_the_traceback(runner, tmp_path):
    result = runner.invoke(app, ["--debug", "tag", str(tmp_path / "gone.js")])
    assert result.exit_code != 0
    assert result.exception is not None and "no such file" in str(result.exception)


def test_unknown_format_option_is_two(runner, tmp_path):
    result = runner.invoke(app, ["tag", "-f", "myspace", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown format 'myspace'; known formats:" in result.stderr


def test_stdin_dash(runner):
    result = runner.invoke(app, ["tag", "-f", "jsonl", "-"], input=GOOD)
    assert result.exit_code == 0
    assert '"source":{"file":"<stdin>","reader":"jsonl","record":1}' in result.stdout


def _bad_inputs(tmp_path):
    """(file, expected one-line error) for every kind of unreadable input."""
    import gzip
    import io
    import tarfile
    import zipfile

    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x00")
    truncated_gz = tmp_path / "stream.jsonl.gz"
    many = "".join(GOOD.replace('"m1"', f'"m{i}"') for i in range(4000))
    truncated_gz.write_bytes(gzip.compress(many.encode())[:300])
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"text": "Caf\u00e9", "kind": "post"}\n'.encode("cp1252"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = []" + " " * 5000)
    truncated_zip = tmp_path / "archive.zip"
    truncated_zip.write_bytes(buffer.getvalue()[:200])
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = (GOOD * 2000).encode()
        info = tarfile.TarInfo("outbox.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    truncated_tar = tmp_path / "archive.tar.gz"
    truncated_tar.write_bytes(buffer.getvalue()[:150])
    return [
        (binary, "binary data, not a text export"),
        (truncated_gz, "truncated or unreadable"),
        (latin, "not utf-8 text"),
        (truncated_zip, "not a readable zip archive"),
        (truncated_tar, "not a readable tar archive, or truncated"),
    ]


def test_every_unreadable_input_is_exit_two_with_one_line_naming_the_file(runner, tmp_path):
    for path, reason in _bad_inputs(tmp_path):
        result = runner.invoke(app, ["tag", str(path)])
        assert result.exit_code == 2, (path, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"streamtool: error: {path}"), lines
        assert reason in lines[0]
        assert "Traceback" not in result.output


def test_an_empty_file_is_a_warning_not_an_error(runner, tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    result = runner.invoke(app, ["tag", str(path)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == f"streamtool: {path}: empty file, nothing to read"


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "streamtool", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("streamtool ")
