"""Regexes for the `problem` rubric item (User problem); its phrases are in phrases/problem.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "problem",
    concrete=(
        Pattern(
            r'\b\d+\s+(user |customer |stakeholder )?(interviews|respondents'
            r'|customers interviewed|users interviewed)\b',
            'In 20 customer interviews, people consistently said that the first',
        ),
        Pattern(
            r'\binterview(ed|s)?\s+(with\s+)?\d+\b',
            'We interviewed 14 agents and 5 team leads in March: 12 of',
        ),
        Pattern(
            r'\bsurvey(ed)?\s+(of\s+)?\d+',
            'audit, from a voluntary self-identification survey of 2,000 past applicants), age band, country',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*(hours?|hrs?|minutes?|mins?)\s*(per|a|each|every|/)\s*(week|day'
            r'|month|ticket|case|contract|note|visit|email|request)\b',
            'Saving 28 minutes per contract is ≈ 120 paralegal-hours per month.',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+of\s+(users|customers|tickets|agents|reps|respondents|clinicians|lawyers|cases)\b',
            'the category) and tested it in April: only 44% of customers picked a category at all, and half of those',
        ),
        Pattern(
            r'\b\d+\s+(out\s+)?of\s+(the\s+)?\d+\b',
            '14 of the 18 session participants said they switch to',
        ),
        Pattern(
            r'访谈了?\s*\d+',
            '我们在 5 月访谈了 15 名坐席和 3 名组长，并抽查了 1,000 通历史对话：约 62% '
            '的咨询集中在物流查询、退换货流程、发票开具、产品使用（清洁、滤网更换、报错代码）这几类重复问题上，坐席大部分时间在复制粘贴标准答复。',
        ),
        Pattern(
            r'\d+\s*(位|名|个|家)\s*(用户|客户|坐席|医生|商家|员工)',
            '售后客服团队共 46 名坐席，大促期间日均咨询量从平时的约 8,000 通涨到 3 万通以上，首次响应时间从平时的',
        ),
        Pattern(
            r'\d+(\.\d+)?\s*(分钟|小时)\s*/?\s*(每|一)?\s*(天|周|单|次|张)?',
            '名坐席，大促期间日均咨询量从平时的约 8,000 通涨到 3 万通以上，首次响应时间从平时的 40 秒拉长到 6 分钟以上，差评里有 17% 提到“客服回复慢”或“一直排队”。',
        ),
        # Greek: a wait or a task that runs long today ("η εξέταση μιας αίτησης διαρκεί κατά μέσο όρο 6 εβδομάδες").
        Pattern(
            r"\b(?:διαρκει|διαρκουν|παιρνει|παιρνουν|χρειαζεται|χρειαζονται|περιμενει"
            r"|περιμενουν)\s+(?:[^\W\d_]+\s+){0,4}?(?:περιπου\s+|εωσ\s+|μεχρι\s+"
            r"|πανω\s+απο\s+)?\d+(?:,\d+)?\s*(?:λεπτ|ωρ|ημερ|μερ|εβδομαδ|μην)\w*",
            "Σήμερα η εξέταση μιας αίτησης διαρκεί κατά μέσο όρο 6 εβδομάδες "
            "και οι πολίτες περιμένουν έως 20 ημέρες.",
        ),
        # Greek: a count set against an earlier year's ("340 παράπονα το 2024, έναντι 120 το 2021").
        Pattern(
            r"\b\d+(?:[,.]\d+)?\s*%?\s+[^.;]{0,80}?\bεναντι\s+(?:του\s+|των\s+)?\d+(?:[,.]\d+)?\s*%?\s+"
            r"(?:το|τον|την|τα|στο|στα)\s+(?:\d{4}|περσι|προηγουμεν)",
            "Πέρυσι καταγράφηκαν 340 παράπονα για καθυστερήσεις, έναντι 120 το 2021.",
        ),
    ),
    cue_patterns=(
        # Romanian: a wait or a task that runs long today ("cetățenii așteaptă în medie 6 săptămâni", "verificarea
        # unui dosar durează în medie 40 de minute", "o verificare completă ar dura peste șase ani"); not "se
        # așteaptă" or "ne așteptăm", which also mean "it is expected", "we expect".
        Pattern(
            r"(?<!se )(?<!ne )\ba[şs]te(?:apt[ăa]|pt[ăa]m|ptau|ptat)\b[^.;]{0,30}?\b(?:\d+(?:,\d+)?|dou[ăa]|trei|"
            r"patru|cinci|[şs]ase|[şs]apte|opt|nou[ăa]|zece)\s+(?:de\s+)?(?:minute|or[ăae]|zile|zi|"
            r"s[ăa]pt[ăa]m[âa]n[iăa]|luni|lun[ăa]|ani|an)\b"
            r"|\b(?:dureaz[ăa]|dura|ia|iau|petrec|petrecem|consum[ăa])\s+(?:[^\W\d_]+\s+){0,3}?(?:[îi]n medie|peste|"
            r"aproape|p[âa]n[ăa] la|mai mult de|chiar)\s+(?:\d+(?:,\d+)?|dou[ăa]|trei|patru|cinci|[şs]ase|[şs]apte|"
            r"opt|nou[ăa]|zece)\s+(?:de\s+)?(?:minute|or[ăae]|zile|zi|s[ăa]pt[ăa]m[âa]n[iăa]|luni|lun[ăa]|ani|an)\b",
            "Cetățenii așteaptă în medie 6 săptămâni, iar verificarea unui dosar durează în medie 40 de minute.",
        ),
        # Czech: a wait or a task that runs long today ("na vyřízení se čeká v průměru 6 týdnů", "kontrola jedné
        # faktury trvá v průměru 25 minut").
        Pattern(
            r"\b(?:čeká|čeká se|čekají|čekáme|čekal[aiy]?|čekací doba je)\b[^.;]{0,30}?\b(?:\d+(?:,\d+)?|dva|dvě|"
            r"tři|čtyři|pět|šest|sedm|osm|devět|deset|dvacet|třicet)\s+(?:minut|hodin|dn|týd|měsíc|rok|let)\w*"
            r"|\b(?:trvá|trvají|trvalo|zabere|zabírá|zaberou|tráví|trávíme|stráví)\s+(?:[^\W\d_]+\s+){0,3}?"
            r"(?:v průměru|průměrně|až|přes|více než|déle než)\s+\d+(?:,\d+)?\s*(?:minut|hodin|dn|týd|měsíc)\w*",
            "Na vyřízení žádosti se dnes čeká v průměru 6 týdnů a kontrola jedné faktury trvá v průměru 25 minut.",
        ),
        # Hungarian: a wait or a task that runs long today ("egy kérelem elbírálása átlagosan 6 hétig tart", "egy
        # számla ellenőrzése átlagosan 25 percet vesz igénybe").
        Pattern(
            r"\b(?:átlagosan|átlagban|akár|több mint"
            r"|legalább)\s+\d+(?:,\d+)?\s*(?:perc|órá|óra|nap|hét|het|hónap|év)\w*"
            r"[^.;]{0,30}?\b(?:tart|tartott|várnak|várni|vesz igénybe|telik el|kell várni)\w*"
            r"|\b\d+(?:,\d+)?\s*(?:percig|óráig|napig|hétig|hónapig|évig)\s+(?:is\s+)?(?:tart|várnak|kell várni)\w*",
            "Egy kérelem elbírálása átlagosan 6 hétig tart, egy számla ellenőrzése átlagosan 25 percet vesz igénybe.",
        ),
        # Croatian: a wait or a task that runs long today ("obrada zahtjeva traje u prosjeku 6 tjedana", "pregled je
        # trajao dvama djelatnicima tri dana"), with or without diacritics.
        Pattern(
            r"\b(?:prosje[čc]no|u prosjeku|[čc]ak|vi[šs]e od)\s+\d+(?:,\d+)?\s*(?:minut|sat|dan|tjed|mjesec|godin)\w*"
            r"[^.;]{0,30}?\b(?:traje|trajalo|[čc]eka|[čc]ekaju|[čc]ekati)\b"
            r"|\btraj(?:e|ao|ala|alo|u)\s+(?:[^\W\d_]+\s+){0,3}?(?:\d+(?:,\d+)?"
            r"|dva|dvije|tri|[čc]etiri|pet|[šs]est|sedam|"
            r"osam|devet|deset)\s+(?:minut|sat|dan|tjed|mjesec|godin)\w*",
            "Obrada jednog zahtjeva traje u prosjeku 6 tjedana, a pregled "
            "računa trajao je dvama djelatnicima tri dana.",
        ),
        # Catalan: the time a task takes a person today ("cada expedient triga de mitjana 40 minuts", "hi dediquen 12
        # hores a la setmana"), and work piling up ("l'equip no dona l'abast").
        Pattern(
            r"\b(?:triga|triguen|trigava|trigaven|dedica|dediquen|dediquem|perd|perden|perdem)\b[^.;]{0,30}?\b"
            r"\d+(?:,\d+)?\s*(?:minuts|hores|dies|setmanes|mesos)\b"
            r"|\bno (?:dona|donen|donem|donava|donaven) l['’]abast\b",
            "Cada expedient triga de mitjana 40 minuts a revisar-se i l'equip no dona l'abast",
        ),
        # What the manual step costs a person: "A jar test takes one operator about 50 minutes."
        Pattern(
            r"\btakes?\s+(?:one|a|an|each|every|the|our|two|three|\d+)\s+(?:operators?"
            r"|persons?|people|clerks?|agents?|nurses?|staff|"
            r"engineers?|analysts?|specialists?|officers?|workers?|technicians?|reviewers?|volunteers?"
            r"|teachers?|doctors?)\b[^.;]{0,20}?\b\d+\s*(?:minutes?|hours?|days?)\b",
            "A jar test takes one operator about 50 minutes.",
        ),
        # The time a person spends on each case today: "an attendant takes ~40 sec per call".
        Pattern(
            r"\b(?:takes?|spends?|spent|taking|spending)\s+(?:~|about|around|roughly"
            r"|over|nearly|up to|an average of|on average)?"
            r"\s*~?\d+(?:\.\d+)?\s*(?:sec|secs|seconds|s|min|mins|minutes|hours?"
            r"|hrs?)\s+(?:per|a|an|each|every|on each|on every)\s+"
            # per case, not per period: "90 minutes a day writing notes" says how busy, not what one case costs
            r"(?!(?:day|week|month|year|morning|evening|night|shift|quarter)\b)\w+",
            'produce lookups are 38% of all "help needed" lights, and an attendant takes ~40 sec per call',
        ),
        # A share of the cases going wrong today: "530 of them needed a second trip".
        Pattern(
            r"\b\d[\d,]* (?:of (?:them|those|these|the \w+)"
            r"|out of \d[\d,]*)\b[^.;]{0,40}\b(?:needed|need|had to|went|were|got|failed|ended|came back)\b",
            "last winter we did 1,140 boiler call-outs and 530 of them needed a second trip",
        ),
        # the time a task takes today, in Chinese: "要写报告，平均 25 分钟一篇"
        Pattern(r"平均\s*\d+(?:\.\d+)?\s*(?:分钟|小时)", '销售每次拜访客户后要写报告，平均 25 分钟一篇'),
        # Work done by hand today, with its cost: "人工核对发票和付款记录平均每家 40 分钟".
        Pattern(
            r'(?:人工|手工|手动)[\u4e00-\u9fff]{0,6}[^。；;]{0,20}?(?:平均|大约|约|每)[^。；;]{0,10}\d',
            '财务每月与 1,200 家供应商对账，人工核对发票和付款记录平均每家 40 分钟',
        ),
        # How things stand, with a figure: "Today 14% of searches return no results".
        Pattern(
            r'\btoday,?\s+(?:\d|about \d|around \d|roughly \d|over \d|nearly \d|only \d|just \d)',
            'Today 14% of help-centre searches return no results.',
        ),
        # The volume the team faces: "we get around 900 app store reviews a week".
        Pattern(
            r'\bwe (?:get|receive|handle|process|see|did|do|made|make|ran|run|took|take) (?:around'
            r'|about|roughly|over|nearly|some|like|approximately)?\s*\d[\d,]*\b',
            'We get around 900 app store reviews a week and reply to maybe 5% of them.',
        ),
        # Today's process, by hand: "现在财务每月人工审核大约 9,000 张报销单".
        Pattern(r'(?:现在|目前|如今|眼下|当前)[^。；，,]{0,12}(?:人工|手工|手动)', '现在财务每月人工审核大约 9,000 张报销单'),
        # A user story names who hurts and what they want: "As a sales rep I want a button that …".
        Pattern(
            r'\bas an?\s+[a-z][a-z -]{1,30}?,?\s+i\s+(?:want|need|would like)\b',
            'As a sales rep I want a button that summarises a long email thread',
        ),
    ),
    # Of the 285 labelled specs the rules are written from (not the held-out third), 15 leave the user problem
    # out; the longest two are 400-word model specs ("replace the v1 fraud score with XGBoost": data, model,
    # metrics, nothing else), and none of the 90 with 450 words or more does. Replayed on first sight
    # (unseen-10 to -45, each reviewed by the code of its day), 7 of 7 `missing` verdicts on it in specs
    # that long were wrong: the reviewer had failed to find it, not the spec to say it.
    implied_from=450,
)
