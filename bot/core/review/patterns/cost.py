"""Matching patterns for the `cost` rubric item (Cost and unit economics); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        'コスト',
        'cost', 'costs', 'financial implications', 'financial', 'resource implications', 'cost estimate', 'unit economics', 'budget', 'pricing', 'infrastructure cost', 'economics',
        'latency and cost', 'cost and latency', '成本', '费用', '预算', '单位经济', '算力',
        'money', 'spend', 'what it costs',
        # a deck's "Investment & ROI" slide
        'investment', 'roi', 'return on investment',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'costo', 'costos', 'coste', 'costes', 'presupuesto',
        # French section names (a spec written in French, or in French and English).
        'budget', 'coûts', 'coût',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'custos', 'custo', 'orçamento',
        # German section names (a spec written in German, or in German and English).
        'kosten', 'wirtschaftlichkeit',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'costi', 'costo', 'spesa', 'budget', 'copertura finanziaria',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'financiën', 'begroting', 'financiële gevolgen', 'dekking',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'koszt', 'koszty', 'szacunkowy koszt', 'kosztorys', 'koszty utrzymania', 'budżet projektu', 'finansowanie',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'biaya', 'anggaran', 'estimasi biaya', 'rincian biaya', 'pembiayaan',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'chi phí', 'kinh phí', 'ngân sách', 'dự toán', 'chi phí vận hành',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'maliyet', 'maliyetler', 'bütçe', 'maliyet tahmini', 'giderler',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'ekonomi', 'kostnader', 'kostnad', 'kalkyl', 'investering', 'finansiering',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'økonomi', 'omkostninger', 'udgifter', 'finansiering', 'investering', 'driftsomkostninger',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'kharcha', 'laagat', 'lagat',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'kustannukset', 'budjetti', 'talous', 'rahoitus', 'investointi',
        'käyttökustannukset', 'kulut', 'kustannusarvio',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'økonomiske rammer', 'økonomiske konsekvenser', 'budsjett', 'kostnadsoverslag', 'kostnadsestimat',
        'driftskostnader',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'pressupost', 'finançament', 'impacte econòmic', 'recursos econòmics', 'viabilitat econòmica',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'náklady', 'rozpočet', 'kalkulace', 'financování', 'ekonomika', 'ekonomické dopady', 'finanční dopady',
        'odhad nákladů', 'provozní náklady', 'kolik to stojí', 'investice', 'návratnost', 'návratnost investice',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'costuri', 'costurile', 'costul', 'costul proiectului', 'buget', 'bugetul', 'finanțare', 'finanțarea',
            'estimarea costurilor', 'costuri de operare', 'costuri operaționale', 'cât costă', 'investiție',
            'investiția', 'rentabilitate', 'rentabilitatea investiției', 'impact financiar', 'impactul financiar',
            'resurse financiare', 'aspecte financiare',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'költségek', 'költségvetés', 'kalkuláció', 'finanszírozás', 'pénzügyi hatások', 'költségbecslés',
        'üzemeltetési költségek', 'mennyibe kerül', 'beruházás', 'megtérülés', 'a befektetés megtérülése',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'κόστος', 'κόστη', 'κόστος και οφέλη', 'προϋπολογισμός', 'ανάλυση κόστους', 'ανάλυση κόστους-οφέλους',
        'χρηματοδότηση', 'δαπάνες', 'λειτουργικό κόστος', 'απόδοση της επένδυσης',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'troškovi', 'trošak', 'proračun', 'financiranje', 'financijski učinci', 'procjena troškova',
            'troškovi održavanja', 'operativni troškovi', 'koliko košta', 'ulaganje', 'povrat ulaganja', 'cijena',
        ),
    ),
    conventional=('costs', 'spend', 'money'),
    cues=(
        # how it is priced, with or without a figure
        'priced per',
        'cost per', 'per request', 'per query', 'per call', 'tokens', 'input tokens', 'output tokens',
        'per million tokens', 'per 1k tokens', 'inference cost', 'compute cost', 'gpu', 'gpu hours', 'api spend',
        'api cost', 'monthly cost', 'budget', 'unit economics', 'gross margin', 'margin', 'caching', 'cache hit',
        'cheaper model', 'smaller model', 'latency', 'cost ceiling', '成本', '费用', '预算', 'token', '算力', '单次调用', '毛利',
        '缓存命中', '延迟',  # an answer cache's hit rate; "离线缓存" on a phone is no cost plan
        '每次调用', 'dollars a month', 'a cent',
        'basically free', 'costs nothing', 'api calls', 'per month in',
        'cents', 'per document', 'per user',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '費用', '予算', 'コスト', '月額', '利用料', '見積', '初期費用',
        # Spanish body wording.
        'cuesta', 'costo', 'presupuesto', 'al mes', 'por foto', 'dólares',
        # French body wording.
        'coût', 'coûte', 'par radio',
        # Portuguese body wording.
        'custa', 'custo', 'orçamento', 'reais',
        # German body wording.
        'kosten', 'kostet', 'lizenz',
        # Italian body wording.
        'spesa complessiva', 'canone annuo', 'iva inclusa', 'copertura finanziaria',
        # Dutch body wording.
        'eenmalig', 'licentie', 'de kosten bedragen', 'per jaar voor', 'besparing', 'begrotingspost',
        # Polish body wording.
        'zł', 'złotych', 'pln', 'koszt', 'koszty', 'kosztów', 'rocznie', 'brutto', 'netto', 'utrzymanie', 'abonament', 'licencja', 'oszczędności',
        # Indonesian body wording.
        'biaya', 'anggaran', 'rupiah', 'juta', 'per bulan', 'per tahun', 'lisensi', 'langganan', 'hemat',
        # Vietnamese body wording.
        'chi phí', 'kinh phí', 'ngân sách', 'giá thành', 'phí duy trì', 'phí thuê bao', 'phí bản quyền', 'giá trị hợp đồng', 'tiết kiệm được',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'maliyet*', 'masraf*', 'bütçe*', 'giderler', 'giderleri', 'lisans*', 'abonelik*', 'aylık ücret', 'tasarruf*',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'kostnad*', 'kostar', 'kronor', 'tkr', 'mkr', 'driftkostnad*', 'investering*', 'licensavgift*', 'budget*', 'per månad', 'per år', 'årligen',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'omkostning*', 'koster', 'kroner', 'mio. kr', 'driftsomkostning*', 'investering*', 'licensen', 'licenser',
        'licensudgift*', 'budgettet', 'om måneden', 'om året', 'årligt', 'finansieret af', 'bevilling*',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'kharcha', 'kharche', 'laagat', 'lagat', 'paisa', 'paise', 'lakh', 'crore', 'har mahine', 'per mahina',
        'rupaye', 'rupay',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'kustannu*', 'maksaa', 'maksavat', 'euroa', 'budjetti*', 'investoin*', 'lisenssi*', 'kuukaudessa', 'vuodessa',
        'ylläpitoon', 'ylläpitokustannu*', 'takaisinmaksu*', 'maksavat itsensä takaisin', 'maksaa itsensä takaisin',
        'säästö*', 'hankinta*', 'henkilötyöpäiv*', 'työaikaa kuluu', 'rahoitetaan',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'driftskostnad*', 'lisenskostnad*', 'prosjektkostnad*', 'totalkostnad*', 'investeringskostnad*', 'lisens',
        'lisensen', 'budsjett*', 'driftsbudsjett*', 'per måned', 'i måneden', 'i året', 'årlig*', 'finansiert av',
        'finansieres av', 'bevilgning*', 'dekkes av', 'mill. kr', 'millioner kroner', 'kr', 'nåverdi*',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'costarà', 'costaria', 'costen', 'costaran', 'pressupost*', 'llicència anual', 'llicència de programari',
        'llicències de programari', 'quota mensual', 'quota anual', 'subscripció', 'cost anual', 'cost mensual',
        'cost total', 'inversió', 'finançat per', 'finançada per', 'finançament', 'subvenció', 'estalvi*', 'iva inclòs',
        'cost de manteniment', 'amortitz*',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'bude stát', 'stojí nás', 'náklady', 'nákladů', 'nákladech', 'nákladům', 'rozpoč*', 'kč', 'korun', 'licenci',
        'licencí', 'licenční*', 'předplatné', 'ročně', 'pořizovací cen*', 'provozní náklady', 'cena za', 'hrazen*',
        'úspor*', 'ušetří', 'ušetříme', 'dotac*', 'financován*', 'zdarma', 'bezplatn*', 'zadarmo',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it). 'costă' and 'gratuită' only with their
        # diacritic (Italian "costa", Portuguese "gratuita").
        'costă', 'gratuită',
        *romanian(
            'va costa', 'vor costa', 'costurile', 'costuri', 'costul', 'costului', 'costurilor', 'buget*', 'lei',
            'licență', 'licențe', 'licența', 'licențele', 'licențiere', 'anual', 'preț de achiziție',
            'prețul de achiziție', 'cost de operare', 'costuri de operare', 'costuri de întreținere',
            'costurile de întreținere', 'plătit de', 'plătită de', 'suportat de', 'suportată de', 'economii',
            'economisi*', 'subvenț*', 'finanțat*', 'finanțare', 'gratuit', 'gratuite', 'gratuiți', 'fără tva',
            'cu tva', 'tva', 'valoarea contractului', 'în valoare de', 'are o valoare de', 'fără costuri',
            'fără cost',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'kerülni fog', 'költség*', 'költségvetés*', 'forint*', 'licencdíj*', 'licencet', 'licencek', 'előfizetés*',
        'évente', 'beszerzési ár*', 'megtakarít*', 'spórol*', 'pályázati forrás*', 'ingyenes*', 'ingyen',
        # a price to users, with nothing on what it costs to run ("serà gratuït per a les escoles")
        'gratuït', 'gratuïta', 'de franc',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'κόστ*', 'κοστίζει', 'προϋπολογισμ*', 'δαπάν*', 'ευρώ τον μήνα', 'ευρώ το μήνα', 'ευρώ ετησίως', 'ευρώ ανά',
        'άδεια χρήσης', 'συνδρομή', 'συνδρομής', 'λειτουργικά έξοδα', 'απόσβεση', 'εξοικονόμηση', 'εξοικονομούμε',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'košta*', 'koštat će', 'trošak', 'troška', 'troškovi', 'troškova', 'troškove', 'troškovima', 'eura',
            'proračun*', 'licencu', 'licenciju', 'pretplat*', 'godišnje održavanje', 'godišnje', 'bez pdv-a',
            'pdv-a', 'ušted*', 'besplatn*', 'bez naknade', 'iznos od', 'na iznos', 'vrijednost ugovora',
            'eu fondov*',
        ),
    ),
    mentions=(
        # who paid, with no figure: "the whole thing was paid for out of a small innovation grant"
        'paid for out of', 'paid for by a grant',
        # who pays, with no figure: "SpotWise is a paid option", "MarkSnap is paid for from the school's budget"
        'is a paid option', 'paid for from the',
        # "It was funded from the government's Active Travel Fund."
        'was funded from', 'was funded by', 'is funded from', 'is funded by', 'will be funded from', 'will be funded by',
        '收费', '花费', '开销', '账单', '按次', '按量', '毛钱', '块钱',
        # Czech: who pays, with no figure ("licenci zaplatí kraj").
        'zaplatí', 'zaplatíme', 'hradí',
        # Romanian: who pays, with no figure ("licența o plătește primăria").
        *romanian(
            'plătește', 'plătim', 'va plăti', 'vom plăti', 'plătesc',
        ),
        # Hungarian: who pays, with no figure ("a licencet a megye fizeti").
        'fizeti', 'fizetjük', 'állja',
        # Greek: who pays, with no figure ("την άδεια την πληρώνει ο δήμος").
        'ποιος πληρώνει', 'την πληρώνει', 'το πληρώνει',
        # Croatian: everyday wording that finds the item and says nothing specific of it.
        *croatian(
            'plaćamo', 'financira', 'financiraju', 'snosi',
        ),
    ),
    vague=(
        # Swedish: the item named, nothing said of it ("driftkostnaden bedöms som rimlig").
        'bedöms som rimlig', 'rimlig kostnad', 'ryms inom', 'låg kostnad', 'försumbar kostnad',
        # Danish: the item named, nothing said of it ("omkostningen vurderes som rimelig").
        'vurderes som rimelig', 'rimelig omkostning', 'holdes inden for', 'afholdes inden for', 'lav omkostning',
        'ubetydelig omkostning',
        # Hinglish: the item named, nothing said of it ("kharcha zyada nahi hoga").
        'zyada kharcha nahi', 'kam kharcha', 'sasta hai', 'budget mein ho jayega',
        # Finnish: the item named, nothing said of it ("kustannukset arvioidaan kohtuullisiksi").
        'kohtuullinen kustannus', 'kohtuulliset kustannukset', 'arvioidaan kohtuulliseksi',
        'arvioidaan kohtuullisiksi', 'mahtuu budjettiin', 'katetaan nykyisestä budjetista', 'vähäiset kustannukset',
        'pienet kustannukset',
        # Norwegian: the item named, nothing said of it ("kostnaden vurderes som rimelig").
        'rimelig kostnad', 'lav kostnad', 'ubetydelig kostnad', 'innenfor eksisterende rammer',
        'innenfor eksisterende budsjett', 'innenfor dagens rammer',
        # Catalan: the item named, nothing said of it ("el cost es considera raonable").
        'es considera raonable', 'cost raonable', 'cost assumible', 'baix cost', 'cost mínim', 'cost reduït',
        'dins del pressupost', 'amb els recursos actuals', 'es pagarà sol',
        # Czech: the item named, nothing said of it ("náklady budou nízké a vejdou se do rozpočtu").
        'přiměřené náklady', 'nízké náklady', 'minimální náklady', 'zanedbatelné náklady', 'náklady budou nízké',
        'v rámci rozpočtu', 'ze stávajícího rozpočtu', 'v rámci stávajících zdrojů', 'zaplatí se samo', 'vyplatí se',
        'vejdou se do rozpočtu',
        # Romanian: the item named, nothing said of it ("costurile vor fi mici și se încadrează în buget").
        *romanian(
            'costuri rezonabile', 'cost rezonabil', 'costuri reduse', 'cost redus', 'costuri minime', 'cost minim',
            'costuri neglijabile', 'costurile vor fi mici', 'costuri mici', 'în limita bugetului',
            'în limitele bugetului', 'din bugetul existent', 'din bugetul actual', 'cu resursele existente',
            'se amortizează', 'se va amortiza', 'se plătește singur', 'se va plăti singur',
        ),
        # Hungarian: the item named, nothing said of it ("a költségek alacsonyak lesznek, belefér a keretbe").
        'alacsony költség*', 'minimális költség*', 'elhanyagolható költség*', 'a költségek alacsonyak',
        'belefér a költségvetésbe', 'belefér a keretbe', 'meglévő keret*', 'megtérül', 'kifizetődő',
        # Vietnamese and Turkish: cheap, with no figure ("Maliyeti çok düşük").
        'maliyeti çok düşük', 'çok düşük maliyet', 'chi phí thấp', 'không đáng kể',
        # Press-release hand-waving: the item named in a slogan, nothing said of it.
        'significant investment', 'substantial investment', 'major investment',
        # "Cost-wise it's basically nothing compared to SE hours"
        'cost-wise', 'basically nothing', 'basically free',
        'pay for itself', 'pays for itself', 'cost-effective', 'cost effective',
        'should be cheap', 'pretty cheap', "it's cheap", 'affordable', 'cost is not a concern', 'negligible',
        'minimal cost', 'tbd', '待定', '成本可控', '成本不高', 'expected to be low', 'costs will be modest', 'a few cents',
        'fine for our budget',
        'modest investment', 'strong roi', 'roi expected',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '投入产出比高', '另行申报',
        # Greek: the item named, nothing said of it ("το κόστος θα είναι χαμηλό").
        'χαμηλό κόστος', 'το κόστος θα είναι χαμηλό', 'εντός προϋπολογισμού', 'λογικό κόστος',
        'οικονομικά αποδοτικ*', 'θα αποσβεστεί γρήγορα',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'niski troškovi', 'niske troškove', 'minimalni troškovi', 'zanemarivi troškovi', 'uklapa se u proračun',
            'u okviru proračuna', 'isplatit će se', 'isplativ*',
        ),
    ),
    concrete=(
        Pattern(
            r'\$\s?\d',
            'merchandise value (GMV) per search session | $4.10 | +2.0% (minimum detectable effect 1.2%)',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*(usd|dollars|cents|¢|eur|€|euros?|pence|pounds|gbp|£|chf|rupees|inr|yen)\b',
            'about 3 cents per request',
        ),
        Pattern(
            r'[£€]\s?\d',
            'Transcription and drafting cost about 3 pence per note, around £2,400 a month at full use',
        ),
        Pattern(
            r'\b\d+(,\d{3})*(\.\d+)?\s*(k|m)?\s*(input |output |prompt |completion )?tokens\b',
            'our review guidelines (condensed to about 1,200 tokens), the diff hunk, 150 lines of surrounding',
        ),
        Pattern(
            r'\bper\s+(1k|1m|million|thousand)\s+tokens\b',
            'priced at $3 per million tokens',
        ),
        Pattern(
            r'\b\d+\s*gpu[- ]?hours?\b',
            '- **Training:** monthly retrain ≈ 40 GPU-hours (≈ $120); offline LLM label generation ≈',
        ),
        Pattern(
            r'[¥￥]\s?\d',
            '每月约 ¥8000',
        ),
        Pattern(
            r'\d+(\.\d+)?\s*(元|万元|分钱|块)',
            '每次调用约 0.05 元',
        ),
        Pattern(
            r'\bp(50|90|95|99)\b.{0,20}\d+\s*(ms|s)\b',
            '| Guardrail | Search latency p95 (end to end) | 310 ms | ≤ 380 ms |',
        ),
        Pattern(
            '\\d[\\d,]*(?:\\.\\d+)?\\s*(?:円|万円|億円)',
            '月額利用料(1台3,300円×40台)',
        ),
    ),
    cue_patterns=(
        # a price per unit of work: "$0.002 per draft", "£0.60 per lease", "¥0.003 per image"
        Pattern(r"[$€£¥]\s?\d[\d.,]*k?\s*(?:per|a|an|each)\s+[a-z]+", 'cost is about $0.002 per draft; at 40k refund emails a month'),
    ),
)
