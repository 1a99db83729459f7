"""streamtool: read the health of relationships in a conversation stream.

Library first: `streamtool.readers.read_messages` turns exports into `Message`s,
`streamtool.tagging` tags the seven small-town behaviours, `streamtool.relations` measures
relationships and `streamtool.report` builds and renders the report. The CLI only wires them.
"""

__version__ = "0.1.0"
