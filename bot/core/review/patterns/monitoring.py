"""Matching patterns for the `monitoring` rubric item (Monitoring after launch); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        'watching it', 'watch it', 'once the trial', 'once it is running', 'once it is live', 'once running',
        'monitoring', 'observability', 'post-launch', 'after launch', 'maintenance', 'continuous improvement',
        'feedback loop', 'iteration', 'once live', 'in production', 'post launch', 'after go-live', 'operations',
        # Not 运营 alone: a Chinese PRD's 运营 section is the go-to-market plan, and "匹配运营侧体验" is the
        # operations team's screens; 上线后运营 is found by 上线后, 运营监控 by 监控.
        '监控', '上线后', '持续运营', '持续优化', '迭代', '反馈闭环',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'seguimiento', 'monitoreo', 'después del lanzamiento',
        # French section names (a spec written in French, or in French and English).
        'suivi', 'suivi après lancement', 'surveillance',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'acompanhamento', 'monitoramento', 'depois do lançamento',
        # German section names (a spec written in German, or in German and English).
        'überwachung', 'betrieb', 'nach dem start', 'überprüfung', 'laufende überprüfung', 'auswertung',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'monitoraggio', 'dopo il rilascio', 'verifica periodica',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'bewaking', 'na invoering', 'monitoring en evaluatie',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'monitorowanie', 'nadzór nad działaniem', 'po uruchomieniu', 'po wdrożeniu', 'kontrola jakości',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'pemantauan', 'evaluasi berkala', 'setelah peluncuran',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'giám sát', 'theo dõi', 'theo dõi và đánh giá', 'giám sát sau triển khai', 'vận hành và bảo trì',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'izleme', 'takip', 'izleme ve bakım', 'canlıya aldıktan sonra',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'uppföljning', 'förvaltning', 'övervakning', 'drift och förvaltning', 'drift och underhåll',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'opfølgning', 'overvågning', 'monitorering', 'drift og vedligehold', 'drift og opfølgning',
        'løbende opfølgning',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'nigrani', 'launch ke baad',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'seuranta', 'valvonta', 'jatkuva seuranta', 'ylläpito ja seuranta', 'mallin seuranta', 'seuranta ja ylläpito',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'oppfølging', 'overvåking', 'overvåkning', 'drift og forvaltning', 'forvaltning', 'drift og oppfølging',
        'løpende oppfølging',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'seguiment', 'monitoratge', 'monitorització', 'manteniment', 'supervisió contínua',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'monitorování', 'sledování', 'průběžné sledování', 'dohled nad provozem', 'provoz a údržba', 'údržba',
        'kontrola kvality', 'řízení kvality',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'monitorizare', 'monitorizarea', 'monitorizare continuă', 'monitorizarea performanței', 'urmărire',
            'urmărirea', 'urmărirea performanței', 'exploatare și mentenanță', 'mentenanță', 'mentenanța',
            'întreținere', 'întreținerea', 'controlul calității', 'managementul calității',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'monitorozás', 'nyomon követés', 'folyamatos nyomon követés', 'üzemeltetés', 'üzemeltetés és karbantartás',
        'karbantartás', 'minőségellenőrzés', 'minőségbiztosítás',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'παρακολούθηση', 'παρακολούθηση και συντήρηση', 'παρακολούθηση απόδοσης', 'εποπτεία λειτουργίας',
        'συντήρηση', 'μετά την εγκατάσταση', 'μετά την έναρξη λειτουργίας',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'praćenje', 'kontinuirano praćenje', 'praćenje rada', 'praćenje točnosti', 'kontrola kvalitete',
            'osiguranje kvalitete',
        ),
    ),
    conventional=('observability',),
    cues=(
        # Italian: "che dopo l'attivazione la ditta segua da remoto il funzionamento" (no signal, no cadence)
        'segua da remoto', 'seguirà da remoto',
        'monitor', 'monitoring', 'dashboard', 'alert', 'alerting', 'drift', 'data drift', 'concept drift',
        'sample of live', 'sampled', 'randomly sample', 'weekly review', 'daily review', 'bad case review',
        'feedback loop', 'user feedback', 'thumbs-down', 'retrain', 'retraining', 'on-call', 'incident',
        'post-launch', 'after launch', 'production traffic', 'live traffic', 'added to the eval set', 'tracked per',
        'is tracked', 'tracked weekly', 'tracked daily', 'review monthly', '监控', '告警', '漂移', '抽检', '定期抽查', '抽样', '复盘', '用户反馈',
        '回流', '看板',
        '上线后', '使用情况', 're-check', 'recheck', 'every week',
        '每周看', '每周统计', '每周抽', '每天抽', '每月抽', '抽看', '每天看', '每月看', 'weekly report', 'weekly check', 'we look at', 'we review', 'reviewed weekly', 'reviewed monthly', 'flag rate', 'dismiss rate', 'override rate', '改动最多',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '監視', 'モニタリング', '定期的に', '運用後', '運用開始後', '振り返り', 'アラート', 'ダッシュボード', '継続的に',
        # Spanish body wording.
        'monitorear', 'dar seguimiento', 'revisamos cada', 'cada semana revisamos', 'alerta', 'tablero',
        # French body wording.
        'chaque mois', 'chaque semaine', 'tableau de bord', 'suivre', 'alerte',
        # Portuguese body wording.
        'monitorar', 'acompanhar', 'acompanhados', 'painel', 'alerta',
        # German body wording.
        'überwachen', 'beobachten', 'monatlich geprüft',
        # Italian body wording.
        'monitorare', 'relazioni', 'andamento', 'cruscotto', 'allarme', 'ogni mese', 'ogni settimana',
        # Dutch body wording.
        'in de gaten', 'rapporteert', 'periodiek', 'elke maand', 'elke week', 'maandelijks', 'wekelijks',
        # Polish body wording.
        'monitorować', 'monitoruje', 'monitorowanie', 'na bieżąco', 'czuwał', 'czuwać', 'co miesiąc', 'co tydzień', 'co kwartał', 'raportuje', 'spadnie poniżej',
        # Indonesian body wording.
        'dipantau', 'memantau', 'pemantauan', 'setiap bulan', 'tiap bulan', 'setiap minggu', 'tiap minggu', 'laporan bulanan', 'turun di bawah',
        # Vietnamese body wording.
        'theo dõi', 'giám sát', 'hàng tháng', 'hàng tuần', 'hằng tháng', 'hằng tuần', 'báo cáo định kỳ', 'định kỳ', 'cảnh báo khi',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'izlenecek', 'izliyoruz', 'izlenir', 'izleniyor', 'takip ed*', 'takip edil*', 'her ay', 'her hafta', 'aylık rapor*', 'haftalık rapor*', 'düşerse',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'följs upp', 'följer upp', 'uppföljning*', 'övervak*', 'varje vecka', 'varje månad', 'varje måndag', 'veckovis', 'månadsvis', 'sammanställer', 'understiger', 'två veckor i rad',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'følges op', 'følger op', 'opfølgning*', 'overvåg*', 'monitorer*', 'hver uge', 'hver måned', 'hver mandag',
        'ugentlig*', 'månedlig*', 'seriediagram*', 'kontroldiagram*', 'to uger i træk', 'i træk', 'overstiger',
        'sættes på pause', 'driftsmål',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'har hafte', 'har week check', 'roz check', 'nazar rakh*', 'track karenge', 'monitor karenge', 'alert aayega',
        'alert jayega', 'dashboard pe',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'seurataan', 'seuraa', 'seurantaa', 'seurannan', 'valvotaan', 'viikoittai*', 'kuukausittai*', 'joka viikko',
        'joka kuukausi', 'päivittäin', 'hälyttää', 'raportoidaan', 'laskee alle', 'alittaa', 'alittuu',
        'kahtena peräkkäisenä', 'peräkkäisenä',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'følges opp', 'følger opp', 'oppfølging*', 'overvåk*', 'hver uke', 'hver måned', 'hver mandag', 'ukentlig*',
        'månedlig*', 'kontrolldiagram*', 'på rad', 'settes på pause',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'cada setmana', 'cada mes', 'setmanalment', 'mensualment', 'cada dilluns', 'quadre de comandament',
        'monitorit*', 'seguiment', 'setmanes seguides', 'per sota de', 'reentren*', 'deriva del model',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'průběžně', 'pravidelně', 'každý týden', 'každý měsíc', 'každé pondělí', 'týdně', 'měsíčně', 'čtvrtletně',
        'sledov*', 'sleduj*', 'monitorov*', 'řídicí panel', 'po sobě jdoucí', 'týdny po sobě', 'klesne pod',
        'klesne-li', 'přetrénov*', 'kontrolní vzorek', 'namátkov*',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'în mod continuu', 'continuu', 'în mod periodic', 'în mod regulat', 'la intervale regulate',
            'săptămânal', 'lunar', 'trimestrial', 'zilnic', 'în fiecare săptămână', 'în fiecare lună',
            'în fiecare zi', 'în fiecare luni', 'monitoriz*', 'tablou de bord', 'panou de control',
            'săptămâni la rând', 'luni la rând', 'zile la rând', 'consecutiv', 'consecutivă', 'scade sub',
            'reantren*', 'eșantion de control', 'prin sondaj', 'deriva modelului', 'degradarea performanței',
            'scăderea performanței', 'alertează',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'folyamatosan', 'rendszeresen', 'hetente', 'havonta', 'negyedévente', 'minden héten', 'minden hónapban',
        'nyomon követ*', 'monitoroz*', 'figyelemmel kísér*', 'irányítópult*', 'egymást követő', 'alá esik',
        'alá csökken', 'újratanít*', 'szúrópróba*', 'riaszt*',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'θα παρακολουθ*', 'παρακολουθούμε', 'παρακολούθηση της απόδοσης', 'μηνιαία αναφορά', 'εβδομαδιαία αναφορά',
        'πίνακας ελέγχου', 'ειδοποίηση', 'ειδοποιήσεις', 'μετατόπιση δεδομένων', 'επανεκπαιδ*', 'αρχείο καταγραφής',
        'αρχεία καταγραφής', 'αναφορά προβλημάτων', 'να αναφέρουν',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'kontinuirano', 'redovito', 'tjedno', 'mjesečno', 'svaki tjedan', 'svakog tjedna', 'svaki mjesec',
            'svakog mjeseca', 'tromjesečno', 'pratimo', 'pratit ćemo', 'prati se', 'praćenje', 'praćenja',
            'nadzorna ploča', 'nadzornoj ploči', 'padne ispod', 'pad točnosti', 'upozorenj*', 'uzbun*',
            'ponovno treniranje', 'ponovno treniran*', 'dotreniran*', 'nasumične provjere', 'nasumična provjera',
            'kontrolni uzorak',
        ),
    ),
    mentions=(
        '报警',
        # Greek: a look later, with nothing watched ("θα δούμε πώς πάει").
        'θα δούμε πώς πάει',
    ),
    vague=(
        # Swedish: the item named, nothing said of it ("driftkostnaden bedöms som rimlig").
        'följs upp löpande', 'hålla ett öga på',
        # Danish: the item named, nothing said of it ("omkostningen vurderes som rimelig").
        'følges løbende', 'holde øje med',
        # Hinglish: the item named, nothing said of it ("kharcha zyada nahi hoga").
        'dekhte rahenge',
        # Finnish: the item named, nothing said of it ("kustannukset arvioidaan kohtuullisiksi").
        'seurataan jatkuvasti', 'pidetään silmällä', 'seurataan tarpeen mukaan',
        # Norwegian: the item named, nothing said of it ("kostnaden vurderes som rimelig").
        'følges løpende', 'følges nøye',
        # Catalan: the item named, nothing said of it ("se'n farà un seguiment continu").
        'seguiment continu', 'seguiment constant', 'es vigilarà',
        # Czech: the item named, nothing said of it ("výsledky budeme průběžně sledovat").
        'budeme průběžně sledovat', 'průběžně sledujeme', 'budeme sledovat', 'budeme monitorovat', 'bude pod dohledem',
        # Romanian: the item named, nothing said of it ("rezultatele vor fi monitorizate permanent").
        *romanian(
            'vom monitoriza', 'vom urmări îndeaproape', 'urmărim permanent', 'va fi monitorizat*',
            'vor fi monitorizate', 'monitorizăm constant', 'atent monitorizat*',
        ),
        # Hungarian: the item named, nothing said of it ("a működést folyamatosan figyelemmel kísérjük").
        'folyamatosan figyelemmel kísér*', 'folyamatosan figyeljük', 'folyamatosan monitorozzuk',
        'nyomon fogjuk követni',
        # An investor-relations answer: kept track of and improved, with no signal or cadence ("持续跟踪产品表现，不断迭代优化").
        '持续跟踪', '不断迭代优化',
        # Press-release hand-waving: the item named in a slogan, nothing said of it.
        'continually reviewed', 'continuously reviewed', 'regularly reviewed', 'kept under review', 'periodic review', 'seguimiento periódico',
        # Spanish: "Una vez en marcha, estaremos pendientes de cómo va."
        'estaremos pendientes',
        'we will monitor', "we'll monitor", 'keep an eye on', 'close eye on', 'proactive, continuous monitoring', 'continuous monitoring of platform', 'monitor as needed', 'monitor it', 'as needed',
        'ongoing monitoring', 'track performance', '持续关注', '持续监控', '定期检查', "we'll watch", 'tweak things',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '全天候', '全方位', '建立健全',
        # Greek: the item named, nothing said of it ("θα παρακολουθούμε στενά την απόδοση").
        'συνεχής παρακολούθηση', 'θα παρακολουθούμε στενά', 'παρακολουθεί την απόδοση',
        'θα παρακολουθεί την απόδοση',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'kontinuirano pratiti', 'kontinuirano ćemo pratiti', 'stalno pratiti', 'stalno ćemo pratiti',
            'pomno pratiti', 'pomno ćemo pratiti', 'redovito ćemo pratiti',
        ),
    ),
    concrete=(
        Pattern(
            r'\b(daily|weekly|monthly|nightly|every\s+\d+\s+(days|weeks|hours)|every\s+(day|week|month|monday|tuesday|wednesday|thursday|friday))\b',
            'Shoppers on our marketplace (4.2 million monthly active buyers, 11 million listings from',
        ),
        Pattern(
            r'\b\d+\s+(random(ly)?\s+)?(sampled\s+)?(conversations|outputs|tickets|notes|summaries|answers|responses|transcripts|predictions|queries|emails)\s+(per|a|each|every|/)\s*(day|week|month)\b',
            'per ticket, roughly $1.80 per month at 45,000 tickets per month.',
        ),
        Pattern(
            r'\balert(s|ing)?\b.{0,60}\d+(\.\d+)?\s*(%|ms|s\b|points?|pp)',
            '- **Alerts:** fallback rate > 0.5% for 10 minutes; p95 latency > 380 ms; first-page click rate on long queries falling',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+(random\s+)?(sample|of\s+(traffic|conversations|outputs|answers|notes))',
            'run a 2-week randomisation experiment on 0.5% of traffic that swaps adjacent results, to estimate',
        ),
        Pattern(
            # a sample of live outputs with its size: "reviews a sample of 100 suggestions from live sites"
            r'\bsample of \d+\b[^.;]{0,40}\b(live|production|real|last|this|each|every|per)\b',
            'reviews a sample of 100 suggestions from live sites every week.',
        ),
        Pattern(
            r'(每天|每周|每月|每日)',
            '销售同事经常在群里问产品参数和报价政策，同样的问题每周要回答很多遍，大家都觉得很耗时。',
        ),
        Pattern(
            r'抽(检|样)\s*\d+',
            '每周抽检 200 条',
        ),
        Pattern(
            r'\d+\s*(条|个|份).{0,6}(每天|每周|/天|/周)',
            '质检 100 条每周复核',
        ),
        Pattern(
            '(?:毎|每)(?:日|週|周|月)|(?:月|週|周)(?:次|に一度)',
            '毎週、担当者が通知の記録を見直す',
        ),
    ),
    cue_patterns=(
        # A standing sample of live cases checked by someone who has not seen the score: "Each month a senior analyst who
        # has not seen TransferGuard's score must carry out full due diligence on a random sample of at least 150 requests".
        Pattern(
            r"\b(?:every|each) (?:day|week|month|quarter)\b[^.;]{0,120}?\b(?:random|blind) sample\b"
            r"|\b(?:random|blind) sample\b[^.;]{0,80}?\b(?:every|each) (?:day|week|month|quarter)\b",
            "Each month a senior analyst who has not seen the score checks a random sample of at least 150 requests.",
        ),
        # A person checking live outputs on a day of the week: "every Friday I'll take twenty of the reports".
        Pattern(
            r"\b(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|day|week|month)\b,? "
            r"(?:[\w-]+ ){1,3}?(?:will )?(?:takes?|pulls?|checks?|samples?|reviews?|reads?|looks? at|goes through|go through|"
            r"watch(?:es)?|listens? to|audits?|spot-checks?|re-?checks?)\b",
            "marta: once it is live, every friday i will take twenty of the reports it called duplicates",
        ),
        # A recurring look at live outputs: "each month we compare …", "every week we review …".
        Pattern(
            r'\b(?:each|every) (?:week|month|quarter),? we (?:compare|review|check|sample|look at|audit)\b',
            'Each month we compare the suggested queue with the team that closed the ticket on a sample.',
        ),
        # A signal watched on a cadence: "we'll track the escalation rate monthly".
        Pattern(
            r'\b(?:track|watch|monitor|review|check|report)\w*\b[^.;]{0,40}\b(?:rate|share|accuracy|errors?|metrics?|volume|precision|recall|performance)\b'
            r'[^.;]{0,20}\b(?:daily|weekly|monthly|quarterly|every (?:day|week|month|quarter)|each (?:day|week|month|quarter))\b',
            "- we'll track the escalation rate monthly",
        ),
        # Outcomes reported to a body on a cadence: "The Office reports referrals and their outcomes to the Committee
        # every term."
        Pattern(
            r"\breport(?:s|ed|ing)?\b[^.;]{0,80}?\bto (?:the |its |our )?[\w' -]{0,40}?"
            r"\b(?:committee|board|panel|council|regulator|director|management|governors|trustees)\b[^.;]{0,20}?"
            r"\b(?:every|each|once a|twice a) (?:week|month|quarter|term|semester|year)\b",
            "The Academic Integrity Office reports referrals and their outcomes to the Committee every term.",
        ),
        # A live rate that pauses it: "If more than 30% of the meetings held in a term end with no case to answer,
        # referrals are suspended until the Committee has reviewed the threshold."
        Pattern(
            r"\bif (?:more|fewer|less) than \d+(?:\.\d+)?\s*(?:%|percent|per cent)[^.;]{0,120}?"
            r"\b(?:is|are|will be|gets?) (?:suspended|paused|stopped|switched off|turned off|halted)\b",
            "If more than 30% of the meetings held in a term end with no case to answer, referrals are suspended until"
            " the Committee has reviewed the threshold.",
        ),
    ),
)
