"""Regexes for the `data` rubric item (Data plan); its phrases are in phrases/data.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "data",
    concrete=(
        Pattern(
            r'\b\d+(\.\d+)?\s*(k|m|million|thousand)?\s*(labelled |labeled |annotated |historical |resolved '
            r'|closed |de-identified )?(examples|records|tickets|documents|docs|contracts'
            r'|notes|emails|transcripts|rows|samples|conversations|queries|sessions'
            r'|transactions|pairs|recordings|encounters|articles|pages)\b',
            'the peril taxonomy with definitions and 2 examples per peril, our severity banding guide, the',
        ),
        Pattern(
            r'\b\d{1,3}(,\d{3})+\b',
            'We handle about 14,000 home FNOLs per month, peaking at 40,000+',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*(k|m)\b(?!\s*\d{1,2}\s*s\b)',  # not a duration: "1m 40s"
            'Cross-encoder reranker (fine-tuned MiniLM, 33M parameters) + LTR | 0.691 | 55 ms | moderate',
        ),
        Pattern(
            r'\b\d+\s*(months?|years?)\s+of\s+(?:\S+\s+){0,2}?(data|history|logs|tickets|transactions'
            r'|conversations|emails|events|records|messages|documents|recordings)\b',
            '- **Training window:** 18 months of card-not-present '
            'transactions (Jan 2023 – Jun 2024), about 210 million',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*(million|thousand|billion)\b',
            'Shoppers on our marketplace (4.2 million monthly active buyers, 11 million listings',
        ),
        Pattern(
            r'\b\d+\s+(annotators|labellers|labelers|reviewers|paralegals|nurses|agents)\b',
            'Our in-house legal team (9 lawyers, 4 paralegals) reviews about 260 inbound vendor and customer',
        ),
        Pattern(
            r'(kappa|κ)\s*(=|of|>=|≥)?\s*0?\.\d+',
            "10% to measure agreement (target Cohen's kappa ≥ 0.8).",
        ),
        Pattern(
            r'\d+(\.\d+)?\s*(万|千)?\s*(条|份|个|篇|通)',
            '售后客服团队共 46 名坐席，大促期间日均咨询量从平时的约 8,000 通涨到 3 万通以上，首次响应时间从平时的 40 秒拉长到 6 分钟以上，差评里有',
        ),
        Pattern(
            r'\d+\s*(个月|年)\s*(的)?\s*(数据|历史|日志|对话|工单)',
            '- **已有数据：** 近 18 个月的历史对话约 120 万通（已脱敏，去除手机号、地址、订单号中的个人信息），以及坐席使用的标准话术库约',
        ),
    ),
    cue_patterns=(
        # What the model learnt from, said of the model: "trained it on images of linen from laundries in
        # Germany", "we tuned the model on last year's tickets" ("trained on" alone is a cue already).
        Pattern(
            r"\b(?:trained|tuned|fine-tuned|retrained)\s+(?:it|them|the model|the system|our model|its model)\s+on\b",
            "The supplier trained it on images of linen from laundries in Germany.",
        ),
        # Each example with the answer a person gave it: "14,300 photographs …, each with the fabric code Hannah or
        # Dave assigned"; who may reach the data: "nobody outside the Trust has access to it".
        Pattern(
            r"\beach with (?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}(?:code|label"
            r"|class|category|grade|diagnosis|outcome|tag)s?\b"
            r"[^.;]{0,40}?\b(?:assigned|given|recorded|entered|chosen|set)\b"
            r"|\b(?:nobody|no one|only)\b[^.;]{0,40}\bha(?:s|ve) access to\b",
            "That gave us 14,300 photographs from six earlier sites, each "
            "with the fabric code Hannah or Dave assigned",
        ),
        # The records to learn from, named in passing by how many there are or where they come from: "we've got
        # loads of photos", "we can use the old notices on our website", "Index transcripts into the vector
        # store", "drafted from the call transcript and the CRM notes", a card "[label: data]".
        Pattern(
            r"\b(?:we(?:'ve| have)? got|we have|we hold|we keep)\s+(?:loads|lots"
            r"|plenty|heaps|tons|thousands|millions|years)\s+of\b"
            r"|\b(?:use|reuse|train on|learn from|start from)\s+(?:the|our"
            r"|their)\s+(?:old|past|existing|historical|previous|archived)\s+\w+"
            r"|\bindex(?:es|ed|ing)?\s+(?:the\s+|our\s+|their\s+|all\s+)?[\w-]+\s+(?:into"
            r"|in)\s+(?:the\s+|a\s+)?(?:vector|search|embedding)"
            r"|\bfrom the (?:call |meeting )?(?:transcripts?|crm(?: notes)?|logs|inbox)\b|\[label:\s*data\]",
            "3/6 Plan: members already snap every new problem in the Crux app, so we've got loads of photos",
        ),
        # what the model reads, said in passing: "it looks at your recent runs and your heart-rate data"
        Pattern(
            r"\b(?:looks? at|reads?|uses|draws? on|learns? from|analy[sz]es)\s+(?:your"
            r"|their|our|the user's|each user's)\b[^.;]{0,60}\bdata\b",
            "Powered by our new AI training-load model, it looks at your recent runs and your heart-rate data",
        ),
        # A record of past work with what it came to: "94,000 published clues with answers", "3,000 photos with
        # their labels", "an archive of past headlines".
        Pattern(
            r"\b\d[\d,.]*\s*(?:k|m|million|thousand)?\s+(?:[\w-]+\s+){0,2}[\w-]+s with (?:their "
            r"|the )?(?:answers|labels|outcomes|ratings|tags|corrections)\b"
            r"|\b(?:an? |the |our )?(?:\w+ )?archive of\b|^\W*(?:\w+ )?archive\s*:",
            "Puzzle archive: 94,000 published clues with answers, 1998–2026, tagged by puzzle type and setter",
        ),
        # Records of past decisions with what came of them: "the case system has the old appeals and their outcomes".
        Pattern(
            r"\b(?:old|past|previous|historical) \w+ and their (?:outcomes|results|labels|decisions)\b",
            "past cases: the case system has the old appeals and their outcomes.",
        ),
        # the record the model learns from, named by what it records: "booking history", "claims history"
        Pattern(
            r"\b(?:booking|purchase|order|ticket|call|claims?|transaction"
            r"|browsing|viewing|listening|search) history\b",
            'which model? maybe just use the booking history',
        ),
        # users' corrections as the data it learns from
        Pattern(
            r"\blearn(?:ing|s)?(?: [\w-]+){0,2} from (?:the )?(?:edits|corrections)\b",
            'learning local rules from the edits dispatchers make',
        ),
        # An inventory of what the team holds: "we hold about 6,400 wound photos in SystmOne".
        Pattern(
            r"\b(?:we|they|the team|it|the trust"
            r"|the company)\s+(?:already\s+)?(?:hold|have|keep|store|collected|gathered|own)\s+"
            r"(?:about|around|roughly|over|nearly|some|almost"
            r"|more than)?\s*\d[\d,.]*\s*(?:k|m|million|thousand)?\s+(?:[\w-]+\s+){0,2}"
            r"(?:photos|images|pictures|scans|records|tickets|calls|emails"
            r"|documents|messages|transcripts|examples|samples|"
            r"rows|entries|notes|reports|forms|files|videos|clips|recordings"
            r"|orders|cases|claims|reviews|readings|logs)\b",
            "Tom, Helen - on the photos: we hold about 6,400 wound photos in SystmOne from the last two years",
        ),
        # Labels made by people: "the TV team traced the wound outline by hand on 1,100 of them".
        Pattern(
            r"\b(?:traced|labell?ed|tagged|marked(?: up)?|annotated|outlined|coded"
            r"|classified|graded|scored)\b[^.;]{0,50}\bby hand\b",
            "the TV team traced the wound outline by hand on 1,100 of them for the 2024 audit",
        ),
        # history to learn from: "the last 12 months of incidents"
        Pattern(
            r"\b(?:last|past) \d+ (?:months|years) of\b",
            'using the last 12 months of incidents and their postmortems',
        ),
        # The documents it answers from: "reads our Confluence wiki", "on top of our policy documents".
        Pattern(
            r'\b(?:over|from|on top of|reads?|answers? from|grounded in|based on|connect(?:ed)?(?: it)? to'
            r'|retrieval over|index(?:es|ed)?|given)\s+(?:all\s+)?(?:our|the'
            r'|its)?\s*(?:[\w-]+\s+){0,3}(?:wiki|pages|documents|docs|articles|knowledge base|intranet'
            r'|policies|help cent(?:re|er)|manuals?|repos|repositories|codebase|playbook)\b',
            'We want a bot that reads our Confluence wiki and answers questions.',
        ),
        # A named source of records: "machine learning on CRM data", "14 months of ticket history".
        # A span of records: "18 months of applications with the recruiter's decision".
        Pattern(
            r"\b\d+(?:,\d{3})*\s+(?:months?|years?|weeks?)\s+of\s+(?:\w+\s+){0,2}(?:applications"
            r"|tickets|records|logs|claims|orders|calls|emails|transactions|history|data"
            r"|invoices|searches|messages|chats|notes|reviews|alerts)\b",
            "18 months of applications with the recruiter's screen decision (accept / reject / hold).",
        ),
        # Where the records already sit, with no size or quality: "The upload archive is in S3 and the reprint
        # reasons are in Zendesk", "All comments back to 2015 are in the portal".
        Pattern(
            r"\b(?:is|are|sits?|lives?|kept|stored|held"
            r"|logged)\s+(?:all\s+)?in\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}"
            r"(?:s3|data lake|warehouse|database|bucket|crm|zendesk|salesforce|sharepoint|portal|document store|"
            r"servicenow|erp|snowflake|bigquery|spreadsheet)\b",
            "The upload archive is in S3 and the reprint reasons are in Zendesk, so there's something to work with.",
        ),
        Pattern(
            r"\b(crm|erp|usage|click|clickstream|transaction|sales|support|ticket|call|chat|search"
            r"|sensor|billing|order)\s+(data|logs|history|records|exports?)\b",
            "We'll use machine learning on CRM data.",
        ),
    ),
)
