"""Matching patterns for the `need_for_ai` rubric item (Why AI); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        'why ai', 'why use ai', 'why machine learning', 'why ml', 'why llm', 'why an llm', 'why not rules',
        'need for ai', 'does this need ai', 'alternatives considered', 'alternatives', 'non-ai alternatives',
        'why not', 'why a model', 'needs a model', 'need a model', 'do this already', 'already do this', 'why not a simpler solution', 'is ai needed', 'do we need ai', 'is ai the answer',
        'is a model the answer', 'rules vs ai', 'ai vs rules', '为什么用ai', '为什么用 ai', '为什么需要ai', '为什么需要 ai', '为什么用大模型', '为什么不用规则', '必要性', '替代方案', '为什么要用模型', '为什么用模型', '为什么需要模型', 'why not just',
        # The question a skeptic asks, as a heading: "Couldn't we just use grep?", "Do we even need a model?"
        # Why the simpler thing falls short: "Why the current script isn't enough", "Why a better script won't do it"
        'why the current', 'why the existing', 'why a better', 'why a fixed',
        'could not we just', 'cannot we just', 'the old way', 'what we tried', 'why a simple', 'tried first', 'what we tried first', 'could we just', 'can we just', 'why not simply', 'do we even need',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'por qué ia', 'por qué usar ia', 'por qué un modelo', 'algo más sencillo', 'alternativas',
        # French section names (a spec written in French, or in French and English).
        "pourquoi l'ia", 'pourquoi l’ia', 'pourquoi un modèle', 'alternatives',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'por que ia', 'por que inteligência artificial', 'por que usar ia', 'por que um modelo', 'alternativas',
        # German section names (a spec written in German, or in German and English).
        'warum ki', 'warum ein lernendes verfahren', 'warum maschinelles lernen', 'warum ein modell', 'alternativen',
        # Italian section names (a spec written in Italian, or in Italian and English).
        "perché l'ia", "perché l'intelligenza artificiale", 'alternative', 'perché un modello',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'waarom ai', 'waarom kunstmatige intelligentie', 'alternatieven', 'overwogen alternatieven', 'andere oplossingen', 'waarom een model',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'dlaczego sztuczna inteligencja', 'dlaczego ai', 'dlaczego si', 'dlaczego model', 'alternatywy', 'rozważane alternatywy', 'inne rozwiązania',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'kenapa ai', 'mengapa ai', 'kenapa pakai ai', 'mengapa menggunakan ai', 'alternatif', 'solusi lain', 'kenapa model',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'tại sao dùng ai', 'tại sao cần ai', 'vì sao dùng ai', 'vì sao cần ai', 'tại sao ai', 'vì sao ai', 'tại sao dùng trí tuệ nhân tạo', 'giải pháp thay thế', 'phương án thay thế', 'các phương án khác',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'neden ai', 'neden yapay zeka', 'neden yapay zekâ', 'neden makine öğrenmesi', 'neden model', 'alternatifler', 'diğer çözümler',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'varför ai', 'varför maskininlärning', 'varför en modell', 'varför inte en enklare lösning', 'alternativ', 'alternativa lösningar', 'enklare alternativ',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'hvorfor ai', 'hvorfor kunstig intelligens', 'hvorfor maskinlæring', 'hvorfor en model', 'alternativer', 'alternative løsninger', 'hvorfor ikke en simpel løsning', 'simplere alternativer',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'ai kyun', 'ai kyon', 'ai ki zarurat', 'ai ki zaroorat',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'miksi tekoäly', 'miksi tekoälyä', 'miksi koneoppiminen', 'miksi koneoppimista', 'miksi malli', 'vaihtoehdot',
        'vaihtoehtoiset ratkaisut', 'miksi ei yksinkertaisempi ratkaisu', 'nykyiset keinot', 'miksi nykyiset keinot eivät riitä',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'hvorfor ki', 'hvorfor ikke en enkel løsning', 'enklere alternativer', 'alternativvurdering', 'vurderte alternativer', 'alternativanalyse',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'per què ia', 'per què intel·ligència artificial', 'per què un model', 'per què aprenentatge automàtic', 'per què cal la ia', 'opcions considerades', 'per què no una solució més senzilla',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'proč ai', 'proč umělá inteligence', 'proč umělou inteligenci', 'proč strojové učení', 'proč model',
        'proč ne jednodušší řešení', 'proč ne pravidla', 'zvažované alternativy', 'alternativy', 'alternativní řešení', 'posouzení alternativ', 'varianty řešení', 'zvažované varianty',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'de ce ai', 'de ce ia', 'de ce inteligența artificială', 'de ce inteligență artificială',
            'de ce un model', 'de ce învățare automată', 'de ce nu o soluție mai simplă', 'de ce nu reguli',
            'alternativele', 'variante analizate', 'variantele analizate', 'opțiuni analizate', 'opțiuni luate în considerare', 'analiza alternativelor',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'miért ai', 'miért mesterséges intelligencia', 'miért gépi tanulás', 'miért modell', 'miért nem elég',
        'miért nem szabályalapú', 'alternatívák', 'megfontolt alternatívák', 'lehetséges alternatívák', 'egyszerűbb megoldások', 'megoldási változatok',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'γιατί τεχνητή νοημοσύνη', 'γιατί ai', 'γιατί μηχανική μάθηση', 'εναλλακτικές', 'εναλλακτικές λύσεις', 'εξεταζόμενες εναλλακτικές', 'γιατί όχι κανόνες', 'τεκμηρίωση της ανάγκης',
        # Croatian section names, also as typed without diacritics.
        *croatian('zašto ai', 'zašto umjetna inteligencija', 'zašto strojno učenje', 'zašto model', 'jednostavnija rješenja', 'zašto ne pravila',
            'zašto nije dovoljno'),
    ),
    conventional=('alternatives',),
    cues=(
        # the old way said to fail, with no figure: "inductive loop detectors, which often failed to detect bicycles"
        'which often failed to', 'which often fail to', 'which regularly failed to', 'which frequently failed to',
        # the check already in place, and why it falls short
        'check alone', 'alone does not', 'alone cannot',
        'rules-based', 'rule-based', 'rules engine', 'keyword rules', 'keyword rule', 'rule set', 'keyword matching', 'regex', 'heuristic',
        'heuristics', 'if-then', 'decision tree', 'lookup table', 'without ai', 'non-ai', 'simpler solution',
        'simple rules', 'hand-written rules', 'deterministic', 'why ai', 'why not rules', 'unstructured', 'free text',
        'free-form', 'long tail', 'too many variations', 'rules baseline', 'rules-based approach', 'without a model',
        'a simpler tool', 'existing rules', 'templates', 'does this need ai', '规则', 'keyword filter',
        'string matching', 'rules bot', 'simpler alternative', 'simpler option', '关键词匹配', '正则', '人工规则', '非结构化', '长尾', '不用ai', '不用 ai',
        '模板', '关键词清单', '关键词', '很多种写法', '理解语义', 'lookup', 'filters', 'in their own words', 'many different ways',
        'learned model', 'than rules', 'rules cannot', "rules can't", 'beats rules',
        'plain rule', 'fixed list of rules', 'a fixed rule', 'rules only', 'only rules', 'what a model', 'a model picks up', 'a model would learn', 'hand-written rule', 'keyword search', '为什么要用模型', '为什么用模型', '为什么需要模型', '试过', '移动平均', '凭经验',
        '简单的办法', '简单办法', '简单的方法', '更简单的', 'we tried', 'tried that', 'tried it', 'why not just', 'why not the', 'why not use', 'a diff', 'understands', 'understand', 'language understanding', 'the only way', "can't read", 'cannot read', '为什么不', '不准', '理解',
        # the rule tried before, and why a model: "which no fixed rule the team could write does; that is why a
        # trained model is being used", "The spreadsheet rule the previous manager used … always fired after the rise"
        'no fixed rule', 'spreadsheet rule', 'why a trained model', 'why a learned model',
        # the simpler fixes weighed, in an 8D or a post-mortem: "Why not a simpler fix? We looked at three:"
        'simpler fix', 'simpler approach', 'why not a simpler',
        # the fixed trigger tried before: "fired in 71% of sessions … a fixed trigger cannot tell them apart from a
        # candidate looking down at scrap paper"; "can be told apart from the air tools by a trained model"
        'fixed trigger', 'fixed triggers', 'cannot tell them apart', "can't tell them apart", 'be told apart',
        # one trigger cannot combine the factors: "One temperature trigger in one spot can't weigh those"
        "can't weigh", 'cannot weigh', "can't combine", 'cannot combine',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '今の仕組み', '従来の仕組み', 'ルールでは', '一律の条件', '人手では', '解決しない', '対応できない', '扱えない', '試したが', '見分けられない',
        # Spanish body wording.
        'regla fija', 'reglas fijas', 'una regla fija', 'una regla no', 'las reglas no', 'más sencillo', 'no alcanza', 'no da abasto', 'no funcionó',
        # French body wording.
        'une règle ne', 'les règles ne', 'plus simple', 'déjà essayé', 'ne suffit pas', 'réglage fixe', 'règle fixe', 'ne sait pas distinguer', 'demanderait un',
        # Portuguese body wording.
        'uma regra não', 'as regras não', 'palavras-chave não', 'mais simples', 'não daria conta', 'não dá conta', 'não funcionou', 'não basta',
        # German body wording.
        'regeln reichen nicht', 'feste regeln', 'einfacher', 'haben wir versucht', 'reicht nicht', 'regelbasiert',
        # Italian body wording.
        'una regola non', 'le regole non', 'più semplice', 'non basta', 'non è bastato', 'non ha funzionato',
        # Dutch body wording.
        'andere oplossingen', 'vaste regel', 'voldoen niet', 'voldoet niet', 'lukt niet', 'eenvoudiger', 'leert herkennen', 'uit voorbeelden',
        # Polish body wording.
        'stała reguła', 'stałej reguły', 'prosta reguła', 'prostej reguły', 'proste reguły', 'sztywne reguły', 'reguły nie', 'nie wystarcza', 'nie wystarczy', 'nie sprawdza się', 'nie sprawdziło się', 'nie sprawdziła się', 'nie sprawdził się', 'prostsze rozwiązanie', 'próbowaliśmy', 'nie odróżnia', 'zbyt ogólna', 'zbyt ogólne',
        # Indonesian body wording.
        'aturan tetap', 'aturan sederhana', 'tidak bisa dilakukan', 'gak bisa dilakukan', 'tidak cukup', 'gak cukup', 'sudah dicoba', 'sudah coba', 'cara lain', 'lebih sederhana', 'tidak bisa membedakan', 'gak bisa bedain', 'masih nemu', 'masih menemukan',
        # Vietnamese body wording.
        'quy tắc cố định', 'quy tắc đơn giản', 'ngưỡng cố định', 'không phân biệt được', 'không thể phân biệt', 'chỉ đúng', 'không đủ chính xác', 'đã thử', 'cách đơn giản hơn', 'phương pháp truyền thống', 'không thể làm thủ công', 'chỉ làm được', 'phụ thuộc nhiều yếu tố',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'denedik ama', 'denendi ama', 'ama olmadı', 'ancak olmadı', 'işe yaramadı', 'yeterli olmadı', 'kural tabanlı', 'basit kural*', 'sabit eşik', 'ayırt edemi*', 'ayırt edeme*', 'klasik yöntem*', 'geleneksel yöntem*', 'daha basit',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'enklare lösning', 'enkel regel', 'enkla regler', 'fast regel', 'fasta regler', 'fast tröskel', 'fasta trösklar', 'regelbaserad*', 'prövade vi', 'vi prövade', 'testade vi', 'försökte vi', 'räcker inte', 'räckte inte', 'fungerade inte', 'kan inte skilja', 'inte skilja', 'kan inte fånga', 'inte fånga',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'hvorfor ikke bare', 'simpel regel', 'simple regler', 'enkle regler', 'fast grænse', 'faste grænser',
        'fast tærskel', 'regelbaseret*', 'har vi prøvet', 'vi prøvede', 'prøvede vi', 'forsøgte vi', 'rækker ikke',
        'virkede ikke', 'fungerede ikke', 'kan ikke skelne', 'ikke skelne', 'kan ikke fange', 'fanger ikke',
        'alarmtræthed', 'blev slået fra', 'for mange alarmer', 'udviklingen over', 'den enkelte værdi',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'kyun nahi', 'try kiya tha', 'kaam nahi kiya', 'nahi chala', 'se nahi hoga', 'kaafi nahi', 'samajhna padega',
        'rules se', 'simple rule*', 'keyword list', 'if-else', 'har baar alag',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'yksinkertaisempi ratkaisu', 'yksinkertainen sääntö', 'yksinkertaista sääntöä', 'yksinkertaiset säännöt',
        'kiinteä raja', 'kiinteät rajat', 'sääntöpohjai*', 'kokeilimme', 'kokeiltiin', 'yritimme', 'ei riitä',
        'eivät riitä', 'ei riittänyt', 'eivät riittäneet', 'ei toiminut', 'eivät toimineet', 'ei pysty erottamaan',
        'ei erota', 'poikkesi*', 
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'enkel regel', 'fast grense', 'faste grenser', 'regelbasert*', 'har vi prøvd', 'vi prøvde', 'prøvde vi',
        'forsøkte vi', 'strekker ikke til', 'virket ikke', 'fungerte ikke', 'kan ikke skille', 'ikke skille',
        'fanger ikke opp', 'alarmtretthet', 'for mange alarmer', 'holde oversikt over', 'samspillet mellom', 'mange variabler',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'regla simple', 'regles simples', 'regla fixa', 'regles fixes', 'basat en regles', 'basada en regles',
        'llindar fix', 'llindars fixos', "no n'hi ha prou", 'no n’hi ha prou', 'no és suficient', 'no són suficients',
        'no va funcionar', 'no funcionava', 'vam provar', 'vam intentar', 'no pot distingir', 'no es pot distingir',
        'no distingeix', 'no sap distingir', 'més senzill', 'més senzilla', 'més simple', 'massa variables',
        'massa factors', 'moltes variables', 'molts factors', 'cap regla', 'full de càlcul',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'jednoduchá pravidla', 'jednoduchých pravidel', 'jednoduché pravidlo', 'pevná pravidla', 'pevných pravidel',
        'na základě pravidel', 'pravidlový', 'pravidlového', 'klíčová slova', 'klíčových slov', 'nestačí', 'nestačil*',
        'nefungoval*', 'zkoušeli jsme', 'zkusili jsme', 'nedokáže rozlišit', 'nelze rozlišit', 'nerozliší',
        'neumí rozlišit', 'jednodušší řešení', 'jednodušší způsob', 'příliš mnoho proměnných', 'mnoho proměnných',
        'mnoho faktorů', 'příliš mnoho faktorů', 'excelov*', 'pevný práh', 'pevného prahu', 'nedostatek lidí',
        'nedostatek personálu', 'nedostatek odborníků', 'nemáme kapacitu', 'nemáme dost lidí',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'reguli simple', 'reguli fixe', 'bazat pe reguli', 'bazată pe reguli', 'pe bază de reguli',
            'cuvinte cheie', 'nu este suficient', 'nu e suficient', 'nu sunt suficiente', 'nu ajunge',
            'nu a funcționat', 'nu au funcționat', 'nu funcționa', 'am încercat', 'nu poate distinge',
            'nu poate deosebi', 'nu deosebește', 'nu distinge', 'nu poate face diferența', 'soluție mai simplă',
            'mai simplu', 'mai simplă', 'prea multe variabile', 'prea mulți factori', 'multe variabile',
            'mulți factori', 'foaie de calcul', 'prag fix', 'lipsă de personal', 'personal insuficient',
            'nu avem destui oameni', 'nu avem suficienți oameni', 'nu avem capacitatea', 'decât un om', 'decât oamenii',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'szabályalapú', 'egyszerű szabály*', 'rögzített szabály*', 'kulcsszav*', 'nem elég', 'nem elegendő',
        'nem működött', 'kipróbáltuk', 'megpróbáltuk', 'nem tudja megkülönböztetni', 'nem lehet megkülönböztetni',
        'egyszerűbb megoldás*', 'túl sok tényező', 'sok tényező', 'túl sok változó', 'sok változó',
        'táblázatkezelő*', 'fix küszöb*', 'nincs elég ember', 'nincs elég munkatárs', 'munkaerőhiány*',
        'nincs kapacitás*', 'egyenként átnéz*', 'kézzel átnéz*', 'emberi erővel',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'απλοί κανόνες', 'οι κανόνες δεν', 'με κανόνες', 'σταθερούς κανόνες', 'δεν κλιμακών*', 'δεν αρκούν', 'δεν αρκεί', 'δεν επαρκ*', 'αδύνατο να', 'ανθρώπινο μάτι', 'μοτίβα', 'εναλλακτικ*',
        'εξετάσαμε', 'απλούστερη λύση', 'χωρίς τεχνητή νοημοσύνη', 'χωρίς ai', 'εκατοντάδες', 'χιλιάδες',
        # Croatian body wording, also typed without diacritics ("*" is a stem: Croatian adds case, number, gender).
        *croatian('na temelju pravila', 'temeljen na pravilima', 'jednostavna pravila', 'jednostavno pravilo', 'fiksna pravila', 'ključne riječi',
            'nije dovoljno', 'nije dovoljan', 'nije dovoljna', 'nije uspjelo', 'nije uspjela', 'pokušali smo', 'pokušano je', 'pokušana je', 'pokušan je',
            'isprobali smo', 'ne može razlikovati', 'ne mogu razlikovati', 'previše čimbenika', 'mnogo čimbenika', 'previše varijabli', 'previše kombinacija',
            'jednostavnije rješenj*', 'nema dovoljno ljudi', 'manjak ljudi', 'nedostatak osoblja', 'nema kapaciteta', 'ručno pregledavati',
            'pregledavati ručno', 'ručno pregledati', 'jedan po jedan', 'jednu po jednu'),
    ),
    mentions=(
        # the simpler way considered and set aside in a line: "We did think about simply making the times longer"
        'think about simply', 'thought about simply', 'considered simply',
        # "We need something that looks ahead rather than reacting to the gap."
        'need something that', 'rather than reacting',
        # the sceptic's simpler way, asked and not answered: "can't we just filter on keywords"
        "can't we just", "couldn't we just", 'why not just', 'filter on keywords', 'keyword filter',
        # today's tool named as rule-bound: "PitStop works on rules about the file, not on what's in the picture"
        'works on rules', "rules can't",
        # the simpler option named and waved away: "I know we could just tidy up the answer library instead"
        'we could just',
        # the manual way said not to scale, with no case for a model over rules: "they can't keep on top of
        # 4,000-odd performances a year by hand, so an algorithm makes sense"
        'by hand, so', 'algorithm makes sense', 'a model makes sense', "can't keep on top of", "can't keep up with",
        # the checks in place, said to miss: "a spreadsheet that looks at a handful of fixed things … didn't catch most"
        'fixed things', "didn't catch most", "don't catch most", "doesn't catch most",
        'was tried', 'were tried', 'have tried', '五花八门', '各不相同', '写法', '版式', '只覆盖', '覆盖不了', 'not helped', 'did not work', 'does not work', 'only worked', 'variants', 'phrased differently', 'written differently',
        # Romanian: the simpler way thought of, in a line ("ne-am gândit și la o listă de reguli").
        *romanian(
            'ne-am gândit și la', 'am luat în calcul și',
        ),
        # Greek: too much for people, in everyday words ("δεν προλαβαίνουμε να τα δούμε όλα").
        'δεν προλαβαίνουμε', 'δεν γίνεται με το χέρι', 'πολύπλοκ*',
    ),
    vague=(
        # The way it is done today waved off, nothing tried or measured: "Planning rotas by hand is no longer
        # sustainable as demand grows", "Known methods can however be of limited accuracy".
        'no longer sustainable', 'limited accuracy',
        # Swedish: the item named, nothing said of it ("driftkostnaden bedöms som rimlig").
        'ai är framtiden', 'modern teknik', 'den senaste tekniken', 'ligga i framkant',
        # Vietnamese and Turkish: the technology praised, nothing weighed against it ("deep learning her zaman daha iyi sonuç veriyor").
        'her zaman daha iyi', 'công nghệ hiện đại', 'xu hướng tất yếu',
        # Polish and Indonesian: the technology praised, nothing weighed against it ("sztuczna inteligencja potrafi
        # przewidywać smog dokładniej niż tradycyjne metody, bo sama uczy się z danych").
        'sama uczy się', 'dokładniej niż tradycyjne', 'nowoczesne technologie', 'teknologi canggih', 'teknologi terkini', 'era digital',
        # a claim for the technology: "with a precision that was not possible before"
        'not possible before',
        # Spanish: "la inteligencia artificial es la herramienta más adecuada", with nothing weighed against it.
        'herramienta más adecuada',
        # a need asserted, not argued: "Manual review is not feasible at this scale, so an AI model is required."
        'ai model is required', 'a model is required', 'ai is required', 'not feasible at this scale',
        'fall behind', 'falling behind', 'transforming every industry', 'companies adding ai', 'board has asked',
        'because ai', 'ai is the future', 'everyone is using ai', 'obviously needs ai', 'cutting-edge',
        'state of the art', 'ai-powered', 'leverage ai', 'because we can', 'ai-first', '大模型很火', '必须用ai', '趋势',
        "rules won't work", 'rules are not going to work', 'simple rules are not going to work', '规则维护不过来',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '大势所趋', '难以满足', '新时代', '广泛应用',
        # The technology said to beat people or the usual tool, with nothing tried or measured: "AI good at looking
        # at pics, prob better than us", "Unlike standard motion sensors, R2 uses AI", "The playout system's own
        # log doesn't catch everything, so cuelog listens to the audio instead".
        'better than us', 'better than people', 'better than humans', 'better than a human', 'better than a person',
        'better than our staff', 'unlike standard', 'unlike traditional', 'unlike conventional', 'unlike ordinary',
        'ai is good at', 'ai good at', 'ai is great at', 'good at finding patterns', 'pattern-finding',
        # (phrases are read as matching_form spells them: "doesn't" is "does not", "can't" is "cannot")
        'not considered good enough', 'does not catch everything', 'cannot catch everything', 'has come on hugely', 'come a long way',
        # Catalan: the item named, nothing said of it ("la IA és el futur i no ens podem quedar enrere").
        'la ia és el futur', 'tecnologia puntera', 'avantguarda', 'les últimes tecnologies', 'no quedar-nos enrere',
        # Czech: the item named, nothing said of it ("umělá inteligence je budoucnost, nesmíme zaostat").
        'umělá inteligence je budoucnost', 'nejmodernější technologie', 'nejnovější technologie',
        'špičková technologie', 'nesmíme zaostat', 'nezůstat pozadu', 'zůstat pozadu', 'jít s dobou',
        # Romanian: the item named, nothing said of it ("cea mai nouă tehnologie, ca să nu rămânem în urmă").
        *romanian(
            'cea mai nouă tehnologie', 'cele mai noi tehnologii', 'ultimele tehnologii',
            'tehnologie de ultimă generație', 'tehnologie de vârf', 'să nu rămânem în urmă', 'să ținem pasul cu vremurile', 'trebuie să ținem pasul',
        ),
        # Hungarian: the item named, nothing said of it ("a mesterséges intelligencia a jövő, nem maradhatunk le").
        'legmodernebb technológi*', 'legújabb technológi*', 'csúcstechnológi*', 'nem maradhatunk le', 'lemaradunk', 'haladni a korral',
        # Greek: the item named, nothing said of it ("πρέπει να έχουμε κι εμείς τεχνητή νοημοσύνη").
        'όλοι χρησιμοποιούν ai', 'πρέπει να έχουμε', 'καινοτόμ*', 'ψηφιακός μετασχηματισμός', 'ψηφιακό μετασχηματισμό', 'έξυπνη λύση', 'τελευταίας τεχνολογίας',
        # Croatian: the item named, nothing said of it.
        *croatian('najnovija tehnologija', 'najnovije tehnologije', 'najsuvremenij*', 'vrhunska tehnologija', 'ne smijemo zaostati', 'ići u korak s vremenom'),
    ),
    concrete=(
        Pattern(
            r'\brules?(-based)?\b.{0,80}\b\d+(\.\d+)?\s*%',
            'a sample of 1,000 tickets from May, the rules assigned the correct category to 41% and left 46% uncategorised.',
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
        Pattern(r"\b(?:τοσ\w*|εκατονταδ\w*|χιλιαδ\w*)\b[^.;]{0,60}?\bδεν\s+(?:[^\W\d_]+\s+)?(?:προλαβαιν|κλιμακων|αρκ|επαρκ)\w*",
                "Κάθε μέρα φτάνουν τόσες αιτήσεις που οι υπάλληλοι δεν προλαβαίνουν να τις ελέγξουν."),
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
            r"\b(?:túl sok|rengeteg|annyi|ennyi|olyan sok)\s+(?:[^\W\d_]+\s+)?(?:tényező|változó|kombináció|paraméter|"
            r"eset|kép|fotó|kérelem|kérelm|dokumentum|levél|level|tétel|bejelentés)\w*[^.;]{0,50}?"
            r"\b(?:nem|sem)\s+(?:tud|győz|lehet|képes|bír)\w*",
            "Naponta annyi kérelem érkezik, hogy a kollégák nem tudják egyenként átnézni.",
        ),
        # Croatian: more cases or factors than people or a rule can handle ("stiže toliko zahtjeva da ih djelatnici
        # ne mogu pregledati jedan po jedan"), with or without diacritics.
        Pattern(
            r"\b(?:previ[šs]e|toliko|mnogo|ogroman broj)\s+(?:[^\W\d_]+\s+)?(?:[čc]imbenik|varijabl|kombinacij|zahtjev|"
            r"slik|snim|dokument|predmet|prijav|fotografij)\w*[^.;]{0,50}?\bne\s+(?:mo[žz]|mog|stig|uspij|sti[žz])\w*",
            "Stiže toliko zahtjeva da ih djelatnici ne mogu pregledati jedan po jedan.",
        ),
        # Catalan: more factors than a person or a rule can weigh at once ("hi ha massa variables a tenir en compte
        # alhora", "tants factors que cal combinar").
        Pattern(
            r"\b(?:massa|tants|tantes)\s+(?:coses|factors|variables|dades|senyals|combinacions|elements)\b[^.;]{0,40}?"
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
            r"\b(?:other|simpler|existing|previous|earlier|current|usual|cheaper|obvious)\s+(?:ways?|options?|approaches|methods|tools|"
            r"fixes|attempts|solutions)\b[^.;]{0,40}?\b(?:have|has|did|do|does)\s+not\s+(?:worked|work|helped|help|solved|fixed)\b",
            "Other ways of sorting the list have not worked:",
        ),
        # What the simple measure cannot tell apart: "Snoring volume does not separate apnea from simple snoring."
        Pattern(
            r"\b(?:does|do|did|can|could)\s?(?:not|n't|n’t)\s+(?:separate|distinguish|tell apart|tell)\b[^.;]{0,40}\bfrom\b",
            "Snoring volume does not separate apnea from simple snoring.",
        ),
        # The simpler tool measured and found short: "a rule using snore loudness … reached a specificity of only 0.52",
        # "the questionnaire picked out … with a specificity of 0.29".
        Pattern(
            r"\b(?:rules?|questionnaires?|checklists?|heuristics?|formula|keyword (?:rules?|lists?|filters?))\b[^.;]{0,80}?\b"
            r"(?:specificity|sensitivity|precision|recall|accuracy|f1|f2)\b[^.;\d]{0,16}0?\.\d+",
            "In our development data, a rule using snore loudness reached a specificity of only 0.52 at a sensitivity of 0.85.",
        ),
        # ... or found right only so often: "the plant's own feed-forward dose curve … landed within 2 mg/l of the
        # optimum in only 58% of the 4,100 jar tests".
        Pattern(
            r"\b(?:rules?|curves?|formula|questionnaires?|checklists?|heuristics?|flowcharts?|lookup tables?)\b(?:[^.;]|\.\d){0,100}?"
            r"\b(?:in|for|on)\s+(?:only|just)\s+\d+(?:\.\d+)?\s*%",
            "the plant's own feed-forward dose curve landed within 2 mg/l of the jar-test optimum in only 58% of the 4,100 jar tests",
        ),
        # ... or caught only so many: "the software had flagged only 9 of the 212 upheld cases", "the gust-band table put
        # the worst-hit depot first only 3 times".
        Pattern(
            r"\b(?:rules?|curves?|formula|questionnaires?|checklists?|heuristics?|flowcharts?|tables?|software|filters?|"
            r"keyword (?:search|lists?|matching)|text-matching)\b(?:[^.;]|\.\d){0,100}?"
            r"\b(?:only|just)\s+\d+(?:\.\d+)?\s+(?:of|out of|times|in)\b",
            "the software had flagged only 9 of the 212 upheld cases",
        ),
        # What the simpler tool cannot do: "which a fixed limit can't do", "which a printed scale cannot do".
        Pattern(
            r"\b(?:which|that|what) an? (?:fixed|printed|simple|static|single|hand-set|manual|plain)\s+(?:[\w-]+\s+){0,2}"
            r"can(?:'t|not| not) (?:do|follow|capture|handle|cope with|keep up with)\b",
            "separating a growing flat from that noise needs all of them weighed together, which a fixed limit can't do",
        ),
        # The simple fix tried first: "The obvious fix was tried last winter", "we tried the old checklist".
        Pattern(
            r"\b(?:obvious|simple|simpler|old|existing|usual|manual|cheap|cheaper|quick)\s+(?:fix|way|approach|method|option|solution|rules?|form|checklist|questions?)\b[^.;]{0,40}?\b(?:was|were|we|had been)\s+tried\b"
            r"|\btried\b[^.;]{0,30}?\b(?:the|an?)\s+(?:obvious|simple|simpler|old|usual|manual|cheap|cheaper|quick)\s+(?:fix|way|approach|method|option|solution)\b",
            "The obvious fix was tried last winter.",
        ),
        # The simpler tool that falls short: "searching for "holiday" finds nothing", "search is keyword-based and misses".
        Pattern(
            r'\bsearch(?:ing|es)?\b[^.;]{0,60}\b(?:finds nothing|misses|miss|returns nothing|does not find|can ?not find|fails)\b',
            'Searching for "holiday" finds nothing when the page is called "annual leave entitlement".',
        ),
        # A model chosen over the rule, or the manual way, named: "which is why we went to a model rather than a
        # better rule", "Use handwriting recognition rather than paid keying or volunteers alone".
        Pattern(
            r"\brather than (?:an? |the |more |paid |manual |extra )?(?:better |simpler |fixed |new |hand-written |"
            r"keyword )?(?:rules?|thresholds?|filters?|formula|checklists?|keying|volunteers|manual \w+|hand\w*|by hand)\b",
            "which is why we went to a model rather than a better rule",
        ),
        # The simpler way ruled out in a line: "No fixed rota or zone can do that".
        Pattern(
            r"\bno (?:fixed|simple|static|manual|single|hand-set|printed|plain) [\w-]+(?: or [\w-]+)? (?:can|could|would)"
            r"(?:n't| not)? (?:do|see|tell|catch|predict|know|spot|handle)\b",
            "No fixed rota or zone can do that, and that is the part we think could make a real difference.",
        ),
        # What the rule in place cannot see: "A rule on steering, speed or time on shift cannot see the driver".
        Pattern(
            r"\b(?:rules?|thresholds?|checklists?|formula|filters?|triggers?|monitors?)\b[^.;]{0,50}\bcan(?:not|'t|’t| not)\s+"
            r"(?:see|tell|spot|catch|notice|detect|know)\b",
            "A rule on steering, speed or time on shift cannot see the driver.",
        ),
        # The sceptic's question about it: "and a checklist form wouldn't do it?"
        Pattern(
            r'\b(?:would not|will not|could not|cannot|can not)\b[^.?\n]{0,40}\b(?:do it|do the job|be enough|suffice)\b',
            "Ravi: and a checklist form wouldn't do it?",
        ),
    ),
)
