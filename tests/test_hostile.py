"""Hostile input: script in uploaded documents, file names and links must never run, nor reach a screen raw.

In a real browser, every page and frame gets an ``alert`` (and ``confirm``/``prompt``) that records instead of
showing; each payload would call one of them, or set ``window.__xss``, if it ever ran. Without a browser, the
library's own protections are tested on payloads of each class the audit used (written here, not the audit's):
HTML documents read as their visible text only, and file names in messages shown, not obeyed.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from places.corpus import decode_document, html_to_text
from places.extract import Extractor
from places.gazetteer import Gazetteer
from places.pipeline import build_from_uploads
from tests.conftest import TINY_PLACES
from tests.test_browser import MAP_FRAME

PAYLOADS = [
    "<img src=x onerror=alert(1)>", "<svg onload=alert(2)>", "<script>alert(3)</script>", "javascript:alert(4)",
    "${alert(5)}", "`${alert(6)}`", "<iframe src=javascript:alert(7)>", "<body onload=alert(8)>",
    "<a href=javascript:alert(9)>x</a>", "</script><script>alert(10)</script>", "<details open ontoggle=alert(11)>",
    "<marquee onstart=alert(12)>", "{{constructor.constructor('alert(13)')()}}",
    "<math><mtext><img src=x onerror=alert(14)>", "[x](javascript:alert(15))", "<input autofocus onfocus=alert(16)>",
    "<video><source onerror=alert(17)>", "<style>@import 'javascript:alert(18)'</style>", "'-alert(19)-'",
    "<object data=javascript:alert(20)>", "<img src=x onerror=window.__xss=21>",
]
PLACES = ["Paris", "London", "Vienna", "Berlin", "Geneva", "Zürich", "Rome", "Madrid", "Brussels", "Stockholm",
          "Copenhagen", "Warsaw", "Kiev", "Moscow", "Odessa", "Tiflis", "Baku", "Munich", "Milan", "Lyon", "Dublin"]
HOOK = """
window.__xss = undefined;
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = (...args) => { window.__xss = (window.__xss || []).concat([String(args[0])]); };
}
"""


def hostile_document() -> str:
    lines = ["Anna Petrova", "Anna Petrova was born in Odessa in 1860."]
    for i, (payload, place) in enumerate(zip(PAYLOADS, PLACES, strict=False)):
        lines.append(f"In {1870 + 3 * i} Anna Petrova, signing herself {payload}, moved to {place}.")
    return "\n".join(lines) + "\n"


def click_until(page, button, started, attempts: int = 3) -> None:
    """Click ``button`` until ``started`` (a locator: the build's progress or its result) appears.

    A click that lands while Streamlit re-renders the sidebar (the rerun after Enter in a text box moves
    the button by a few pixels) can miss it, as a visitor's click can; a visitor clicks again, so does this.
    Only the start is retried: a build that starts and never finishes still fails its own wait.
    """
    for attempt in range(attempts):
        button.click()
        try:
            started.first.wait_for(timeout=10000)
            return
        except Exception:
            if attempt == attempts - 1:
                sidebar = page.locator("section[data-testid=stSidebar]").inner_text()
                raise AssertionError(f"no build after {attempts} clicks; the sidebar: {sidebar[-600:]!r}") from None


def fired(page) -> list:
    """Everything the hooks recorded, in the page and in every frame (the map lives in an iframe)."""
    found = []
    for frame in page.frames:
        try:
            value = frame.evaluate("() => window.__xss")
        except Exception:  # a frame that navigated away meanwhile
            continue
        if value is not None:
            found.append((frame.url, value))
    return found


def open_everything(page) -> None:
    """Open every popup and tooltip on the map and every evidence expander, so all text is rendered."""
    frame = page.frame_locator(MAP_FRAME).locator("body")
    frame.evaluate("""() => window.map_div.eachLayer(l => {
        if (l.getPopup && l.getPopup()) { l.openPopup(); l.closePopup(); }
        if (l.getTooltip && l.getTooltip()) { l.openTooltip(); }
    })""")
    for summary in page.locator("summary").all() + page.frame_locator(MAP_FRAME).locator("summary").all():
        summary.click()
    page.wait_for_timeout(500)


@pytest.mark.browser
def test_script_in_uploaded_documents_and_file_names_never_runs(browser, app_url, tmp_path):
    document = tmp_path / "<img src=x onerror=alert(99)>.txt"
    document.write_text(hostile_document(), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(HOOK)
    page = context.new_page()
    page.goto(app_url)
    page.frame_locator(MAP_FRAME).locator(".stop").first.wait_for(state="attached", timeout=30000)
    page.get_by_text("Map your own documents").click()
    page.locator("input[type=file]").set_input_files(str(document))
    page.get_by_label("Whose life?").fill("Anna Petrova <img src=x onerror=alert(98)>")
    page.get_by_label("Whose life?").press("Enter")
    heading = page.get_by_role("heading", name="a life on the map").filter(has_text="Anna Petrova")
    progress = page.get_by_text("Reading the documents").or_(page.get_by_text(re.compile(r"^Read \d+ of")))
    click_until(page, page.get_by_role("button", name="Build the map"), heading.or_(progress))
    heading.wait_for(timeout=90000)
    page.wait_for_function(f'() => document.querySelectorAll("{MAP_FRAME}").length == 1', timeout=30000)
    page.frame_locator(MAP_FRAME).locator(".stop").nth(10).wait_for(state="attached", timeout=30000)
    open_everything(page)
    body = page.locator("body").inner_text() + page.frame_locator(MAP_FRAME).locator("body").inner_text()
    shown = [p for p in PAYLOADS if p in body]
    assert len(shown) >= 5 and "<img src=x onerror=alert(99)>.txt" in body, "payloads are on the page, as text"
    for year in (1900, 1930):  # step through time with payload stops in view
        page.frame_locator(MAP_FRAME).locator("#tm-year").fill(str(year))
    page.wait_for_timeout(800)
    page.wait_for_function(f'() => document.querySelectorAll("{MAP_FRAME}").length == 1', timeout=30000)
    open_everything(page)
    assert fired(page) == []
    context.close()


@pytest.mark.browser
def test_script_in_link_parameters_never_runs(browser, app_url):
    context = browser.new_context()
    context.add_init_script(HOOK)
    for payload in PAYLOADS:
        page = context.new_page()
        page.goto(f"{app_url}/?year={quote(payload)}&stop={quote(payload)}")
        frame = page.frame_locator(MAP_FRAME)
        frame.locator(".tm-heading", has_text=re.compile(r"^1940: ")).wait_for(timeout=30000)
        assert frame.locator("#tm-year").input_value() == "1940"
        page.wait_for_timeout(200)
        assert fired(page) == [], payload
        page.close()
    context.close()


@pytest.mark.browser
def test_the_hook_would_notice_a_payload_that_runs(browser):
    """The detector itself works: a page that does run a payload is caught."""
    context = browser.new_context()
    context.add_init_script(HOOK)
    page = context.new_page()
    page.set_content(f"<div>{PAYLOADS[0]}</div>")
    page.wait_for_timeout(300)
    assert fired(page) != []
    context.close()


# Markup whose code is in a script, style, template, comment, CDATA section or attribute: none of it is text a
# reader of the page sees, so none of it may become document text (and so evidence quotes).
HTML_PAYLOADS = {
    "svg script and style": '<svg><script>alert("svg")</script><style>a{color:red}</style></svg>',
    "mathml style": '<math><mtext><table><mglyph><style><img src=x onerror=alert("mathml")>',
    "css javascript url": '<style>body{background:url("javascript:alert(\'css\')")}</style>',
    "css import": '<style>@import "javascript:alert(\'import\')";</style>',
    "script variants": '<SCRIPT>alert("upper")</SCRIPT ><script/x src=y>alert("slash")</script>',
    "unclosed script": '<script>alert("unclosed")',
    "template": '<template><img src=x onerror=alert("template")></template>',
    "noscript breakout": '<noscript><p title="</noscript><img src=x onerror=alert(\'noscript\')>"></noscript>',
    "comment": '<!-- <script>alert("comment")</script> -->',
    "cdata": '<![CDATA[<script>alert("cdata")</script>]]>',
    "attribute breakout": '<p title="x" onmouseover="alert(\'attr\')" style="x:expression(alert(\'ie\'))">',
    "links": '<a href="javascript:alert(\'js\')">one</a> <a href="data:text/html,<script>alert(\'data\')</script>">'
             "two</a>",
    "iframe srcdoc": '<iframe srcdoc="&lt;script&gt;alert(\'srcdoc\')&lt;/script&gt;"></iframe>',
}


@pytest.mark.parametrize("payload", HTML_PAYLOADS.values(), ids=HTML_PAYLOADS.keys())
def test_an_html_document_becomes_its_visible_text_only(payload):
    page = f"<html><body><p>Anna Petrova was born in Odessa in 1870.</p>{payload}<p>She died in Paris.</p></body>"
    text = html_to_text(page)
    assert "alert" not in text and "javascript" not in text and "{" not in text, text
    assert text.startswith("Anna Petrova was born in Odessa in 1870.")
    doc = decode_document("page.html", page.encode())
    assert "alert" not in doc.text


def test_entities_decode_to_text_that_stays_text():
    """"&lt;script&gt;" is what the reader of a page sees: it stays in the text, as text (the map escapes it)."""
    text = html_to_text("<p>She wrote &lt;script&gt;alert(1)&lt;/script&gt; &#x202E;here &amp; &#0; there</p>")
    assert text == "She wrote <script>alert(1)</script> \u202ehere & \ufffd there"


SPOOFING_NAMES = ["evil\u202etxt.exe.txt", "zero\u200bwidth.txt", "esc\x1b[31mred.txt", "csi\x9b2J.txt",
                  "isolate\u2066open.txt", "bom\ufeff.txt", "return\rover.txt"]


def test_file_names_in_messages_are_shown_not_obeyed():
    """An unterminated right-to-left override in one file name would reverse every message after it; a
    zero-width space hides a difference between two names; ESC and CSI recolour a terminal the log is read in."""
    extractor = Extractor(Gazetteer(curated=TINY_PLACES, broad=False))
    result = build_from_uploads([(name, b"") for name in SPOOFING_NAMES], "", extractor)
    shown = "\n".join(result.messages)
    for raw in ("\u202e", "\u200b", "\x1b", "\x9b", "\u2066", "\ufeff", "\r"):
        assert raw not in shown
    assert "evil\\u202etxt.exe.txt: empty document (no text to read)" in result.messages
    assert "esc\\x1b[31mred.txt: empty document (no text to read)" in result.messages
