"""A project-keyed issue (YouTrack, Jira: "OPS-311" over its subject), its star and watch buttons, its comment
headers ("Name  commented 9 days ago"), a workspace picker ("Acme Ops ▾") and a Chinese site's login button ("登录")
are furniture, and "发表评论" starts a post's comments (guides-unseen-41): the subject, not "YouTrack" or "登录", is the page's title, and a section named
like the subject's first word ("Decision" under "Decision: …") stays a section."""

from __future__ import annotations

from ingest.loaders import load_document
from ingest.page_furniture import drop_tracker_furniture
from ingest.pipeline import chunks_for

ISSUE = """YouTrack
Issues    Dashboards    Agile Boards    Reports
Search
New Issue

Warehouse Ops  /  OPS-311
☆ Star    Watch
OPS-311
Decision: forklift alert bands and who may silence an alert
Created by Ana Silva  2 Feb 2026 09:10  ·  Updated by Li Wei  2 days ago

Background
The camera model scores every forklift aisle each second for a person inside the aisle while a forklift moves.

Decision
Bands agreed at the safety review:
- 0.90 and above: the forklift horn sounds and the shift lead reviews the clip within 10 minutes.
- 0.60 to 0.89: the alert is logged for the weekly sample.

Comments 2    History

Ana Silva  commented 3 days ago
Can drivers silence the horn themselves?
    Li Wei  commented 2 days ago
    No. Only the shift lead silences an alert, and every silence is logged.

Write a comment, @mention people
"""

ZH_POST = """百度首页    网页    资讯    视频    图片
登录

仓库叉车告警：我们给 80 个仓库定的规则
物流老李    2026-02-03 10:12
关注

一、告警分三档
1. 人员进入叉车通道，置信度 0.8 以上：叉车屏幕立刻鸣笛。
2. 置信度低于 0.5：不推送，只记录。

举报/反馈

发表评论
写评论...
评论 12

叉车老王
鸣笛太吵了，我们仓库的人都快疯了，有没有更安静的办法？

物流老李 作者
可以把鸣笛换成通道口的闪灯，夜班再打开鸣笛。
广东 · 2天前    回复    赞 18
"""


def _load(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_a_keyed_issue_is_titled_by_its_subject_and_keeps_its_decision_section(tmp_path):
    document = _load(tmp_path, "youtrack-issue.txt", ISSUE)
    assert document.title == "Decision: forklift alert bands and who may silence an alert"
    assert "Star" not in document.text and "commented" not in document.text, document.text
    assert "Write a comment" not in document.text
    assert "Only the shift lead silences an alert" in document.text  # the people's comments stay
    sections = {chunk.section for chunk in chunks_for(tmp_path / "youtrack-issue.txt", tmp_path, chunk_chars=1200)}
    assert any(section.endswith("Decision") for section in sections), sections


def test_a_comment_header_may_say_commented():
    lines = ["Ana Silva  commented 3 days ago", "Can drivers silence it?", "    Li Wei  commented 2 days ago", "    No."]
    assert drop_tracker_furniture(lines) == ["Can drivers silence it?", "    No."]


def test_a_workspace_picker_and_its_shortcuts_are_no_title(tmp_path):
    text = "Acme Ops ▾\n🔍 Search\n🕘 Recent\n⭐ Starred\n+ New item\n\nForklift alerts: the rules we agreed\n\n" \
           "Only the shift lead silences an alert, and every silence is logged.\n"
    assert _load(tmp_path, "nuclino-item.txt", text).title == "Forklift alerts: the rules we agreed"


def test_a_chinese_sites_login_button_is_no_title(tmp_path):
    document = _load(tmp_path, "baijiahao-post.txt", ZH_POST)
    assert document.title.startswith("仓库叉车告警"), document.title
    assert "举报/反馈" not in document.text and "叉车屏幕立刻鸣笛" in document.text
    # Below "发表评论", readers' comments go and the author's replies stay.
    assert "有没有更安静的办法" not in document.text and "叉车老王" not in document.text, document.text
    assert "可以把鸣笛换成通道口的闪灯" in document.text
