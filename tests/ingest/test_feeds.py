"""A saved web feed (Atom, RSS) is read entry by entry, its HTML content as a page (eval/guides-unseen-46's
WordPress Atom feed): read as one page, the HTML inside CDATA stayed text and answers quoted `</p> <h2 …>` and
`&#8217;` to the PM."""

from __future__ import annotations

import re

import pytest

from bot.core.answering import Answerer
from ingest.loaders import SkipFile, load_document
from tests.conftest import index_of_pages

ATOM = """<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title type="text">Harbour Freight Notices</title>
  <updated>2026-03-02T09:00:00Z</updated>
  <id>https://notices.example/feed/atom/</id>
  <generator uri="https://wordpress.org/" version="6.5.3">WordPress</generator>
  <entry>
    <author><name>Mira Olsen</name></author>
    <title type="html"><![CDATA[NOTICE-12: DockSense berth planning rules]]></title>
    <link rel="alternate" href="https://notices.example/2026/03/docksense/" />
    <id>https://notices.example/?p=77</id>
    <summary type="html"><![CDATA[DockSense suggests berths from Monday. [&#8230;]]]></summary>
    <content type="html"><![CDATA[
<p>DockSense suggests a berth for each arriving vessel from Monday. The harbour master&#8217;s plan is final.</p>
<h2 class="wp-block-heading">Never left to DockSense</h2>
<ul><li>Vessels carrying explosives are always berthed by the harbour master.</li>
<li>Any vessel over 300 metres is planned by hand.</li></ul>
<h2 class="wp-block-heading">When it is down</h2>
<p>Planners use the whiteboard plan and call the pilots directly.</p>
]]></content>
  </entry>
</feed>
"""

RSS = """<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Clinic Ops Blog</title>
  <link>https://clinic.example</link>
  <item>
    <title>Triage assistant: what nurses check</title>
    <pubDate>Mon, 02 Mar 2026 09:00:00 +0000</pubDate>
    <guid>https://clinic.example/?p=9</guid>
    <description>A short teaser.</description>
    <content:encoded>&lt;p&gt;A nurse reads every suggestion before the patient is called.&lt;/p&gt;
&lt;p&gt;Children under 2 are never triaged by the assistant.&lt;/p&gt;</content:encoded>
  </item>
  <item>
    <title>Parking</title>
    <description>Staff parking moves to level 3 on Friday.</description>
  </item>
</channel>
</rss>
"""

MARKUP_RE = re.compile(r"</?[a-z][a-z0-9]*[\s>/]|&#\d+;|&[a-z]+;")


def _loaded(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return load_document(path)


def test_an_atom_feed_is_read_entry_by_entry_without_its_markup(tmp_path, recwarn):
    document = _loaded(tmp_path, "notices.xml", ATOM)
    assert document.title == "Harbour Freight Notices"
    assert "## NOTICE-12: DockSense berth planning rules" in document.text
    assert "## Never left to DockSense" in document.text
    assert "- Vessels carrying explosives are always berthed by the harbour master." in document.text
    assert "The harbour master’s plan is final." in document.text
    assert not MARKUP_RE.search(document.text), document.text
    # The feed's filing (ids, dates, generator, author) and the summary that repeats the content are not guidance.
    for filing in ("2026-03-02", "WordPress", "notices.example", "Mira Olsen", "[…]"):
        assert filing not in document.text, filing
    assert not [w for w in recwarn if "XML" in str(w.message)]  # nothing printed beside the ingest summary


def test_an_rss_feed_with_escaped_html_reads_each_item_under_its_title(tmp_path):
    document = _loaded(tmp_path, "ops.rss", RSS)
    assert document.title == "Clinic Ops Blog"
    assert "## Triage assistant: what nurses check" in document.text
    assert "Children under 2 are never triaged by the assistant." in document.text
    assert "A short teaser." not in document.text  # content:encoded is the fuller text of the same item
    assert "## Parking" in document.text and "level 3 on Friday" in document.text
    assert not MARKUP_RE.search(document.text), document.text


def test_an_atom_entry_in_inline_xhtml_is_read_as_its_page(tmp_path):
    feed = ATOM.replace('<content type="html"><![CDATA[', '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                        ).replace("]]></content>", "</div></content>").replace("&#8217;", "’")
    document = _loaded(tmp_path, "notices.atom", feed)
    assert "## Never left to DockSense" in document.text
    assert "- Any vessel over 300 metres is planned by hand." in document.text
    assert not MARKUP_RE.search(document.text), document.text


@pytest.mark.parametrize("content, reason", [
    ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>', "broken feed"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>', "without any entry"),
])
def test_a_broken_or_empty_feed_is_skipped_with_a_reason(tmp_path, content, reason):
    with pytest.raises(SkipFile, match=reason):
        _loaded(tmp_path, "feed.xml", content)


def test_an_answer_from_a_feed_quotes_the_words_not_the_html(tmp_path_factory, embedder):
    index = index_of_pages(tmp_path_factory, embedder, "feeds", {"notices.xml": ATOM})
    answer = Answerer(index.settings, index).ask("Which vessels are never left to DockSense?")
    assert "explosives" in answer.answer
    assert not MARKUP_RE.search(answer.answer), answer.answer


ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20250929T081530Z" application="Evernote" version="10.96.2">
  <note>
    <title>Chaser: house rules</title>
    <created>20250901T140211Z</created>
    <tag>practice-rules</tag>
    <note-attributes><author>Ruth Pryor</author></note-attributes>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><h2>Never left to Chaser</h2><ul><li>Clients in bereavement are paused by a partner.</li>
<li>Anyone who has complained this year.</li></ul><div><en-todo checked="true"/>Pause list checked</div></en-note>]]>
    </content>
  </note>
</en-export>"""


def test_an_evernote_export_is_read_note_by_note(tmp_path):
    """guides-unseen-48's practice notebook (`.enex`) was skipped as an unsupported file type."""
    path = tmp_path / "notebook.enex"
    path.write_text(ENEX, encoding="utf-8")
    text = load_document(path).text
    assert "## Chaser: house rules" in text and "Never left to Chaser" in text
    assert "- Clients in bereavement are paused by a partner." in text
    assert "20250901" not in text and "practice-rules" not in text and "<en-note>" not in text
