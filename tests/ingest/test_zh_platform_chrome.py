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


DIARY = """豆瓣　　读书　　电影　　音乐　　同城　　小组
下载豆瓣客户端　　登录/注册
搜索你感兴趣的内容和人...

小舟的日记

做了半年 AI 客服，记一下退款规则
小舟　　2025-08-02 21:10:44　　杭州

原创内容

在一家电商平台做 AI 客服半年，这里记下我们给退款场景定的规矩，也给同行参考。

一、能直接退的
· 50 元以内、签收 7 天内的订单，AI 可以直接退款。
· 超过 50 元的一律转人工审核，AI 只负责收集照片和订单号。

二、绝不能说的
· 不承诺到账时间，只说“以银行处理为准”。
· 不替商家道歉认错，只说会转给商家核实。

三、看哪些指标
· 转人工率每周看一次，超过 30% 就复盘话术。
· 每周抽检 100 通对话，错一处就算这通错，目标低于 3%。

© 本文版权归作者 小舟 所有，任何形式转载请联系作者。

38人喜欢

回应　　转发　　赞　　收藏

回应 (2)

阿青　　2025-08-03 09:12:30　　上海
50 元这个线是怎么定的？我们是 30 元。
赞

小舟　　2025-08-03 10:01:02　　杭州
回复 阿青：看了半年的客诉，50 元以内的争议基本都是商家同意退的。
赞

> 我来回应

小舟的最新日记  · · · · · ·  ( 全部 )
　　在电商做产品的第二年
"""


def test_a_douban_diary_keeps_its_rules_and_loses_badges_bylines_and_replies(tmp_path):
    """guides-unseen-36's 豆瓣日记: the download prompt had been the page's title, the "原创内容" badge had headed the post's opening as a section, the
    author's byline line and comments' bylines had read as headings, and readers' replies ("50 元这个线是怎么
    定的？") were quoted as the post's own guidance."""
    path = tmp_path / "douban-diary.txt"
    path.write_text(DIARY, encoding="utf-8")
    document = load_document(path)
    text = document.text
    assert document.title == "做了半年 AI 客服,记一下退款规则"
    assert "50 元以内、签收 7 天内的订单" in text and "目标低于 3%" in text
    for chrome in ("下载豆瓣客户端", "小舟的日记", "搜索你感兴趣", "原创内容", "2025-08-02 21:10:44", "38人喜欢", "回应 (2)", "我们是 30 元",
                   "回复 阿青", "我来回应", "最新日记"):
        assert chrome not in text, chrome


XUEQIU = """雪球
首页　　行情　　自选　　组合　　社区
搜索股票/组合/用户/讨论
登录 / 注册
下载雪球 App

老李聊保险
关注
09-18 20:41 · 来自雪球 · 修改于09-19 07:55

保险 App 里的 AI 核保助手：我们定下的三条硬规矩

在一家寿险公司做线上投保，负责“AI 核保助手”。它能回答健康告知的问题，也会初步判断能不能投保。下面是我们定下的规矩。

一、能自动做的
· 健康告知全部为“否”的，AI 可以直接给出“可投保”。
· 有任何一项为“是”的，一律转人工核保，AI 只负责收集病历。

二、绝不能说的
· 不说“肯定能赔”“一定通过”。
· 不替客户改健康告知的答案。

三、看哪些指标
· 转人工率每周看一次，超过 40% 就复盘问题。

风险提示：本文所提到的观点仅代表个人的意见，不构成投资建议，据此操作，风险自负。

转发 5  讨论 21  赞 63  收藏

全部讨论 21  热门  最新

40% 是怎么定的？我们是 30%。
    老李聊保险(作者)：看了半年的数据，超过 40% 人工核保就排不过来了。

这条好，我们也被监管问过。

有没有考虑过年龄一刀切？
    老李聊保险  作者
    09-19 08:12
    考虑过，60 岁以上一律人工核保，AI 不做这个判断。
    赞 3    回复

关于雪球  联系我们  加入我们  用户协议  隐私政策
"""


def test_a_xueqiu_post_loses_the_platform_and_keeps_the_authors_replies(tmp_path):
    """guides-unseen-38's 雪球 post: the site's name had been the page's title and the author's screen name had
    headed its opening as a section; readers' comments were the post's text, while the author's own replies
    under them carried rules the post did not repeat."""
    path = tmp_path / "xueqiu-post.txt"
    path.write_text(XUEQIU, encoding="utf-8")
    document = load_document(path)
    text = document.text
    assert document.title == "保险 App 里的 AI 核保助手:我们定下的三条硬规矩"
    assert "AI 可以直接给出“可投保”" in text and "超过 40% 就复盘问题" in text
    # The author's replies stay, without their screen name, badge or time; readers' comments go.
    assert "看了半年的数据,超过 40% 人工核保就排不过来了。" in text
    assert "考虑过,60 岁以上一律人工核保,AI 不做这个判断。" in text
    for chrome in ("行情", "搜索股票", "下载雪球", "老李聊保险", "关注", "09-18 20:41", "风险提示", "转发 5", "全部讨论",
                   "我们是 30%", "这条好", "年龄一刀切", "赞 3", "关于雪球"):
        assert chrome not in text, chrome


HUXIU = """虎嗅
首页　　资讯　　24小时　　视频　　虎嗅智库　　会员
搜索
登录 / 注册
下载App

虎嗅号　　客服产品笔记
关注

给银行客服做 AI 质检：哪些通话绝不能只让模型判

2025-10-12 09:42　　来源：微信公众号「客服产品笔记」
题图来自：视觉中国

本文来自微信公众号：客服产品笔记，作者：林舟，原文标题：《AI 质检上线一年》

我在一家银行带客服产品，去年上线了 AI 通话质检。

一、三档阈值
1. 置信度 0.9 以上才自动判定合规。
2. 置信度低于 0.9 的，一律转人工复核。

二、投诉类通话，模型一律不判
涉及投诉、挂失和老年客户的通话，全部人工听。

赞 48　　收藏 131　　分享

评论（19）

一只坐席　　10-12 10:15
我们这边也这样。
    客服产品笔记（作者）：所以投诉类必须人工听，模型只做标记。
回复　　赞 22
"""


def test_a_huxiu_article_loses_its_account_line_and_credits(tmp_path):
    """guides-unseen-39's 虎嗅 article: the account line "虎嗅号　　政务产品笔记" over 关注 had headed the article's
    opening, the site's name had been its title, and the repost credits were read as its first paragraph."""
    path = tmp_path / "huxiu.txt"
    path.write_text(HUXIU, encoding="utf-8")
    document = load_document(path)
    assert document.title == "给银行客服做 AI 质检:哪些通话绝不能只让模型判"
    assert "置信度 0.9 以上才自动判定合规" in document.text
    assert "所以投诉类必须人工听,模型只做标记。" in document.text  # the author's reply
    for chrome in ("资讯", "搜索", "虎嗅号", "客服产品笔记", "来源", "题图", "本文来自", "赞 48", "我们这边也这样"):
        assert chrome not in document.text, chrome
