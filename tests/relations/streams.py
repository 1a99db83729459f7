"""A tiny builder for hand-made streams whose every metric can be worked out on paper."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from streamtool.model import Message, Tags

#: Monday 4 May 2026, 09:00 UTC: the start of the Millbrook week.
T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def at(hours: float = 0, days: float = 0) -> datetime:
    return T0 + timedelta(hours=hours, days=days)


class StreamBuilder:
    """Messages with ids 1, 2, 3 ...; replies inherit their parent's thread."""

    def __init__(self, platform: str = "twitter") -> None:
        self.messages: list[Message] = []
        self.platform = platform

    def _add(self, message: Message, behaviours: list[str] | None, tone: float | None) -> Message:
        if behaviours is not None or tone is not None:
            message.tags = Tags(behaviours=list(behaviours or []), polarity=tone or 0.0)
        self.messages.append(message)
        return message

    def post(self, author: str | None, when: datetime, text: str = "news", *, mentions=(),
             behaviours=None, tone=None, platform=None) -> Message:
        mid = str(len(self.messages) + 1)
        message = Message(mid, text, platform=platform or self.platform, thread=mid, kind="post",
                          author=author, created_at=when, mentions=list(mentions))
        return self._add(message, behaviours, tone)

    def reply(self, author: str | None, parent: Message | str, when: datetime, text: str = "reply",
              *, mentions=(), parent_author: str | None = None, behaviours=None, tone=None,
              thread: str | None = None) -> Message:
        mid = str(len(self.messages) + 1)
        parent_id = parent.id if isinstance(parent, Message) else parent
        message = Message(
            mid, text, platform=self.platform, kind="reply", author=author, created_at=when,
            thread=parent.thread if isinstance(parent, Message) else (thread or parent_id),
            reply_to=parent_id, reply_to_author=parent_author, mentions=list(mentions),
        )
        return self._add(message, behaviours, tone)

    def repost(self, author: str, original_author: str, when: datetime, text: str) -> Message:
        mid = str(len(self.messages) + 1)
        message = Message(mid, text, platform=self.platform, thread=mid, kind="repost",
                          author=author, created_at=when, mentions=[original_author])
        return self._add(message, None, None)
