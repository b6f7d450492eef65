"""Regexes for the `evaluation` rubric item (Evaluation plan); its phrases are in phrases/evaluation.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "evaluation",
    concrete=(
        Pattern(
            r'\b\d+(,\d{3})*\s+(?:\S+\s+){0,3}?(examples|cases|samples|queries|prompts|tickets|contracts|notes'
            r'|documents|conversations|transcripts|items|pairs|test cases|encounters|diffs|prs|pull requests'
            r'|questions|outputs|responses|answers|resumes|résumés|applications|records|recordings|calls)\b',
            'the peril taxonomy with definitions and 2 examples per peril, our severity banding guide, the',
        ),
        Pattern(
            r'\b\d+\s+(graders|raters|reviewers|annotators|clinicians|lawyers|physicians|engineers)\b',
            'Our in-house legal team (9 lawyers, 4 paralegals) reviews about 260 inbound',
        ),
        # A test set kept apart from training, with its size: "620 routine plates read between 3 and 14 November,
        # none used in training".
        Pattern(
            r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?[\w-]+\b[^.;]{0,60}\b(?:none|not"
            r"|never)\s+(?:of them\s+)?(?:used|seen)\s+"
            r"(?:in|for|during|by|at)\s+(?:the\s+)?training\b",
            "620 routine plates read between 2026-11-03 and 2026-11-14, none used in training.",
        ),
        # People who judged the outputs without seeing the model's: "two analysts who did not see PlateScan's count".
        Pattern(
            r"\b(?:two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:analysts|graders"
            r"|raters|reviewers|annotators|experts|assessors|"
            r"examiners|markers|inspectors|clinicians|radiologists|pathologists"
            r"|specialists)\s+who\s+(?:did not|didn't|never|"
            r"could not|couldn't)\s+see\b",
            "Each plate counted independently by two analysts who did not see PlateScan's count or each other's.",
        ),
        Pattern(
            r'\b\d+\s*-?\s*point\s+(scale|rubric)\b',
            'judgements:** 24,000 query-product pairs judged on a 4-point scale '
            '(exact, substitute, complement, irrelevant)',
        ),
        Pattern(
            r'(kappa|κ|agreement)\s*(of|=|>=|≥)?\s*0?\.\d+',
            '15% are double-annotated; target agreement ≥ 0.85 per field.',
        ),
        Pattern(
            r'\d+\s*(条|个|份)\s*(测试|评测|样本|用例|案例|对话|问题)',
            '准备 500 条测试样本',
        ),
        Pattern(
            r'\d+\s*(名|位)\s*(标注|评测|评审|质检)',
            '由 3 名标注员打分',
        ),
        Pattern(
            '\\d[\\d,]*\\s*(?:件|例|枚|本|問|人)\\s*(?:の|分の)(?:テスト|評価|评価|検証|検证|サンプル|データ)', '過去の1,000件のデータで精度を確かめる',
        ),
        # Greek: a counted set of real cases tried or graded ("δοκιμάστηκε σε 800 αιτήσεις του 2024").
        Pattern(
            r"\b(?:δοκιμαστηκε|δοκιμαστηκαν|αξιολογηθηκε|αξιολογηθηκαν|δοκιμασαμε|αξιολογησαμε|ελεγξαμε"
            r"|ελεγχθηκαν|καταγραφηκαν)\b[^.;]{0,60}?\b\d[\d.]*\s+(?:[^\W\d_]+\s+){0,2}?(?:περιπτωσ"
            r"|υποθεσ|αιτησ|αιτηματ|εικον|ωρ|δειγματ|εγγραφ|ερωτηματ|φακελ)\w*",
            "Το μοντέλο δοκιμάστηκε σε 800 πραγματικές αιτήσεις του 2024.",
        ),
        # Greek: graders who did not see the model's answer ("χωρίς να γνωρίζουν την πρόταση του μοντέλου").
        Pattern(
            r"\b(?:χωρισ\s+να\s+(?:γνωριζ|βλεπ|ξερ)\w*|δεν\s+(?:εβλεπ|γνωριζ"
            r"|ηξερ)\w*)\s+(?:[^\W\d_]+\s+){0,2}?(?:απαντησ|προβλεψ|προτασ|αποτελεσμα|οθονη|εξοδο|βαθμολογ)\w*",
            "Δύο ελεγκτές βαθμολόγησαν κάθε απάντηση χωρίς να γνωρίζουν την πρόταση του μοντέλου.",
        ),
    ),
    cue_patterns=(
        # A test claimed with no set, size or bar: "Tested by real families", "we tried it out with real users".
        Pattern(
            r"\b(?:tested|trialled|tried out)\s+(?:by|with|on)\s+real\s+(?:users?|families|customers|people|patients"
            r"|staff|drivers|members|homes|households)\b",
            "Tested by real families.",
        ),
        # A test promised on past cases, with no set or bar: "We will test the model on historical data and
        # report its accuracy".
        Pattern(
            r"\btest(?:ed|s|ing)?\s+(?:the\s+|our\s+|its\s+)?(?:model|system|tool|it)\s+(?:on|against)\s+"
            r"(?:historical|past|previous|recorded|real|last year['’]s|held-out)\b",
            "We will test the model on historical data and report its accuracy to you.",
        ),
        # Romanian: tried on a counted set of real cases ("l-am testat pe 800 de cereri de anul trecut"), and
        # graders who did not know its answer ("doi referenți, fără să cunoască rezultatul modelului").
        Pattern(
            r"\b(?:testat\w*|test[ăa]m|verificat\w*|verific[ăa]m|evaluat\w*|evalu[ăa]m|comparat\w*|compar[ăa]m|"
            r"[îi]ncercat\w*)\b[^.;]{0,60}?\bpe\s+(?:un\s+e[şs]antion\s+de\s+|un\s+set\s+de\s+)?\d[\d\s.]*\s?"
            r"(?:de\s+)?[^\W\d_]+"
            r"|\bf[ăa]r[ăa]\s+(?:s[ăa]|a)\s+(?:cunoa[şs]te|cunoasc[ăa]|[şs]ti[ei]?|vad[ăa]|vedea)\s+(?:rezultatul|"
            r"rezultatele|r[ăa]spunsul|r[ăa]spunsurile|evaluarea|propunerea|propunerile|verdictul)\b",
            "L-am testat pe 800 de cereri de anul trecut, evaluate de doi referenți fără să cunoască rezultatul "
            "modelului.",
        ),
        # Czech: tried on a counted set of real cases ("model jsme vyzkoušeli na 800 loňských žádostech"), and
        # graders who did not see its answer ("dva referenti, kteří výsledek modelu neviděli").
        Pattern(
            r"\b(?:vyzkoušel\w*|vyzkoušen\w*|otestoval\w*|otestován\w*|testoval\w*|testován\w*|ověřil\w*|ověřen\w*|"
            r"ověřoval\w*|porovnal\w*|vyhodnotil\w*)\b[^.;]{0,60}?\bna\s+(?:vzorku\s+)?\d[\d\s.]*\s?[^\W\d_]+"
            r"|\b(?:výsledek|výsledky|hodnocení|odpověď|odpovědi|návrh|návrhy)\s+(?:modelu|systému|programu|aplikace|"
            r"nástroje)\s+(?:neviděl|neznal)\w*"
            r"|\b(?:neviděl|neznal)\w*\s+(?:výsledek|výsledky|hodnocení|odpověď|odpovědi)\b",
            "Model jsme vyzkoušeli na 800 loňských žádostech, které nezávisle "
            "posoudili dva referenti, kteří výsledek "
            "modelu neviděli.",
        ),
        # Hungarian: a counted set of real cases tried or graded ("800 tavalyi kérelmen teszteltük", "1 000
        # véletlenszerűen kiválasztott levelet két kolléga értékelt"), and graders who did not see the model's answer.
        Pattern(
            r"\b\d[\d\s.]*\s+(?:[^\W\d_]+\s+){0,6}?(?:teszteltük|teszteltek|kipróbáltuk|próbáltuk ki|értékeltük|"
            r"értékelt|értékelte|értékelték|ellenőriztük|vizsgáltuk|néztük át)\b"
            r"|\b(?:modell|program|rendszer|alkalmazás|eszköz)\w*\s+(?:eredmény|döntés|javaslat|válasz)\w*\s+nem\s+"
            r"(?:ismert|látt)\w*|\bnem\s+(?:ismert|látt)\w*\s+(?:a\s+)?(?:modell|program|rendszer)\w*\s+"
            r"(?:eredmény|döntés|javaslat|válasz)\w*",
            "1 000 véletlenszerűen kiválasztott levelet két kolléga értékelt, akik a modell javaslatát nem látták.",
        ),
        # Croatian: a counted set of real cases tried or graded ("dvije službenice pregledale su 1.200 nasumično
        # odabranih zahtjeva"), and graders who did not see the model's answer ("nisu znale prijedlog modela").
        Pattern(
            r"\b\d[\d.\s]*\s+(?:[^\W\d_]+\s+){0,6}?(?:smo\s+)?(?:testiral"
            r"|ispital|provjeril|ocijenil|pregledal|obi[šs]l|"
            r"usporedil)[aei]\b|\b(?:testiral|ispital|provjeril|ocijenil"
            r"|pregledal|obi[šs]l)[aei]\s+(?:[^\W\d_]+\s+){0,4}?"
            r"\d[\d.]*\s+[^\W\d_]+|\bnisu\s+(?:znal|vidjel"
            r"|poznaval)[aei]\s+(?:[^\W\d_]+\s+)?(?:rezultat|odluk|prijedlog|"
            r"ocjen|odgovor)\w*\s+(?:sustava|modela|programa|alata)",
            "Dvije službenice pregledale su 1.200 nasumično odabranih zahtjeva, a nisu znale prijedlog modela.",
        ),
        # A result on a test: "the model's first choice was right for 88% of sherds overall".
        Pattern(
            r"\b(?:was|were|is|are|got it)\s+(?:right|correct|accurate)\s+(?:for|on|in|with)\s+\d+(?:\.\d+)?\s*%",
            "Against that, the model's first choice was right for 88% of sherds overall.",
        ),
        # Tried on a set of real cases: "Ahmed's team compared two ways of doing it on 600 profiles".
        Pattern(
            r"\b(?:compared|tested|tried|ran|checked"
            r"|scored)\b[^.;]{0,80}\bon (?:\d[\d,]*|a sample of \d[\d,]*)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:profiles|cases|examples|documents|tickets|emails|calls|photos"
            r"|images|videos|records|samples|queries|questions|"
            r"notes|files|forms|pages|transcripts|recordings|letters|claims|reports)\b",
            "Ahmed's team compared two ways of doing it on 600 profiles from three departments",
        ),
        # Its output set beside what really happened: "against the boats that actually arrived".
        # (Not a reader's check of a quote: "check a point against what people actually wrote".)
        Pattern(r"\bagainst (?:the|what)\b[^.;]{0,40}\bactually\b(?! (?:wrote|said|meant|asked)\b)",
                "the forecast it would have made at 7 a.m. against the boats that actually arrived"),
        # Past cases replayed through it: "We'll replay last spring's nights through it and see whether it
        # would have caught the three bad ones."
        Pattern(
            r"\breplay(?:s|ed|ing)? (?:the |some |all )?(?:last|past|old|previous|historic\w*|(?:19|20)\d\d)\b"
            r"|\bwould have (?:caught|flagged|spotted|predicted|picked up)\b",
            "We'll replay last spring's nights through it and see whether it would have caught the three bad ones.",
        ),
        # Trying it on past cases before anyone relies on it, with no set size or grading: "try it with the last
        # cohort's questions and see", "I'll try it on a bunch from last winter", "run it silently for two weeks".
        Pattern(
            r"\b(?:try|test|run|check|back-?test)\s+it\s+(?:on|with"
            r"|against)\s+(?:a bunch|some|a batch|a sample|the last|"
            r"last|old|past|previous)\b|\brun (?:it|the model) silently\b",
            "Before we open it up, HR will try it with the last cohort's "
            "questions and see whether the answers look right.",
        ),
        # Past cases run through it and each answer checked: "I'll put 400 of last winter's jobs through it
        # without telling it what got fitted and tick where it was right".
        Pattern(
            r"\b(?:tick|mark|check)\w* (?:where|which|whether) it (?:was|got)\b",
            "i will put 400 of last winter's jobs through it and tick where it was right",
        ),
        # Real past cases re-run and each output marked: "regenerating each letter from the real notes and
        # marking every medication line right or wrong".
        Pattern(
            r"\bmark(?:ing|ed|s)? (?:every|each)\b[^.;]{0,40}\b(?:right or wrong"
            r"|correct or (?:incorrect|not)|pass or fail)\b",
            "regenerating each letter from the real notes and marking every medication line right or wrong",
        ),
        # outputs graded by named people: "as judged by two billing agents"
        Pattern(
            r"\b(?:as )?judged by (?:two|three|\d+) \w+",
            '90% of 300 past billing chats get a correct answer as judged by two billing agents',
        ),
        # A parallel run: the whole job still done the old way next to the tool, so each of its calls can be
        # checked ("Karen listened to every message as well as using the colours", "officers will also watch
        # all clips in parallel").
        Pattern(
            r"\b(?:listen|read|watch|check|review|look|open|sort|triag|screen|mark)\w*\s+(?:to\s+|at\s+|through\s+)?"
            r"(?:every|all|each)\b[^.;]{0,50}?\b(?:as well as|alongside|in parallel|at the same time as)\b",
            "For two weeks in February Karen listened to every message as well as using the colours: 612 voicemails.",
        ),
        # The old check kept up on every case while the tool runs, and its calls recorded against it: "For the first
        # month the valuer still acid tested every piece and wrote down whether Hallmarked had agreed".
        Pattern(
            r"\bstill (?:[\w-]+ ){1,3}(?:every|all|each) [\w-]+\b[^.;]{0,60}\b(?:whether|compared?|agreed|matched)\b",
            "For the first month in each pilot shop the valuer still acid tested every "
            "piece and wrote down whether Hallmarked had agreed",
        ),
        # A trial's count of what it caught among staged or known cases: "Our volunteers staged 94 drifts … CillGuard
        # alerted on 92 of them", "it flagged 45 of the 50 planted errors".
        Pattern(
            r"\b(?:alerted|flagged|caught|detected|spotted|identified|recogni[sz]ed|picked up)\s+(?:on\s+)?\d+\s+of\s+"
            r"(?:them|those|the\s+\d+)\b",
            "CillGuard alerted on 92 of them within 5 seconds of the pontoon crossing the danger line.",
        ),
        # a trial on a counted set: "test with 10 questions"
        Pattern(
            r"\btest (?:it )?with \d+ (?:real )?(?:questions|examples|cases|requests)\b",
            'test with 10 questions',
        ),
        # Its output checked against what really happened: "compare the suggested queue with the team that closed the
        # ticket".
        Pattern(
            r"\bcompare the (?:suggested|predicted|proposed|model'?s?) \w+ (?:with|against|to)\b",
            'Each month we compare the suggested queue with the team that closed the ticket on a sample.',
        ),
        # A sample drawn to judge it: "90% of 300 sampled summaries", "100 randomly sampled alerts".
        Pattern(
            r'\b\d[\d,]* (?:randomly )?sampled \w+',
            'Launch only if agents rate 90% of 300 sampled summaries "accurate and complete".',
        ),
        # Checking its output before relying on it (or not): "nobody checked whether the notes were accurate".
        Pattern(
            r'\bcheck(?:ed|s)? (?:whether|if|that) (?:the )?\w+ (?:were|was|are|is) (?:accurate|correct|right)\b',
            'Nobody checked whether the notes were accurate before we turned it on for everyone.',
        ),
        # A sample drawn to check it: "从去年的合同里抽两百份", "随机抽 500 条".
        Pattern(
            r'抽(?:取|查|检|样)?\s*\d+\s*(?:份|条|个|张|通|篇|单|件|次)',
            '从去年的合同里抽两百份，由两位法务分别核对读出来的日期',
        ),
        # Past cases to measure it on: "on 200 past tickets", "on 150 recent leases".
        Pattern(
            r'\bon (?:a |the |our )?(?:\d[\d,]*|[a-z]+ hundred) (?:past|historical|previous|old|real|recent'
            r'|sampled|archived|sample|test|held-out|labell?ed|recorded|anonymi[sz]ed)\b',
            'On 200 past new-hire tickets it must point to the page the agent linked.',
        ),
        # Measured on a named set, in Chinese: "在最近一个月的 5,000 条工单上".
        Pattern(r'在[^，。；,]{0,12}\d[\d,]*\s*(?:份|条|个|张|篇|单|件|通)[^，。；,]{0,6}上', '在最近一个月的 5,000 条工单上，分派准确率达到 90% 以上'),
        # A held-out set in Chinese: "在保留的 300 份合约上", "留出 500 条".
        Pattern(r'(?:保留|留出|预留|留下)(?:的|出|下)?\s*\d+\s*(?:份|条|个|张|篇|单|件|通)', '在保留的 300 份合约上，模型必须找出至少 95% 的高风险条款'),
        # Reviewers checking output one by one: "逐条判断有没有漏掉关键信息".
        Pattern(r'(?:逐条|逐张|逐个)(?:判断|检查|核对)', '请三位工程师看五十张工单的摘要，逐条判断有没有漏掉关键信息'),
        # Outputs checked against the truth, counted: "The Head Chef's team checked 600 disposals against their photos",
        # "CellSpotter found 462 of them (92%)" (an order form and a permit decision, unseen-85 and -86).
        Pattern(
            r"\bchecked\s+\d[\d,]*\s+[\w-]+(?:\s+[\w-]+)?\s+against\b|\b(?:found|caught|detected|flagged|identified|spotted|named)\s+(?:\d[\d,]*\s+of\s+(?:them|these|those|the\s+\d[\d,]*)|[^.;]{0,40}?\bcorrectly\b[^.;]{0,40}?)\s*\(\d+(?:\.\d+)?%\)",
            "CellSpotter found 462 of them (92%).",
        ),
    ),
)
