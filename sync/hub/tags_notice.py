"""The dashboard's notice of the tags a coordinator must create in Action Network by hand.

Its own section, apart from the dashboard's layout (sync/hub/dashboard.py places it once):
shown only when a target's key could not create a tag (sync/hub/upstream.py keeps them), so
the coordinator creates them before (or soon after) the first forward.
"""

from __future__ import annotations

import html

from sqlalchemy import Engine

from sync.hub.upstream import tags_to_create


def tags_notice_html(engine: Engine, t: dict[str, str]) -> str:
    """The section naming each target's tags to create, or nothing when there are none."""
    missing = tags_to_create(engine)
    if not missing:
        return ""
    e = html.escape
    lines = "".join(f"<li>{e(t['tags_to_create'].format(target=name, tags=', '.join(tags)))}</li>"
                    for name, tags in missing.items())
    return (f'<section id="tags-to-create"><h2>{e(t["tags_to_create_title"])}</h2>'
            f'<ul class="warning">{lines}</ul></section>')
