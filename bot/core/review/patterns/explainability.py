"""Regexes for the `explainability` rubric item (Explainability); its phrases are in phrases/explainability.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "explainability",
    concrete=(
        Pattern(
            r'\b(?:top[- ]?\d+|(?:two|three|four|five|\d+)\s+(?:biggest|main|strongest|top)|(?:biggest'
            r'|main|strongest))\s+(reasons|factors|features|reason codes|signals)\b',
            'shows the top 3 reasons for each score',
        ),
        Pattern(
            r'\b\d+\s+(reason codes|citations|sources|supporting passages)\b',
            'each answer shows 2 citations',
        ),
        Pattern(
            r'\b(shap|lime)\b',
            'supports it and it scores in about 4 ms. SHAP values can be computed for individual scores',
        ),
        Pattern(
            r'\b(every|each)\s+(answer|claim|field|summary|sentence|extraction|score'
            r'|flag)\b.{0,40}\b(links?|cites?|is linked|points?|highlight(s|ed)?)\b',
            'Every sentence in the draft carries a small link to the transcript span that supports it;',
        ),
        Pattern(
            r'(每条|每个).{0,12}(引用|出处|来源|依据)',
            '每条回答都附上引用',
        ),
        # Greek: the person sees why ("ο υπάλληλος βλέπει γιατί επισημάνθηκε η αίτηση").
        Pattern(
            r"\b(?:βλεπει|βλεπουν|δειχνει|εμφανιζει|εξηγει)\s+(?:[^\W\d_]+\s+){0,3}?(?:γιατι|για\s+ποιο\s+λογο"
            r"|ποια\s+στοιχεια|ποιοι\s+παραγοντεσ)\b",
            "Ο υπάλληλος βλέπει γιατί το σύστημα επισήμανε την αίτηση και ποια στοιχεία έλαβε υπόψη.",
        ),
    ),
    cue_patterns=(
        # A claim that it says why, with nothing shown: "SmartCoach tells you exactly where you missed and why".
        Pattern(
            r"\b(?:tells?|shows?|explains?)\s+(?:you|them|users?|staff|customers?|the\s+\w+)\b"
            r"[^.;?]{0,40}?\band\s+why\b",
            "SmartCoach tells you exactly where you missed and why.",
        ),
        # Romanian: what it found, marked on what the person sees ("modelul marchează pe radiografie zonele
        # suspecte", "aplicația evidențiază cuvintele care au contat").
        Pattern(
            r"\b(?:marcheaz[ăa]|a marcat|au fost marcate|sunt marcate|eviden[ţt]iaz[ăa]|a eviden[ţt]iat|"
            r"[îi]ncercuie[şs]te|subliniaz[ăa])\b[^.;]{0,40}?\b(?:zon\w*|locul|locurile|por[ţt]iun\w*|elementele|"
            r"cuvintele|pasajele|frazele|problemele)\b",
            "Modelul marchează pe radiografie zonele suspecte, iar aplicația evidențiază cuvintele care au contat.",
        ),
        # Romanian: the person sees why ("funcționarul vede de ce modelul a marcat cererea", "aplicația arată ce
        # factori au contat").
        Pattern(
            r"\b(?:vede|v[ăa]d|vede[ţt]i|va vedea|vor vedea|pute[ţt]i vedea|poate vedea|pot vedea|arat[ăa]|"
            r"afi[şs]eaz[ăa]|explic[ăa]|afl[ăa]|afla[ţt]i|[îi]n[ţt]elege|[îi]n[ţt]eleg)\s*,?\s+(?:de ce|motivul|"
            r"pe ce baz[ăa]|ce factori|care factori|care au fost motivele)\b",
            "Funcționarul vede de ce modelul a marcat cererea, iar aplicația arată ce factori au contat cel mai "
            "mult.",
        ),
        # Czech: the person sees why ("referent vidí, proč model žádost označil", "aplikace ukáže, které faktory
        # rozhodly").
        Pattern(
            r"\b(?:vidí|uvidí|vidět|ukáže|ukazuje|zobrazí|zobrazuje|vysvětlí|vysvětluje|vysvětlit|pozná|poznají|"
            r"dozví se|dozvědí se),?\s+(?:proč|na základě čeho|podle čeho"
            r"|které faktory|co rozhodlo|z jakého důvodu)\b",
            "Referent vidí, proč model žádost označil, a aplikace ukáže, které faktory rozhodly.",
        ),
        # Hungarian: the person sees why ("az ügyintéző látja, miért jelölte meg a modell", "az értesítés
        # megnevezi, melyik szabályt sértette").
        Pattern(
            r"\b(?:látja|látják|látni fogja|megmutatja|megjeleníti|megtudja|megtudják|elmagyarázza|megnevezzük|"
            r"megnevezi|megírjuk|feltünteti)\b,?\s+[^.;]{0,30}?\b(?:miért|mi alapján|melyik|milyen okból|"
            r"mely tényező\w*)\b",
            "Az ügyintéző látja, miért jelölte meg a modell, és az értesítés megnevezi, melyik szabályt sértette.",
        ),
        # Croatian: the person sees why ("službenik vidi zašto je model označio zahtjev", "obavijest navodi na temelju
        # čega je odluka donesena"), with or without diacritics.
        Pattern(
            r"\b(?:vidi|vide|vidjet [ćc]e|zna|znaju|sazna|saznaje|objasni"
            r"|obja[šs]njava|navodi|navodimo|prikazuje)\b,?\s+"
            r"[^.;]{0,30}?\b(?:za[šs]to|na temelju [čc]ega|iz kojeg razloga|koji je razlog)\b",
            "Službenik vidi zašto je model označio zahtjev, a obavijest navodi na temelju čega je odluka donesena.",
        ),
        # Finnish puts a comma before "miksi": "vastaanottaja näkee, miksi kuorma on merkitty märäksi".
        Pattern(
            r"\b(?:näkee|näkevät|nähdä|näkyy|näyttää|näytetään|kertoo|selittää"
            r"|selitetään),?\s+(?:miksi|mitkä tekijät|mistä syystä)\b",
            "Käsittelijä näkee, miksi hakemus on merkitty, ja voi tarkistaa sen itse",
        ),
        # Norwegian: the person sees why ("slik at saksbehandleren ser hvorfor søknaden er flagget", "forteller hva
        # som
        # trakk vurderingen opp").
        Pattern(
            r"\b(?:ser|vises|forklares|forteller|får vite|kan se|viser"
            r"|forklarer),?\s+(?:hvorfor|hva som|hvilke faktorer)\b",
            "slik at saksbehandleren ser hvorfor søknaden er flagget, og kan sjekke det selv",
        ),
        # Catalan: the person sees why ("perquè la tècnica vegi per què s'ha marcat la sol·licitud", "explica quins
        # factors hi han pesat").
        Pattern(
            r"\b(?:veu|veuen|vegi|vegin|veure|mostra|mostren|explica|expliquen|explicar|indica|entén|entendre|sap|"
            r"saber),?\s+(?:per què|per quin motiu|quins factors|què ha fet)\b",
            "perquè la tècnica vegi per què s'ha marcat la sol·licitud i ho pugui comprovar ella mateixa",
        ),
        # Danish puts a comma before "hvorfor": "så sygeplejersken kan se, hvorfor patienten er markeret".
        Pattern(
            r"\b(?:kan se|viser|vise|forklarer|forklare|fortæller|se),?\s+(?:hvorfor|hvad der)\b",
            "så sygeplejersken kan se, hvorfor patienten er markeret, og tjekke det ved sengen",
        ),
        # The nearest known cases shown beside the output, to compare with: "the screen shows three photographs from
        # the type series that the model found most similar", "the three most similar past jar tests with their
        # result".
        Pattern(
            r"\b(?:shows?|showing|displays?|displaying|lists?"
            r"|listing)\b[^.;]{0,80}?\b(?:most similar|most alike|similar past|"
            r"similar previous|(?:closest|nearest) (?:matches|examples|cases|past))\b",
            "Next to each suggestion the screen shows three photographs from the "
            "type series that the model found most similar",
        ),
        # Vietnamese and Turkish: the person sees why ("hangi için neden kusurlu sayıldığını kendi gözüyle görüyor",
        # "người dùng thấy được vì sao máy báo như vậy"), read with "i" for "ı".
        Pattern(
            r"\b(?:neden|niçin|niye)(?:ini|ni)?\b[^.;]{0,50}\b(?:görüyor|görebil\w*|görür|anliyor|anlayabil\w*)"
            r"|\b(?:thấy|biết|hiểu)(?: được)?\s+(?:vì sao|tại sao|lý do)\b",
            "böylece üretici hangi için neden kusurlu sayıldığını kendi gözüyle görüyor",
        ),
        # The evidence behind the output, laid out for the person to check: "so that the clinician can hear what was
        # counted", "can see where the length came from", "a timeline marking each counted event".
        Pattern(
            r"\bcan (?:see|hear|check|verify|tell)\b[^.;]{0,12}\b(?:what|which|where"
            r"|why|how)\b[^.;]{0,40}?\b(?:counted|found|detected|"
            r"flagged|measured|picked|marked|scored|spotted|came from|comes from|decided)\b"
            # what the output draws, not what a person marks: "Clerks mark each flagged timesheet OK or wrong" is
            # feedback
            r"|\b(?:marking|highlighting|(?:timeline|map|image|photo|picture|chart"
            r"|overlay|view|screen)\s+(?:that\s+)?(?:marks|highlights))"
            r"\s+(?:each|every)\s+(?:counted|detected|flagged|found|matched|scored)\b",
            "a timeline of the night marking each counted event, so that the clinician can hear what was counted",
        ),
        # How it decides, wanted with no mechanism: "parents … understand how the owl decides a word was misread"
        Pattern(
            r"\bunderstand (?:how|why) (?:the |our |its )?[\w-]{0,20} ?(?:decides"
            r"|decided|chose|chooses|picks|picked|flags|flagged)\b",
            "we would like parents to be able to understand how the owl decides a word was misread",
        ),
        # What moved the output, shown with it: "the three readings or batch facts that pushed the risk up most".
        Pattern(
            r"\b(?:readings?|facts?|factors?|signals?|features?|reasons?|inputs?|words?|phrases?"
            r"|data points?)\s+(?:that\s+)?(?:pushed|drove|raised|lowered|moved|tipped|triggered)\b",
            "The three readings or batch facts that pushed the risk up most",
        ),
        # the model's reasons shown beside what it judged
        Pattern(
            r"\bsees? (?:its|the model's|the) reasons\b|\breasons next to\b",
            'analysts see its reasons next to the document',
        ),
        # The source behind each part of the output: "see the audio segment behind each sentence".
        Pattern(
            r'\b(?:see|sees|shows?|links?)\b[^.;]{0,40}\b(?:segment|passage|source|clause|excerpt|snippet'
            r'|region|crop)s? (?:behind|it came from|it was read from|that drove)\b',
            'The clinician must be able to see the audio segment behind each sentence of the note.',
        ),
        # The output names its grounds: "appears with the policy clause it relies on", "the clause it was taken from".
        Pattern(
            r'\b(?:clause|passage|rule|source|reason|evidence|document|section|sentences?|page|record)s? (?:it'
            r'|they) (?:relies|rely|relied|is based|are based|was based|came'
            r'|comes|was taken|were taken) (?:on|from)\b',
            'A suggested decision appears with the policy clause it relies on.',
        ),
        # The output gives its reason: "each swap says why it was suggested".
        Pattern(
            r'\b(?:says|shows|explains|tells (?:them|you|the user|users))\s+why\b',
            'Each swap says why it was suggested ("similar texture, milder taste").',
        ),
        Pattern(
            r'\b(shows?|sees?|lists?|highlights?|marks?)\b[^.;]{0,90}\b(phrases?|words?|lines?|passages?'
            r'|sentences?|factors?|signals?|reasons?|things|details|fields|regions?|areas?'
            r'|crops?)\b[^.;]{0,50}\b(drove|led to|came from|comes from|behind|based on|that explain)',
            'Each suggestion lists the words from the ticket that led to it.',
        ),
        # Output that shows where it came from: "answers cite the page and link to it".
        Pattern(
            r'\b(?:answers?|replies|responses?|summar(?:y|ies)'
            r'|suggestions?) (?:cite|cites|link to|links to|quote|quotes)\b'
            r'|\bcite[sd]? (?:the|its|their) (?:page|source|sources|document|article|policy|clause)',
            'RAG over the wiki; answers cite the page and link to it.',
        ),
        Pattern(
            'なぜ[^。、]{0,15}(?:通知|判定|判断|結果|结果|表示|提案|出た|来た|鳴った|鸣った|選ばれ|选ばれ)',
            'なぜ通知が来たのか分かるようにしてほしい',
        ),
    ),
)
