"""An EPUB's chapter saved as the XHTML file inside it (guides-unseen-51's hospice finance manual, as pandoc writes
it): `.xhtml` had been skipped as an unsupported file type, and a footnote's reference mark was quoted as a digit
glued to its sentence ("…around £9 million in cash.1")."""

from __future__ import annotations

from ingest.loaders import load_document
from tests.conftest import answerer_of_pages

CHAPTER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-GB">
<head>
  <meta charset="UTF-8" />
  <title>ch04.xhtml</title>
  <link rel="stylesheet" type="text/css" href="../styles/stylesheet1.css" />
</head>
<body epub:type="bodymatter">
<section id="kiln-guard" class="level1" epub:type="chapter">
<h1>4 Firing with Kiln Guard</h1>
<section id="what-it-does" class="level2">
<h2>4.1 What Kiln Guard does</h2>
<p>Kiln Guard reads the shelf load before each firing and suggests a programme.<a href="#fn1" class="footnote-ref"
 id="fnref1" epub:type="noteref" role="doc-noteref"><sup>1</sup></a> It never starts a firing on its own.</p>
</section>
<section id="limits" class="level2">
<h2>4.2 Limits</h2>
<ul>
<li>No programme above 1,280 °C.</li>
<li>No firing while the vent is shut.</li>
</ul>
</section>
</section>
<section id="footnotes" class="footnotes footnotes-end-of-section" role="doc-endnotes" epub:type="footnotes">
<hr />
<ol>
<li id="fn1"><aside epub:type="footnote"><p>The studio's raku kiln is outside its reach.<a href="#fnref1"
 class="footnote-back" role="doc-backlink">↩︎</a></p></aside></li>
</ol>
</section>
</body>
</html>
"""


def test_an_epub_chapter_reads_as_a_page_without_its_note_marks(tmp_path):
    path = tmp_path / "ch04.xhtml"
    path.write_text(CHAPTER, encoding="utf-8")
    document = load_document(path)
    assert document.title == "4 Firing with Kiln Guard"
    assert "## 4.2 Limits" in document.text and "- No programme above 1,280 °C." in document.text
    assert "suggests a programme. It never starts a firing on its own." in document.text
    assert "programme.1" not in document.text and "↩" not in document.text


def test_an_answer_quotes_the_chapter(tmp_path_factory, embedder):
    answer = answerer_of_pages(tmp_path_factory, embedder, "epub", {"ch04.xhtml": CHAPTER}).ask(
        "What limits does Kiln Guard work within?")
    assert "1,280 °C" in answer.answer and "vent is shut" in answer.answer, answer.answer
