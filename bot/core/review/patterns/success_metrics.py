"""Matching patterns for the `success_metrics` rubric item (Success metrics); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        '目的と目標', '目標', '期待される効果', '導入効果', 'how we would know', "how we'd know",
        'know it is working', 'know if it is working', 'know whether it is working', 'know it works', '效果怎么看', '怎么看效果',
        'success metrics', 'metrics', 'kpi', 'kpis', 'okr', 'okrs', 'measuring success', 'measuring', 'success criteria', 'goals',
        'goals and metrics', 'how we will measure', "how we'll measure", 'impact', 'outcomes', '成功指标', '指标', '衡量',
        '目标', '业务指标', '北极星',
        'measure of success', 'benefits', 'north star', 'objectives', 'what good looks like', 'know it worked', 'know if it worked', 'what success looks like', 'success', 'goal', "how we'll know it worked",
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'métricas', 'métricas de éxito', 'metas', 'objetivos', 'resultados esperados', 'resultados que se persiguen',
        # French section names (a spec written in French, or in French and English).
        'objectifs', 'indicateurs', 'indicateurs de succès', 'résultats attendus',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'objetivos', 'metas', 'indicadores', 'métricas', 'métricas de sucesso', 'resultados esperados',
        # German section names (a spec written in German, or in German and English).
        'ziele', 'erfolgskriterien', 'kennzahlen', 'messgrößen',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'obiettivi', 'risultati attesi', 'indicatori', 'metriche', 'metriche di successo',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'doel', 'doelen', 'doelstelling', 'doelstellingen', 'beoogd resultaat', 'beoogde resultaten', 'succescriteria', 'indicatoren',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'cel', 'cele', 'cel projektu', 'cele projektu', 'mierniki sukcesu', 'wskaźniki', 'wskaźniki sukcesu', 'kryteria sukcesu', 'oczekiwane rezultaty', 'oczekiwane efekty', 'rezultaty',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'tujuan', 'sasaran', 'indikator keberhasilan', 'ukuran keberhasilan', 'metrik keberhasilan', 'target keberhasilan',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'mục tiêu', 'mục tiêu dự án', 'chỉ số thành công', 'tiêu chí thành công', 'kết quả mong đợi', 'kết quả kỳ vọng', 'hiệu quả dự kiến',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'hedef', 'hedefler', 'amaç', 'başarı kriterleri', 'başarı ölçütleri', 'başarı metrikleri', 'beklenen sonuçlar',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'effektmål', 'mål', 'målsättning', 'syfte och mål', 'förväntad nytta', 'nyttor', 'framgångsmått', 'mätbara mål', 'resultatmål',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'mål', 'målsætning', 'formål og mål', 'succeskriterier', 'effektmål', 'resultatmål', 'forventede gevinster',
        'gevinster', 'gevinstrealisering', 'hvad vil vi opnå', 'måltal',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'lakshya', 'target kya hai', 'goal kya hai',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'tavoite', 'tavoitteet', 'tavoitteet ja mittarit', 'mittarit', 'onnistumisen mittarit', 'menestysmittarit',
        'hyödyt', 'odotetut hyödyt', 'vaikutukset', 'mitä tavoittelemme',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'målsetting', 'målsettinger', 'suksesskriterier', 'samfunnsmål', 'gevinstrealiseringsplan', 'gevinstplan',
        'nytte', 'nyttevirkninger', 'forventet nytte', 'hva vil vi oppnå', 'målhierarki',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'objectiu', 'indicadors', 'mètriques', "criteris d'èxit", 'criteris d’èxit', 'resultats esperats', 'beneficis',
        'impacte esperat', 'què volem aconseguir',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'cíl', 'cíle', 'cíle projektu', 'měřitelné cíle', 'ukazatele', 'ukazatele úspěchu', 'klíčové ukazatele',
        'metriky', 'kritéria úspěchu', 'očekávané přínosy', 'přínosy', 'přínos', 'očekávané výsledky',
        'co chceme dosáhnout', 'čeho chceme dosáhnout', 'jak poznáme úspěch',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'obiective', 'obiectivele', 'obiectivul', 'obiectivele proiectului', 'obiective măsurabile', 'metrici',
            'metrici de succes', 'criterii de succes', 'rezultate așteptate', 'rezultatele așteptate', 'beneficii',
            'beneficiile', 'beneficii așteptate', 'impactul așteptat', 'ce vrem să obținem', 'ce vrem să realizăm',
            'cum măsurăm succesul', 'scopul', 'scopul proiectului', 'scop și obiective',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'cél', 'célok', 'célkitűzés', 'célkitűzések', 'a projekt céljai', 'mérőszámok', 'mutatók', 'sikermutatók',
        'sikerkritériumok', 'a siker mérése', 'várt eredmények', 'elvárt eredmények', 'várható hasznok', 'hasznok',
        'mit akarunk elérni', 'hogyan mérjük a sikert',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'στόχοι', 'στόχος', 'στόχοι του έργου', 'μετρικές', 'δείκτες', 'δείκτες επιτυχίας', 'κριτήρια επιτυχίας',
        'μέτρηση της επιτυχίας', 'αναμενόμενα αποτελέσματα', 'αναμενόμενα οφέλη', 'οφέλη', 'τι θέλουμε να πετύχουμε',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'cilj', 'ciljevi', 'cilj projekta', 'ciljevi projekta', 'mjerila uspjeha', 'pokazatelji',
            'pokazatelji uspjeha', 'ključni pokazatelji', 'metrike', 'kriteriji uspjeha', 'očekivani rezultati',
            'očekivane koristi', 'koristi', 'što želimo postići', 'kako mjerimo uspjeh', 'mjerenje uspjeha',
        ),
    ),
    conventional=('kpis', 'okrs', 'benefits'),
    cues=(
        # the goal said in a sentence of prose: "Gillian's goal for it is simple. … she wants every photo from a
        # flight checked within twenty minutes of the drone landing."
        'goal for it', 'the goal is', 'our goal is', 'her goal', 'his goal', 'their goal', 'the aim is', 'our aim is',
        # a direction with no target: "we expect fewer babies to be readmitted"
        'we expect fewer', 'we expect more', 'we expect less', 'we expect higher', 'we expect lower',
        # how they will tell it worked: "we'll know it works if 'ran out of ideas' cancellations drop"
        'we will know it works', 'we will know this works',
        'success metric', 'north star', 'kpi', 'okr', 'business metric', 'proxy metric', 'guardrail metric',
        'counter-metric', 'deflection', 'resolution time', 'handle time', 'aht', 'csat', 'nps', 'conversion rate',
        'retention', 'revenue', 'time saved', 'time to first response', 'adoption rate', 'acceptance rate',
        'click-through', 'ctr', 'churn', 'cost per ticket', 'baseline', 'target:', 'target of', 'data metric',
        'model metric', 'rate from', 'drops from', 'drop from', 'falls from', 'rises from', 'increases from',
        'reduce from', 'from a baseline of', '成功指标', '业务指标', '转化率', '留存', '满意度', '解决率', '采纳率', '北极星', '人效', '基线',
        'abandon rate', 'error rate from', 'down from', '降到', '提升到', 'by a third',
        'goal:', 'goal is', 'our goal', 'the goal', 'aim to', 'aim is', 'the aim of', 'by the end of', '目标', '减少', '提高到', '降低到',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '目標', '減らす', '削減', '短縮', '向上させ', '改善する', 'kpi', '件以下に', '満足度',
        # Spanish body wording.
        'meta', 'queremos reducir', 'bajar de', 'subir de', 'reducir las quejas',
        # French body wording.
        'objectif', 'réduire', 'passer de', 'augmenter',
        # Portuguese body wording.
        'meta', 'reduzir', 'aumentar', 'passar de', 'cair de',
        # German body wording.
        'kennzahl', 'senken', 'steigern', 'reduzieren', 'verringern',
        # Italian body wording.
        "l'obiettivo", 'obiettivo di', 'ridurre', 'aumentare', 'portare da', 'passare da', 'indicatori',
        'inferiore di almeno', 'superiore di almeno', 'a parità di',
        # Dutch body wording.
        'het doel is', 'ons doel', 'terugbrengen van', 'verhogen van', 'verlagen van', 'naar minder dan', 'naar meer dan',
        # Polish body wording.
        'chcemy, aby', 'chcemy, żeby', 'celem jest', 'celem projektu', 'naszym celem', 'zmniejszenie', 'skrócenie', 'spadła z', 'spadł z', 'spadło z', 'spadnie z', 'wzrosła z', 'wzrośnie z', 'do mniej niż',
        # Indonesian body wording.
        'tujuannya', 'tujuan kami', 'menurunkan', 'meningkatkan', 'turun dari', 'naik dari', 'menjadi kurang dari', 'menjadi lebih dari', 'indikator keberhasilan',
        # Vietnamese body wording.
        'mục tiêu là', 'mục tiêu của dự án', 'giảm từ', 'tăng từ', 'xuống dưới', 'xuống còn', 'nhằm giảm', 'nhằm tăng', 'kỳ vọng',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'hedefimiz', 'hedefi', 'amacımız', 'indirmek istiyoruz', 'düşürmek istiyoruz', 'artırmak istiyoruz', 'altına indir*', 'altına düşür*', 'üstüne çıkar*',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'ska minska från', 'minska från', 'öka från', 'ska öka', 'ska minska', 'halveras', 'halvera', 'målet är', 'vårt mål', 'effektmål', 'mätbar*',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'skal falde fra', 'falde fra', 'reducere fra', 'reduceres fra', 'øge andelen', 'øges fra', 'stige fra',
        'halveres', 'halvere', 'målet er', 'vores mål', 'vi vil øge', 'vi vil reducere', 'nedbringe*',
        'succeskriteri*', 'målbar*', 'resultatmål', 'måltal',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'target hai', 'humara target', 'target set kiya', 'target set karte', 'goal hai', 'humara goal', 'lakshya',
        'se neeche', 'tak laana', 'kam karna hai', 'badhana hai', 'aadha karna', 'se ghata',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'tavoit*', 'tavoittelemme', 'pyrimme', 'laskee arvosta', 'laskemaan', 'vähentämään', 'puolittaa',
        'puolitetaan', 'puolittuu', 'nostaa osuutta', 'kasvattaa osuutta', 'mittari*', 'mitattava*',
        'onnistumme, jos', 'onnistuminen*',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'skal reduseres fra', 'reduseres fra', 'redusere fra', 'økes fra', 'øke fra', 'vårt mål', 'vi vil øke',
        'vi vil redusere', 'suksesskriteri*', 'samfunnsmål*', 'effektmål*', 'gevinst*', 'nullpunkt*', 'målsetting*',
        'måloppnåelse',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'reduir de', 'augmentar de', 'baixar de', 'reduir a la meitat', 'objectiu', 'indicador*', 'mètric*',
        'tindrem èxit si', 'ho aconseguirem si',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'snížit z', 'zvýšit z', 'snížení z', 'zvýšení z', 'zkrátit z', 'zkrácení z', 'na polovinu', 'naším cílem',
        'cílem je', 'cílová hodnota', 'cílové hodnoty', 'cílovou hodnotu', 'cílový stav', 'ukazatel*', 'metrik*',
        'měřitelně', 'úspěch poznáme', 'budeme úspěšní', 'do konce roku',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it). 'ținta', 'țintă' only with their diacritic
        # (Italian and Spanish "tinta").
        'ținta', 'țintă', 'ținte',
        *romanian(
            'la jumătate', 'obiectivul nostru', 'obiectivul este', 'scopul este', 'scopul nostru', 'valoarea țintă',
            'valori țintă', 'ținta noastră', 'indicatorul', 'indicatorii', 'indicatorilor', 'metrica', 'metrici',
            'metricile', 'măsurabil*', 'până la sfârșitul anului', 'până la finalul anului',
            'vom considera un succes', 'succesul înseamnă', 'succesul va fi', 'vom avea succes dacă',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'célunk', 'célja', 'a cél', 'célérték*', 'csökkentés*', 'csökkenteni', 'csökkenjen', 'csökkentjük',
        'növelni', 'növeljük', 'növekedjen', 'felére', 'az év végére', 'év végéig', 'mérőszám*', 'mutató*',
        'mérhető*', 'sikeresnek tekintjük', 'akkor sikeres',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'στόχος μας', 'στόχος είναι', 'στόχος της', 'στόχος του', 'τιμή στόχος', 'τιμή-στόχος', 'να μειωθ*',
        'να μειώσουμε', 'να αυξηθ*', 'να αυξήσουμε', 'στο μισό', 'κατά το ήμισυ', 'μετρήσιμ*', 'δείκτ*', 'μετρικ*',
        'επιτυχία σημαίνει', 'θα θεωρηθεί επιτυχ*',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'cilj nam je', 'naš cilj', 'cilj je', 'ciljna vrijednost', 'ciljnu vrijednost', 'smanjiti',
            'smanjit ćemo', 'smanjenje', 'da se smanji', 'povećati', 'povećat ćemo', 'povećanje', 'da se poveća',
            'prepolovit*', 'do kraja godine', 'pokazatelj*', 'mjerljiv*', 'smatrat ćemo uspješnim',
            'uspješan je ako', 'bit će uspješan',
        ),
    ),
    mentions=(
        # chat register: "success = photographers spend less time culling"
        'success =', 'success is', "what's success", 'success here', 'success looks like', '翻倍', 'aiming for',
        # a benefit counted once, with no measure to hold it to: "against roughly 200 clerk hours saved"
        'hours saved', 'hours a week saved', 'hours a month saved',
        # a metric named with no baseline or target: "we'll track usage + checkout conversion"
        'track usage', 'checkout conversion', 'usage and conversion', 'by half', 'in half', 'halve', 'double the',
        # an outcome wanted, its number left for later: "lift enquiries. Targets TBD with Commercial", "We never
        # put a number on it", "I haven't got a number for it yet"
        'targets tbd', 'target tbd', 'targets tbc', 'target tbc', 'target to be set', 'targets to be set',
        'never put a number on', "haven't got a number", 'what working would mean', 'what success would mean',
        # Czech: an aim with no measure ("chceme zkrátit vyřizování").
        'chceme zlepšit', 'chceme zrychlit', 'chceme zkrátit', 'chceme snížit', 'chceme zvýšit',
        # Romanian: an aim with no measure ("vrem să scurtăm timpul de răspuns").
        *romanian(
            'vrem să îmbunătățim', 'vrem să reducem', 'vrem să scurtăm', 'vrem să accelerăm', 'vrem să creștem',
            'dorim să reducem', 'dorim să îmbunătățim',
        ),
        # Hungarian: an aim with no measure ("szeretnénk gyorsítani az ügyintézést").
        'szeretnénk javítani', 'szeretnénk gyorsítani', 'szeretnénk csökkenteni', 'szeretnénk növelni',
        # Greek: an aim with no measure ("θέλουμε να επιταχύνουμε την εξυπηρέτηση").
        'θέλουμε να βελτιώσουμε', 'θέλουμε να μειώσουμε', 'θέλουμε να επιταχύνουμε', 'θέλουμε να αυξήσουμε',
        # Croatian: everyday wording that finds the item and says nothing specific of it.
        *croatian(
            'želimo poboljšati', 'želimo ubrzati', 'želimo smanjiti', 'želimo povećati', 'rasteret*',
        ),
    ),
    vague=(
        # Swedish: the item named, nothing said of it ("driftkostnaden bedöms som rimlig").
        'ökad effektivitet', 'effektivare arbetssätt', 'bättre kvalitet', 'ökad kundnöjdhet', 'nöjdare kunder', 'ökat värde',
        # Danish: the item named, nothing said of it ("omkostningen vurderes som rimelig").
        'øget effektivitet', 'mere effektiv arbejdsgang', 'bedre kvalitet', 'øget tilfredshed', 'gladere kunder',
        'skabe værdi',
        # Hinglish: the item named, nothing said of it ("kharcha zyada nahi hoga").
        'kaam aasaan ho jayega', 'sab better ho jayega', 'efficiency badhegi',
        # Finnish: the item named, nothing said of it ("kustannukset arvioidaan kohtuullisiksi").
        'tehostaa toimintaa', 'parempi laatu', 'parantaa laatua', 'tehokkaampi toiminta',
        'asiakastyytyväisyyden parantaminen', 'lisäarvoa',
        # Norwegian: the item named, nothing said of it ("kostnaden vurderes som rimelig").
        'økt effektivitet', 'mer effektiv arbeidsflyt', 'økt tilfredshet', 'mer fornøyde kunder', 'skape verdi',
        'bedre tjenester',
        # Catalan: the item named, nothing said of it ("volem millorar l'eficiència del servei").
        "millorar l'eficiència", 'millorar l’eficiència', 'més eficient', 'més eficiència', 'millor servei',
        'aportar valor', 'més satisfacció', 'millorar la qualitat', 'millorar la satisfacció',
        # Czech: the item named, nothing said of it ("chceme zvýšit efektivitu a přinést hodnotu").
        'zvýšit efektivitu', 'zvýšení efektivity', 'vyšší efektivita', 'vyšší efektivitu', 'zlepšit kvalitu',
        'zlepšení kvality', 'spokojenější zákazníci', 'vyšší spokojenost', 'přidaná hodnota', 'přinést hodnotu',
        'lepší služby', 'zefektivnit', 'zefektivnění',
        # Romanian: the item named, nothing said of it ("vrem creșterea eficienței și servicii mai bune").
        *romanian(
            'creșterea eficienței', 'mai eficient', 'mai eficientă', 'mai eficiente', 'eficiență sporită',
            'eficiență crescută', 'îmbunătățirea calității', 'să îmbunătățim calitatea', 'clienți mai mulțumiți',
            'cetățeni mai mulțumiți', 'satisfacție mai mare', 'valoare adăugată', 'aduce valoare',
            'servicii mai bune', 'eficientiza*', 'eficientizare*',
        ),
        # Hungarian: the item named, nothing said of it ("szeretnénk növelni a hatékonyságot és értéket teremteni").
        'növelni a hatékonyságot', 'hatékonyság növelése', 'hatékonyabb működés', 'javítani a minőséget',
        'minőség javítása', 'elégedettebb ügyfelek', 'nagyobb elégedettség', 'hozzáadott érték', 'értéket teremt*',
        'jobb szolgáltatás',
        # Vietnamese and Turkish: an aim with no measure ("nâng cao chất lượng và uy tín hàng xuất khẩu").
        'nâng cao chất lượng', 'nâng cao hiệu quả', 'nâng cao uy tín', 'kaliteyi artırmak', 'verimliliği artırmak',
        # a goal as a slogan: "helping organisers redefine what great looks like"
        'what great looks like', 'what good looks like for',
        # Press-release hand-waving: the item named in a slogan, nothing said of it.
        'success will be measured', 'success for us will be measured', 'success will be judged',
        'measure success',
        'happier customers', 'happy customers', 'meaningful kpis', 'measurable outcomes', 'great accuracy', 'high accuracy', 'improve engagement', 'increase engagement', 'users will love',
        'better experience', 'improve productivity', 'drive growth', 'move the needle', 'significant improvement',
        'significantly', 'more efficient', 'save time', 'save lots of time', 'save a lot of time', 'saves lots of time',
        'saves a lot of time', 'dramatic improvements', 'expected to deliver', 'tbd', 'to be defined', 'to be determined',
        "we'll figure out", '待定', '效果好', '显著提升', '大幅提升', '用户满意', 'should increase', 'should reduce',
        # the effect hoped for, with no number on it: "The public search will reduce the number of enquiries",
        # "We hope Load Coach will help more of you stay injury-free", "customers typically report significant
        # productivity gains", "agree clear success measures"
        'will reduce the', 'would reduce the', 'will cut the', 'will help more', 'we hope it will', 'we hope this will',
        'productivity gains', 'success measures', 'reduce the time', 'spend less time',
        "we'll set targets", 'targets later', 'once we have pilot data', 'answers faster',
        '提升效率', '效率提升', '好用',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '明显提高', '全省一流', '全国领先', '领先水平',
        # Greek: the item named, nothing said of it ("σημαντική βελτίωση της αποδοτικότητας").
        'αύξηση της αποδοτικότητας', 'βελτίωση της αποδοτικότητας', 'βελτίωση της ποιότητας', 'καλύτερη εξυπηρέτηση',
        'πιο ικανοποιημένοι', 'προστιθέμενη αξία', 'καλύτερη εμπειρία', 'σημαντική μείωση', 'σημαντική βελτίωση',
        'αισθητή βελτίωση', 'αισθητά',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'povećati učinkovitost', 'povećanje učinkovitosti', 'veća učinkovitost', 'učinkovitiji rad',
            'poboljšati kvalitetu', 'poboljšanje kvalitete', 'zadovoljniji korisnici', 'veće zadovoljstvo',
            'dodana vrijednost', 'stvoriti vrijednost', 'bolja usluga',
        ),
    ),
    concrete=(
        Pattern(
            r'\b\d+(\.\d+)?\s*%',
            '**Inconsistency.** In a quality audit of 600 FNOLs, 22% had a peril code that a senior handler would',
        ),
        Pattern(
            r'\bfrom\s+\$?\d+(\.\d+)?\s*\S{0,12}\s+to\s+\$?\d',
            'Precision increased from 0.58 to 0.71 after adding the second-pass filter;',
        ),
        Pattern(
            r'\$\s?\d',
            'merchandise value (GMV) per search session | $4.10 | +2.0% (minimum detectable effect 1.2%)',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*(pp|percentage points?)\b',
            'top 1,000 | 31% | no decrease; stretch +1 pp |',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*[x×]\b',
            'cut review time 3x',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*(minutes?|mins?|hours?|days?|seconds?)\b',
            'days; after the February storms it reached 9 days.',
        ),
        Pattern(
            r'\b(baseline|target|goal)\s*(is|of|:|=)?\s*\$?\d',
            '- NDCG@10 on long queries ≥ 0.680 (baseline 0.612);',
        ),
        Pattern(
            r'(提升|降低|减少|增加|提高)\s*(到|至)?\s*\d+(\.\d+)?\s*(%|％|个百分点)',
            '- 违规拦截率从 94% 提升到 98%，误拦率不超过 2%。',
        ),
        Pattern(
            r'\d+(\.\d+)?\s*(%|％)',
            '**Inconsistency.** In a quality audit of 600 FNOLs, 22% had a peril code that a senior handler would',
        ),
        Pattern(
            r'从\s*\d+.{0,12}(到|至|降到|提升到|降至|提升至)\s*\d+',
            '- 业务指标：单张发票平均审核时长从 3 分钟降到 1 分钟以内。',
        ),
        Pattern(
            '\\d+\\s*(?:件|%|％|割|分|時間|秒)\\s*(?:以下|以内|未満)に',
            '30分以上かかったケースを年間5件以下に減らす',
        ),
        # Greek: a figure moved from one value to another ("τα λάθη από το 8% στο 3%", "από 12 σε 5 ημέρες").
        Pattern(
            r"\bαπο\s+(?:το\s+|τα\s+|τισ\s+|τουσ\s+)?\d+(?:[,.]\d+)?\s*(?:%|[^\W\d_]+)?\s+(?:σε|στο|στα|στισ|στουσ"
            r"|κατω\s+απο)\s+(?:το\s+|τα\s+|τισ\s+|τουσ\s+)?\d",
            "Θέλουμε να μειώσουμε τον χρόνο διεκπεραίωσης από 12 σε 5 ημέρες και τα λάθη από το 8% στο 3%.",
        ),
    ),
    cue_patterns=(
        # Romanian: the aim stated as such ("scopul proiectului este să ...", "obiectivul principal este ca ...").
        Pattern(
            r"\b(?:scopul|obiectivul|[ţt]inta)\s+(?:[^\W\d_]+\s+){0,2}?(?:este|va fi|e)\s+(?:s[ăa]|ca|de a)\b",
            "Scopul proiectului este să scurteze timpul de răspuns, iar obiectivul principal este ca nicio cerere "
            "să nu se piardă.",
        ),
        # Romanian: a figure moved from one value to another ("reducem timpul de răspuns de la 12 la 5 zile",
        # "scăderea ratei de eroare de la 8 % la 3 %").
        Pattern(
            r"\b(?:reduce\w*|reduc\w*|sc[ăa]de\w*|sc[ăa]dea\w*|scurt\w*|cre[şs]t\w*|cre[şs]te\w*|m[ăa]ri\w*|"
            r"[îi]mbun[ăa]t[ăa][ţt]\w*|accelera\w*)\b[^.;]{0,50}?\bde la\s+\d+(?:[,.]\d+)?\s*(?:%|[^\W\d_]+)?\s+"
            r"la\s+\d",
            "Vrem să reducem timpul de răspuns de la 12 la 5 zile și rata de eroare de la 8 % la 3 %.",
        ),
        # Czech: a figure moved from one value to another ("zkrátit dobu vyřízení z 12 na 5 dnů", "snížit
        # chybovost z 8 % na 3 %").
        Pattern(
            r"\b(?:snížit|snížíme|snížení|zvýšit|zvýšíme|zvýšení|zkrátit|zkrátíme|zkrácení|zrychlit|zlepšit|zlepšíme)\b"
            r"[^.;]{0,50}?\bz\s+\d+(?:[,.]\d+)?\s*(?:%|[^\W\d_]+)?\s+na\s+\d",
            "Chceme do konce roku zkrátit dobu vyřízení z 12 na 5 dnů a snížit chybovost z 8 % na 3 %.",
        ),
        # Hungarian: a figure moved from one value to another ("a hibaarányt 8%-ról 3%-ra csökkentjük", "az
        # átfutási idő 12 napról 5 nap alá csökkenjen").
        Pattern(
            r"\b\d[\d\s]*(?:[,.]\d+)?\s*(?:%|[^\W\d_]+)?-?(?:ról|ről)\s+(?:[^\W\d_]+\s+)?\d[\d\s]*(?:[,.]\d+)?\s*"
            r"(?:%|[^\W\d_]+)?-?(?:ra|re|alá|fölé)\b",
            "A hibaarányt 8%-ról 3%-ra csökkentjük, az átfutási idő pedig 12 napról 5 nap alá csökkenjen.",
        ),
        # Croatian: a figure moved from one value to another ("vrijeme obrade smanjiti s 9 dana na 3 dana", "udio
        # pogrešaka sa 8% na 3%").
        Pattern(
            r"\bsa?\s+\d[\d.]*(?:,\d+)?\s*(?:%|[^\W\d_]+)?\s+na\s+(?:manje od\s+|ispod\s+)?\d[\d.]*(?:,\d+)?\s*"
            r"(?:%|[^\W\d_]+)?(?![\w])",
            "Vrijeme obrade želimo smanjiti s 9 dana na 3 dana, a udio pogrešaka sa 8% na 3%.",
        ),
        # A target said as a want: "she wants every photo from a flight checked within twenty minutes".
        Pattern(r"\b(?:wants?|want(?:ed)? to see|would like) (?:every|each|all)\b[^.;]{0,60}\bwithin \d+",
                "she wants every photo from a flight checked within 20 minutes of the drone landing."),
        # Turkish: a figure taken from one value to another ("süreyi 12 dakikadan 4 dakikanın altına", "%7'den %3'ün
        # altına indirmek"), read with "i" for "ı".
        Pattern(
            r"\d[\w'’,.]*(?:\s+[a-zçğöşü]+?)?(?:dan|den|tan|ten)\s+%?\d[^.;]{0,25}?\b(?:altina|altinda|üstüne|üzerine|indir\w*|düşür\w*|çikar\w*|artir\w*)",
            "numune başına süreyi 12 dakikadan 4 dakikanın altına, itiraz oranını da %7'den %3'ün altına indirmek istiyoruz",
        ),
        # A target set against today's figure in brackets: "check at least 95% of Reception children (against
        # 71% now)", "answer 80% within a day (against about 45% today)".
        Pattern(
            r"\b(?:at least|over|more than|under|below|fewer than|less than)\s+\d[\d.,]*\s*%?[^.;()]{0,80}\(\s*(?:against|versus|vs\.?|compared with|up from|down from)"
            r"\s+(?:about |around |roughly )?\d[\d.,]*\s*%?[^)]{0,20}\b(?:now|today|at present|currently|last year)\b",
            "let us check at least 95% of Reception children in the 2027/28 school year (against 71% now)",
        ),
        # A committed target with a date: "The Prevention Plan commits us to 60% by March 2028".
        Pattern(
            r"\b(?:commits? (?:us|the \w+)|aims?|pledged?|promised?|target(?:s|ing)?|goal is)\s+to\s+(?:reach\s+|get to\s+|hit\s+)?\d+(?:\.\d+)?\s*%\s+by\s+(?:[a-z]+\s+)?\d{4}\b",
            "The Prevention Plan 2025-28 commits us to 60% by March 2028.",
        ),
        # The outcome wanted, with a bound: "we want new starters to get an answer within a minute".
        Pattern(
            r'\bwe want\b(?! to know)[^.;]{0,80}\b(?:within|under|less than|faster|fewer|less time|more)\b',
            'We want new starters to get an answer within a minute, any time.',
        ),
        # The movement the team wants, with its number: "we want abstraction time down to under 1 hour".
        Pattern(
            r'\b(?:we want|we aim|our aim|the aim|we are aiming|we hope|we expect)\b[^.;]{0,60}'
            r'\b(?:down to|up to|below|under|above|over|at least|at most|to)\s+(?:under |below |about |around )?\d',
            'We want abstraction time down to under 1 hour per lease and key-date errors below 1%.',
        ),
        Pattern(
            r'\bfrom\s+[$€£]?\d[\d.,]*\s*(%|\S{1,12})?\s+to\s+(?:[≤≥<>]=?\s*|(?:under|below|over|above|less than|more than|at least|at most)\s+)?[$€£]?\d',
            'results that violate the constraint falls from 21% to ≤ 10%;',
        ),
        Pattern(
            r'\b(?:rise|grow|go|fall|drop|climb|move|increase|decrease|reduce|cut|bring|lift)\w*\b[^.;]{0,60}\bfrom\s+(?:about|around|roughly|approximately|~)\s*[$€£]?\d[\d.,]*\s*(?:%|\S{1,12}(?:\s+(?:a|an|per|each|every)\s+\w{1,10})?)?\s+(?:today\s+|now\s+|currently\s+)?to\s+(?:about\s+|around\s+)?[$€£]?\d',
            'We want the share of fraud caught early to rise from about 20% today to 50% by December.',
        ),
        # What would make it worth it, with a number: "Worth it for me if every enquiry gets a reply within 24 hours".
        Pattern(
            r'\b(?:worth it|worth doing|worth the money|a success)\b[^.;]{0,20}\bif\b[^.;]{0,100}\d',
            'Worth it for me if every enquiry gets a reply within 24 hours.',
        ),
    ),
)
