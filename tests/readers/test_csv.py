"""CSV reader: twarc-csv's layout, generic tables, delimiters, BOMs, and broken rows."""

from __future__ import annotations

import codecs
import csv
import json

import pytest

from streamtool.cli import app
from streamtool.errors import BadRecordError, UnknownFormatError
from tests.helpers import kinds, read_all

#: twarc-csv's DEFAULT_TWEET_COLUMNS (DocNow/twarc-csv dataframe_converter.py), in its order.
TWARC_COLUMNS = (  # noqa: SIM905 - one whitespace-separated list, as twarc-csv writes it
    "id conversation_id referenced_tweets.replied_to.id referenced_tweets.retweeted.id "
    "referenced_tweets.quoted.id author_id in_reply_to_user_id in_reply_to_username "
    "retweeted_user_id retweeted_username quoted_user_id quoted_username created_at text lang "
    "source public_metrics.impression_count public_metrics.reply_count "
    "public_metrics.retweet_count public_metrics.quote_count public_metrics.like_count "
    "reply_settings edit_history_tweet_ids edit_controls.edits_remaining "
    "edit_controls.editable_until edit_controls.is_edit_eligible possibly_sensitive "
    "withheld.scope withheld.copyright withheld.country_codes entities.annotations "
    "entities.cashtags entities.hashtags entities.mentions entities.urls context_annotations "
    "attachments.media attachments.media_keys attachments.poll.duration_minutes "
    "attachments.poll.end_datetime attachments.poll.id attachments.poll.options "
    "attachments.poll.voting_status attachments.poll_ids author.id author.created_at "
    "author.username author.name author.description author.entities.description.cashtags "
    "author.entities.description.hashtags author.entities.description.mentions "
    "author.entities.description.urls author.url author.location author.pinned_tweet_id "
    "author.profile_image_url author.protected author.public_metrics.followers_count "
    "author.public_metrics.following_count author.public_metrics.listed_count "
    "author.public_metrics.tweet_count author.verified author.withheld.scope "
    "author.withheld.copyright author.withheld.country_codes geo.coordinates.coordinates "
    "geo.coordinates.type geo.country geo.country_code geo.full_name geo.geo.bbox geo.geo.type "
    "geo.id geo.name geo.place_id geo.place_type matching_rules __twarc.retrieved_at "
    "__twarc.url __twarc.version"
).split()


def twarc_csv_row(tweet: dict) -> dict:
    """What `twarc2 csv` writes for one flattened tweet (the columns streamtool reads)."""
    refs = {r["type"]: r for r in tweet.get("referenced_tweets", [])}
    entities = tweet.get("entities", {})
    return {
        "id": tweet["id"],
        "conversation_id": tweet.get("conversation_id", ""),
        "referenced_tweets.replied_to.id": refs.get("replied_to", {}).get("id", ""),
        "referenced_tweets.retweeted.id": refs.get("retweeted", {}).get("id", ""),
        "author_id": tweet["author_id"],
        "in_reply_to_username": refs.get("replied_to", {}).get("author", {}).get("username", ""),
        "created_at": tweet["created_at"],
        "text": tweet["text"].replace("\r", "").replace("\n", r"\n"),  # twarc-csv's escape
        "entities.mentions": json.dumps(
            ["@" + m["username"] for m in entities.get("mentions", [])]),
        "entities.hashtags": json.dumps(["#" + h["tag"] for h in entities.get("hashtags", [])]),
        "author.username": tweet["author"]["username"],
        "author.name": tweet["author"]["name"],
    }


def test_twarc_csv_of_real_tweets_reads_every_row(real, tmp_path):
    # flat.jsonl holds 100 flattened tweets; counted by hand from referenced_tweets types:
    # 47 retweeted, 31 replied_to, 22 neither; 20 of the texts contain newlines.
    text = (real / "twarc2-csv-testdata" / "flat.jsonl").read_text(encoding="utf-8")
    tweets = [json.loads(line) for line in text.splitlines()]
    path = tmp_path / "tweets.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, TWARC_COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(twarc_csv_row(t) for t in tweets)
    messages, log = read_all(path)
    assert len(messages) == 100
    assert kinds(messages) == {"repost": 47, "reply": 31, "post": 22}
    assert {m.platform for m in messages} == {"twitter"}
    assert log.skipped == {} and log.formats == {"csv": 1}
    assert sum("\n" in m.text for m in messages) == 20
    assert all(m.reply_to for m in messages if m.kind != "post")
    by_id = {t["id"]: t for t in tweets}
    first = messages[0]
    assert first.author == by_id[first.id]["author"]["username"]
    assert first.thread == by_id[first.id]["conversation_id"]


def test_market_sample_keeps_retweet_target_and_reply_author():
    from tests.conftest import SAMPLES

    messages, _ = read_all(SAMPLES / "market-tweets.csv")
    assert kinds(messages) == {"post": 6, "reply": 7, "repost": 2}
    retweet = next(m for m in messages if m.kind == "repost")
    assert (retweet.reply_to, retweet.reply_to_author) == ("1787000000000000007", "suepark_cc")
    assert messages[2].text.endswith("Come hungry.\nKitchen opens at 6.")  # literal \n undone


def test_semicolon_delimiter_and_bom(tmp_path):
    path = tmp_path / "export.csv"
    rows = "Date;Author;Message;Parent\n2026-05-05 08:00;deb;Coffee's on, neighbours;\n" \
           "2026-05-05 08:10;mike;Save me a cup, Deb;1\n"
    path.write_bytes(codecs.BOM_UTF8 + rows.encode("utf-8"))
    messages, log = read_all(path)
    assert [(m.id, m.author, m.kind, m.reply_to, m.thread) for m in messages] == [
        ("1", "deb", "post", None, "1"),
        ("2", "mike", "reply", "1", "1"),
    ]
    assert messages[1].reply_to_author == "deb"
    assert messages[0].text == "Coffee's on, neighbours"
    assert log.examples == []


def test_ragged_row_is_skipped_counted_and_its_line_named(tmp_path):
    path = tmp_path / "survey.csv"
    path.write_text(
        'id,user,text\n'
        '1,sue,"Two lines\nin one field"\n'  # lines 2-3: one record
        '2,deb,too,many,fields\n'  # line 4
        '3,mike,fine\n',
        encoding="utf-8",
    )
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["1", "3"]
    assert [m.source.record for m in messages] == [2, 5]
    assert log.skipped == {"malformed: ragged row": 1}
    assert log.examples == [f"{path}:4: ragged row: 5 fields, header has 3"]


def test_bad_date_and_missing_text_are_malformed_and_fatal_under_strict(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,date,text\n1,next Tuesday,hello\n2,2026-05-06,\n3,May 6 2026,ok\n",
                    encoding="utf-8")
    messages, log = read_all(path)
    assert [m.id for m in messages] == ["3"]
    assert log.skipped == {"malformed: bad date": 1, "malformed: missing text": 1}
    assert log.examples[0] == f"{path}:2: bad date: 'next Tuesday'"
    with pytest.raises(BadRecordError, match=r"t.csv:2: bad date"):
        read_all(path, strict=True)


def test_table_without_text_column_is_not_csv_we_know(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("item,price\njam,4.50\n", encoding="utf-8")
    with pytest.raises(UnknownFormatError, match="prices.csv: not a format streamtool knows"):
        read_all(path)


def test_stdin_through_the_cli(runner):
    data = "user\tbody\tdate\nanthonybakes\tRolls are out of the oven!\t2026-05-04T06:30:00Z\n"
    result = runner.invoke(app, ["tag", "-f", "csv", "-"], input=data)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["author"], record["text"], record["created_at"]) == (
        "anthonybakes", "Rolls are out of the oven!", "2026-05-04T06:30:00+00:00")
    assert record["source"] == {"file": "<stdin>", "reader": "csv", "record": 2}
