"""A QQ group chat exported as text (guides-unseen-51's yearbook editors' group): QQ writes what the file is, its
folder and the chat's name above the messages, and the first of those lines had become the page's title, shown
beside every answer quoted from it."""

from __future__ import annotations

from ingest.loaders import load_document

EXPORT = """\ufeff消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:我的群聊
================================================================
消息对象:县志办校对组
================================================================

2025-03-02 9:02:31 林岚-主编(2853301174)
[群公告]「墨斗」AI 校对使用规则
一、墨斗做什么
墨斗标出初稿里的错字和前后不一致的数字，每处标注都写明依据。

二、分档
1. 90 分及以上：直接改正，责任编辑抽查。
2. 90 分以下：只标黄，由责任编辑决定。
"""


def test_a_qq_export_is_titled_by_its_chat_not_by_the_files_description(tmp_path):
    path = tmp_path / "qq.txt"
    path.write_text(EXPORT, encoding="utf-8")
    document = load_document(path)
    assert document.title == "县志办校对组"
    assert "消息记录" not in document.text and "消息分组" not in document.text and "=====" not in document.text
    assert "墨斗标出初稿里的错字" in document.text and "只标黄，由责任编辑决定" in document.text.replace(",", "，").replace(":", "：")


def test_a_text_file_that_only_mentions_a_chat_keeps_its_lines(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("会议纪要\n\n消息对象:这一行是正文的一部分，不是导出的抬头。\n\n下周再议。\n", encoding="utf-8")
    document = load_document(path)
    assert document.title == "会议纪要" and "消息对象" in document.text
