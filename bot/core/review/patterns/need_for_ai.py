"""Regexes for the `need_for_ai` rubric item (Why AI); its phrases are in phrases/need_for_ai.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "need_for_ai",
    concrete=(
        Pattern(
            r'\brules?(-based)?\b.{0,80}\b\d+(\.\d+)?\s*%',
            'a sample of 1,000 tickets from May, the rules assigned the correct '
            'category to 41% and left 46% uncategorised.',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*%.{0,80}\brules?(-based)?\b',
            'only 40% of requests were handled by the existing rules',
        ),
        Pattern(
            r'\b\d+\s+(categories|intents|templates|variations|languages|clause types|formats|layouts|rules)\b',
            'who opens a ticket reads it, picks one of 38 categories and a priority, and reassigns it to the',
        ),
        Pattern(
            r'\b\d{2,}\s+(keyword|regex)\s+rules\b',
            'We already run 212 keyword rules in Zendesk triggers.',
        ),
        Pattern(
            r'规则.{0,40}\d+(\.\d+)?\s*(%|％)',
            '去年试用的规则系统只能处理 40% 的发票，其余仍需人工。',
        ),
        Pattern(
            r'\d+\s*(种|个|类|条)\s*(意图|类别|模板|规则|格式|问法)',
            '用户消息先经过意图分类（基于 BERT 微调的分类模型），识别物流、退换货、发票等 32 类意图；',
        ),
        # Greek: more cases than people can handle ("φτάνουν τόσες αιτήσεις που οι υπάλληλοι δεν προλαβαίνουν").
        Pattern(
            r"\b(?:τοσ\w*|εκατονταδ\w*|χιλιαδ\w*)\b[^.;]{0,60}?\bδεν\s+(?:[^\W"
            r"\d_]+\s+)?(?:προλαβαιν|κλιμακων|αρκ|επαρκ)\w*",
            "Κάθε μέρα φτάνουν τόσες αιτήσεις που οι υπάλληλοι δεν προλαβαίνουν να τις ελέγξουν.",
        ),
    ),
    cue_patterns=(
        # Romanian: more factors than a person or a rule can weigh at once ("sunt prea multe variabile de luat în
        # calcul deodată", "atâtea combinații încât nimeni nu le poate ține minte").
        Pattern(
            r"\b(?:prea multe|prea mul[ţt]i|at[âa]t de multe|at[âa]t de mul[ţt]i|at[âa]tea|at[âa][ţt]ia|foarte multe|"
            r"foarte mul[ţt]i)\s+(?:variabile|factori|combina[ţt]ii|semnale|parametri|criterii)\b",
            "Sunt prea multe variabile de luat în calcul deodată: vremea, sărbătorile, promoțiile și defecțiunile.",
        ),
        # Czech: more factors than a person or a rule can weigh at once ("je příliš mnoho proměnných, které je třeba
        # zvážit najednou", "tolik kombinací, že je nikdo neudrží v hlavě").
        Pattern(
            r"\b(?:příliš mnoho|příliš moc|moc|tolik|spousta|spoustu)\s+"
            r"(?:faktorů|proměnných|kombinací|signálů|parametrů|vlivů)\b",
            "Je příliš mnoho proměnných, které je třeba zvážit najednou: počasí, svátky, akce i poruchy.",
        ),
        # Hungarian: more cases or factors than people or a rule can handle ("naponta annyi kérelem érkezik, hogy a
        # kollégák nem tudják egyenként átnézni", "túl sok tényezőt kell egyszerre mérlegelni").
        Pattern(
            r"\b(?:túl sok|rengeteg|annyi|ennyi"
            r"|olyan sok)\s+(?:[^\W\d_]+\s+)?(?:tényező|változó|kombináció|paraméter|"
            r"eset|kép|fotó|kérelem|kérelm|dokumentum|levél|level|tétel|bejelentés)\w*[^.;]{0,50}?"
            r"\b(?:nem|sem)\s+(?:tud|győz|lehet|képes|bír)\w*",
            "Naponta annyi kérelem érkezik, hogy a kollégák nem tudják egyenként átnézni.",
        ),
        # Croatian: more cases or factors than people or a rule can handle ("stiže toliko zahtjeva da ih djelatnici
        # ne mogu pregledati jedan po jedan"), with or without diacritics.
        Pattern(
            r"\b(?:previ[šs]e|toliko|mnogo|ogroman broj)\s+(?:[^\W\d_]+\s+)?(?:"
            r"[čc]imbenik|varijabl|kombinacij|zahtjev|"
            r"slik|snim|dokument|predmet|prijav"
            r"|fotografij)\w*[^.;]{0,50}?\bne\s+(?:mo[žz]|mog|stig|uspij|sti[žz])\w*",
            "Stiže toliko zahtjeva da ih djelatnici ne mogu pregledati jedan po jedan.",
        ),
        # Catalan: more factors than a person or a rule can weigh at once ("hi ha massa variables a tenir en compte
        # alhora", "tants factors que cal combinar").
        Pattern(
            r"\b(?:massa|tants|tantes)\s+(?:coses|factors|variables|dades"
            r"|senyals|combinacions|elements)\b[^.;]{0,40}?"
            r"\b(?:tenir en compte|alhora|a la vegada|combinar|creuar)\b",
            "Hi ha massa variables a tenir en compte alhora: l'estació, el trànsit, les obres i el clima",
        ),
        # More of the manual way ruled out: "More jar tests are not an option: there is one operator per shift."
        Pattern(
            r"\b(?:more|extra|additional|hiring|another)\b[^.;:]{0,30}\b(?:is|are|was|were) not an option\b",
            "More jar tests are not an option: there is one operator per shift.",
        ),
        # The simpler ways, said to have failed: "Other ways of sorting the list have not worked:", "the existing
        # options did not help".
        Pattern(
            r"\b(?:other|simpler|existing|previous|earlier|current|usual|cheaper"
            r"|obvious)\s+(?:ways?|options?|approaches|methods|tools|"
            r"fixes|attempts|solutions)\b[^.;]{0,40}?\b(?:have|has|did|do"
            r"|does)\s+not\s+(?:worked|work|helped|help|solved|fixed)\b",
            "Other ways of sorting the list have not worked:",
        ),
        # What the simple measure cannot tell apart: "Snoring volume does not separate apnea from simple snoring."
        Pattern(
            r"\b(?:does|do|did|can|could)\s?(?:not|n't|n’t)\s+(?:separate"
            r"|distinguish|tell apart|tell)\b[^.;]{0,40}\bfrom\b",
            "Snoring volume does not separate apnea from simple snoring.",
        ),
        # The simpler tool measured and found short: "a rule using snore loudness … reached a specificity of only
        # 0.52",
        # "the questionnaire picked out … with a specificity of 0.29".
        Pattern(
            r"\b(?:rules?|questionnaires?|checklists?|heuristics?|formula"
            r"|keyword (?:rules?|lists?|filters?))\b[^.;]{0,80}?\b"
            r"(?:specificity|sensitivity|precision|recall|accuracy|f1|f2)\b[^.;\d]{0,16}0?\.\d+",
            "In our development data, a rule using snore loudness reached a "
            "specificity of only 0.52 at a sensitivity of 0.85.",
        ),
        # ... or found right only so often: "the plant's own feed-forward dose curve … landed within 2 mg/l of the
        # optimum in only 58% of the 4,100 jar tests".
        Pattern(
            r"\b(?:rules?|curves?|formula|questionnaires?|checklists?|heuristics?"
            r"|flowcharts?|lookup tables?)\b(?:[^.;]|\.\d){0,100}?"
            r"\b(?:in|for|on)\s+(?:only|just)\s+\d+(?:\.\d+)?\s*%",
            "the plant's own feed-forward dose curve landed within 2 mg/l of the "
            "jar-test optimum in only 58% of the 4,100 jar tests",
        ),
        # ... or caught only so many: "the software had flagged only 9 of the 212 upheld cases", "the gust-band table
        # put
        # the worst-hit depot first only 3 times".
        Pattern(
            r"\b(?:rules?|curves?|formula|questionnaires?|checklists?"
            r"|heuristics?|flowcharts?|tables?|software|filters?|"
            r"keyword (?:search|lists?|matching)|text-matching)\b(?:[^.;]|\.\d){0,100}?"
            r"\b(?:only|just)\s+\d+(?:\.\d+)?\s+(?:of|out of|times|in)\b",
            "the software had flagged only 9 of the 212 upheld cases",
        ),
        # What the simpler tool cannot do: "which a fixed limit can't do", "which a printed scale cannot do".
        Pattern(
            r"\b(?:which|that|what) an? (?:fixed|printed|simple|static|single"
            r"|hand-set|manual|plain)\s+(?:[\w-]+\s+){0,2}"
            r"can(?:'t|not| not) (?:do|follow|capture|handle|cope with|keep up with)\b",
            "separating a growing flat from that noise needs all of them "
            "weighed together, which a fixed limit can't do",
        ),
        # The simple fix tried first: "The obvious fix was tried last winter", "we tried the old checklist".
        Pattern(
            r"\b(?:obvious|simple|simpler|old|existing|usual|manual|cheap|cheaper"
            r"|quick)\s+(?:fix|way|approach|method|option|solution|rules?|form|checklist"
            r"|questions?)\b[^.;]{0,40}?\b(?:was|were|we|had been)\s+tried\b"
            r"|\btried\b[^.;]{0,30}?\b(?:the|an?)\s+(?:obvious|simple|simpler|old|usual|manual|cheap"
            r"|cheaper|quick)\s+(?:fix|way|approach|method|option|solution)\b",
            "The obvious fix was tried last winter.",
        ),
        # The simpler tool that falls short: "searching for "holiday" finds nothing", "search is keyword-based and
        # misses".
        Pattern(
            r'\bsearch(?:ing|es)?\b[^.;]{0,60}\b(?:finds nothing|misses|miss'
            r'|returns nothing|does not find|can ?not find|fails)\b',
            'Searching for "holiday" finds nothing when the page is called "annual leave entitlement".',
        ),
        # A model chosen over the rule, or the manual way, named: "which is why we went to a model rather than a
        # better rule", "Use handwriting recognition rather than paid keying or volunteers alone".
        Pattern(
            r"\brather than (?:an? |the |more |paid |manual |extra )?(?:better |simpler |fixed |new |hand-written |"
            r"keyword )?(?:rules?|thresholds?|filters?|formula|checklists?"
            r"|keying|volunteers|manual \w+|hand\w*|by hand)\b",
            "which is why we went to a model rather than a better rule",
        ),
        # The simpler way ruled out in a line: "No fixed rota or zone can do that".
        Pattern(
            r"\bno (?:fixed|simple|static|manual|single|hand-set|printed"
            r"|plain) [\w-]+(?: or [\w-]+)? (?:can|could|would)"
            r"(?:n't| not)? (?:do|see|tell|catch|predict|know|spot|handle)\b",
            "No fixed rota or zone can do that, and that is the part we think could make a real difference.",
        ),
        # What the rule in place cannot see: "A rule on steering, speed or time on shift cannot see the driver".
        Pattern(
            r"\b(?:rules?|thresholds?|checklists?|formula|filters?|triggers?"
            r"|monitors?)\b[^.;]{0,50}\bcan(?:not|'t|’t| not)\s+"
            r"(?:see|tell|spot|catch|notice|detect|know)\b",
            "A rule on steering, speed or time on shift cannot see the driver.",
        ),
        # The sceptic's question about it: "and a checklist form wouldn't do it?"
        Pattern(
            r'\b(?:would not|will not|could not|cannot'
            r'|can not)\b[^.?\n]{0,40}\b(?:do it|do the job|be enough|suffice)\b',
            "Ravi: and a checklist form wouldn't do it?",
        ),
        # The people it would take without the AI, worked out: "checking every image from a single camera would have
        # needed four people working throughout its hours of operation" (an explanatory memorandum, unseen-87).
        Pattern(
            r"\b(?:would\s+(?:have\s+)?(?:needed|required|taken|need|require|take))\s+(?:about\s+|around\s+|at\s+least\s+)?"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:more\s+|extra\s+|additional\s+)?"
            r"(?:people|staff|officers|reviewers|operators|clerks|analysts|full-time|fte|employees|workers|nurses|inspectors)\b",
            "checking every image from a single camera would have needed four people working throughout its hours",
        ),
    ),
)
