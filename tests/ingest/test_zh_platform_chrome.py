"""A Chinese Q&A answer saved as text (eval/guides-unseen-25 prompted it): the site's menu row, the question's
action bar, follower counts, the vote bar and readers' comments are the platform's, not the answer's; the
action bar ("关注问题    ✎ 写回答 …") had been quoted as an answer's first sentence."""

from __future__ import annotations

from ingest.loaders import load_document

PAGE = """问答社区
首页    发现    等你来答        [ 搜索你感兴趣的内容… ]    提问    登录/注册

AI 客服上线后，怎么判断该不该扩大到全部用户？

关注问题    ✎ 写回答    邀请回答    ▲ 好问题 12    💬 添加评论    ↗ 分享    ⋯

关注者 806    被浏览 92,310

查看全部 41 个回答

陈知远
做过两年智能客服

1,204 人赞同了该回答

我们的做法是先放 5% 的流量，跑满两周再决定。扩量之前看三件事：转人工率有没有下降，投诉率有没有上升，机器人答错后用户是否还能一步找到人工。

三件事都达标才扩到 30%，再跑两周，最后才全量。任何一周投诉率比人工客服高，就退回上一档。

编辑于 2025-09-02 10:15・IP 属地杭州

▲ 赞同 1204    ▼    💬 56 条评论    ↗ 分享    ★ 收藏    ♥ 喜欢    ⋯

56 条评论                                  默认    最新

小鹿
两周会不会太短？我们业务有月度周期。
2025-09-03 · IP 属地上海    回复    赞 9

展开其余 55 条评论 ›

写下你的评论…
"""


def test_a_qa_answer_keeps_the_answer_and_loses_the_platform(tmp_path):
    path = tmp_path / "zh-answer.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = load_document(path)
    assert document.title == "AI 客服上线后,怎么判断该不该扩大到全部用户?"
    assert "先放 5% 的流量" in document.text and "就退回上一档" in document.text
    for chrome in ("登录/注册", "写回答", "关注者", "查看全部", "人赞同了该回答", "编辑于", "赞同 1204", "条评论",
                   "两周会不会太短", "写下你的评论"):
        assert chrome not in document.text, chrome
