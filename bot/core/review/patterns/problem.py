"""Matching patterns for the `problem` rubric item (User problem); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        '現状と課題', '課題', '現状',
        'business need', 'business needs', 'purpose',
        # a deck's "The challenge" slide, over the pain it describes
        'the challenge', 'our challenge',
        'problem', 'problem statement', 'user problem', 'the problem', 'pain point', 'pain points', 'background',
        'context', 'motivation', 'opportunity', 'why now', 'user research', 'customer research', 'who is this for',
        'why this matters', 'why it matters', 'why they want it', 'why we want it', 'why we need it', 'why they need it', 'the pain', 'pain', 'jobs to be done', '问题', '问题陈述', '用户问题', '背景', '申请理由',
        '需求背景', '痛点', '用户调研', '用户痛点',
        'who hurts today', 'who is it for', 'overview', 'why we are doing this', 'why are we doing this', 'why we are doing it', 'justification', 'what is broken', 'who hurts', 'what hurts', 'today', 'current state', 'status quo', '现状',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'el problema', 'problema', 'contexto del problema', 'situación actual', 'antecedentes',
        # French section names (a spec written in French, or in French and English).
        'problématique', 'contexte', 'le problème', 'situation actuelle',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'o problema', 'problema', 'justificativa', 'situação atual', 'cenário atual',
        # German section names (a spec written in German, or in German and English).
        'ausgangslage', 'ausgangssituation', 'problemstellung', 'ist-zustand', 'hintergrund', 'anlass', 'anlass und zweck',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'il problema', 'problema', 'situazione attuale', 'contesto', 'premesse',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'aanleiding', 'het probleem', 'probleemstelling', 'huidige situatie', 'achtergrond',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'opis problemu', 'stan obecny', 'obecna sytuacja', 'skąd pomysł', 'uzasadnienie', 'diagnoza problemu', 'tło',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'latar belakang', 'masalah', 'permasalahan', 'rumusan masalah', 'kondisi saat ini', 'situasi saat ini',
    ),
    word_headings=(
        # A module's or a README's motivation: "WHY THIS EXISTS" over what goes wrong today.
        'why this exists', 'why it exists', 'why we need this',
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'bối cảnh', 'vấn đề', 'đặt vấn đề', 'thực trạng', 'hiện trạng', 'sự cần thiết', 'tính cấp thiết', 'lý do thực hiện',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'sorun', 'sorunlar', 'mevcut durum', 'arka plan', 'sorunun tanımı', 'problemin tanımı', 'ihtiyaç',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'bakgrund', 'bakgrund och problem', 'problembeskrivning', 'nuläge', 'nulägesbeskrivning', 'utmaningen', 'utmaningar', 'behov', 'varför behövs detta',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'baggrund', 'baggrund og problem', 'problembeskrivelse', 'problemstilling', 'nuværende situation',
        'udfordringen', 'udfordringer', 'behov', 'hvorfor er det nødvendigt',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'samasya', 'dikkat kya hai', 'problem kya hai',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'nykytila', 'nykytilanne', 'lähtötilanne', 'tausta', 'taustaa', 'ongelma', 'ongelmat', 'ongelman kuvaus',
        'haaste', 'haasteet', 'tarve', 'miksi tätä tarvitaan',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'bakgrunn', 'bakgrunn og problem', 'bakgrunn og behov', 'dagens situasjon', 'nåsituasjon', 'nåsituasjonen',
        'utfordringsbilde', 'utfordringsbildet', 'behovsbeskrivelse', 'hvorfor er dette nødvendig',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'antecedents', 'situació actual', 'situació de partida', 'punt de partida', 'problemàtica', 'el repte',
        'reptes', 'necessitat', 'justificació', 'motivació', 'diagnosi', 'per què ho fem',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'současný stav', 'současná situace', 'výchozí stav', 'výchozí situace', 'popis problému', 'problém', 'problémy',
        'pozadí', 'kontext', 'východiska', 'zdůvodnění', 'odůvodnění', 'potřeba', 'motivace', 'proč to děláme',
        'proč to potřebujeme', 'analýza současného stavu', 'co nás trápí',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'situația actuală', 'situația existentă', 'situația de fapt', 'contextul', 'descrierea problemei',
            'problemele', 'probleme identificate', 'motivul', 'motivare', 'motivarea', 'motivația', 'justificare',
            'justificarea', 'necesitate', 'necesitatea', 'nevoia', 'fundamentare', 'fundamentarea',
            'punctul de plecare', 'analiza situației actuale', 'de ce facem asta', 'de ce avem nevoie', 'provocări',
            'provocarea',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'háttér', 'probléma', 'problémák', 'a probléma', 'a probléma leírása', 'jelenlegi helyzet', 'kiinduló helyzet',
        'helyzetelemzés', 'előzmények', 'kihívás', 'kihívások', 'szükséglet', 'miért csináljuk', 'miért van rá szükség',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'πρόβλημα', 'το πρόβλημα', 'περιγραφή του προβλήματος', 'υφιστάμενη κατάσταση', 'τρέχουσα κατάσταση',
        'σημερινή κατάσταση', 'ιστορικό', 'αφετηρία', 'προκλήσεις', 'η ανάγκη', 'γιατί το κάνουμε',
        'γιατί το χρειαζόμαστε',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'trenutno stanje', 'postojeće stanje', 'sadašnje stanje', 'pozadina', 'polazište', 'izazov', 'izazovi',
            'potreba', 'zašto ovo radimo', 'zašto nam treba',
        ),
    ),
    conventional=('background', 'context', 'overview', 'pain', 'justification', 'ausgangslage', 'hintergrund'),
    cues=(
        'motivation', 'pain point', 'struggle', 'struggling', 'spend hours', 'hours per week', 'minutes per', 'user interviews',
        'customer interviews', 'we interviewed', 'interviewed', 'surveyed', 'survey of', 'survey', 'exit survey',
        'complain', 'manually', 'manual process', 'by hand', 'workaround', 'job to be done', 'persona',
        'user research', 'validated with', 'friction', 'bottleneck', 'backlog', 'time-consuming', '痛点', '用户访谈', '访谈',
        '调研', '问卷', '抱怨', '手动', '耗时', '效率低', 'talked to', 'shadowed', 'time study', 'time-and-motion', 'focus group',
        'diary study', 'told us', 'workshop', 'in an audit', 'audit of', 'waiting', 'wait',
        '每个月', '每天', '每周', '手工', '人工处理', '漏看', '漏记', '头疼', '内部审计', 'by hand every', 'complaints', 'abandon', 'backlog of',
        'interviews', 'unread', 'drowning in',
        'takes most of', 'spends about', 'spend about', 'cost us', 'inconsistent', 'waste', 'wastes', '耽误',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '課題', '困って', '負担が', '手作業', '時間がかかって', '時間がかかる', '遅れている', '不満', '苦情', 'ヒアリング', 'アンケート',
        # Spanish body wording.
        'quejas', 'a mano', 'manualmente', 'cada semana llegan', 'se tardan', 'pierden tiempo',
        # French body wording.
        'à la main', 'manuellement', 'passent', 'plaintes', 'chaque semaine',
        # Portuguese body wording.
        'reclamações', 'à mão', 'manualmente', 'perdem tempo', 'quem sofre', 'esperaram', 'demora',
        # German body wording.
        'von hand', 'manuell', 'beschwerden', 'wartezeit', 'aufwand',
        # Italian body wording.
        'a mano', 'manualmente', 'reclami', 'in media', 'ritardo', 'tempi di attesa', 'trascorsi', 'perdono tempo',
        # Dutch body wording.
        'met de hand', 'handmatig', 'klachten', 'gemiddeld', 'wachttijd', 'achterstand', 'uur per jaar', 'uur per week', 'kostte',
        # Polish body wording.
        'ręcznie', 'skarg', 'skargi', 'czas oczekiwania', 'średnio', 'przekroczyło', 'przekroczenia', 'za późno', 'tracą czas', 'zaległości', 'godzin tygodniowo', 'godzin miesięcznie', 'nie korzysta',
        # Indonesian body wording.
        'secara manual', 'masalahnya', 'keluhan', 'meleset', 'waktu tunggu', 'antrean', 'rata-rata', 'prevalensi', 'terlambat', 'memakan waktu', 'kewalahan', 'tercatat normal',
        # Vietnamese body wording.
        'bằng tay', 'thủ công', 'mất khoảng', 'mất nhiều thời gian', 'thiệt hại', 'khiếu nại', 'phàn nàn', 'chậm trễ', 'tồn đọng', 'quá tải', 'thời gian chờ', 'trung bình mỗi', 'đoán sai',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'elle', 'ortalama', 'kuyrukta', 'bekliyor', 'bekledi', 'şikayet*', 'şikâyet*', 'itiraz*', 'gecik*', 'zaman alıyor', 'vakit kaybı', 'zarar*', 'hata oranı', 'yetişemiyor',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'manuellt', 'för hand', 'tar lång tid', 'klagomål', 'försening*', 'väntetid*', 'eftersläpning', 'timmar per vecka', 'timmar i veckan', 'går förlorade', 'hinner inte', 'olyckor', 'felaktigt bedömda',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'manuelt', 'i hånden', 'tager lang tid', 'klager', 'forsinkelse*', 'forsinket', 'ventetid*', 'efterslæb',
        'timer om ugen', 'går tabt', 'når ikke', 'utilsigtede hændelser', 'bliver overset', 'opdaget for sent',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'problem ye hai', 'problem yeh hai', 'dikkat*', 'pareshani', 'samasya', 'galti*', 'nuksaan', 'shikayat*',
        'der se', 'time lagta', 'ghante lagte', 'haath se', 'har roz', 'roz lagbhag', 'late ho jaata',
        'ghante lagate', 'time lagate', 'isi wajah se', 'thak jaate', 'thak ke', 'raat ko', 'galat maal', 'return aata',
        'wapas aata', 'chhod diya', 'time barbaad', 'waqt lagta',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'käsin', 'manuaalisesti', 'käsityönä', 'vie aikaa', 'kestää kauan', 'viivästy*', 'myöhästy*', 'odotusaika*',
        'jonottaa', 'valitukse*', 'valituksia', 'reklamaatio*', 'tuntia viikossa', 'tuntia kuukaudessa',
        'menee hukkaan', 'ei ehdi', 'eivät ehdi', 'selviää vasta', 'huomataan liian myöhään', 'jää huomaamatta',
        'kustantaa meille', 'maksoi',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'for hånd', 'tar lang tid', 'tidkrevende', 'ressurskrevende', 'dobbeltarbeid', 'klagesaker', 'etterslep',
        'restanse*', 'saksbehandlingstid*', 'timer i uka', 'timer i uken', 'timer per uke', 'går tapt', 'rekker ikke',
        'uønskede hendelser', 'blir oversett', 'oppdaget for sent', 'kommer for sent', 'i snitt', 'i gjennomsnitt',
        'lenger enn nødvendig',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'a mà', 'manualment', 'triga', 'triguen', 'trigava', 'trigaven', 'molt de temps', 'massa temps', 'perdem temps',
        'perden temps', 'temps perdut', 'queixes', 'es queixen', 'reclamacions', 'retards', 'amb retard',
        'endarreriment*', "temps d'espera", 'temps d’espera', "llista d'espera", 'llista d’espera', "llistes d'espera",
        'llistes d’espera', 'hores a la setmana', 'hores per setmana', 'hores al mes', 'de mitjana', 'ningú no sap',
        'a cegues', 'a ull', 'pèrdues', 'es perden', 'malbaratament', 'es llencen', 'massa tard', 'incidències',
        'feina repetitiva', 'tasques repetitives',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'ručně', 'ruční zpracování', 'ruční kontrola', 'ruční kontrolu', 'zabere', 'zabírá', 'zaberou', 'čekací doba',
        'čekací doby', 'čekací dobu', 'čekací lhůta', 'čekací lhůty', 'čeká se', 'čekají', 'čekání', 'pořadník*',
        'v průměru', 'průměrně', 'zpoždění', 'se zpožděním', 'stížnost*', 'stěžují', 'reklamac*', 'nestíhá',
        'nestíhají', 'nestíháme', 'přetížen*', 'příliš pozdě', 'hodin týdně', 'hodin měsíčně', 'hodin denně',
        'hodiny týdně', 'opakující se', 'rutinní práce', 'zdlouhav*', 'časově náročn*', 'ztráta času', 'ztrácí čas',
        'ztrácejí čas', 'ztrácíme čas', 'nikdo neví', 'od oka', 'ztráty', 'nevyřízen*', 've frontě',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'de mână', 'în medie', 'durează', 'durează prea mult', 'timp de așteptare', 'timpul de așteptare',
            'timpi de așteptare', 'listă de așteptare', 'lista de așteptare', 'liste de așteptare', 'întârziere',
            'întârzieri', 'cu întârziere', 'reclamații', 'reclamațiile', 'plângeri', 'se plâng', 'nemulțumiri',
            'nemulțumit*', 'sesizări', 'supraîncărcat*', 'nu fac față', 'nu face față', 'nu facem față',
            'nu reușesc', 'nu reușește', 'nu reușim', 'ore pe săptămână', 'ore pe lună', 'ore pe zi', 'repetitiv',
            'repetitivă', 'sarcini repetitive', 'activități repetitive', 'consumă mult timp', 'consumatoare de timp',
            'consumator de timp', 'timp pierdut', 'pierdere de timp', 'pierd timp', 'pierdem timp', 'nimeni nu știe',
            'din ochi', 'după ureche', 'pierderi', 'se pierd', 'risipă', 'prea târziu', 'restanțe', 'incidente',
            'accidente', 'blocaj*', 'ineficien*', 'volum de muncă', 'volumul de muncă',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'kézzel', 'manuálisan', 'kézi feldolgozás*', 'sokáig tart', 'órákig tart', 'napokig tart', 'hetekig tart',
        'várakozási idő*', 'várni kell', 'várnak', 'átlagosan', 'átlagban', 'késedelem*', 'késés*', 'panasz*',
        'reklamáció*', 'bejelentés*', 'nem győz*', 'túlterhelt*', 'túl későn', 'órát hetente', 'órát havonta',
        'ismétlődő', 'rutinfeladat*', 'időigényes', 'időveszteség*', 'senki sem tudja', 'szemre', 'veszteség*',
        'elmaradás*', 'hátralék*',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'χειροκίνητα', 'με το χέρι', 'καθυστερήσ*', 'καθυστερούν', 'παράπονα', 'παραπόνων', 'καταγγελί*',
        'χρονοβόρ*', 'επαναλαμβανόμεν*', 'χρόνος αναμονής', 'χρόνο αναμονής', 'ουρές αναμονής', 'εκκρεμότητ*',
        'φόρτος εργασίας', 'φόρτο εργασίας', 'δεν προλαβαίνουν', 'υπερφορτωμέν*', 'συμβάντ*', 'ατυχήματ*', 'απώλει*',
        'ώρες την εβδομάδα', 'ώρες τον μήνα',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'ručno', 'ručni pregled*', 'predugo', 'prosječno', 'u prosjeku', 'čekanj*', 'čekati', 'čekaju',
            'kašnjenj*', 'zaostat*', 'pritužb*', 'prijav*', 'preopterećen*', 'oduzima vrijeme', 'dugotrajn*',
            'ponavljajuć*', 'rutinsk*', 'gubitak vremena', 'nitko ne zna', 'prekasno', 'tek nakon što', 'zaprimi*',
        ),
    ),
    mentions=(
        # chat register: "then spend forever going through them", "everyone I talk to hates culling"
        'spend forever', 'spends forever', 'takes forever', 'hates doing', 'everyone hates', 'hates culling', 'sick of',
        '人工录入', '手工录入', '录错', 'keep saying', 'keeps saying', 'keep asking', 'keeps asking', 'keep complaining',
        'keeps complaining', 'cannot find anything', 'customers mostly ask about', 'customers ask about',
        # an email's everyday register: "PPE compliance on our sites is patchy. Site managers can't be everywhere."
        'is patchy', "can't be everywhere", 'cannot be everywhere', "it's a worry", 'the moment has passed',
        'slips through', 'slip through', 'falls through the cracks',
        # a ticket's description: "the authenticators spend a lot of time on obvious fakes"
        'spend a lot of time', 'spends a lot of time', 'waste a lot of time', 'wastes a lot of time', 'only get caught',
        # work piling up, or the same work again and again: "Post room can't keep up: scanned letters sit in the
        # general queue for days", "ask their managers the same handful of questions", "type the same answers all day"
        "can't keep up", 'for days before', 'the same handful of', 'the same answers',
        'the same questions', 'all over the place', 'moan', 'eats into',
        # the writer recalling the reason: "A quick reminder of why we're doing it."
        'why we are doing it', 'why we are doing this',
        # Czech: a chore in everyday words, with no figure ("zabere to spoustu času").
        'trápí nás', 'pořád dokola', 'spoustu času', 'spousta času', 'hodně času', 'nikdo to nestíhá',
        # Romanian: a chore in everyday words, with no figure ("ne ia mult timp, iar și iar").
        *romanian(
            'ne ia mult timp', 'durează mult', 'pierdem mult timp', 'iar și iar', 'din nou și din nou',
            'bătăi de cap', 'ne chinuim', 'se chinuie',
        ),
        # Hungarian: a chore in everyday words, with no figure ("rengeteg időt visz el").
        'rengeteg időt', 'rengeteg idő', 'sok időt', 'újra és újra', 'folyton ugyanaz',
        # Greek: a chore in everyday words, with no figure ("χάνουμε πολύ χρόνο").
        'πολύ χρόνο', 'πάρα πολύ χρόνο', 'χάνουμε χρόνο', 'ξανά και ξανά', 'ταλαιπωρί*',
        # Croatian: everyday wording that finds the item and says nothing specific of it.
        *croatian(
            'puno vremena', 'mnogo vremena', 'oduzima puno', 'uvijek isto', 'iznova i iznova',
        ),
    ),
    vague=(
        'everyone wants ai', 'users will love', 'it would be cool', 'ai is the future', 'stay competitive',
        'competitors have it', 'leverage ai', 'improve the experience', 'make it better', 'lots of users',
        'many users want', 'huge opportunity', 'game changer', 'revolutionize', 'tbd', '提升体验', '赋能', '大家都在做', '待定',
        'tedious', 'takes time away', 'over and over',
        # Czech: the item named, nothing said of it ("AI je budoucnost a musíme držet krok s konkurencí").
        'zlepšit zážitek', 'ai je budoucnost', 'držet krok s konkurencí', 'konkurence to má', 'obrovská příležitost',
        'revoluční',
        # Romanian: the item named, nothing said of it ("IA este viitorul și trebuie să ținem pasul cu concurența");
        # 'revoluționar*' only with its diacritic (English "revolutionary").
        'revoluționar*',
        *romanian(
            'ia este viitorul', 'ai este viitorul', 'inteligența artificială este viitorul',
            'ținem pasul cu concurența', 'concurența are deja', 'oportunitate uriașă', 'o mare oportunitate',
            'îmbunătățirea experienței', 'să îmbunătățim experiența',
        ),
        # Hungarian: the item named, nothing said of it ("az AI a jövő, lépést kell tartanunk a versenytársakkal").
        'javítani az élményt', 'az ai a jövő', 'a mesterséges intelligencia a jövő', 'lépést tartani',
        'a versenytársaknak már van', 'hatalmas lehetőség', 'forradalmi',
        # Greek: the item named, nothing said of it ("η τεχνητή νοημοσύνη είναι το μέλλον").
        'η τεχνητή νοημοσύνη είναι το μέλλον', 'η ai είναι το μέλλον', 'να μείνουμε ανταγωνιστικοί',
        'οι ανταγωνιστές ήδη', 'τεράστια ευκαιρία', 'να βελτιώσουμε την εμπειρία', 'επαναστατικ*',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'poboljšati iskustvo', 'umjetna inteligencija je budućnost', 'ai je budućnost', 'pratiti trendove',
            'konkurencija već ima', 'ogromna prilika', 'velika prilika', 'revolucionar*',
        ),
    ),
    concrete=(
        Pattern(
            r'\b\d+\s+(user |customer |stakeholder )?(interviews|respondents|customers interviewed|users interviewed)\b',
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
            r'\b\d+(\.\d+)?\s*(hours?|hrs?|minutes?|mins?)\s*(per|a|each|every|/)\s*(week|day|month|ticket|case|contract|note|visit|email|request)\b',
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
            '我们在 5 月访谈了 15 名坐席和 3 名组长，并抽查了 1,000 通历史对话：约 62% 的咨询集中在物流查询、退换货流程、发票开具、产品使用（清洁、滤网更换、报错代码）这几类重复问题上，坐席大部分时间在复制粘贴标准答复。',
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
            "Σήμερα η εξέταση μιας αίτησης διαρκεί κατά μέσο όρο 6 εβδομάδες και οι πολίτες περιμένουν έως 20 ημέρες.",
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
            r"\b(?:átlagosan|átlagban|akár|több mint|legalább)\s+\d+(?:,\d+)?\s*(?:perc|órá|óra|nap|hét|het|hónap|év)\w*"
            r"[^.;]{0,30}?\b(?:tart|tartott|várnak|várni|vesz igénybe|telik el|kell várni)\w*"
            r"|\b\d+(?:,\d+)?\s*(?:percig|óráig|napig|hétig|hónapig|évig)\s+(?:is\s+)?(?:tart|várnak|kell várni)\w*",
            "Egy kérelem elbírálása átlagosan 6 hétig tart, egy számla ellenőrzése átlagosan 25 percet vesz igénybe.",
        ),
        # Croatian: a wait or a task that runs long today ("obrada zahtjeva traje u prosjeku 6 tjedana", "pregled je
        # trajao dvama djelatnicima tri dana"), with or without diacritics.
        Pattern(
            r"\b(?:prosje[čc]no|u prosjeku|[čc]ak|vi[šs]e od)\s+\d+(?:,\d+)?\s*(?:minut|sat|dan|tjed|mjesec|godin)\w*"
            r"[^.;]{0,30}?\b(?:traje|trajalo|[čc]eka|[čc]ekaju|[čc]ekati)\b"
            r"|\btraj(?:e|ao|ala|alo|u)\s+(?:[^\W\d_]+\s+){0,3}?(?:\d+(?:,\d+)?|dva|dvije|tri|[čc]etiri|pet|[šs]est|sedam|"
            r"osam|devet|deset)\s+(?:minut|sat|dan|tjed|mjesec|godin)\w*",
            "Obrada jednog zahtjeva traje u prosjeku 6 tjedana, a pregled računa trajao je dvama djelatnicima tri dana.",
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
            r"\btakes?\s+(?:one|a|an|each|every|the|our|two|three|\d+)\s+(?:operators?|persons?|people|clerks?|agents?|nurses?|staff|"
            r"engineers?|analysts?|specialists?|officers?|workers?|technicians?|reviewers?|volunteers?|teachers?|doctors?)\b[^.;]{0,20}?\b\d+\s*(?:minutes?|hours?|days?)\b",
            "A jar test takes one operator about 50 minutes.",
        ),
        # The time a person spends on each case today: "an attendant takes ~40 sec per call".
        Pattern(
            r"\b(?:takes?|spends?|spent|taking|spending)\s+(?:~|about|around|roughly|over|nearly|up to|an average of|on average)?"
            r"\s*~?\d+(?:\.\d+)?\s*(?:sec|secs|seconds|s|min|mins|minutes|hours?|hrs?)\s+(?:per|a|an|each|every|on each|on every)\s+"
            # per case, not per period: "90 minutes a day writing notes" says how busy, not what one case costs
            r"(?!(?:day|week|month|year|morning|evening|night|shift|quarter)\b)\w+",
            'produce lookups are 38% of all "help needed" lights, and an attendant takes ~40 sec per call',
        ),
        # A share of the cases going wrong today: "530 of them needed a second trip".
        Pattern(
            r"\b\d[\d,]* (?:of (?:them|those|these|the \w+)|out of \d[\d,]*)\b[^.;]{0,40}\b(?:needed|need|had to|went|were|got|failed|ended|came back)\b",
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
            r'\bwe (?:get|receive|handle|process|see|did|do|made|make|ran|run|took|take) (?:around|about|roughly|over|nearly|some|like|approximately)?\s*\d[\d,]*\b',
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
