"""The dashboard's view: the coordinator's pages and the public big-number page, in every
kiosk language (what the routes of sync/hub/routes/ answer).

Server-rendered pages whose figures follow the hub by push (the live streams of
sync/hub/live.py), falling back to polling their JSON. The words come from the kiosk's own
label files (``[hub]`` tables); the reader picks a language with ``?lang=``, kept in a
cookie. The public page gives counts only, never a name. Who may see which page is decided
by the routes' dependencies (sync/hub/callers.py), not here.
"""

from __future__ import annotations

import functools
import html
import json
from typing import Annotated, Any

from babel.dates import format_time
from babel.numbers import get_group_symbol
from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, Response

from kiosk.languages import DEFAULT_LANGUAGE, label_file, report_languages
from kiosk.reports.labels import reader_locale, right_to_left
from sync.hub.auth import has_password
from sync.hub.context import HubContext
from sync.hub.counted import browser_tag, caption, counted_html, forms, number
from sync.hub.dashboard_models import PairingCodeShown
from sync.hub.dashboard_view import local_zone, zone_name
from sync.hub.database import reader_engine
from sync.hub.devices import list_devices, new_pairing_code
from sync.hub.downloads import export_form
from sync.hub.retention import exposure
from sync.hub.static import static_assets
from sync.hub.summary import summarize
from sync.hub.tags_notice import tags_notice_html

LANG_COOKIE = "hub_lang"
POLL_MS = 2000  # only when the live stream fails (a proxy holding it back)
STREAM_WAIT_MS = 5000  # no first event within this long: the stream is held back, poll instead
PAIR_CODE_SHOWN_S = 120


@functools.cache
def texts() -> dict[str, dict[str, str]]:
    """Every kiosk language's words for the hub's pages, from the kiosk's own label files
    (resources/labels/<code>.toml, table ``[hub]``); a key a language lacks is English's."""
    english = _hub_words(DEFAULT_LANGUAGE)
    return {code: _with_fallback(_hub_words(code), english) for code in report_languages()}


def _with_fallback(words: dict[str, str], english: dict[str, str]) -> dict[str, str]:
    # A counted phrase's forms come whole from one language: English's "one" must not stand in
    # for a form Chinese does not have (a browser's plural rule may still name it).
    own_counted = {key.partition(".")[0] for key in words if "." in key}
    return {**{key: value for key, value in english.items() if key.partition(".")[0] not in own_counted}, **words}


def _hub_words(code: str) -> dict[str, str]:
    labels = label_file(code)
    if labels is None:
        return {}
    words = {key.removeprefix("hub."): value for key, value in labels.table.items() if key.startswith("hub.")}
    words["lang_name"] = labels.name
    return words


def pick_language(request: Request) -> str:
    """``?lang=`` first, then the language cookie, then the browser's Accept-Language."""
    known = texts()
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if candidate in known:
            return candidate
    for part in request.headers.get("accept-language", "").split(","):
        wanted = _from_browser(part.split(";")[0].strip())
        if wanted in known:
            return wanted
    return DEFAULT_LANGUAGE


#: A route's reader's language (:func:`pick_language`), as a dependency.
Language = Annotated[str, Depends(pick_language)]


def _from_browser(tag: str) -> str:
    """A browser's language tag as a kiosk language code (zh-TW -> zh-Hant, es-MX -> es)."""
    parts = tag.replace("_", "-").split("-")
    language = parts[0].lower()
    if language == "zh":
        rest = {p.lower() for p in parts[1:]}
        return "zh-Hant" if rest & {"hant", "tw", "hk", "mo"} else "zh-Hans"
    return "tl" if language == "fil" else language


def language_menu(current: str, path: str) -> str:
    """Links to the page in every language, each named in its own (the chosen one marked)."""
    links = []
    for code, words in texts().items():
        mark = ' aria-current="true"' if code == current else ""
        links.append(f'<a href="{path}?lang={code}" lang="{code}" hreflang="{code}"{mark} '
                     f'id="lang-{code}">{html.escape(words["lang_name"])}</a>')
    return (f'<nav class="languages" aria-label="{html.escape(texts()[current]["language_choice"])}">'
            f'{"".join(links)}</nav>')


def render_page(lang: str, title: str, body: str, script: str = "", config: dict[str, Any] | None = None) -> str:
    """A whole page: the shared style, ``body``, and the page's script with its settings."""
    css = static_assets().text("page.css")  # read once at start-up (sync/hub/static.py)
    if script:
        # The page's settings as JSON (escaped for a script element), then the script file.
        settings = json.dumps(config or {}).replace("<", "\\u003c")
        # live.js first: the page's own script hands it what to do with each document.
        script = f"const CONFIG = {settings};\n" + "\n".join(
            static_assets().text(name) for name in ("live.js", script))
    direction = "rtl" if right_to_left(lang) else "ltr"  # as the PDFs mirror (kiosk/reports/labels.py)
    return (f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{css}</style></head><body>{body}<script>{script}</script></body></html>")


def _live_config(**settings: Any) -> dict[str, Any]:
    return {"poll": POLL_MS, "wait": STREAM_WAIT_MS, **settings}


def _qr_svg(text: str) -> str:
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", scale=4, xmldecl=False, svgns=True)
    return buffer.getvalue().decode("utf-8")


def pairing_code_shown(hub: HubContext, host: str, lang: str) -> PairingCodeShown:
    """A fresh pairing code (the previous one no longer pairs), as the dashboard shows it."""
    base = f"https://{host}"
    code, expires = new_pairing_code(hub.engine, hub.certificate.sha256)
    locale = reader_locale(lang, hub.campaign.country)
    zone = local_zone()
    until = format_time(expires, "short", tzinfo=zone, locale=locale)
    return PairingCodeShown(code=code, url=base, qr=_qr_svg(f"petition-kiosk-hub:{base}?code={code}"),
                            expires=texts()[lang]["code_valid_until"].format(time=until, zone=zone_name(locale, zone)),
                            shown_s=PAIR_CODE_SHOWN_S)


def summary_document(hub: HubContext) -> dict[str, Any]:
    """The dashboard's figures and devices as one JSON document (the page's stream and its polling fallback)."""
    summary = summarize(hub.engine, hub.campaign, detail=True)
    devices = [{"id": d.id, "label": d.label, "last_seen": d.last_seen_at.isoformat(timespec="seconds")
                if d.last_seen_at else None, "waiting": d.waiting, "version": d.app_version,
                "revoked": d.revoked_at is not None} for d in list_devices(hub.engine)]
    return {"campaign": summary.campaign, "goal": summary.goal, "combined": summary.combined, "total": summary.total,
            "signatures": summary.signatures, "signed": summary.signed,
            "per_kiosk": summary.per_kiosk, "per_event": summary.per_event, "per_hour": summary.per_hour,
            "upstream": {"pending": summary.upstream_pending, "synced": summary.upstream_synced,
                         "last_error": summary.upstream_last_error}, "devices": devices}


def remember_language(response: Response, request: Request, lang: str) -> Response:
    """``response``, keeping the language the reader picked (``?lang=``) in a cookie for the next pages."""
    if request.query_params.get("lang") == lang:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, secure=True, httponly=True, samesite="strict")
    return response


def login_page(hub: HubContext, lang: str, message: str = "", status: int = 200) -> HTMLResponse:
    """The login form, with ``message`` (or, before ``hub set-password``, how to set one)."""
    t = texts()[lang]
    note = t["no_password"] if not has_password(hub.engine) else message
    body = (f'<main class="login"><form method="post" action="/login?lang={lang}">'
            f'<h1>{html.escape(t["login_title"])}</h1>'
            f'<p class="error" id="message">{html.escape(note)}</p>'
            f'<label>{html.escape(t["password"])}<br><input type="password" name="password" id="password" '
            f'autocomplete="current-password" required></label><p><button id="login" type="submit">'
            f'{html.escape(t["log_in"])}</button></p></form>{language_menu(lang, "/login")}</main>')
    return HTMLResponse(render_page(lang, t["login_title"], body), status_code=status)


def big_page(hub: HubContext, lang: str) -> str:
    """The public big-number page (its number comes from ``/api/big`` and its stream)."""
    t = texts()[lang]
    title = hub.campaign.text(lang).title or t["title"]
    locale = reader_locale(lang, hub.campaign.country)
    signed = summarize(reader_engine(hub.engine), hub.campaign).signed
    # The number as the page opens (Babel); then the page's script follows the stream, picking
    # the caption's plural form with the browser's Intl.PluralRules from the forms given here.
    body = (f'<main class="big"><h1>{html.escape(title)}</h1>'
            f'<p class="number" id="big" aria-live="polite">{html.escape(number(signed, locale))}</p>'
            f'<p class="caption" id="big-caption">{html.escape(caption(t, "big_caption", signed, locale))}</p></main>')
    return render_page(lang, title, body, "big.js",
                       _live_config(lang=lang, locale=browser_tag(locale), group=get_group_symbol(locale),
                                    forms=forms(t, "big_caption")))


def exposure_statement(hub: HubContext, t: dict[str, str]) -> str:
    """What this hub could reveal if seized now, in the coordinator's words (counts only)."""
    seen = exposure(hub.engine, hub.sealer.can_open)
    key = "exposure_final" if not seen.forwards else ("exposure_kept_now" if seen.days == 0 else "exposure_kept_days")
    if seen.relay:
        key = "exposure_relay"
    return t[key].format(openable=seen.openable, purged=seen.purged, days=seen.days, waiting=seen.waiting)


def draft_notice(lang: str) -> str:
    """One quiet line saying the page's translation awaits a native speaker's review, while the
    language's label file says so (its ``review_status``, as the PDFs' footers and the
    kiosk's admin area read it); nothing for a reviewed language.

    Only on the coordinator's pages: the big-number page faces the crowd at a rally, which
    needs the count, not a note about the translation (the delivery sheets leave it out too).
    """
    labels = label_file(lang)
    if labels is None or not labels.is_draft:
        return ""
    return f'<p class="draft-notice" id="draft-notice">{html.escape(labels.table["draft_notice"])}</p>'


def dashboard_page(hub: HubContext, lang: str) -> str:
    """The coordinator's dashboard (its figures come from ``/api/summary`` and its stream)."""
    t = texts()[lang]
    e = html.escape
    title = hub.campaign.text(lang).title or hub.campaign.id
    locale = reader_locale(lang, hub.campaign.country)
    summary = summarize(reader_engine(hub.engine), hub.campaign)

    def table(ident: str, caption: str, *heads: str) -> str:
        header = "".join(f'<th scope="col">{e(t[h])}</th>' for h in heads)
        return (f'<div class="scroll"><table><caption class="visually-hidden">{e(caption)}</caption>'
                f'<thead><tr>{header}</tr></thead><tbody id="{ident}"></tbody></table></div>')

    # Devices and pairing first (what a coordinator acts on), the figures, then the long lists.
    body = f"""
<header><span class="brand">{e(t["title"])}</span>
{language_menu(lang, "/dashboard")}
<form method="post" action="/logout" class="inline"><button>{e(t["log_out"])}</button></form></header>
<main>
{draft_notice(lang)}
<h1 id="campaign-title">{e(title)}</h1>
<section aria-labelledby="total-h" class="wide"><h2 id="total-h">{e(t["total"])}</h2>
<p class="total" id="total">…</p>
<p>{e(t["toward_goal"])} <span id="goal"></span> · <span id="here-phrase">{
    counted_html(t, "from_hub", summary.signatures, locale, "here")}</span></p>
<p id="people-phrase">{counted_html(t, "people", summary.combined, locale, "people")}</p></section>
<section aria-labelledby="devices-h" class="wide"><h2 id="devices-h">{e(t["devices"])}</h2>
{table("devices", t["devices"], "label", "last_seen", "waiting", "version", "revoke")}</section>
<section aria-labelledby="pair-h"><h2 id="pair-h">{e(t["pair_title"])}</h2>
<p>{e(t["pair_help"])}</p><p><button type="button" id="show-code">{e(t["new_code"])}</button></p>
<div id="pairing" hidden><div class="qr" id="pair-qr"></div>
<p>{e(t["address"])}: <span class="code" id="pair-url"></span><br>{e(t["code"])}:
<span class="code" id="pair-code"></span></p><p id="pair-expires"></p></div></section>
<section aria-labelledby="upstream-h"><h2 id="upstream-h">{e(t["upstream"])}</h2><div id="upstream"></div></section>
{tags_notice_html(hub.engine, t)}
<section aria-labelledby="per-event-h"><h2 id="per-event-h">{e(t["per_event"])}</h2><div id="chart-event"></div>
{table("per-event", t["per_event"], "event", "count")}</section>
<section aria-labelledby="per-hour-h"><h2 id="per-hour-h">{e(t["per_hour"])} (<span id="zone"></span>)</h2>
<div id="chart-hour"></div>
<details><summary>{e(t["per_hour"])}</summary>{table("per-hour", t["per_hour"], "hour", "count")}</details></section>
<section aria-labelledby="per-kiosk-h"><h2 id="per-kiosk-h">{e(t["per_kiosk"])}</h2>
{table("per-kiosk", t["per_kiosk"], "kiosk", "count")}</section>
{export_form(t, lang, hub.campaign.country)}
<section aria-labelledby="exposure-h"><h2 id="exposure-h">{e(t["exposure_title"])}</h2>
<p id="exposure">{e(exposure_statement(hub, t))}</p>
<p class="warning" id="key-warning">{e(t["key_warning"])}</p></section>
</main>"""
    return render_page(lang, f"{title} — {t['title']}", body, "dashboard.js", _live_config(texts=t, lang=lang))
