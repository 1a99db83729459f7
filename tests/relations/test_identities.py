from __future__ import annotations

import pytest

from streamtool.errors import UsageError
from streamtool.model import Message
from streamtool.relations import analyse
from streamtool.relations.identities import parse_aliases, unify


def test_parse_aliases_maps_every_other_name_to_the_handle():
    assert parse_aliases(["@deb=Deb Hollis, deb@town.social", "mike=Mike A"]) == {
        "deb hollis": "deb",
        "deb@town.social": "deb",
        "mike a": "mike",
    }


@pytest.mark.parametrize("spec", ["deb", "=Deb Hollis", "deb=", "deb= , "])
def test_a_malformed_alias_is_a_usage_error_naming_it(spec):
    with pytest.raises(UsageError, match=r"--alias .*write HANDLE=OTHER"):
        parse_aliases([spec])


def test_unify_merges_one_person_across_platforms():
    messages = [
        Message(id="p1", text="Spring market!", author="deb", platform="twitter"),
        Message(
            id="c1",
            text="Count me in",
            author="Mike A",
            kind="reply",
            reply_to="p1",
            reply_to_author="deb",
            platform="wordpress",
        ),
        Message(
            id="c2",
            text="Thanks Mike",
            author="Deb Hollis",
            kind="reply",
            reply_to="c1",
            reply_to_author="Mike A",
            platform="wordpress",
            mentions=["mike", "Mike A"],
        ),
    ]
    before = analyse(messages)
    assert sorted(before.people) == ["deb", "deb hollis", "mike", "mike a"]
    merged = unify(messages, parse_aliases(["deb=Deb Hollis", "mike=Mike A"]))
    assert [(m.author, m.reply_to_author, m.mentions) for m in merged] == [
        ("deb", None, []),
        ("mike", "deb", []),
        ("deb", "mike", ["mike"]),
    ]
    after = analyse(merged)
    assert sorted(after.people) == ["deb", "mike"]
    assert after.reciprocity.reciprocated_pairs == 1


def test_analyze_alias_option_merges_people(runner, tmp_path):
    from streamtool.cli import app

    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "1", "text": "Market day!", "author": "deb", "kind": "post"}\n'
        '{"id": "2", "text": "Thanks Deb", "author": "mike", "reply_to": "1"}\n'
        '{"id": "3", "text": "Any time, Mike", "author": "Deb Hollis", "reply_to": "2"}\n'
    )
    plain = runner.invoke(app, ["analyze", str(path), "-o", "json"])
    merged = runner.invoke(app, ["analyze", str(path), "-o", "json", "--alias", "deb=Deb Hollis"])
    assert plain.exit_code == merged.exit_code == 0
    import json

    assert len(json.loads(plain.stdout)["people"]) == 3
    assert [p["handle"] for p in json.loads(merged.stdout)["people"]] == ["deb", "mike"]
    bad = runner.invoke(app, ["analyze", str(path), "--alias", "deb"])
    assert bad.exit_code == 2 and "--alias 'deb': write HANDLE=OTHER" in bad.stderr
