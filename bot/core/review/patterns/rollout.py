"""Matching patterns for the `rollout` rubric item (Rollout and experiments); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        '展開', '進め方', '導入スケジュール', '試験導入',
        'rollout', 'roll-out', 'rollout plan', 'the trial', 'the pilot', 'trial plan', 'pilot plan', 'launch plan', 'release plan', 'go-to-market', 'gtm', 'experiment',
        'experiments', 'a/b test', 'a/b testing', 'phases', 'milestones', 'timeline', '上线计划', '发布计划', '灰度', '上线节奏', '实验', '里程碑',
        'release', 'going live', 'switching it on', 'switch it on', 'launch', 'ramp', 'schedule', 'roll it out', 'go live', 'go-live', 'launch steps', 'who gets it first',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'lanzamiento', 'despliegue', 'plan de lanzamiento', 'piloto', 'implementación',
        # French section names (a spec written in French, or in French and English).
        'déploiement', 'mise en production', 'projet pilote', 'lancement',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'implantação', 'lançamento', 'piloto', 'plano de implantação', 'implementação',
        # German section names (a spec written in German, or in German and English).
        'einführung', 'pilotphase', 'zeitplan', 'stufenplan', 'inbetriebnahme', 'ausweitung',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'avvio', 'rilascio', 'fase pilota', 'piano di avvio', 'sperimentazione',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'uitvoering', 'invoering', 'fasering', 'implementatie',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'wdrożenie', 'uruchomienie', 'harmonogram', 'etapy', 'etapy wdrożenia', 'plan wdrożenia', 'pilotaż',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'peluncuran', 'rencana peluncuran', 'tahapan', 'implementasi', 'langkah selanjutnya',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'triển khai', 'kế hoạch triển khai', 'lộ trình', 'lộ trình triển khai', 'các giai đoạn', 'thí điểm', 'mở rộng',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'yaygınlaştırma', 'pilot planı', 'yol haritası', 'takvim', 'devreye alma', 'aşamalar', 'canlıya alma',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'införande', 'införandeplan', 'driftsättning', 'utrullning', 'lansering', 'tidplan',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'implementering', 'implementeringsplan', 'idriftsættelse', 'udrulning', 'lancering', 'tidsplan', 'udbredelse',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'kab aur kahan launch', 'shuruaat kahan se',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'käyttöönotto', 'käyttöönottosuunnitelma', 'aikataulu', 'toteutusaikataulu', 'pilotointi', 'laajentaminen', 'vaiheistus', 'jatkosuunnitelma',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'idriftsettelse', 'utrulling', 'innføring', 'innføringsplan', 'fremdriftsplan', 'framdriftsplan', 'milepæler', 'milepælsplan',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'desplegament', 'implantació', 'posada en marxa', 'calendari', 'cronograma', 'fases', 'prova pilot',
        'proves pilot', 'pla pilot', 'fites', 'full de ruta',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'zavedení', 'nasazení', 'plán nasazení', 'plán zavedení', 'harmonogram', 'časový plán', 'etapy', 'fáze',
        'pilotní provoz', 'pilotní projekt', 'zkušební provoz', 'milníky', 'další kroky', 'další postup', 'spuštění', 'uvedení do provozu',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'implementare', 'implementarea', 'plan de implementare', 'planul de implementare', 'lansare', 'lansarea',
            'calendarul', 'calendar de implementare', 'graficul de implementare', 'grafic de implementare', 'etape',
            'etapele proiectului', 'faze', 'fazele', 'proiect pilot', 'proiectul pilot', 'fază pilot', 'faza pilot',
            'perioadă de probă', 'perioada de probă', 'jaloane', 'repere', 'punere în funcțiune',
            'punerea în funcțiune', 'extindere', 'extinderea', 'termene și etape',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'bevezetési terv', 'bevezetés ütemezése', 'fokozatos bevezetés', 'ütemterv', 'ütemezés', 'szakaszok',
        'fázisok', 'kísérleti üzem', 'próbaüzem', 'mérföldkövek', 'következő lépések', 'élesítés', 'indulás',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'σχέδιο υλοποίησης', 'υλοποίηση', 'χρονοδιάγραμμα', 'σχέδιο εφαρμογής', 'σταδιακή εφαρμογή',
        'πιλοτική εφαρμογή', 'πιλοτικό πρόγραμμα', 'πιλοτική λειτουργία', 'φάσεις υλοποίησης', 'επόμενα βήματα', 'έναρξη λειτουργίας', 'εγκατάσταση',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'plan uvođenja', 'uvođenje', 'postupno uvođenje', 'vremenski plan', 'vremenski okvir', 'pilot projekt',
            'probni rad', 'ključne točke', 'sljedeći koraci', 'pokretanje', 'puštanje u rad', 'plan provedbe',
        ),
    ),
    conventional=('ramp', 'release'),
    cues=(
        # a first place, then the rest
        'extended to the rest', 'extended to all',
        # a wider use announced: "it intends to use it in every school from September 2027"
        'intends to use it in', 'intend to use it in', 'plans to use it in every', 'plans to use it across',
        'runs alongside',
        # a season or a month run beside the old way before it counts: "In the 2027 season RunCount will run alongside
        # full staff review", "repeat the side-by-side season there"
        'run alongside', 'running alongside', 'side-by-side season', 'side-by-side trial', 'side-by-side run',
        'rollout', 'roll out', 'rolled out', 'gradual', 'phased', 'phase 1', 'phase 2', 'beta', 'pilot', 'dogfood',
        'dogfooding', 'internal users', 'feature flag', 'shadow mode', 'canary', 'a/b test', 'a/b', 'ab test',
        'control group', 'holdout group', 'ramp up', 'ramp to', 'general availability', 'waitlist beta', 'off the waitlist', 'silent run',
        'silent mode', 'silent running', 'run it silently', 'runs silently', 'shadow', 'limited release', 'early access', 'design partners', 'roll back', 'rollback', '灰度',
        '分阶段', '试点', '内测', '公测', '全量', 'a/b 测试', 'ab实验', '对照组', '回滚',
        '先在', '先试', '试用', '推广到', 'then everyone', 'first for', 'one team first', 'goes first', 'go first', 'everyone else from', 'to measure against', 'the rest of the', 'comparison group', 'are the comparison', 'switched off in every',
        '50/50 split', 'split test', 'then all', 'then expand',
        # "turn it on for the northern clubs in January, then every league next season"
        'then every', 'turn it on for',
        'first, then', 'then the rest', 'the rest if', 'all teams', 'for a month, then', '只作为建议', '先作为建议', '逐步', '先上线',
        '试一个月', '推广', 'first two', 'first three', 'in two schools', 'coming to all', 'coming to every', 'coming to more', 'will be added later', 'added in a later', 'in stages', 'stage by stage', 'parallel run',
        'run in parallel',
        # the rest on a condition: "The other 13 routes would follow in 2028/29, but only if …"
        'would follow in', 'will follow in',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '段階的', '試験導入', '試験的に', 'パイロット', '広げる', '本格導入', '先行導入', 'まずは',
        # Spanish body wording.
        'empezamos por', 'empezamos con', 'luego lo pasamos', 'prueba piloto', 'por etapas', 'a todos los turnos',
        # French body wording.
        "d'abord", 'ensuite', 'clinique pilote', 'par étapes', 'toutes les cliniques',
        # Portuguese body wording.
        'piloto', 'ampliação', 'por etapas', 'em seguida',
        # German body wording.
        'zunächst', 'schrittweise', 'pilotphase', 'auf alle',
        # Italian body wording.
        'sperimentazione', 'progetto pilota', 'in via sperimentale', 'estensione', 'per fasi', 'successiva',
        'mese di prova', 'periodo di prova', 'resta attivo', 'proseguimento', 'ritorno alla',
        # Dutch body wording.
        'fase 1', 'fase 2', 'gefaseerd', 'stopzetten', 'volgen alleen als', 'uitrol', 'stapsgewijs',
        # Polish body wording.
        'pilotaż', 'pilotażowo', 'etapami', 'w pierwszym etapie', 'w drugim etapie', 'najpierw', 'stopniowo', 'obejmie także', 'rozszerzenie', 'rozszerzymy', 'zostanie wyłączony', 'bez wysyłania',
        # Indonesian body wording.
        'diperluas', 'perluasan', 'bertahap', 'tahap 1', 'tahap 2', 'tahap pertama', 'ke seluruh', 'uji coba lapangan',
        # Vietnamese body wording.
        'thí điểm', 'chạy song song', 'chạy thử', 'từng bước', 'từng giai đoạn', 'giai đoạn 1', 'giai đoạn 2', 'mở rộng sang', 'mở rộng ra', 'nhân rộng', 'ngừng dùng', 'quay lại',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it; "pilot*" is one cue
        # for "pilot", "pilotta" and "pilottan", as "pilot" is for "pilots" and "piloting").
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'tas i drift', 'driftsätt*', 'i etapper', 'stegvis', 'rullas ut', 'breddinför*', 'utökas till', 'införas på', 'införs på',
        'pilot*', 'aşamalı', 'kademeli', 'yayılım*', 'yaygınlaştır*', 'devreye al*', 'canlıya al*', 'paralel çalış*', 'gölge mod*', 'geri dön*',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'tages i brug', 'sættes i drift', 'idriftsæt*', 'i etaper', 'trinvis', 'gradvis', 'rulles ud', 'udrul*',
        'udvider vi', 'udvides til', 'udbred*', 'alle afdelinger',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'start karein', 'start karenge', 'kahan start', 'pehle ek', 'dheere dheere', 'ek ek karke', 'baaki jagah',
        'sab jagah', 'launch karenge', 'phir baaki',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'otetaan käyttöön', 'käyttöönot*', 'vaiheittai*', 'asteittai*', 'pilotti*', 'pilotoi*', 'laajennetaan',
        'laajentaa', 'laajennamme', 'kaikkiin yksiköihin', 'koko organisaatio*',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'tas i bruk', 'settes i drift', 'idriftsett*', 'i etapper', 'trinnvis', 'rulles ut', 'utrulling*',
        'utvides til', 'innføres på', 'innføres i', 'breddeutrulling*', 'bredding*',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'primera fase', 'segona fase', 'per fases', 'gradualment', 'progressivament', 'desplegament', 'desplegar*',
        'posada en marxa', 'posarem en marxa', 'es posarà en marxa', 'implantació', 'implantarà', 'estendrà',
        'ampliarà', 'ampliar a', 'a la resta de', 'a tots els centres', 'entrarà en funcionament',
        'entrada en funcionament',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'pilotn*', 'zkušební provoz', 'zkušebním provozu', 'postupně', 'po etapách', 'v etapách', 'první fáze',
        'první fázi', 'druhá fáze', 'druhé fázi', 'nasazení', 'nasadíme', 'nasazen*', 'zavedení', 'zavedeme',
        'zavádění', 'spuštění', 'spustíme', 'rozšíříme', 'rozšíření na', 'rozšířit na', 'rozšířen* na', 'během roku',
        'zatím běží', 'zatím jen v', 'zatím pouze v',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'perioadă de probă', 'perioada de probă', 'treptat', 'în mod treptat', 'în etape', 'pe etape',
            'prima etapă', 'a doua etapă', 'prima fază', 'a doua fază', 'implementare', 'implementarea',
            'implementăm', 'vom implementa', 'va fi implementat*', 'lansare', 'lansarea', 'lansăm', 'vom lansa',
            'va fi lansat*', 'extindem', 'vom extinde', 'extinderea la', 'extins la', 'extinde la', 'extindere la',
            'momentan doar', 'momentan numai', 'în prezent doar', 'în prezent numai', 'în cursul anului',
            'punere în funcțiune', 'punerea în funcțiune', 'intră în funcțiune', 'va intra în funcțiune',
            'în toate filialele', 'în toate sucursalele', 'pe întregul teritoriu', 'pe tot teritoriul',
            'în tot orașul', 'în toată țara', 'la nivel național',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'kísérleti*', 'próbaüzem*', 'pilotprojekt*', 'fokozatosan', 'szakaszosan', 'első szakasz*',
        'második szakasz*', 'első fázis*', 'második fázis*', 'bevezetjük', 'bevezetés*', 'élesít*', 'elindítjuk',
        'kiterjeszt*', 'egyelőre csak', 'először csak', 'az év folyamán',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'πιλοτικ*', 'σταδιακ*', 'σε φάσεις', 'πρώτη φάση', 'δεύτερη φάση', 'θα επεκταθεί', 'επέκταση σε',
        'θα εγκατασταθεί', 'θα τεθεί σε λειτουργία', 'έναρξη λειτουργίας', 'χρονοδιάγραμμα', 'ορόσημ*',
        'δυνατότητα επαναφοράς',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'probni rad', 'probnom radu', 'probno', 'postupno', 'u fazama', 'prva faza', 'prvoj fazi', 'druga faza',
            'drugoj fazi', 'uvest ćemo', 'uvodimo', 'bit će uveden*', 'pokrećemo', 'pokrenut ćemo', 'proširen*',
            'proširit ćemo', 'proširiti', 'proširenje', 'najprije samo', 'za početak', 'se koristi od', 'koristi se od',
        ),
    ),
    mentions=(
        # a date and a hope: "Going live on the website on Monday 12 April, then in the app once we're happy with it."
        "once we're happy with it", 'once we are happy with it',
        # Spanish: "Si va bien, Barcelona y Valencia en primavera."
        'si va bien',
        # chat register: "try it with a few friendly studios first?"
        'a few friendly', 'friendly customers', 'friendly users', 'friendly studios', 'extend it to',
        # widening on a hope, with no criterion: "then every league next season if that goes well"
        'if that goes well', 'if it goes well',
        # one place first, the rest on a hope: "try it at the Lyceum for the spring season and go from there"
        'go from there', 'try it at', 'try it in one', 'trial it at', 'trial it in', 'trial it for', 'try it for one',
        # everyone at once, no stages: "the trust plans to introduce BiliLens across all three areas"
        'plans to introduce', 'plan to introduce',
        # Greek: a start named, with no stages ("θα ξεκινήσουμε με ένα τμήμα").
        'θα ξεκινήσουμε με', 'ξεκινάμε με',
    ),
    vague=(
        'launch to everyone', 'launch to all users', 'big bang', 'just ship it', 'release when ready',
        'we will a/b test', "we'll a/b test", 'soft launch', 'tbd', '待定', '直接全量', '尽快上线', "once it's working",
        'roll out to everyone', 'open it to everyone', 'start with a pilot', 'when it is ready', "when it's ready",
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '先试点、后推广', '先行先试', '逐步推广',
        # An investor-relations answer: launched when the market allows ("2027 年择机推出", "根据市场情况").
        '择机推出', '根据市场情况',
        # A founder's reach, not a plan: "Then the whole UK, and then the world", "bring Tutti to every orchestra in the world".
        'then the world', 'the whole world', 'in the world.', 'world domination', 'then everywhere',
        # Catalan: the item named, nothing said of it ("es desplegarà properament").
        'quan estigui a punt', 'properament', 'en breu',
        # Czech: the item named, nothing said of it ("systém spustíme v dohledné době").
        'v blízké budoucnosti', 'co nejdříve', 'v dohledné době', 'až to bude připravené',
        # Romanian: the item named, nothing said of it ("îl lansăm cât mai curând").
        *romanian(
            'în viitorul apropiat', 'cât mai curând', 'cât mai curând posibil', 'cât mai repede posibil',
            'în curând', 'când va fi gata', 'când totul va fi pregătit',
        ),
        # Hungarian: the item named, nothing said of it ("a rendszert a közeljövőben indítjuk").
        'a közeljövőben', 'mihamarabb', 'amint lehet', 'ha készen áll',
        # Greek: the item named, nothing said of it ("θα είναι διαθέσιμο στο εγγύς μέλλον").
        'στο εγγύς μέλλον', 'όταν είμαστε έτοιμοι', 'θα το διαθέσουμε σε όλους',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'u bliskoj budućnosti', 'što prije', 'čim bude moguće', 'kad bude spreman',
        ),
    ),
    concrete=(
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+(of\s+)?(users|traffic|customers|agents|accounts|tenants|sessions|requests|queries|reps|clinicians|recruiters|employees|buyers|sellers|merchants|tickets|roles|stores|clinics)\b',
            '- **Search logs.** In Q2, 27% of queries had three or more words (up from 19% a year',
        ),
        Pattern(
            r'\bphase\s*\d\b',
            '- Photo-based damage estimation (phase 2 candidate).',
        ),
        Pattern(
            r'\b(weeks?|months?|days?)\s*\d+(\s*[-–]\s*\d+)?\b',
            '1. **Weeks 1-2 — shadow mode:** the reranker scores all',
        ),
        Pattern(
            r'\b\d+\s+(pilot|beta|design[- ]partner)\s+(customers|clinics|teams|users|accounts|sites)\b',
            'start with 5 pilot customers',
        ),
        Pattern(
            r'\b\d+\s+(weeks?|days?)\s+(of\s+)?(shadow|pilot|beta|a/b|testing|dogfood)',
            '2 weeks of shadow mode',
        ),
        Pattern(
            r'\bq[1-4]\b',
            '- **Search logs.** In Q2, 27% of queries had three or more words',
        ),
        Pattern(
            r'\d+\s*(%|％)\s*(的)?\s*(用户|流量|客户|坐席|门店)',
            '- **第一阶段（2 周）：** 在自有小程序上对 5% 的用户灰度，只开放物流、发票、使用问题三类意图。',
        ),
        Pattern(
            r'(第\s*[一二三四五\d]+\s*(阶段|期|周))',
            '- **第一阶段（2 周）：** 在自有小程序上对 5% 的用户灰度，只开放物流、发票、使用问题三类意图。',
        ),
        Pattern(
            r'\bp\s*<\s*0?\.\d+',
            'search session up by at least 1.2% with p < 0.05 and no guardrail breached.',
        ),
    ),
    cue_patterns=(
        # A rollout said in one breath, the product named: "We will be rolling HerdSense out to all members during
        # 2027." ("roll it out to the rest of our sites if it goes well" is a step with its condition, found already.)
        Pattern(r"\broll(?:s|ing|ed)?\s+(?!out\b|it\b|them\b)\w+\s+out\s+(?:to|across)\b",
                'We will be rolling HerdSense out to all members during 2027.'),
        # The next step held until the live ones stay good: "Each further condition group joins only after three months
        # in which the weekly re-check … has stayed within the one in 500", "Each step happened only once … had stayed".
        Pattern(
            r"\b(?:further|next|new|other)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:joins?|is added|are added|goes live|go live|starts?)\s+only\s+"
            r"(?:after|once|when|if)\b|\beach (?:step|stage|phase|wave)\b[^.;]{0,40}?\bonly (?:after|once|when|if)\b",
            "Each further condition group joins only after three months in which the weekly re-check has stayed within 1 in 500.",
        ),
        # Norwegian too: "tas løsningen i bruk", "rulles den ut", "settes modellen i drift" (not "ble tatt i bruk",
        # what happened before).
        Pattern(
            r"\b(?:tas|settes)\b[^.;]{0,40}?\bi (?:bruk|drift)\b|\brulles\b[^.;]{0,30}?\but\b",
            "Først tas løsningen i bruk i ett team i 3 uker, deretter rulles den ut til hele avdelingen",
        ),
        # Danish splits its verb from its particle: "tages løsningen i brug", "rulles den ud", "sættes modellen i drift".
        Pattern(
            r"\b(?:tages|tog|sættes|satte)\b[^.;]{0,40}?\bi (?:brug|drift)\b|\brulles\b[^.;]{0,30}?\bud\b",
            "Først tages løsningen i brug i ét team i 3 uger, derefter rulles den ud til hele afdelingen",
        ),
        # The next places it goes: "After closure ClickCheck will be extended to Lines 1, 2 and 4 during 2027."
        Pattern(
            r"\b(?:will|would|is to|are to)\s+be\s+(?:extended|expanded|rolled out|widened|opened up)\s+to\b",
            "After closure ClickCheck will be extended to Lines 1, 2 and 4 during 2027.",
        ),
        # Turkish: a few first, then all of them ("önce 3 alım noktasında pilot, sonra bütün 140 noktaya yayılım").
        Pattern(
            r"\bönce\b[^.;]{0,60}\bsonra\b[^.;]{0,20}\b(?:tüm|bütün|diğer|her)\b",
            "2027 hasadında önce 3 alım noktasında pilot, sonra bütün 140 noktaya yayılım.",
        ),
        # Who gets it first and who later: "available first to the three health systems that took part in the study,
        # and later to other US sleep services"; "start with a handful of growers next season and extend to all members".
        Pattern(
            r"\bfirst\s+(?:to|in|at|with|for)\b[^.;]{0,80}?,?\s+(?:and\s+)?(?:later|then|afterwards|after that)\s+(?:to|in|at|with|for|across|on)\b"
            r"|\b(?:start|begin)\w*\s+with\b[^.;]{0,60}?\band\s+(?:then\s+|later\s+)?(?:extend|expand|widen|open|roll|move|bring|offer)\w*\b[^.;]{0,30}?\bto\b",
            "Halden plans to make Noctua available first to the three health systems, and later to other US sleep services.",
        ),
        # Volunteers first, the rest on a condition: "ten volunteer salons to switch it on from 2 March for six
        # weeks", "Every other salon will get it only if, over those six weeks, …".
        Pattern(
            r"\b(?:\d+|two|three|four|five|six|eight|ten|twelve|twenty|a few|a handful of)\s+volunteer\s+(?:salons?|teams?|"
            r"stores?|shops?|sites?|customers?|schools?|clinics?|branch(?:es)?|offices?|practices?|depots?|restaurants?)\b"
            r"|\b(?:every|all)\s+other\s+[\w-]+\s+(?:will\s+)?gets?\s+it\b",
            "We're looking for ten volunteer salons to switch it on from 2 March for six weeks",
        ),
        # A narrow first slice for a set time: "route 25 only, weekdays 07:00–10:00, for four weeks"; the rest
        # on a condition: "We add the 12 and the 38 only if, over those four weeks, ...".
        Pattern(
            r"\bonly\b,?[^.;]{0,40}\bfor (?:\d+|one|two|three|four|five|six|eight|ten|twelve) (?:weeks?|months?)\b"
            r"|\bwe (?:add|extend|widen|expand|open)\b[^.;]{0,60}\bonly if\b",
            "Proposal for how we start, so we can close this off: route 25 only, weekdays 07:00–10:00, for four weeks",
        ),
        # A few first, then everyone: "try it in a handful of members' apiaries this spring and then offer it to everyone".
        Pattern(
            r"\b(?:try|trial|test|start|pilot) (?:it |this )?(?:in|at|with|on) (?:a handful of|a few|one|two|three|some|a couple of|a small number of)\b[^.;]{0,80}\bthen\b",
            "We would try it in a handful of members' apiaries this spring and then offer it to everyone",
        ),
        # A first slice, the rest later: "Start with Jordan 1s and Dunks, add other silhouettes later."
        Pattern(
            r"\bstart(?:s|ing)?\s+with\b[^.;]{0,60},\s*(?:then\s+)?(?:add|expand|extend|widen|open)\w*\b[^.;]{0,40}\blater\b",
            "Start with Jordan 1s and Dunks, add other silhouettes later.",
        ),
        # One group first, then the next: "it goes to the Leeds night shift only, for four weeks", "Bristol and
        # Glasgow nights get it next, then day shifts everywhere".
        Pattern(
            r"\b(?:goes|go|comes|come|moves|move)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:shifts?|teams?|sites?|regions?|stores?|"
            r"offices?|depots?|branch(?:es)?|wards?|markets?|countries|clinics?|schools?|users|customers|members|cohorts?|groups?)\s+only\b"
            r"|\bgets?\s+it\s+next\b|\bthen\b[^.;]{0,30}\beverywhere\b",
            "After that fortnight it goes to the Leeds night shift only, for four weeks",
        ),
        # One place only at first: "It starts in the North area only", "runs at the Leeds depot only".
        Pattern(
            r"\b(?:starts?|begins?|launch(?:es)?|goes live|runs?|opens?)\s+(?:in|at|with|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:areas?|regions?|teams?|sites?|stores?|offices?|depots?|branch(?:es)?|wards?|districts?|city|cities|markets?|countries|country|clinics?|schools?|villages?)\s+only\b",
            "It starts in the North area only (about 2,600 homes) in February.",
        ),
        # More places join, or all of them at the end: "Then 15 more depots join", "only go to all 64 depots once …".
        Pattern(
            r"\b\d+\s+more\s+(?:areas|regions|teams|sites|stores|offices|depots|branches|wards|clinics|schools|hospitals|"
            r"warehouses|markets|countries|cities|plants|kitchens|restaurants|hotels)\b|\b(?:go|goes|going|move|moves|expand|expands)"
            r"\s+to\s+all\s+\d+\b",
            "Then 15 more depots join, as long as the Monday review hasn't tripped.",
        ),
        # Where it goes next: "it goes to the South and Central areas in May", "then moves to every branch".
        Pattern(
            r"\b(?:goes|moves|extends|expands|spreads|comes)\s+(?:out\s+)?to\s+(?:the|all|every|other)\b[^.;]{0,30}?\b(?:areas?|regions?|teams?|sites?|stores?|offices?|depots?|branch(?:es)?|wards?|districts?|cities|markets?|countries|clinics?|schools?)\b",
            "it goes to the South and Central areas in May.",
        ),
        # One place goes first: "let's try it with the north depot first", "start in two stores first".
        Pattern(
            r"\b(?:try|start|pilot|launch|begin|trial|run)\w* (?:it |this )?(?:with|in|at|on|for) (?:the |one |a |our )?[\w-]+(?: [\w-]+)? first\b",
            "let's try it with the north depot first and see how it goes.",
        ),
        # a first group named: "start with UK applicants only"
        Pattern(
            r"\bstart with [\w ]{1,30}? only for (?:one|a|two|three|\d+) (?:week|month)s?\b",
            'We propose to start with UK applicants only for one month',
        ),
        # Where it is tried first, in Chinese: "先找两个城市试试", "先在华东 20 家店试".
        Pattern(r'先(?:在|找|选|拿)[^，。；,]{0,10}试(?:试|用|点|运行|跑)?', '行 那先找两个城市试试'),
        # Where it starts: "start with the billing queue", "start with the night shift".
        Pattern(
            r'\bstart with (?:the|one|a|our) (?:[\w-]+ ){0,2}(?:queue|team|region|store|site|branch|market|country|shift|office|group|segment|cohort|city|warehouse|clinic|department)s?\b',
            'Start with the billing queue: shortest threads, most handovers.',
        ),
        # A named first group: "let's try it with the UK team", "start with our night shift group".
        Pattern(
            r"\b(?:try|start|pilot|begin)\w*\s+(?:it\s+)?with\s+(?:the|our)\s+\w+(?:\s+\w+)?\s+(?:team|office|site|store|region|group|desk)\b",
            "ok, let's try it with the UK team next month",
        ),
        # A first slice, then the next ("Start with English email tickets only for two weeks, then add chat").
        Pattern(
            r'\b(?:start|begin)\w*\s+with\b[^.;]{0,80}?\bthen\s+(?:add|open|extend|expand|move|roll|bring)\w*\b',
            'Start with English email tickets only (about 60% of volume) for two weeks, then add chat tickets.',
        ),
        # A first group named, however it is said ("begin with the two northern depots", "launch in one city
        # first", "start with the night shift and then move everyone over", "先给一个城市的运营用，之后全国").
        Pattern(
            r'\b(?:start|begin|launch|pilot|trial|try|go live)\w*\s+(?:it\s+)?(?:with|in|at|on)\s+(?:the\s+|our\s+)?(?:one|1|two|2|three|3|a single|a few|a small|a couple of|the first)\b[^.;]{0,25}?\b(?:teams?|stores?|city|cities|regions?|depots?|shifts?|offices?|branch(?:es)?|clinics?|sites?|markets?|countries|country|groups?|hospitals?|schools?|warehouses?|departments?|customers?|users?|agents?)\b',
            'We will begin with the two northern depots for a quarter.',
        ),
        Pattern(
            r'\b(?:start|begin|launch|pilot|trial)\w*\b[^.;]{0,40}?\b(?:then|after that|and later)\b[^.;]{0,30}?\b(?:everyone|everybody|all|the rest|every|nationwide|company-wide|other)\b',
            "We'll start with the night shift and then move everyone over.",
        ),
        Pattern(
            r'先(?:给|在|让|用|从)[^，,。；;]{0,15}?(?:城市|门店|团队|组|部门|地区|区|办公室|子公司|用户|客户|类目|医院|学校|仓)',
            '先给一个城市的运营用，之后全国',
        ),
        Pattern(
            r'(?:之后|然后|再)[^，,。；;]{0,6}?(?:全国|全部|所有|全量|扩大|放开)',
            '先给一个城市的运营用，之后全国',
        ),
        Pattern(
            r'\b(?:one|two|three|a few|a couple of|\d+|our|the \w+)\s+(?:\w+\s+)?(?:teams?|squads?|regions?|stores?|markets?|countries|floors?|offices?|clinics?|sites?|groups?|hospitals?|branches|warehouses?|cohorts?)\s+first\b',
            'Two squads first, every squad the month after.',
        ),
        Pattern(
            r'\b(?:north|south|east|west|\d+|one|a single|pilot)\s+(?:region|team|site|store|office|clinic|market)\s+for\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?)',
            'one site for a month, then the others if complaints fall',
        ),
    ),
)
