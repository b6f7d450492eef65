"""Matching patterns for the `approach` rubric item (Technical approach); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        '導入するシステム', 'システム概要', '導入システム',
        'ideas', 'options considered', 'options appraisal',
        'how does it work',
        'approach', 'technical approach', 'solution', 'solution overview', 'proposed solution', 'architecture', 'system design',
        'how it works', 'model approach', 'model choice', 'model', 'modelling', 'modeling', 'build vs buy',
        'buy vs build', 'implementation', '技术方案', '解决方案', '实现方案', '方案', '架构', '技术路线', '模型选型',
        "what we'd build", 'what we will build', 'what we build', 'the build', 'the idea', 'idea',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'cómo funciona', 'la solución', 'el modelo', 'enfoque',
        # French section names (a spec written in French, or in French and English).
        'solution envisagée', 'solution retenue', 'approche', 'la solution',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'solução', 'a solução', 'solução proposta', 'abordagem', 'o modelo', 'como funciona',
        # German section names (a spec written in German, or in German and English).
        'lösungsansatz', 'lösung', 'ansatz', 'vorgehen', 'technischer ansatz', 'funktionsweise', 'systembeschreibung',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'soluzione', 'la soluzione', 'soluzione proposta', 'approccio', 'il modello', 'come funziona',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'oplossing', 'de oplossing', 'voorgestelde oplossing', 'aanpak', 'werkwijze', 'hoe het werkt',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'rozwiązanie', 'proponowane rozwiązanie', 'opis rozwiązania', 'jak to działa', 'jak działa', 'sposób działania', 'metoda', 'podejście',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'pendekatan', 'solusi', 'cara kerja', 'metode', 'arsitektur',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'giải pháp', 'giải pháp kỹ thuật', 'giải pháp đề xuất', 'phương pháp', 'cách tiếp cận', 'xây dựng mô hình', 'kiến trúc', 'cách hoạt động', 'nguyên lý hoạt động', 'thiết kế hệ thống',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'çözüm', 'yaklaşım', 'yöntem', 'ne yaptık', 'nasıl çalışır', 'nasıl çalışıyor', 'teknik çözüm', 'mimari',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'lösning', 'lösningen', 'lösningen i korthet', 'teknisk lösning', 'teknik', 'metod', 'arkitektur', 'så fungerar det', 'hur det fungerar', 'lösningsförslag',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'løsning', 'løsningen', 'løsningen kort', 'teknisk løsning', 'teknik', 'metode', 'arkitektur',
        'sådan virker det', 'hvordan det virker', 'løsningsforslag',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'kaise kaam karega', 'kaise kaam karta hai',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'ratkaisu', 'ratkaisuehdotus', 'toteutus', 'menetelmä', 'tekninen ratkaisu', 'arkkitehtuuri',
        'näin se toimii', 'miten se toimii', 'ratkaisun kuvaus',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'løsningsbeskrivelse', 'foreslått løsning', 'valgt løsning', 'slik virker det', 'slik fungerer det',
        'hvordan det fungerer',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'solució', 'com funciona', 'enfocament', 'arquitectura', 'metodologia', 'disseny tècnic',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'řešení', 'navrhované řešení', 'popis řešení', 'návrh řešení', 'jak to funguje', 'jak to bude fungovat',
        'architektura', 'technické řešení', 'metodika', 'zvolený přístup', 'technický přístup',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'soluția', 'soluția propusă', 'soluție propusă', 'descrierea soluției', 'soluția tehnică',
            'soluție tehnică', 'cum funcționează', 'cum va funcționa', 'abordare', 'abordarea', 'abordarea tehnică',
            'arhitectura', 'arhitectura sistemului', 'metodologie', 'modul de funcționare', 'design tehnic',
            'descriere tehnică',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'megoldás', 'a megoldás', 'javasolt megoldás', 'a megoldás leírása', 'hogyan működik', 'működés',
        'architektúra', 'technikai megoldás', 'műszaki megoldás', 'módszertan', 'megközelítés',
        'választott megközelítés',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'προτεινόμενη λύση', 'η λύση', 'περιγραφή της λύσης', 'περιγραφή του συστήματος', 'τεχνική προσέγγιση',
        'προσέγγιση', 'αρχιτεκτονική', 'μεθοδολογία', 'πώς λειτουργεί', 'λειτουργία του συστήματος',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'rješenje', 'predloženo rješenje', 'opis rješenja', 'kako radi', 'kako funkcionira', 'način rada',
            'arhitektura', 'tehničko rješenje', 'metodologija', 'pristup', 'odabrani pristup',
        ),
    ),
    conventional=('solution', 'architecture', 'implementation', 'ideas'),
    cues=(
        # a model trained on the team's own records is a choice of technique
        'trained on', 'train on', 'we will train',
        # recognition by a model names the technique (computer vision, OCR) as "AI drafts" does in English
        'ai 识别', 'ai识别', '模型识别', '自动识别', '图像识别', '图片识别',
        'ocr', 'embedding', 'embedding search', 'semantic search', 'image model', 'multimodal', 'multi-modal', 'vision model', 'speech-to-text', 'quantile regression', 'regression model', '多模态', '云服务', '不自己训练', '自己训练', '现成的', '方案是',
        'prompt engineering', 'system prompt', 'prompt template', 'few-shot', 'rag', 'retrieval-augmented',
        'retrieval augmented', 'retrieval', 'vector database', 'vector store', 'embeddings', 'fine-tune',
        'fine-tuning', 'fine-tuned', 'lora', 'ai agent', 'agentic', 'multi-agent', 'tool calling', 'function calling',
        'classifier', 'gradient boosted', 'xgboost', 'logistic regression', 'foundation model', 'open-source model',
        'off-the-shelf', 'vendor api', 'third-party api', 'build vs buy', 'buy vs build', '检索增强', 'vendor',
        'build or buy', 'buy or build', 'licence', 'license', 'in-house model', 'scoring model', 'algorithm', '微调',
        '提示词', '提示工程', '智能体', '向量', '自研', '采购', '开源模型',
        '大模型', 'gradient-boosted', 'embed',
        'llm', 'language model',
        'summariser', 'summarizer', 'forecasting model', 'text classifier', '文本分类', '分类模型', '训练一个', 'hosted llm', 'hosted language model',
        'chat assistant', 'chat assistants', 'prompted', 'hosted model', 'chatgpt', 'claude', 'gpt-4', 'gemini', 'llama', 'mistral', 'openai', 'anthropic', 'prediction model', 'forecast model', '预测模型',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        'モデル', '機械学習', '画像認識', '音声認識', '生成ai', '大規模言語モデル', 'を読み取', '製品を選', '自社開発', '外部サービス',
        # Spanish body wording.
        'modelo de visión', 'modelo de lenguaje', 'el modelo', 'usar uno de',
        # French body wording.
        'le modèle', 'fournisseur', 'modèle de vision',
        # Portuguese body wording.
        'o modelo', 'modelo de linguagem', 'modelo de visão', 'fornecedor',
        # German body wording.
        'das modell', 'dienstleister', 'anbieter', 'sprachmodell', 'klassifikator',
        # Italian body wording.
        'il modello', 'modello linguistico', 'fornitore', 'lettura automatica', 'basato su',
        # Dutch body wording.
        'het model', 'taalmodel', 'beeldherkenning', 'leverancier', 'geleverd door', 'classificatiemodel', 'maakt gebruik van',
        # Polish body wording.
        'uczenia maszynowego', 'uczenie maszynowe', 'sieć neuronowa', 'sieci neuronowej', 'model językowy', 'rozpoznawanie obrazu', 'klasyfikator', 'oparty na modelu',
        # Indonesian body wording.
        'pakai model', 'menggunakan model', 'di-fine-tune', 'jaringan saraf', 'pembelajaran mesin', 'model bahasa', 'berbasis model', 'kami pilih',
        # Vietnamese body wording.
        'mô hình học sâu', 'học sâu', 'học máy', 'mạng nơ-ron', 'mô hình ngôn ngữ', 'xử lý âm thanh', 'xử lý ảnh', 'thị giác máy tính', 'tinh chỉnh', 'dựa trên mô hình', 'sử dụng mô hình',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'derin öğrenme', 'makine öğrenmesi', 'makine öğrenimi', 'sinir ağı', 'dil modeli', 'sınıflandır*', 'seçtik', 'tercih ettik', 'ince ayar', 'offline çalış*', 'cihaz üzerinde', 'model versiyonu', 'modeli kullan*',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'maskininlärning', 'djupinlärning', 'neuralt nätverk', 'neurala nätverk', 'språkmodell', 'objektdetektor', 'klassificerare', 'bildigenkänning', 'vi valde', 'valde vi', 'finjuster*', 'modellen körs', 'modellversion*',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'maskinlæring', 'dyb læring', 'neuralt netværk', 'neurale netværk', 'sprogmodel*', 'klassifikator*',
        'billedgenkendelse', 'vi valgte', 'valgte vi', 'finjuster*', 'modellen kører', 'prædiktionsmodel*',
        'beslutningstræ*',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'model use karenge', 'model use karke', 'model banayenge', 'model train karenge', 'model train kiya', 'train karenge',
        'fine-tune karenge', 'api use karenge',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'koneoppimi*', 'syväoppimi*', 'neuroverk*', 'kielimalli*', 'konenäkö*', 'luokittelija*',
        'valitsimme', 'hienosäädet*', 'esikoulutet*', 'malli toimii', 'mallin versio*', 'päätöspu*',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'maskinlæringsmodell*', 'dyp læring', 'nevralt nettverk', 'nevrale nettverk', 'språkmodell*',
        'bildegjenkjenning', 'modellen kjører', 'prediksjonsmodell*', 'beslutningstre*', 'ki-modell*',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'aprenentatge automàtic', 'aprenentatge profund', 'xarxa neuronal', 'xarxes neuronals', 'model de llenguatge',
        'models de llenguatge', 'visió per computador', 'visió artificial', 'classificador*', 'arbre de decisió',
        'arbres de decisió', 'hem triat', 'vam triar', 'vam escollir', 'hem escollit', 'ajust fi', 'preentrenat*',
        'preentrenad*', 'model predictiu', 'sèries temporals', 'regressió', 'versió del model',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'strojové učení', 'strojového učení', 'strojovým učením', 'hluboké učení', 'hlubokého učení', 'neuronová síť',
        'neuronové sítě', 'neuronovou síť', 'neuronových sítí', 'jazykový model', 'jazykového modelu',
        'jazykové modely', 'jazykových modelů', 'počítačové vidění', 'počítačového vidění', 'klasifikátor*',
        'rozhodovací strom*', 'rozhodovacích stromů', 'regrese', 'regresní', 'předtrénovan*', 'doladěn*', 'časové řady',
        'časových řad', 'prediktivní model', 'predikční model', 'vybrali jsme', 'zvolili jsme', 'verze modelu',
        'hotové řešení', 'komerční řešení', 'na míru',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'învățare automată', 'învățării automate', 'învățare profundă', 'învățării profunde', 'rețea neuronală',
            'rețele neuronale', 'rețelei neuronale', 'rețelelor neuronale', 'model de limbaj', 'modele de limbaj',
            'modelul de limbaj', 'model lingvistic', 'vedere artificială', 'viziune artificială',
            'viziune computerizată', 'recunoaștere a imaginilor', 'recunoașterea imaginilor',
            'recunoaștere de imagini', 'recunoaștere vocală', 'recunoașterea vorbirii', 'clasificator*',
            'arbore de decizie', 'arbori de decizie', 'regresie', 'regresia', 'preantrenat*', 'pre-antrenat*',
            'ajustat fin', 'reglaj fin', 'serii de timp', 'serii temporale', 'model predictiv', 'modelul predictiv',
            'am ales', 'am optat pentru', 'versiunea modelului', 'soluție gata făcută', 'soluție comercială',
            'la cheie', 'furnizat de', 'furnizată de', 'dezvoltat intern', 'dezvoltată intern',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'gépi tanulás*', 'mélytanulás*', 'neurális hálózat*', 'neurális háló*', 'nyelvi modell*', 'képfelismer*',
        'gépi látás*', 'osztályozó*', 'döntési fa', 'döntési fák', 'regresszió*', 'előtanított', 'finomhangol*',
        'idősor*', 'előrejelző modell*', 'prediktív modell*', 'választottuk', 'modellverzió*', 'kész megoldás*',
        'saját fejlesztés*', 'egyedi fejlesztés*',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'μοντέλο', 'το μοντέλο', 'νευρωνικ*', 'μηχανική μάθηση', 'μηχανικής μάθησης', 'βαθιά μάθηση',
        'βαθιάς μάθησης', 'γλωσσικό μοντέλο', 'μεγάλο γλωσσικό μοντέλο', 'ταξινομητ*', 'ταξινόμηση',
        'αναγνώριση εικόνας', 'υπολογιστική όραση', 'όραση υπολογιστών', 'ανίχνευση αντικειμένων', 'προεκπαιδευμέν*',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'strojno učenje', 'strojnog učenja', 'strojnim učenjem', 'duboko učenje', 'dubokog učenja', 'neuronsk*',
            'jezični model', 'jezičnog modela', 'jezičnim modelom', 'računalni vid', 'računalnog vida',
            'prepoznavanje slika', 'klasifikator*', 'stablo odlučivanja', 'stabla odlučivanja', 'regresij*',
            'predtreniran*', 'fino podešavanje', 'fino podešen*', 'vremenske serije', 'prediktivni model',
            'odabrali smo', 'gotovo rješenje', 'vlastiti razvoj',
        ),
    ),
    vague=(
        # Swedish: the item named, nothing said of it ("driftkostnaden bedöms som rimlig").
        'affärshemlighet', 'den senaste ai-tekniken', 'avancerad ai',
        # Danish: the item named, nothing said of it ("omkostningen vurderes som rimelig").
        'forretningshemmelighed', 'den nyeste ai-teknologi', 'avanceret ai',
        # Hinglish: the item named, nothing said of it ("kharcha zyada nahi hoga").
        'baaki details baad mein', 'details baad mein',
        # Finnish: the item named, nothing said of it ("kustannukset arvioidaan kohtuullisiksi").
        'liikesalaisuus', 'uusin tekoälyteknologia', 'edistynyt tekoäly',
        # Norwegian: the item named, nothing said of it ("kostnaden vurderes som rimelig").
        'forretningshemmelighet', 'den nyeste ki-teknologien', 'avansert ki',
        # Catalan: the item named, nothing said of it ("el model fa servir la tecnologia més avançada").
        'secret comercial', 'la tecnologia més avançada', 'ia avançada', 'última generació',
        # Czech: the item named, nothing said of it ("model využívá nejmodernější umělou inteligenci").
        'obchodní tajemství', 'nejmodernější umělá inteligence', 'nejmodernější umělou inteligenci',
        'pokročilá umělá inteligence', 'pokročilou umělou inteligenci', 'špičková umělá inteligence',
        'špičkovou umělou inteligenci',
        # Romanian: the item named, nothing said of it ("folosește cea mai avansată tehnologie").
        *romanian(
            'cea mai avansată tehnologie', 'inteligență artificială avansată', 'inteligența artificială avansată',
            'inteligență artificială de ultimă generație',
        ),
        # Hungarian: the item named, nothing said of it ("a legmodernebb mesterséges intelligenciát használjuk").
        'üzleti titok', 'legmodernebb mesterséges intelligencia*', 'fejlett mesterséges intelligencia*',
        # Vietnamese and Turkish: the model kept a trade secret ("Chi tiết mô hình thuộc bí mật kinh doanh").
        'bí mật kinh doanh', 'không tiện tiết lộ', 'không thể tiết lộ', 'ticari sır', 'ticari sırrı',
        # Polish: the model left to whoever wins the tender ("Konkretne rozwiązanie wybierze wykonawca").
        'wybierze wykonawca',
        'latest models', 'the latest ai', 'award-winning', 'the very latest', 'advanced deep learning', 'state-of-the-art models',
        'use ai to', 'get ai to', 'leverage ai', 'use an llm', 'some model', 'the best model', 'state of the art', 'cutting-edge',
        'magic', 'tbd', 'to be decided', 'engineering will decide', 'engineering will figure out', '用大模型', '待定',
        '技术团队决定', "we'll use gpt",
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '业界领先', '行业领先', '领先的技术',
        # Greek: the item named, nothing said of it ("προηγμένοι αλγόριθμοι τεχνητής νοημοσύνης").
        'προηγμένη τεχνητή νοημοσύνη', 'προηγμένους αλγορίθμους', 'προηγμένοι αλγόριθμοι', 'έξυπνους αλγορίθμους',
        'έξυπνο σύστημα',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'poslovna tajna', 'najnaprednija umjetna inteligencija', 'napredna umjetna inteligencija',
        ),
    ),
    concrete=(
        Pattern(
            r'\b(gpt-?4o?(-mini)?|gpt-?4\.1(-mini)?|gpt-?3\.5|o[134](-mini)?|claude([- ](\d(\.\d)?|haiku|sonnet|opus))?|llama[- ]?\d(\.\d)?|mistral|mixtral|gemini|qwen\d*(\.\d)?|deepseek|bert|roberta|distilbert|xgboost|lightgbm|whisper)\b',
            '- We will use GPT-4.1 through our Azure OpenAI tenant.',
        ),
        Pattern(
            r'\btop[- ]?\d+\b',
            'The new stage takes the top 200 results from the existing retrieval and',
        ),
        Pattern(
            r'\b\d+\s*(chunks|passages|retrieved documents)\b',
            'the top 8 passages are passed to the model',
        ),
        Pattern(
            r'\bchunk(s|ing)?\s+(size\s+)?(of\s+)?\d+',
            'chunk size of 512 tokens',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*b\b(\s+(parameters|params))?',
            'a 7B parameters open model',
        ),
        Pattern(
            r'\b(lora|qlora)\b',
            'fine-tuned with LoRA adapters',
        ),
        Pattern(
            r'\b\d+\s+(features|few-shot examples|examples in the prompt)\b',
            'hunk, 150 lines of surrounding context, and 6 few-shot examples of good review comments from our own repos.',
        ),
        Pattern(
            r'(通义千问|文心|豆包|智谱|glm-?\d|qwen)',
            '2. 其他问题从知识库中检索最相关的 5 个片段，连同对话上下文交给大模型（通义千问 qwen-plus，通过阿里云百炼调用）生成回复，提示词要求只根据检索到的内容回答、语气符合品牌规范。',
        ),
    ),
    cue_patterns=(
        # A kind of model named, the choice not made: "some sort of sound-recognition model".
        Pattern(
            r"\bsome (?:sort|kind|type) of [\w-]+(?: [\w-]+)? (?:model|classifier|algorithm|network|llm)\b",
            "The idea is some sort of sound-recognition model, though nobody knows yet which kind",
        ),
        # Fine-tuning or training, said plainly: "took a program that already recognises scenes and taught it
        # our own grading", "we trained it on five years of claims".
        Pattern(
            r"\b(?:taught|trained|retrained|teach|train|teaching|training)\s+(?:it|them|the (?:model|program|system|tool|software))\s+(?:on|to|our|with|what)\b",
            "she took a program that already recognises everyday scenes and taught it our own grading",
        ),
        # A picture- or speech-reading program: "A picture-reading program looks at the photos".
        Pattern(
            r"\b(?:picture|image|photo|text|speech|voice|video|handwriting)[- ](?:reading|recognition|recognising|recognizing)\s+(?:program|model|software|tool|system)\b",
            "A picture-reading program looks at the photos and puts the report in one of two lines.",
        ),
        # What the model does, in one clause: "GPT summarises the uploaded contract", "AI drafts replies".
        Pattern(
            r'\b(?:gpt(?:-?[\d.o]+)?|ai|llm|model) (?:drafts?|writes?|summari[sz]es|generates?|suggests?|proposes?|reads?|extracts?|classifies|tags)\b',
            'Dana: yeah, GPT summarises the uploaded contract',
        ),
        # The kind of model named: "an image model trained on our past claims", "a ranking model".
        Pattern(
            r"\b(image|vision|text|language|speech|ranking|scoring|classification|regression|prediction|forecasting|recommendation|detection)\s+model\b",
            'An image model trained on our past claims scores how likely the photo shows transit damage.',
        ),
    ),
    quantities=False,
    # Of 300 labelled specs (eval/specs, eval/specs-v2 but its held-out third), 10 leave the approach out,
    # none with more than 168 words of content (thin notes, templates); a longer spec says something about
    # what the AI does, if only "it drafts a reply". The user problem and failure modes are implied only
    # from 450 words (problem.py): a 400-word model spec can leave both out.
    implied_from=180,
)
