"""Matching patterns for the `explainability` rubric item (Explainability); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        'explainability', 'explanations', 'explanation', 'interpretability', 'transparency', 'citations',
        'sources and citations', 'why this result', 'showing its work', 'show its work', 'show your work',
        'why it decided', '可解释性', '可解释', '溯源', '引用',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'explicabilidad', 'explicaciones', 'transparencia',
        # French section names (a spec written in French, or in French and English).
        'explicabilité', 'transparence',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'explicabilidade', 'transparência', 'explicações',
        # German section names (a spec written in German, or in German and English).
        'erklärbarkeit', 'nachvollziehbarkeit', 'transparenz',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'spiegabilità', 'trasparenza', 'spiegazioni',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'uitlegbaarheid', 'transparantie', 'uitleg',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'wyjaśnialność', 'przejrzystość', 'wyjaśnienia',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'penjelasan', 'transparansi',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'giải thích', 'khả năng giải thích', 'tính minh bạch', 'minh bạch',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'açıklanabilirlik', 'şeffaflık',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'förklarbarhet', 'förklaringar', 'transparens',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'forklarbarhed', 'forklaringer', 'gennemsigtighed', 'transparens',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'kyun aur kaise',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'selitettävyys', 'läpinäkyvyys', 'perustelut', 'selitykset',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'forklarbarhet', 'åpenhet', 'åpenhet og forklarbarhet',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'explicabilitat', 'transparència', 'explicacions', 'interpretabilitat',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'vysvětlitelnost', 'transparentnost', 'vysvětlení', 'interpretovatelnost', 'srozumitelnost',
        'jak model rozhoduje',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'explicabilitate', 'explicabilitatea', 'transparență', 'transparența', 'explicații', 'explicațiile',
            'interpretabilitate', 'cum decide modelul', 'cum ia decizii modelul',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'magyarázhatóság', 'átláthatóság', 'magyarázat', 'értelmezhetőség', 'érthetőség', 'hogyan dönt a modell',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'επεξηγησιμότητα', 'ερμηνευσιμότητα', 'διαφάνεια', 'αιτιολόγηση αποφάσεων', 'εξηγήσεις',
        'τι βλέπει ο χρήστης', 'τι βλέπει ο', 'τι βλέπει η', 'διεπαφή χρήστη',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'objašnjivost', 'objašnjenje', 'obrazloženje', 'razumljivost', 'kako model odlučuje',
            'kako sustav odlučuje', 'na temelju čega',
        ),
    ),
    conventional=('explanations', 'interpretability', 'transparency'),
    cues=(
        # the evidence drawn on the image: "draws a circle round each mark it finds … and labels it"
        'draws a circle', 'draws a box',
        'it relied on', 'explains the',
        'quoting', 'quotes the', 'linking to', 'cites', 'citing',
        'which rule', '哪条规则', 'see which',
        'explainability', 'explainable', 'explanation', 'explain why', 'reason code', 'reason codes', 'rationale',
        'citation', 'citations', 'cite the source', 'cites the', 'source link', 'link to the source', 'links back to',
        'highlighted', 'highlights the', 'shap', 'feature importance', 'top factors', 'contributing factors',
        'why this', 'supporting evidence', 'evidence for', 'as evidence', 'evidence panel', 'shows the evidence',
        'traceable', 'so people can check', 'so users can check', 'so they can check', 'can verify', 'provenance',
        'interpretable', '可解释', '引用来源', '出处', '溯源', '依据', '原因码', '解释',
        '高亮', '原文', '说明原因', 'that led to it',
        # each suggestion says why: "每条建议下面写明为什么 … 主要原因：今天是周三"
        '写明为什么', '说明为什么', '说得出理由', '给出理由', '主要原因：', '主要原因:',
        # "each with its three biggest reasons in plain words"
        'biggest reasons', 'main reasons', 'reasons in plain',
        # "Each worksheet total opens to the transactions behind it"
        'opens to the', 'behind each',
        'signals that', 'factors that', 'reasons it', 'why it chose', 'why it flagged', 'why it picked', 'why it suggested', 'shows why', 'see why', 'what it saw', 'what it spotted', 'what it noticed', '原始', '理由',
        'links to', 'linked to the', 'linked to its', 'link back', 'came from', 'comes from', 'timestamp it', 'shows where', 'points to', 'the source', '来源', '出自', '对应的',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '根拠', '理由を', '理由が', '出典', '説明可能', 'なぜその', 'なぜこの',
        # Spanish body wording.
        'la razón', 'explica por qué', 'por qué lo propuso', 'muestra por qué', 'recuadrada', 'recuadrado',
        # French body wording.
        'pourquoi', 'explique', 'met en évidence', 'encadré', 'entourée', 'entouré',
        # Portuguese body wording.
        'o motivo', 'explica por que', 'mostra por que', 'por que sugeriu', 'destaca',
        # German body wording.
        'begründung', 'nachvollziehbar', 'welche signale', 'zeigt an, warum', 'umrandet', 'markiert die', 'vergleichsbild', 'vermutete fehlerart',
        # Italian body wording.
        'il motivo', 'spiega perché', 'mostra perché', 'motivazione', 'evidenzia',
        # Dutch body wording.
        'de reden', 'waarom het systeem', 'laat zien waarom', 'toelichting', 'omcirkeld', 'markeert',
        # Polish body wording.
        'dlaczego system', 'wyjaśnia', 'wyjaśnienie', 'pokazuje, dlaczego', 'zaznaczone', 'podświetlone', 'z jakiego powodu',
        # Indonesian body wording.
        'alasannya', 'alasan spesifik', 'menjelaskan', 'kenapa hasilnya', 'bisa lihat dari mana', 'dari mana angka', 'yang dideteksi',
        # Vietnamese body wording.
        'hiển thị lý do', 'lý do cụ thể', 'cho biết lý do', 'vì sao máy', 'vì sao hệ thống', 'đánh dấu', 'làm nổi bật', 'căn cứ vào đâu',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'nedenini göster*', 'nedenini açıkla*', 'işaretli', 'işaretleniyor', 'vurgula*', 'en benzer',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'förklarar varför', 'förklaring*', 'visar varför', 'motivering', 'kan se vad', 'inringad*', 'markerade i bilden', 'hur säker modellen',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'forklarer hvorfor', 'forklaring*', 'viser hvorfor', 'begrundelse*', 'kan se hvad', 'trak scoren',
        'trækker scoren', 'bidrog mest', 'bidrager mest', 'markeret i billedet', 'hvor sikker modellen',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'kyun choose', 'kyun suggest', 'kyun select', 'reason dikha*', 'wajah dikha*', 'wajah bata*', 'reason bata*',
        'kaise pata chalega', 'highlight karega', 'highlight hoga', 'confidence dikha*',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'selittää miksi', 'selitys*', 'perustelu*', 'näyttää miksi', 'näkee miksi', 'näkee mitkä', 'korostet*',
        'rajattu kuvaan', 'merkitty kuvaan', 'kuinka varma malli', 'vaikutti eniten', 'vaikuttivat eniten',
        'varmuustaso*', 'luottamustaso*',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'forklarbar*', 'kan se hva', 'trakk scoren', 'trekker scoren', 'bidro mest', 'bidrar mest', 'markert i bildet',
        'hvor sikker modellen', 'viktigste faktorene',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'per què ho recomana', 'factors que més', 'més han pesat', 'més ha pesat', 'nivell de confiança',
        'grau de confiança', 'ressalta*', 'marcat a la imatge', 'explicable*',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'vysvětliteln*', 'interpretovateln*', 'uvede důvod', 'uvádí důvod', 'míra jistoty', 'míru jistoty',
        'skóre jistoty', 'zvýrazn*', 'vyznačí', 'nejdůležitější faktory', 'hlavní faktory', 'které faktory',
        'co nejvíc ovlivnilo',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'explicabil*', 'interpretabil', 'interpretabilă', 'interpretabile', 'indică motivul', 'arată motivul',
            'explică motivul', 'grad de încredere', 'gradul de încredere', 'nivel de încredere',
            'nivelul de încredere', 'scor de încredere', 'scorul de încredere', 'fotografia marcată',
            'imaginea marcată', 'zonele marcate', 'marcat pe imagine', 'marcate pe imagine', 'marcate pe fotografie',
            'factorii principali', 'principalii factori', 'cei mai importanți factori', 'ce factori', 'care factori',
            'ce a contat cel mai mult',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'magyarázhat*', 'értelmezhet*', 'megindokol*', 'indoklás*', 'megnevezzük', 'megnevezi', 'az okát', 'indokát',
        'bizonyossági szint*', 'megbízhatósági pontszám*', 'konfidencia*', 'kiemeli', 'kiemelve', 'bekeretez*',
        'legfontosabb tényező*', 'fő tényező*', 'mely tényező*',
        # Everyday wording: what moved a score; the same service for every area.
        'moved it most', 'what moved it', 'top factors', 'main factors', 'what drove', 'why each',
        # what the model found, drawn on the picture, and the rule that turned it into the suggestion
        'drawn round', 'drawn around', 'boxes around', 'circled', 'outlined', 'ask us why', 'can ask why', 'the rule that', 'that set it',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'εξηγεί', 'εξηγεί γιατί', 'βλέπει γιατί', 'βλέπουν γιατί', 'εξήγηση', 'εξηγήσεις', 'αιτιολόγηση', 'τον λόγο', 'τους λόγους', 'δείχνει γιατί', 'ποια στοιχεία',
        'ποιοι παράγοντες', 'παραπομπή', 'παραπομπές', 'διαφάν*', 'επεξηγ*', 'ερμηνευσιμ*', 'μέσα σε πλαίσιο',
        'πλαίσιο οριοθέτησης', 'επισημαίνεται με',
        'τον βαθμό βεβαιότητας', 'με κόκκινο', 'με χρώμα',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'objasn*', 'objašnj*', 'obrazlož*', 'navodi razlog', 'razlog odluke', 'vjerojatnost*', 'vjerojatnošću',
            'razina pouzdanosti', 'ocjena pouzdanosti', 'istaknut*', 'ucrtan*', 'uokviren*', 'jedno uz drugo',
            'jednu uz drugu', 'najvažniji čimbenici', 'glavni čimbenici', 'ključni čimbenici', 'koji čimbenici',
            'na zaslonu vidi', 'na zaslonu vide', 'na ekranu vidi',
        ),
    ),
    mentions=(
        # "‘凭什么我是二级’……最好能在照片上把老叶、碎叶圈出来给茶农看": a wish, not yet a mechanism
        '凭什么', '圈出来',
        'taken from',
        # what stands behind an output, shown in passing: "links every original post at the bottom", "with the
        # model's top two guesses shown as suggestions", a PR/FAQ's "How does it decide which band to show"
        'links every original', 'links to the original', 'links back to the original', 'top two guesses',
        'top three guesses', 'how does it decide',
        'the reason', 'reasons for', 'know why', 'tell them why', '截图', '从哪里', '哪来的', '链接', '附上', 'weighed most', 'mattered most', 'counted most', 'can judge',
        # Greek: the wish to understand, with nothing shown ("να καταλαβαίνουν γιατί").
        'να καταλαβαίνει γιατί', 'να καταλαβαίνουν γιατί',
    ),
    vague=(
        # the need named, nothing said of what is shown
        'understand why',
        # Spanish, a wish with no mechanism: "Nos gustaría que el encargado pudiera ver por qué …"
        'pudiera ver por qué',
        'black box', 'it just knows', 'self-explanatory', 'transparent ai', 'trust the model', '黑盒',
        'will be transparent', 'be transparent', 'committed to transparency', 'fully transparent',
        # Czech: the item named, nothing said of it ("rozhodování modelu je plně transparentní").
        'plně transparentní', 'naprosto transparentní', 'zcela transparentní',
        # Romanian: the item named, nothing said of it ("decizia modelului este complet transparentă").
        *romanian(
            'complet transparent*', 'total transparent*', 'pe deplin transparent*',
        ),
        # Hungarian: the item named, nothing said of it ("a modell döntései teljesen átláthatók").
        'teljesen átlátható*', 'teljes mértékben átlátható*', 'teljesen transzparens*',
        # Greek: the item named, nothing said of it ("οι αποφάσεις του μοντέλου είναι πλήρως διαφανείς").
        'πλήρως διαφανές', 'πλήρως διαφανείς', 'απόλυτα διαφανές', 'εξηγήσιμη τεχνητή νοημοσύνη',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'potpuno transparentan', 'potpuno transparentna', 'potpuno transparentno', 'u potpunosti transparentan',
        ),
    ),
    concrete=(
        Pattern(
            r'\b(?:top[- ]?\d+|(?:two|three|four|five|\d+)\s+(?:biggest|main|strongest|top)|(?:biggest|main|strongest))\s+(reasons|factors|features|reason codes|signals)\b',
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
            r'\b(every|each)\s+(answer|claim|field|summary|sentence|extraction|score|flag)\b.{0,40}\b(links?|cites?|is linked|points?|highlight(s|ed)?)\b',
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
            r"dozví se|dozvědí se),?\s+(?:proč|na základě čeho|podle čeho|které faktory|co rozhodlo|z jakého důvodu)\b",
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
            r"\b(?:vidi|vide|vidjet [ćc]e|zna|znaju|sazna|saznaje|objasni|obja[šs]njava|navodi|navodimo|prikazuje)\b,?\s+"
            r"[^.;]{0,30}?\b(?:za[šs]to|na temelju [čc]ega|iz kojeg razloga|koji je razlog)\b",
            "Službenik vidi zašto je model označio zahtjev, a obavijest navodi na temelju čega je odluka donesena.",
        ),
        # Finnish puts a comma before "miksi": "vastaanottaja näkee, miksi kuorma on merkitty märäksi".
        Pattern(
            r"\b(?:näkee|näkevät|nähdä|näkyy|näyttää|näytetään|kertoo|selittää|selitetään),?\s+(?:miksi|mitkä tekijät|mistä syystä)\b",
            "Käsittelijä näkee, miksi hakemus on merkitty, ja voi tarkistaa sen itse",
        ),
        # Norwegian: the person sees why ("slik at saksbehandleren ser hvorfor søknaden er flagget", "forteller hva som
        # trakk vurderingen opp").
        Pattern(
            r"\b(?:ser|vises|forklares|forteller|får vite|kan se|viser|forklarer),?\s+(?:hvorfor|hva som|hvilke faktorer)\b",
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
        # the type series that the model found most similar", "the three most similar past jar tests with their result".
        Pattern(
            r"\b(?:shows?|showing|displays?|displaying|lists?|listing)\b[^.;]{0,80}?\b(?:most similar|most alike|similar past|"
            r"similar previous|(?:closest|nearest) (?:matches|examples|cases|past))\b",
            "Next to each suggestion the screen shows three photographs from the type series that the model found most similar",
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
            r"\bcan (?:see|hear|check|verify|tell)\b[^.;]{0,12}\b(?:what|which|where|why|how)\b[^.;]{0,40}?\b(?:counted|found|detected|"
            r"flagged|measured|picked|marked|scored|spotted|came from|comes from|decided)\b"
            # what the output draws, not what a person marks: "Clerks mark each flagged timesheet OK or wrong" is feedback
            r"|\b(?:marking|highlighting|(?:timeline|map|image|photo|picture|chart|overlay|view|screen)\s+(?:that\s+)?(?:marks|highlights))"
            r"\s+(?:each|every)\s+(?:counted|detected|flagged|found|matched|scored)\b",
            "a timeline of the night marking each counted event, so that the clinician can hear what was counted",
        ),
        # How it decides, wanted with no mechanism: "parents … understand how the owl decides a word was misread"
        Pattern(
            r"\bunderstand (?:how|why) (?:the |our |its )?[\w-]{0,20} ?(?:decides|decided|chose|chooses|picks|picked|flags|flagged)\b",
            "we would like parents to be able to understand how the owl decides a word was misread",
        ),
        # What moved the output, shown with it: "the three readings or batch facts that pushed the risk up most".
        Pattern(
            r"\b(?:readings?|facts?|factors?|signals?|features?|reasons?|inputs?|words?|phrases?|data points?)\s+(?:that\s+)?(?:pushed|drove|raised|lowered|moved|tipped|triggered)\b",
            "The three readings or batch facts that pushed the risk up most",
        ),
        # the model's reasons shown beside what it judged
        Pattern(
            r"\bsees? (?:its|the model's|the) reasons\b|\breasons next to\b",
            'analysts see its reasons next to the document',
        ),
        # The source behind each part of the output: "see the audio segment behind each sentence".
        Pattern(
            r'\b(?:see|sees|shows?|links?)\b[^.;]{0,40}\b(?:segment|passage|source|clause|excerpt|snippet|region|crop)s? (?:behind|it came from|it was read from|that drove)\b',
            'The clinician must be able to see the audio segment behind each sentence of the note.',
        ),
        # The output names its grounds: "appears with the policy clause it relies on", "the clause it was taken from".
        Pattern(
            r'\b(?:clause|passage|rule|source|reason|evidence|document|section|sentences?|page|record)s? (?:it|they) (?:relies|rely|relied|is based|are based|was based|came|comes|was taken|were taken) (?:on|from)\b',
            'A suggested decision appears with the policy clause it relies on.',
        ),
        # The output gives its reason: "each swap says why it was suggested".
        Pattern(
            r'\b(?:says|shows|explains|tells (?:them|you|the user|users))\s+why\b',
            'Each swap says why it was suggested ("similar texture, milder taste").',
        ),
        Pattern(
            r'\b(shows?|sees?|lists?|highlights?|marks?)\b[^.;]{0,90}\b(phrases?|words?|lines?|passages?|sentences?|factors?|signals?|reasons?|things|details|fields|regions?|areas?|crops?)\b[^.;]{0,50}\b(drove|led to|came from|comes from|behind|based on|that explain)',
            'Each suggestion lists the words from the ticket that led to it.',
        ),
        # Output that shows where it came from: "answers cite the page and link to it".
        Pattern(
            r'\b(?:answers?|replies|responses?|summar(?:y|ies)|suggestions?) (?:cite|cites|link to|links to|quote|quotes)\b'
            r'|\bcite[sd]? (?:the|its|their) (?:page|source|sources|document|article|policy|clause)',
            'RAG over the wiki; answers cite the page and link to it.',
        ),
        Pattern(
            'なぜ[^。、]{0,15}(?:通知|判定|判断|結果|结果|表示|提案|出た|来た|鳴った|鸣った|選ばれ|选ばれ)',
            'なぜ通知が来たのか分かるようにしてほしい',
        ),
    ),
)
