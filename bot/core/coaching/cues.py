"""Cue patterns that find each aspect of a coaching step in a PM's answer (English and Chinese).

Matching lives here, as code with an example each (tests/core/test_coaching.py checks every
example matches); what the coach says about an aspect lives in steps.yml under the same id.
"""

from __future__ import annotations

from bot.core.review.patterns.base import Pattern

P = Pattern

ASPECT_CUES: dict[str, tuple[Pattern, ...]] = {
    # -- the problem and who has it ---------------------------------------------------------------
    "who": (
        P(r"\b(agents?|users?|customers?|managers?|analysts?|nurses?|doctors?|clinicians?|lawyers?|"
          r"engineers?|reps?|teams?|staff|buyers?|sellers?|drivers?|teachers?|students?|recruiters?|"
          r"adjusters?|accountants?|operators?|support|merchants?|shoppers?|developers?|pms?|patients?)\b",
          "Support agents at our help desk"),
        P(r"(用户|客服|坐席|员工|团队|经理|医生|护士|律师|工程师|销售|客户|商家|司机|老师|学生|运营|分析师)",
          "我们的客服团队每天处理工单"),
    ),
    "pain": (
        P(r"\b\d+(\.\d+)?\s*(%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|seconds?|\$|dollars?|k\b)",
          "spend about 6 minutes per ticket"),
        P(r"\b(waste[sd]?|costs?|slow|delays?|errors?|mistakes?|churn|frustrat\w*|manual(ly)?|tedious|"
          r"backlog|late|miss(es|ed)?|wrong(ly)?|lose|losing|lost|pain)\b",
          "tickets are routed wrongly and wait"),
        P(r"(花费|耗时|成本|出错|错误|延迟|等待|投诉|流失|手工|人工|低效|损失|分钟|小时|天)", "平均要花 6 分钟"),
    ),
    "evidence": (
        P(r"\b(interview(s|ed)?|survey(s|ed)?|logs?|data shows?|tickets show|we measured|measured|analy[sz]ed|"
          r"observed|shadow(ed|ing)?|feedback|complaints?|nps|research|study|studies|we saw|we found)\b",
          "We saw this in 3 months of ticket logs"),
        P(r"(访谈|调研|问卷|日志|数据显示|统计|观察|反馈|投诉|研究)", "来自对 8 名客服的访谈"),
    ),
    # -- does it need AI at all -------------------------------------------------------------------
    "simpler": (
        P(r"\b(rules?|rule-based|heuristics?|keywords?|regex|templates?|forms?|search|filters?|"
          r"process change|checklist|spreadsheet|if-then|decision tree|without ai|non-ai|no ai|simpler)\b",
          "We tried keyword rules for routing"),
        P(r"(规则|关键词|模板|表单|搜索|流程|不用\s*AI|非\s*AI|更简单)", "我们试过关键词规则"),
    ),
    "why_ai": (
        P(r"\b(long tail|long-tail|unstructured|free[- ]text|natural language|hundreds of ways|"
          r"too many (variations|cases|types)|varied|variety|ambiguous|images?|language|can'?t be "
          r"(written|captured) as rules|rules (miss|fail|break|can'?t|cannot|don'?t))\b",
          "rules miss the long tail"),
        P(r"(长尾|非结构化|自然语言|说法|多样|变化太多|规则(覆盖不了|处理不了|不够))", "规则覆盖不了长尾"),
    ),
    "tolerance": (
        P(r"\b(tolera\w*|acceptable|occasional (errors?|mistakes?)|cost of (an? )?(error|mistake)|"
          r"if it'?s wrong|when it'?s wrong|low[- ]stakes|high[- ]stakes|harmless|override|"
          r"mistakes? (are|is) (cheap|costly|fine)|errors? (are|is) (cheap|costly|fine))\b",
          "occasional model errors are tolerable"),
        P(r"(容忍|可以接受|代价|出错的?后果|偶尔出错|低风险|高风险)", "偶尔出错可以接受"),
    ),
    # -- data -------------------------------------------------------------------------------------
    "needed": (
        P(r"\b(we need|needs?|requires?|input(s)?|training data|examples? of|history of|past \w+|"
          r"historical)\b", "We need past tickets with the team"),
        P(r"(需要|输入|训练数据|历史)", "我们需要历史工单"),
    ),
    "held": (
        P(r"\b(we (have|hold|own|store|keep|collect)|already (have|hold|collect)|\d[\d,.]*\s*(k|m|million|"
          r"thousand)?\s*(tickets|records|rows|examples|documents|emails|calls|transactions|logs|"
          r"conversations|images)|\d+\s*(months?|years?) of|in (our )?(crm|zendesk|salesforce|jira|"
          r"warehouse|database|data lake))",
          "We hold 18 months of tickets in Zendesk"),
        P(r"(已有|现有|我们有|积累了|\d+\s*(个月|年)|\d+\s*(万|千)?\s*条)", "已有 18 个月约 12 万条工单"),
    ),
    "gap": (
        P(r"\b(missing|we (don'?t|do not) have|lack(ing)?|gaps?|not yet|need to (collect|get|buy|gather)|"
          r"will (collect|gather|buy|license|scrape|log)|no data (on|for)|unlabel+ed)\b",
          "missing are tickets from the new billing product"),
        P(r"(缺少|缺乏|没有.*数据|还缺|需要收集|计划收集|未标注)", "缺少新计费产品的工单"),
    ),
    "labels": (
        P(r"\b(label(s|l?ed|l?ing|l?ers)?|annotat\w*|guidelines?|ground truth|tag(ged|ging)|"
          r"inter-annotator|kappa)\b", "we will label 500 tickets with written guidelines"),
        P(r"(标注|打标|标签|规范)", "由 2 名资深客服标注"),
    ),
    # -- from data to value -----------------------------------------------------------------------
    "technique": (
        P(r"\b(prompt(s|ing)?|few-shot|zero-shot|rag|retrieval|fine-?tun\w*|agents?|agentic|classifier|"
          r"embeddings?|llms?|gpt|chatgpt|gpt-?4\w*|claude|gemini|llama|xgboost|regression|classic(al)? (ml|model)|"
          r"model)\b", "few-shot prompting over our team descriptions"),
        P(r"(提示词|提示|检索|RAG|rag|微调|智能体|分类模型|大模型|向量|嵌入|模型)", "先用提示词加少量示例"),
    ),
    "buy_build": (
        P(r"\b(buy|build|vendor|api|hosted|off-the-shelf|in-house|open[- ]source|self-host\w*|"
          r"openai|anthropic|azure|aws|bedrock|license)\b", "Start with a hosted LLM API"),
        P(r"(采购|购买|自建|自研|供应商|API|api|开源|托管|私有化)", "先用托管大模型 API"),
    ),
    "tradeoff": (
        P(r"\b(costs?|cheap(er)?|expensive|latency|fast(er)?|slow(er)?|per (ticket|call|request|query|"
          r"user)|tokens?|quality|accuracy|control|privacy|trade-?offs?)\b",
          "cheaper per ticket at our volume"),
        P(r"(成本|便宜|昂贵|延迟|速度|质量|准确率|可控|隐私|取舍|权衡)", "单条成本更低"),
    ),
    # -- when the AI is wrong ---------------------------------------------------------------------
    "trust": (
        P(r"\b(confidence|uncertain\w*|sources?|citations?|explain\w*|why it|show(s|n)? (the|its) "
          r"(reason|evidence)|label(led)? as|disclaimer|transparen\w*|trust)\b",
          "The suggested team is shown with its confidence"),
        P(r"(置信度|不确定|来源|引用|解释|理由|信任|透明)", "建议的团队会显示置信度"),
    ),
    "control": (
        P(r"\b(override|edit|undo|approve|review(s|ed|er)?|accept|reject|human[- ]in[- ]the[- ]loop|"
          r"manual(ly)?|opt[- ]out|turn (it )?off|switch off|confirm)\b",
          "Agents can override with one click"),
        P(r"(改派|修改|撤销|审核|确认|否决|人工|关闭|拒绝|编辑)", "客服一键即可改派"),
    ),
    "recovery": (
        P(r"\b(fallback|fall back|recover\w*|send (it )?back|escalat\w*|correct(ion|ed)?|fix(ed)?|sent back|"
          r"report(s|ed)?|appeal|handoff|hand off|queue|retry|revert|roll ?back|logged)\b",
          "a wrongly routed ticket can be sent back with a reason"),
        P(r"(兜底|恢复|退回|升级|纠正|更正|反馈|人工队列|回滚|重试|记录)", "转错的工单可附原因退回"),
    ),
    # -- before launch ----------------------------------------------------------------------------
    "eval_set": (
        P(r"\b(eval(uation)? set|test set|golden set|benchmark|held[- ]out|hold-?out|\d+\s+(labelled |"
          r"labeled |recent |real )?(tickets|examples|cases|samples|questions|conversations|documents))\b",
          "An eval set of 400 recent tickets"),
        P(r"(评测集|测试集|基准|\d+\s*(条|张|个)\s*(样本|工单|案例|问题)?)", "评测集为最近 400 张工单"),
    ),
    "metric": (
        P(r"\b(accuracy|precision|recall|f1|auc|error rate|false (positives?|negatives?)|"
          r"resolution rate|csat|time to|deflection|win rate|pass rate|hallucination rate)\b",
          "We ship when routing accuracy is at least 85%"),
        P(r"(准确率|精确率|召回率|错误率|误报|漏报|满意度|解决率|通过率)", "整体分配准确率不低于 85%"),
    ),
    "threshold": (
        P(r"(\b(at least|above|below|over|under|>=?|≥|minimum|threshold|target|baseline)\b[^.]{0,40}"
          r"\d+(\.\d+)?\s*%?|\d+(\.\d+)?\s*%)", "accuracy is at least 85%"),
        P(r"(不低于|高于|低于|超过|阈值|目标|基线|\d+(\.\d+)?\s*%)", "不低于 85%"),
    ),
    # -- after launch -----------------------------------------------------------------------------
    "monitor": (
        P(r"\b(monitor\w*|dashboards?|drift|alert\w*|track(ing)?|weekly|daily|metrics? (after|in "
          r"production)|observab\w*|sampl(e|ing) (outputs|answers|conversations))\b",
          "A weekly dashboard of routing accuracy"),
        P(r"(监控|看板|漂移|告警|跟踪|每周|每天|抽检)", "每周看板跟踪分配准确率"),
    ),
    "feedback": (
        P(r"\b(feedback|thumbs|overrides? become|corrections? (become|feed|go)|retrain\w*|re-?label\w*|"
          r"flywheel|loop|add(ed)? to the (eval|training) set|new examples)\b",
          "Every override becomes a labelled example for the monthly retrain"),
        P(r"(反馈|回流|重训|再训练|飞轮|闭环|纠正.*样本)", "每次改派都成为月度重训的标注样本"),
    ),
    "owner": (
        P(r"\b(owns?|owner|on[- ]call|responsible|lead|team (gets|is) alerted|roll ?back|switch back|"
          r"kill switch|pause|turn (it )?off)\b", "the support ops lead owns an alert"),
        P(r"(负责人|负责|值班|回滚|切回|暂停|下线)", "由客服运营负责人处理"),
    ),
    # -- double PMF -------------------------------------------------------------------------------
    "model_fit": (
        P(r"\b(model[- ]market fit|good enough|pilot|accuracy|quality bar|the job needs|reached|"
          r"\d+(\.\d+)?\s*%)", "a pilot on one team reached 87% accuracy"),
        P(r"(模型.{0,4}契合|足够好|试点|准确率|质量要求|胜任|\d+(\.\d+)?\s*%)", "在一个团队试点达到 87% 准确率"),
    ),
    "market_fit": (
        P(r"\b(product[- ]market fit|adopt\w*|retention|retain|usage|keeps? [\w-]+(?: [\w-]+)? on|pay|paying|"
          r"willingness to pay|churn|daily active|weekly active|switch(es)? it off|come back|demand)\b",
          "agents keep the suggestion on at least 70% of tickets"),
        P(r"(产品.{0,4}契合|采用|留存|使用率|保留|付费|活跃|关掉|复购|需求)", "客服在至少 70% 的工单上保留建议"),
    ),
}


def found_aspects(aspect_ids: list[str], text: str) -> list[str]:
    """The aspects among `aspect_ids` that `text` (as typed) speaks to."""
    return [a for a in aspect_ids if any(p.compiled.search(text) for p in ASPECT_CUES.get(a, ()))]
