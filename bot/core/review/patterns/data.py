"""Matching patterns for the `data` rubric item (Data plan); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        'what data',  # a form's "What data will it use?"
        'come from', 'comes from',  # "Where the videos come from", "Where the examples come from"
        'learns from', 'what it learns from',
        '数据',
        'data', 'data plan', 'data requirements', 'data sources', 'training data', 'dataset', 'datasets', 'labelling',
        'labeling', 'annotation', 'content', 'content sources', 'knowledge', 'knowledge sources', 'sources',
        '数据计划', '数据来源', '数据需求', '训练数据', '数据集', '标注',
        'inputs', 'input data', 'training material', 'learn from', 'write from', 'what it reads',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'datos', 'los datos',
        # French section names (a spec written in French, or in French and English).
        'données', 'les données',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'dados', 'os dados', 'base de dados', 'fontes de dados',
        # German section names (a spec written in German, or in German and English).
        'daten', 'datengrundlage', 'datenbasis', 'datenquellen',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'dati', 'i dati', 'fonti dei dati', 'base dati',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'gegevens', 'de gegevens', 'databronnen', 'gegevensbronnen',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'dane', 'danych', 'źródła danych', 'dane wejściowe', 'dane treningowe', 'zbiór danych',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'sumber data', 'data latih', 'pengumpulan data', 'data yang digunakan',
    ),
    word_headings=(
        # A one-pager's run-in head, "What we'd build it from." over the sources; by its words, since its
        # resemblance drew "How it is built" away from the approach.
        "what we'd build it from", 'what we would build it from', 'what we will build it from',
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'dữ liệu', 'thu thập dữ liệu', 'nguồn dữ liệu', 'dữ liệu huấn luyện', 'bộ dữ liệu',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'veri', 'veriler', 'veri seti', 'veri kaynakları', 'eğitim verisi', 'veri toplama',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'dataunderlag', 'datakällor', 'träningsdata', 'datamängd', 'datahantering',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'datagrundlag', 'datakilder', 'træningsdata', 'datasæt', 'datahåndtering', 'data og datakilder',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'data kahan se', 'data kya hai',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'aineisto', 'aineistot', 'tietolähteet', 'opetusaineisto', 'koulutusaineisto', 'opetusdata',
        'tiedot ja tietolähteet', 'datan hallinta',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'datagrunnlag', 'datagrunnlaget', 'datasett', 'datahåndtering', 'datakvalitet',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'dades', "fonts d'informació", 'fonts d’informació',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'zdroje dat', 'datové zdroje', 'vstupní data', 'trénovací data', 'práce s daty', 'kvalita dat', 'správa dat',
        'datová sada', 'datové sady', 'použitá data', 'údaje', 'zdroje údajů',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'datele', 'sursele de date', 'surse de date', 'sursa datelor', 'datele folosite', 'date utilizate',
            'date de antrenare', 'datele de antrenare', 'setul de date', 'seturi de date', 'calitatea datelor',
            'gestionarea datelor', 'date de intrare', 'datele de intrare', 'colectarea datelor',
            'proveniența datelor',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'adatok', 'adatforrások', 'felhasznált adatok', 'bemeneti adatok', 'tanító adatok', 'tanítóadatok',
        'adatminőség', 'adatkészlet', 'adathalmaz', 'adatkezelés', 'adatgazdálkodás',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'δεδομένα', 'τα δεδομένα', 'πηγές δεδομένων', 'δεδομένα εκπαίδευσης', 'διαθέσιμα δεδομένα',
        'ποιότητα δεδομένων', 'διακυβέρνηση δεδομένων', 'διαχείριση δεδομένων',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'podaci', 'izvori podataka', 'korišteni podaci', 'ulazni podaci', 'podaci za učenje',
            'podaci za treniranje', 'skup podataka', 'kvaliteta podataka', 'upravljanje podacima',
        ),
    ),
    conventional=('datasets',),
    cues=(
        # the copy a model learns from: "I look after the copy we train from"
        'train from', 'trained from',
        # a sheet kept by hand is the data source
        'google sheet', 'spreadsheet of all', 'keep it up to date',
        'trained on', 'tuned on',
        # where the data lives and how long it is kept: "processed in the supplier's UK data centre under a processing
        # agreement", "Records are kept for three years after a badge expires and then deleted"
        'data is processed', 'data is stored', 'data are stored', 'records are kept', 'retention schedule',
        # "Photos are sent to our server only to read the signs, and are deleted after 24 hours"
        'are deleted after', 'is deleted after', 'deleted within',
        'training data', 'historical data', 'usage data', 'data source', 'data sources', 'dataset', 'labelled', 'labeled',
        'labelling', 'labeling', 'annotation', 'annotators', 'labels', 'annotated', 'ground truth', 'gold labels',
        'inter-annotator', 'data gap', "we don't have", 'missing data', 'data quality', 'freshness', 'pii',
        'anonymized', 'anonymised', 'de-identified', 'corpus', 'knowledge base', 'historical tickets',
        'synthetic data', 'data retention', 'data pipeline', 'data access', '训练数据', '标注', '数据来源', '数据集', '历史数据',
        '数据质量', '脱敏', '知识库', '语料',
        '批注', 'order history', 'years of',
        'historical', 'past tickets', 'past records', 'past listings', 'past sales', 'past orders', 'past claims', 'export it', 'export the', 'footage', 'video clips', 'without seeing the other', 'logs', 'log data', 'recordings', 'data warehouse', 'warehouse', 'exported', 'export of', 'personal details', 'personal information', 'no names', 'hashed', 'pseudonymised', 'pseudonymized', 'examples of', 'pairs', 'the model sees', 'sent to the model', 'leaves our network', '历史', '记录', '日销量', '个人信息', '基本信息', '患者信息', '数据',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        'データ', '学習用', '教師データ', 'アノテーション', 'ラベル付け', 'ログ', 'の履歴', '個人情報', '匿名化',
        # Spanish body wording.
        'fotos', 'etiquetas', 'etiquetaron', 'datos históricos', 'registros', 'historial',
        # French body wording.
        'annotées', 'annotés', 'radios', 'historique', 'jeu de données',
        # Portuguese body wording.
        'base histórica', 'rotulados', 'rótulos', 'rotulagem', 'histórico', 'registros', 'conjunto de dados',
        # German body wording.
        'sensordaten', 'historische daten', 'gelabelt', 'annotiert', 'datensatz', 'protokolle',
        # Italian body wording.
        'dati storici', 'anni precedenti', 'etichettati', 'etichettatura', 'addestramento', 'archivio', 'documenti allegati',
        'vengono cancellati', 'cancellati entro', 'non vengono raccolti', 'consenso scritto', 'sonde', 'di proprietà del',
        # Dutch body wording.
        'gemarkeerd', 'gelabeld', 'geannoteerd', 'historische gegevens', 'getraind op', 'traint het', "foto's uit", 'blijven opgeslagen', 'worden bewaard', 'jaar bewaard', 'verwerkersovereenkomst', 'eigenaar van de gegevens',
        # Polish body wording.
        'dane z', 'dane historyczne', 'pomiarów', 'odczyty', 'czujników', 'oznaczone', 'oznaczonych', 'zbiór danych', 'należą do', 'odpowiada za nie', 'przechowywane', 'usuwane po', 'uczony na', 'trenowany na', 'wytrenowany na',
        # Indonesian body wording.
        'data latih', 'dilatih pakai', 'dilatih dengan', 'dilatih menggunakan', 'sumber data', 'data historis', 'diberi label', 'dilabeli', 'disimpan', 'dihapus setelah', 'pemilik data',
        # Vietnamese body wording.
        'dữ liệu', 'dữ liệu huấn luyện', 'bộ dữ liệu', 'thu thập', 'ghi âm', 'gán nhãn', 'dán nhãn', 'thuộc sở hữu', 'chủ sở hữu dữ liệu', 'lưu trữ', 'bị xóa sau', 'dữ liệu lịch sử', 'huấn luyện trên', 'bản ghi',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'veri', 'verisi', 'verileri', 'verilerin', 'veriyi', 'veri seti*', 'veri sahibi', 'etiketle*', 'etiketli', 'eğitim verisi', 'eğitildi', 'ile eğitil*', 'topladık', 'toplandı', 'toplanan', 'saklanıyor', 'saklanır', 'silinir', 'siliniyor', 'erişim*', 'geçmiş kayıtlar',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'träningsdata', 'märkt med', 'märkta av', 'märkning*', 'annoter*', 'ägs av', 'ägs gemensamt', 'dataansvarig', 'dataägare', 'historiska data', 'historisk data', 'hölls undan', 'tränad på', 'tränades på',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'træningsdata', 'trænet på', 'annoteret af', 'annoter*', 'mærket af', 'ejes af', 'dataejer', 'dataansvarlig*',
        'ansvarlig for data', 'historiske data', 'indgik ikke i træningen', 'holdt ude', 'holdt tilbage',
        'journalgennemgang', 'dataudtræk*', 'udtræk fra',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'data hai', 'humare paas data', 'data kahan se', 'purana data', 'purane orders', 'label kiya',
        'label karenge', 'label karna', 'tag kiya', 'export kiya', 'record kiye', 'pichle saal ka',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'aineisto*', 'opetusaineisto*', 'opetusdata*', 'koulutusdata*', 'koulutusaineisto*', 'testiaineisto*',
        'merkitsi*', 'annotoi*', 'luokitteli*', 'omistaja on', 'datan omistaja', 'tietojen omistaja', 'historiatie*',
        'keräsimme', 'kerättiin', 'kerätään', 'tallennetaan', 'säilytetään', 'oikeana vastauksena',
        'oikeaksi vastaukseksi',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'trent på', 'trenes på', 'annotert av', 'merket av', 'eies av', 'dataeier*', 'datagrunnlag*', 'datakilde*',
        'datasett*', 'ansvarlig for dataene', 'inngikk ikke i treningen', 'holdt utenfor', 'holdt tilbake',
        'journalgjennomgang', 'datauttrekk*', 'uttrekk fra', 'registerdata',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'dades històriques', 'entrenat amb', 'entrenada amb', 'entrenat a partir', 'entrenada a partir', 'entrena amb',
        'entrenarem amb', 'aprèn de', 'aprèn dels', 'aprenen de', 'aprenen dels', 'etiquetat*', 'etiquetad*',
        'anotades', 'conjunt de dades', 'font de dades', 'fonts de dades', 'registres', 'propietari de les dades',
        'responsable de les dades', 'base de dades', 'extracció de dades', 'reservades per', 'es van reservar',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'trénovací data', 'trénovacích dat', 'trénovací sad*', 'trénov*', 'natrénov*', 'vytrénov*', 'učí se z',
        'učí se na', 'se učí z', 'se učí na', 'k dalšímu učení', 'k učení', 'anotov*', 'anotac*', 'oštítkov*',
        'historická data', 'historických dat', 'historickými daty', 'datová sada', 'datové sady', 'datovou sadu',
        'datových sad', 'zdroj dat', 'zdroje dat', 'zdrojem dat', 'vlastník dat', 'vlastníkem dat', 'správce dat',
        'správcem dat', 'odpovídá za data', 'za data odpovídá', 'databáz*', 'záznamů', 'výpis z', 'export z',
        'vzorek dat',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'date de antrenare', 'datele de antrenare', 'date de antrenament', 'antrenat*', 'antrenăm',
            'vom antrena', 'învață din', 'învață pe baza', 'învățat din', 'învățat pe', 'adnotat*', 'adnotare*',
            'adnotări*', 'etichetat*', 'etichetare*', 'etichete', 'date istorice', 'datele istorice',
            'datelor istorice', 'din arhiva', 'din arhivă', 'set de date', 'setul de date', 'seturi de date',
            'seturile de date', 'sursa de date', 'sursa datelor', 'surse de date', 'sursele de date',
            'proprietarul datelor', 'deținătorul datelor', 'administratorul datelor', 'responsabil de date',
            'responsabilă de date', 'responsabil pentru date', 'responsabilă pentru date', 'responsabil cu datele',
            'bază de date', 'baza de date', 'bazei de date', 'baze de date', 'bazele de date', 'înregistrări',
            'înregistrările', 'extras din', 'export din', 'exportat din', 'eșantion de date', 'date colectate',
            'colectate din', 'date reale',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'tanítottuk', 'tanított*', 'tanítjuk', 'tanítják', 'betanít*', 'tanító adat*', 'tanítóadat*', 'tanítóhalmaz*', 'adatkészlet*',
        'adathalmaz*', 'adatforrás*', 'címkéz*', 'felcímkéz*', 'annotál*', 'korábbi adat*', 'történeti adat*',
        'historikus adat*', 'adatbázis*', 'adatgazda*', 'rekord*', 'adatexport*',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'δεδομένα', 'δεδομένων', 'σύνολο δεδομένων', 'ιστορικά δεδομένα', 'δεδομένα εκπαίδευσης', 'εκπαιδεύτηκε',
        'εκπαιδεύεται', 'θα εκπαιδευτεί', 'εκπαιδεύτηκαν', 'εκπαιδεύσαμε', 'εκπαίδευση του μοντέλου', 'επισημασμέν*',
        'επισήμανση δεδομένων', 'συλλέξαμε', 'συλλογή δεδομένων', 'ανωνυμοποιημέν*', 'ψευδωνυμοποιημέν*',
        'υπεύθυνος για τα δεδομένα', 'υπεύθυνη για τα δεδομένα',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'treniran*', 'istrenira*', 'uvježban*', 'podaci za učenje', 'podacima za učenje', 'podatke za učenje',
            'podaci za treniranje', 'podacima za treniranje', 'skup podataka', 'skupu podataka', 'skupovi podataka',
            'izvor podataka', 'izvori podataka', 'izvora podataka', 'označeni podaci', 'označenih podataka',
            'označili smo', 'označavanj*', 'anotira*', 'povijesni podaci', 'povijesnih podataka',
            'povijesnim podacima', 'baza podataka', 'bazi podataka', 'baze podataka', 'evidencij*',
        ),
    ),
    mentions=(
        # a source named with no size or quality: "RAG over all the past questionnaires in the Drive folder"
        'all the past',
        # what it answers from: "our 2,300 tested recipes as the source"
        'as the source', 'as its source', 'as our source',
        # what it learns from, named with no amount, period or owner: "It learns from thousands of starters",
        # "brings together data from soil sensors, satellite imagery and weather feeds", "rich data assets"
        'learns from', 'learn from', 'data from', 'data points', 'data assets', 'data lake',
        '扫描件', '邮件', '聊天记录', '通话记录', '工单', '样本', '正确答案', '标准答案', '遮住', '打码', '匿名', '材料',
        # Czech: data said to exist, with no source or size ("máme data za deset let").
        'spoustu dat', 'máme data',
        # Romanian: data said to exist, with no source or size ("avem deja date din anii trecuți").
        *romanian(
            'avem date', 'avem deja date', 'avem datele',
        ),
        # Hungarian: data said to exist, with no source or size ("tíz évnyi adatunk van").
        'sok adat', 'rengeteg adat', 'van adatunk', 'vannak adataink',
        # Greek: data said to exist, with no source or size ("έχουμε δέκα χρόνια δεδομένων").
        'έχουμε δεδομένα', 'έχουμε πολλά δεδομένα', 'χρόνια δεδομένων',
        # Croatian: everyday wording that finds the item and says nothing specific of it.
        *croatian(
            'puno podataka', 'mnogo podataka', 'imamo podatke', 'imamo podataka',
        ),
    ),
    vague=(
        # a conference pitch's data: "harnesses rich real-time data from across the event footprint"
        'real-time data from across', 'data from across the',
        # Press-release hand-waving: the item named in a slogan, nothing said of it.
        'data responsibly', 'rich data', 'rich match data', 'highest industry standards',
        'handled properly', 'handle the data properly',
        'we have lots of data', 'we have data', 'plenty of data', 'lots of data', 'tons of data', 'data is available',
        'we have all the data', 'big data', 'as needed', 'tbd', '数据充足', '有大量数据', '数据很多', '待定', 'plenty to build from',
        'may need to clean',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '海量', '多年积累',
        # Catalan: the item named, nothing said of it ("tenim moltes dades de tots aquests anys").
        'moltes dades', 'grans volums de dades', 'totes les dades necessàries',
        # Czech: the item named, nothing said of it ("máme k dispozici velké množství dat").
        'velké množství dat', 'velkém množství dat', 'velkého množství dat', 'spousta dat', 'obrovské množství dat',
        'dostatek dat', 'všechna potřebná data',
        # Romanian: the item named, nothing said of it ("dispunem de un volum mare de date").
        *romanian(
            'volume mari de date', 'un volum mare de date', 'o cantitate mare de date', 'cantități mari de date',
            'foarte multe date', 'o mulțime de date', 'toate datele necesare', 'suficiente date', 'date suficiente',
        ),
        # Hungarian: the item named, nothing said of it ("nagy mennyiségű adat áll rendelkezésünkre").
        'nagy mennyiségű adat*', 'hatalmas mennyiségű adat*', 'elegendő adat*', 'minden szükséges adat*',
        # Greek: the item named, nothing said of it ("διαθέτουμε μεγάλο όγκο δεδομένων").
        'μεγάλος όγκος δεδομένων', 'μεγάλο όγκο δεδομένων', 'άφθονα δεδομένα', 'τα δεδομένα είναι διαθέσιμα',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'velika količina podataka', 'velike količine podataka', 'ogromna količina podataka', 'dovoljno podataka',
            'svi potrebni podaci',
        ),
    ),
    concrete=(
        Pattern(
            r'\b\d+(\.\d+)?\s*(k|m|million|thousand)?\s*(labelled |labeled |annotated |historical |resolved |closed |de-identified )?(examples|records|tickets|documents|docs|contracts|notes|emails|transcripts|rows|samples|conversations|queries|sessions|transactions|pairs|recordings|encounters|articles|pages)\b',
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
            r'\b\d+\s*(months?|years?)\s+of\s+(?:\S+\s+){0,2}?(data|history|logs|tickets|transactions|conversations|emails|events|records|messages|documents|recordings)\b',
            '- **Training window:** 18 months of card-not-present transactions (Jan 2023 – Jun 2024), about 210 million',
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
        # Each example with the answer a person gave it: "14,300 photographs …, each with the fabric code Hannah or
        # Dave assigned"; who may reach the data: "nobody outside the Trust has access to it".
        Pattern(
            r"\beach with (?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}(?:code|label|class|category|grade|diagnosis|outcome|tag)s?\b"
            r"[^.;]{0,40}?\b(?:assigned|given|recorded|entered|chosen|set)\b"
            r"|\b(?:nobody|no one|only)\b[^.;]{0,40}\bha(?:s|ve) access to\b",
            "That gave us 14,300 photographs from six earlier sites, each with the fabric code Hannah or Dave assigned",
        ),
        # The records to learn from, named in passing by how many there are or where they come from: "we've got
        # loads of photos", "we can use the old notices on our website", "Index transcripts into the vector
        # store", "drafted from the call transcript and the CRM notes", a card "[label: data]".
        Pattern(
            r"\b(?:we(?:'ve| have)? got|we have|we hold|we keep)\s+(?:loads|lots|plenty|heaps|tons|thousands|millions|years)\s+of\b"
            r"|\b(?:use|reuse|train on|learn from|start from)\s+(?:the|our|their)\s+(?:old|past|existing|historical|previous|archived)\s+\w+"
            r"|\bindex(?:es|ed|ing)?\s+(?:the\s+|our\s+|their\s+|all\s+)?[\w-]+\s+(?:into|in)\s+(?:the\s+|a\s+)?(?:vector|search|embedding)"
            r"|\bfrom the (?:call |meeting )?(?:transcripts?|crm(?: notes)?|logs|inbox)\b|\[label:\s*data\]",
            "3/6 Plan: members already snap every new problem in the Crux app, so we've got loads of photos",
        ),
        # what the model reads, said in passing: "it looks at your recent runs and your heart-rate data"
        Pattern(
            r"\b(?:looks? at|reads?|uses|draws? on|learns? from|analy[sz]es)\s+(?:your|their|our|the user's|each user's)\b[^.;]{0,60}\bdata\b",
            "Powered by our new AI training-load model, it looks at your recent runs and your heart-rate data",
        ),
        # A record of past work with what it came to: "94,000 published clues with answers", "3,000 photos with
        # their labels", "an archive of past headlines".
        Pattern(
            r"\b\d[\d,.]*\s*(?:k|m|million|thousand)?\s+(?:[\w-]+\s+){0,2}[\w-]+s with (?:their |the )?(?:answers|labels|outcomes|ratings|tags|corrections)\b"
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
            r"\b(?:booking|purchase|order|ticket|call|claims?|transaction|browsing|viewing|listening|search) history\b",
            'which model? maybe just use the booking history',
        ),
        # users' corrections as the data it learns from
        Pattern(
            r"\blearn(?:ing|s)?(?: [\w-]+){0,2} from (?:the )?(?:edits|corrections)\b",
            'learning local rules from the edits dispatchers make',
        ),
        # An inventory of what the team holds: "we hold about 6,400 wound photos in SystmOne".
        Pattern(
            r"\b(?:we|they|the team|it|the trust|the company)\s+(?:already\s+)?(?:hold|have|keep|store|collected|gathered|own)\s+"
            r"(?:about|around|roughly|over|nearly|some|almost|more than)?\s*\d[\d,.]*\s*(?:k|m|million|thousand)?\s+(?:[\w-]+\s+){0,2}"
            r"(?:photos|images|pictures|scans|records|tickets|calls|emails|documents|messages|transcripts|examples|samples|"
            r"rows|entries|notes|reports|forms|files|videos|clips|recordings|orders|cases|claims|reviews|readings|logs)\b",
            "Tom, Helen - on the photos: we hold about 6,400 wound photos in SystmOne from the last two years",
        ),
        # Labels made by people: "the TV team traced the wound outline by hand on 1,100 of them".
        Pattern(
            r"\b(?:traced|labell?ed|tagged|marked(?: up)?|annotated|outlined|coded|classified|graded|scored)\b[^.;]{0,50}\bby hand\b",
            "the TV team traced the wound outline by hand on 1,100 of them for the 2024 audit",
        ),
        # history to learn from: "the last 12 months of incidents"
        Pattern(
            r"\b(?:last|past) \d+ (?:months|years) of\b",
            'using the last 12 months of incidents and their postmortems',
        ),
        # The documents it answers from: "reads our Confluence wiki", "on top of our policy documents".
        Pattern(
            r'\b(?:over|from|on top of|reads?|answers? from|grounded in|based on|connect(?:ed)?(?: it)? to|retrieval over|index(?:es|ed)?|given)\s+(?:all\s+)?(?:our|the|its)?\s*(?:[\w-]+\s+){0,3}(?:wiki|pages|documents|docs|articles|knowledge base|intranet|policies|help cent(?:re|er)|manuals?|repos|repositories|codebase|playbook)\b',
            'We want a bot that reads our Confluence wiki and answers questions.',
        ),
        # A named source of records: "machine learning on CRM data", "14 months of ticket history".
        # A span of records: "18 months of applications with the recruiter's decision".
        Pattern(
            r"\b\d+(?:,\d{3})*\s+(?:months?|years?|weeks?)\s+of\s+(?:\w+\s+){0,2}(?:applications|tickets|records|logs|claims|orders|calls|emails|transactions|history|data|invoices|searches|messages|chats|notes|reviews|alerts)\b",
            "18 months of applications with the recruiter's screen decision (accept / reject / hold).",
        ),
        # Where the records already sit, with no size or quality: "The upload archive is in S3 and the reprint
        # reasons are in Zendesk", "All comments back to 2015 are in the portal".
        Pattern(
            r"\b(?:is|are|sits?|lives?|kept|stored|held|logged)\s+(?:all\s+)?in\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}"
            r"(?:s3|data lake|warehouse|database|bucket|crm|zendesk|salesforce|sharepoint|portal|document store|"
            r"servicenow|erp|snowflake|bigquery|spreadsheet)\b",
            "The upload archive is in S3 and the reprint reasons are in Zendesk, so there's something to work with.",
        ),
        Pattern(
            r"\b(crm|erp|usage|click|clickstream|transaction|sales|support|ticket|call|chat|search|sensor|billing|order)\s+(data|logs|history|records|exports?)\b",
            "We'll use machine learning on CRM data.",
        ),
    ),
)
