"""The twitter_archive reader: tweets.js files, archive folders and zips, Grailbird archives."""

from __future__ import annotations

import gzip
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError
from tests.conftest import SAMPLES
from tests.helpers import kinds, read_all

ARCHIVE = SAMPLES / "twitter-archive"
DATA = ARCHIVE / "data"


def ytd(name: str, items: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2)


def tweet(tid: str, text: str, when: str = "Mon May 04 12:00:00 +0000 2026", **extra) -> dict:
    """An archive tweet as the real export writes it: every number a string."""
    body = {"id_str": tid, "id": tid, "full_text": text, "created_at": when, "entities": {
        "hashtags": [], "symbols": [], "user_mentions": [], "urls": []}, "favorite_count": "0"}
    return {"tweet": {**body, **extra}}


def account(handle: str = "hollisgeneral", name: str = "Hollis General Store") -> str:
    return ytd("account", [{"account": {"username": handle, "accountId": "214560932",
                                        "accountDisplayName": name}}])


# --- the sample archive ------------------------------------------------------------------------

def test_sample_archive_folder_reads_as_one_archive_of_the_owner():
    messages, log = read_all(ARCHIVE)
    assert len(messages) == 27
    assert kinds(messages) == {"post": 13, "reply": 11, "repost": 3}
    assert {m.author for m in messages} == {"hollisgeneral"}
    assert {m.author_name for m in messages} == {"Hollis General Store"}  # from account.js
    assert log.formats == {"twitter_archive": 1}
    assert log.warnings == [] and log.skipped == {}
    assert messages[0].source.file == str(DATA / "tweets.js")
    assert [m.source.record for m in messages] == list(range(1, 28))


def test_self_reply_chain_joins_the_thread_of_its_first_post_although_newest_comes_first():
    messages, _ = read_all(ARCHIVE)
    by_text = {m.text.split(" ")[0]: m for m in messages}
    question, update, fixed = by_text["Anyone"], by_text["Update:"], by_text["Cooler"]
    assert (update.reply_to, update.thread) == (question.id, question.id)
    assert (fixed.reply_to, fixed.thread) == (update.id, question.id)
    assert fixed.reply_to_author == "hollisgeneral"


def test_long_tweet_text_comes_whole_from_note_tweet_js():
    messages, _ = read_all(ARCHIVE)
    note = next(m for m in messages if m.text.startswith("Some thoughts after the chamber mixer"))
    assert note.text.endswith("We'll all still be here next year because of it. #millbrook")
    assert len(note.text) == 572
    assert note.hashtags == ["millbrook"]  # cut from the tweet, present in the note
    assert note.urls == []  # the cut tweet's link to itself is not a link


def test_entities_unescaped_and_tco_links_expanded():
    messages, _ = read_all(ARCHIVE)
    texts = [m.text for m in messages]
    assert not any("&amp;" in t or "https://t.co/" in t for t in texts)
    market = next(m for m in messages if m.text.startswith("Farmers market today"))
    assert "keep Millbrook going & growing." in market.text
    assert market.mentions == ["okaforfarm", "anthonybakes"]
    assert market.hashtags == ["millbrook", "shoplocal"]
    rolls = next(m for m in messages if m.text.startswith("Walked over"))
    assert rolls.urls == ["https://riseandshine.example/menu"]
    assert rolls.text.endswith("Main Street! https://riseandshine.example/menu")


def test_retweets_are_reposts_and_a_leading_mention_without_a_parent_is_a_post():
    messages, _ = read_all(ARCHIVE)
    reposts = [m for m in messages if m.kind == "repost"]
    assert [m.text.split(":")[0] for m in reposts] == ["RT @millbrooklib", "RT @suepark_cc",
                                                       "RT @anthonybakes"]
    assert all(m.reply_to is None and m.thread == m.id for m in reposts)
    valley = next(m for m in messages if m.text.startswith("@valleyfeedco"))
    assert (valley.kind, valley.reply_to, valley.reply_to_author) == ("post", None, None)


def test_the_data_folder_passed_directly_is_claimed_whole():
    messages, log = read_all(DATA)
    assert len(messages) == 27
    assert log.formats == {"twitter_archive": 1}  # like.js and manifest.js are not streams
    assert log.warnings == []


def test_tweets_js_alone_finds_owner_and_notes_beside_it():
    messages, log = read_all(DATA / "tweets.js")
    assert len(messages) == 27
    assert {m.author for m in messages} == {"hollisgeneral"}
    assert any(m.text.endswith("because of it. #millbrook") for m in messages)
    assert log.warnings == []


def test_zip_with_a_wrapping_folder_reads_like_the_folder(tmp_path):
    path = tmp_path / "twitter-2026-05-11-hollis.zip"
    with zipfile.ZipFile(path, "w") as z:
        for f in sorted(DATA.iterdir()):
            z.write(f, f"twitter-2026-05-11-hollis/data/{f.name}")
        z.writestr("twitter-2026-05-11-hollis/Your archive.html", "<html></html>")
    from_zip, log = read_all(path)
    from_folder, _ = read_all(ARCHIVE)
    assert [(m.id, m.text, m.thread, m.author) for m in from_zip] == [
        (m.id, m.text, m.thread, m.author) for m in from_folder]
    assert from_zip[0].source.file == f"{path}!twitter-2026-05-11-hollis/data/tweets.js"
    assert log.formats == {"twitter_archive": 1} and log.warnings == []


def test_a_folder_of_streams_holding_an_archive_reads_each(tmp_path):
    shutil.copytree(ARCHIVE, tmp_path / "deb-archive")
    shutil.copy(SAMPLES / "twitter-v1-stream.jsonl", tmp_path / "stream.jsonl")
    messages, log = read_all(tmp_path)
    assert len(messages) == 27 + 12
    assert log.formats == {"twitter_archive": 1, "twitter_v1": 1}


# --- archive shapes built here -----------------------------------------------------------------

def test_tweets_parts_are_read_in_order_and_threads_cross_parts(tmp_path):
    data = tmp_path / "archive" / "data"
    data.mkdir(parents=True)
    (data / "account.js").write_text(account(), encoding="utf-8")
    (data / "tweets-part1.js").write_text(ytd("tweets", [tweet(
        "30", "@mikesdiner and again", in_reply_to_status_id_str="20",
        in_reply_to_screen_name="mikesdiner")]).replace("part0", "part1"), encoding="utf-8")
    (data / "tweets.js").write_text(ytd("tweets", [
        tweet("20", "@mikesdiner replying", in_reply_to_status_id_str="10",
              in_reply_to_screen_name="mikesdiner"),
        tweet("15", "a post of my own")]), encoding="utf-8")
    messages, log = read_all(tmp_path / "archive")
    assert [(m.id, m.kind, m.thread) for m in messages] == [
        ("20", "reply", "10"), ("15", "post", "15"), ("30", "reply", "10")]
    assert [Path(m.source.file).name for m in messages] == ["tweets.js", "tweets.js",
                                                            "tweets-part1.js"]


def test_manifest_user_info_names_the_owner_when_account_js_is_absent(tmp_path):
    (tmp_path / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "1",'
                                          ' "userName": "mikesdiner", "displayName": "Mike"}};')
    (tmp_path / "tweet.js").write_text(ytd("tweet", [tweet("1", "Pie&amp;coffee")]))
    messages, log = read_all(tmp_path / "tweet.js")
    assert [(m.author, m.author_name, m.text) for m in messages] == [("mikesdiner", "Mike",
                                                                      "Pie&coffee")]


def test_bare_tweets_js_without_siblings_warns_that_the_owner_is_unknown(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text(ytd("tweets", [tweet("1", "hello"), {"id_str": "2", "full_text": "bare",
                                                         "created_at": None}]))
    messages, log = read_all(path)
    assert [(m.id, m.author) for m in messages] == [("1", None), ("2", None)]
    assert log.warnings == [f"{path}: archive owner unknown (no readable account.js or "
                            "manifest.js beside the tweets), so tweets have no author"]


def test_legacy_grailbird_archive_reads_months_in_order_with_owner(tmp_path):
    months = tmp_path / "tweets-2014" / "data" / "js" / "tweets"
    months.mkdir(parents=True)
    deb = {"screen_name": "hollisgeneral", "name": "Deb Hollis", "id_str": "214560932"}
    jan = [{"id_str": "1002", "text": "@mikesdiner Congrats on 10 years, Mike!",
            "created_at": "2013-01-31 21:44:34 +0000", "in_reply_to_status_id_str": "900",
            "in_reply_to_screen_name": "mikesdiner", "user": deb,
            "entities": {"user_mentions": [{"screen_name": "mikesdiner"}], "urls": [],
                         "hashtags": []}},
           {"id_str": "1001", "text": "RT @okaforfarm: Eggs are back", "created_at":
            "2013-01-02 08:00:00 +0000", "user": deb, "retweeted_status": {
                "id_str": "77", "text": "Eggs are back &amp; so is Bill", "user": {
                    "screen_name": "okaforfarm"}, "created_at": "2013-01-02 07:00:00 +0000"}}]
    feb = [{"id_str": "1003", "text": "Snow day. Open at 10.", "created_at":
            "2013-02-11 12:00:00 +0000", "user": deb}]
    (months / "2013_02.js").write_text("Grailbird.data.tweets_2013_02 = \n" + json.dumps(feb))
    (months / "2013_01.js").write_text("Grailbird.data.tweets_2013_01 = \n" + json.dumps(jan))
    (months.parent / "user_details.js").write_text(
        'var user_details =  {"screen_name" : "hollisgeneral", "full_name" : "Deb Hollis"}')
    (tmp_path / "tweets-2014" / "tweets.csv").write_text("tweet_id,text\n1001,x\n")
    messages, log = read_all(tmp_path / "tweets-2014")
    assert [(m.id, m.kind, m.author, m.author_name) for m in messages] == [
        ("1002", "reply", "hollisgeneral", "Deb Hollis"),
        ("1001", "repost", "hollisgeneral", "Deb Hollis"),
        ("1003", "post", "hollisgeneral", "Deb Hollis")]
    assert messages[0].created_at.isoformat() == "2013-01-31T21:44:34+00:00"
    assert messages[0].reply_to_author == "mikesdiner"
    assert messages[1].text == "RT @okaforfarm: Eggs are back & so is Bill"
    assert log.formats == {"twitter_archive": 1} and log.warnings == []


def test_a_grailbird_month_file_alone_is_sniffed_and_read(tmp_path):
    path = tmp_path / "2013_02.js"
    path.write_text('Grailbird.data.tweets_2013_02 = [{"id_str": "5", "text": "hi", '
                    '"created_at": "2013-02-01 10:00:00 +0000", "user": {"screen_name": "deb"}}]')
    messages, log = read_all(path)
    assert [(m.id, m.author) for m in messages] == [("5", "deb")]
    assert log.formats == {"twitter_archive": 1} and log.warnings == []


# --- encodings, compression, stdin ------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_prefixed_tweets_js_reads(tmp_path, encoding):
    (tmp_path / "account.js").write_text(account(), encoding=encoding)
    (tmp_path / "tweets.js").write_text(ytd("tweets", [tweet("1", "Café open ☕")]),
                                        encoding=encoding)
    messages, log = read_all(tmp_path / "tweets.js")
    assert [(m.text, m.author) for m in messages] == [("Café open ☕", "hollisgeneral")]


def test_gzipped_tweets_js_reads(tmp_path):
    path = tmp_path / "tweets.js.gz"
    path.write_bytes(gzip.compress((DATA / "tweets.js").read_bytes()))
    messages, log = read_all(path)
    assert len(messages) == 27
    assert log.formats == {"twitter_archive": 1}


def test_stdin_through_the_cli(runner):
    result = runner.invoke(app, ["tag", "-"], input=(DATA / "tweets.js").read_bytes())
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 27
    assert records[0]["platform"] == "twitter" and records[0]["source"]["file"] == "<stdin>"
    assert "archive owner unknown" in result.stderr


# --- bad input --------------------------------------------------------------------------------

def truncated_copy(tmp_path: Path) -> tuple[Path, int]:
    """The sample tweets.js cut in the middle of its 11th tweet; returns path and that line."""
    lines = (DATA / "tweets.js").read_text(encoding="utf-8").split("\n")
    starts = [n for n, line in enumerate(lines, 1) if line == "  {"]
    cut = starts[10] + 20
    path = tmp_path / "tweets.js"
    path.write_text("\n".join(lines[:cut]), encoding="utf-8")
    return path, starts[10]


def test_truncated_array_keeps_whole_tweets_and_counts_the_cut_one(tmp_path):
    path, line = truncated_copy(tmp_path)
    messages, log = read_all(path)
    assert len(messages) == 10
    assert log.skipped == {"malformed: truncated": 1}
    assert log.examples == [f"{path}:{line}: truncated: the file ends inside this item "
                            "(Expecting value) (item 11)"]


def test_truncated_array_under_strict_exits_2_naming_file_and_line(tmp_path, runner):
    path, line = truncated_copy(tmp_path)
    result = runner.invoke(app, ["tag", "--strict", str(path)])
    assert result.exit_code == 2
    assert f"{path}:{line}: truncated" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_bad_items_are_skipped_counted_and_located(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text('window.YTD.tweets.part0 = [\n{"tweet": {"id_str": "1", "full_text": "ok"}},\n'
                    '{"tweet": {"id_str": "2", "full_text": }},\n"just a string",\n'
                    '{"tweet": {"id_str": "3"}},\n'
                    '{"tweet": {"id_str": "4", "full_text": "bad date", "created_at": "soon"}},\n'
                    '{"tweet": {"id_str": "5", "full_text": "still read"}}\n]')
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["1", "5"]
    assert log.skipped == {"malformed: bad JSON": 1, "malformed: bad tweet": 3}
    assert log.examples == [
        f"{path}:3: bad JSON: Expecting value at line 3 (item 2)",
        f"{path}:4: bad tweet: not an object (item 3)",
        f"{path}:5: bad tweet: no text (item 4)",
        f"{path}:6: bad tweet: unrecognised date 'soon' (item 5)",
    ]
    with pytest.raises(BadRecordError, match=r"tweets\.js:3: bad JSON"):
        read_all(path, strict=True)


def test_a_tweets_file_that_is_no_array_is_one_clear_error(tmp_path, runner):
    path = tmp_path / "tweets.js"
    path.write_text('window.YTD.tweets.part0 = {"oops": true}')
    result = runner.invoke(app, ["tag", str(path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (f"streamtool: error: {path}: not a JSON array "
                                              "(expected '[' after the optional JS prefix)")


# --- the real archive (andreruffert/twitter, 2022) ---------------------------------------------

@pytest.mark.real
def test_real_archive_folder_counts(real):
    # Counted independently of streamtool with python's json on tweets.js (prefix cut at the
    # first '['): 1,986 tweets; 485 have in_reply_to_status_id_str; 643 full_texts start
    # "RT @" (none of them replies); 65 replies answer a tweet in the file and, following
    # in_reply_to_status_id_str up the chain, 36 of them have an earlier root than their parent.
    messages, log = read_all(real / "twitter-archive-andreruffert")
    assert len(messages) == 1986
    assert kinds(messages) == {"post": 858, "repost": 643, "reply": 485}
    assert {(m.author, m.author_name) for m in messages} == {("andreruffert", "André Ruffert")}
    assert sum(m.thread != m.reply_to for m in messages if m.kind == "reply") == 36
    assert log.skipped == {} and log.warnings == [] and log.formats == {"twitter_archive": 1}
    assert not any("&amp;" in m.text for m in messages)


@pytest.mark.real
def test_real_tweets_js_alone_takes_the_owner_from_manifest_js(real):
    messages, log = read_all(real / "twitter-archive-andreruffert" / "tweets.js")
    assert len(messages) == 1986
    assert messages[0].author == "andreruffert"
    assert log.warnings == []
