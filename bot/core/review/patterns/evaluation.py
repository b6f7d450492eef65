"""Matching patterns for the `evaluation` rubric item (Evaluation plan); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        '評価方法', '検証方法', '効果検証', 'evaluation', 'evaluation plan', 'evals', 'eval', 'eval plan', 'offline evaluation', 'test plan', 'testing plan', 'quality testing', 'validation', 'verification', 'verification set', 'verification run', 'verification plan',
        'verification results', 'held-out set', 'testing', 'offline test', 'benchmark', 'how we test', '评测', '评估', '评测集', '测试集', '测试方案', '离线评估',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'pruebas', 'evaluación', 'cómo lo probamos', 'prueba', 'prueba de aceptación', 'pruebas de aceptación', 'validación',
        # French section names (a spec written in French, or in French and English).
        'plan de validation', 'validation', 'évaluation', 'plan de test',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'testes', 'avaliação', 'validação', 'plano de testes', 'como vamos testar',
        # German section names (a spec written in German, or in German and English).
        'erprobung', 'evaluierung', 'validierung', 'testplan', 'probebetrieb',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'valutazione', 'collaudo', 'validazione', 'piano di test',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'evaluatie', 'toetsing', 'de proef', 'testplan', 'validatie', 'proefperiode',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'ewaluacja', 'testowanie', 'testy', 'walidacja', 'weryfikacja', 'okres próbny',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'evaluasi', 'pengujian', 'uji coba', 'hasil uji', 'akurasi', 'validasi',
    ),
    word_headings=(
        # Whether it is good, not whether it worked: "How we'd know it's any good" (a one-pager's run-in head).
        "know it's any good", 'know it is any good', "know if it's any good", 'know whether it is any good',
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'kết quả kiểm tra', 'kiểm tra', 'đánh giá', 'thử nghiệm', 'kết quả thử nghiệm', 'kiểm thử', 'phương pháp đánh giá', 'kết quả đánh giá',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'test', 'testler', 'değerlendirme', 'doğrulama', 'test sonuçları', 'deneme sonuçları',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'utvärdering', 'testresultat', 'fältprov', 'fälttest', 'validering', 'resultat från testet',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'evaluering', 'testresultater', 'afprøvning', 'validering', 'stille kørsel', 'stille drift', 'resultater af afprøvningen',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'testing kaise', 'test kaise karenge',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'testaus', 'testit', 'arviointi', 'evaluointi', 'validointi', 'testitulokset', 'kokeilun tulokset', 'pilotin tulokset',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'utprøving', 'etterprøving', 'uttesting', 'testing og validering', 'test og evaluering', 'resultater fra utprøvingen',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'avaluació', 'proves', 'validació', 'com ho provem', 'com ho hem provat', 'com ho provarem',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'vyhodnocení', 'hodnocení', 'ověření', 'validace', 'testování', 'testování a validace', 'jak to ověříme', 'jak jsme to ověřili', 'výsledky testování', 'výsledky ověření',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'evaluare', 'evaluarea', 'evaluarea modelului', 'evaluarea performanței', 'testare', 'testarea', 'testare și validare', 'validare', 'validarea', 'testele', 'cum am testat', 'cum vom testa', 'cum verificăm', 'cum am verificat', 'rezultatele testării', 'rezultatele testelor',
            'rezultate obținute', 'rezultatele obținute', 'rezultatele evaluării', 'performanța modelului',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'értékelés', 'kiértékelés', 'tesztelés', 'validálás', 'validáció', 'tesztelés és validálás', 'teszteredmények', 'mérési eredmények', 'hogyan teszteltük',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'αξιολόγηση', 'αξιολόγηση του μοντέλου', 'δοκιμές', 'δοκιμή', 'έλεγχος απόδοσης', 'επικύρωση', 'αποτελέσματα δοκιμών', 'μεθοδολογία αξιολόγησης', 'πώς θα το αξιολογήσουμε',
        # Croatian section names, also as typed without diacritics.
        *croatian('evaluacija', 'vrednovanje', 'testiranje', 'ispitivanje', 'validacija', 'rezultati testiranja', 'rezultati ispitivanja',
            'kako smo testirali', 'provjera točnosti'),
    ),
    conventional=('evals', 'eval', 'validation', 'testing'),
    cues=(
        # a held-back set in everyday words: "300 applications from 2025, never shown to Ledgerline"
        'never shown to', 'for the test we', '分别核对', '分别打分', '分别标注', '分别判断', '各自独立',
        # acceptance testing before launch ("上线前和业务一起验收")
        '验收', 'eval set', 'evaluation set', 'test set', 'golden set', 'gold set', 'golden dataset', 'held-out', 'holdout set', 'benchmark', 'edge cases', 'edge case', 'bad cases', 'good cases', 'adversarial examples',
        'offline evaluation', 'offline eval', 'graders', 'graded by', 'grading rubric', 'scoring rubric', 'llm-as-judge', 'llm as a judge', 'llm-as-a-judge', 'side-by-side', 'blind review', 'regression suite',
        'regression test', 'backtest', 'back-test', 'retrospective', 'validation set', 'validate on', 'silently on', 'compare its', 'compared with the final', 'sensitivity', 'specificity', 'ground truth', 'confusion matrix',
        'annotated test', '评测集', '测试集', '边界用例', 'bad case', '人工评测', '离线评测', '打分', '评分标准', '回归测试', '独立审阅', '逐条对比', '人工标注', '盲测', '对比', 'without seeing', 'blind', 'alongside', 'held back for testing', 'held-back',
        "hasn't seen", 'has not seen', 'never seen', 'never sees', 'not seen in training', 'held out from training', 'kept out of training', 'hand-label', 'hand-labels', 'hand-labelled', '回测', '随机抽取', '抽样', '独立标注', '没见过',
        'test list', 'raters', 'rate the', 'rated by', 'grade', 'grades', 'graded', 'compare against', 'compared against', 'against the notes', 'hand-check', 'hand-checked', 'spot-check a sample',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '評価', '検証', 'テスト', '突き合わせ', '照合', '正解率', '見逃し率', '精度を確認', '件ずつ確認',
        # Spanish body wording.
        'apartadas', 'aparta las', 'al azar', 'sin conocer el resultado', 'sin ver el resultado', 'que el modelo no ve', 'medimos cuántas', 'lo va a probar', 'probarlo', 'pruebas', 'guardamos aparte', 'conjunto de prueba', 'evaluar',
        # French body wording.
        'mises de côté', 'jamais montrées', 'on compare', 'lot de test', 'évaluer', 'tirées au sort', 'tirés au sort', 'sans connaître le résultat',
        # Portuguese body wording.
        'será testada', 'será testado', 'testar', 'conjunto de teste', 'avaliar', 'separados',
        # German body wording.
        'rückblick', 'nicht gesehen', 'testdaten', 'probebetrieb', 'vergleicht', 'prüfen',
        # Italian body wording.
        'sarà provato', 'sarà testato', 'sarà valutato', 'confrontando', 'estratte a sorte', 'campione', 'non saranno fornite',
        # Dutch body wording.
        'de proef', 'in de proef', 'naast de bevindingen', 'vergelijken', 'vergeleken', 'zonder de uitkomsten', 'steekproef', 'worden daarbij niet gebruikt', 'getest', 'beoordeelt',
        # Polish body wording.
        'porówna', 'porównanie', 'porównania', 'porównamy', 'porównując', 'faktycznie', 'losowo', 'wylosowanych', 'trafność', 'trafności', 'dokładność', 'przetestowany', 'przetestujemy', 'na próbie', 'bez wysyłania', 'w tle',
        # Indonesian body wording.
        'diuji', 'menguji', 'uji akurasi', 'akurasi', 'dibandingkan dengan', 'dibanding', 'gak lihat hasil', 'tidak melihat hasil', 'tanpa melihat', 'diukur dua kali', 'hasil uji',
        # Vietnamese body wording.
        'bộ kiểm tra', 'tập kiểm tra', 'dữ liệu kiểm tra', 'không tham gia', 'không biết kết quả', 'đối chiếu', 'so sánh với', 'độ chính xác', 'kiểm tra trên', 'chấm kết quả', 'độc lập',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'karşılaştır*', 'test ettik', 'test etti', 'test edildi', 'test edilecek', 'test edeceğiz', 'test seti*', 'test verisi', 'doğruluk*', 'doğruluğu', 'kör test', 'bağımsız', 'ayrılmış', 'eğitimde kullanılmayan', 'hiç görmediği',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'utvärdering*', 'utvärderades', 'testdata', 'testmängd', 'oberoende av', 'i bakgrunden', 'skuggdrift', 'jämfördes med', 'jämförde vi', 'träffsäkerhet*', 'upptäckta',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'evaluer*', 'testdata', 'testsæt', 'uafhængig*', 'i baggrunden', 'stille drift', 'stille kørsel', 'skyggedrift', 'sammenlignet med', 'sammenlignede vi', 'uden at kende', 'blindet', 'blindede',
        'træfsikkerhed*', 'sensitivitet*', 'specificitet*', 'positiv prædiktiv værdi', 'afprøvet på', 'testet på',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'test kiya', 'test kiye', 'test karenge', 'check kiya', 'chala ke dekha', 'try karke dekha', 'sahi nikle', 'sahi aaye', 'bina dekhe', 'alag se check',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'testattiin', 'testasimme', 'testataan', 'testiaineisto*', 'testidata*', 'testijouko*', 'ei käytetty opetukse*', 'ei käytetty mallin opetukse*', 'verrattuna', 'verrattiin', 'vertasimme', 'tarkkuu*',
        'osuvuu*', 'herkkyy*', 'keskimääräinen virhe', 'tunnisti', 'sokkotest*', 'riippumato*', 'taustalla ajettu', 'varjoajo*',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'testsett', 'i bakgrunnen', 'skyggedrift', 'sammenlignet med', 'sammenlignet vi', 'uten å kjenne', 'treffsikkerhet*', 'spesifisitet*', 'positiv prediktiv verdi', 'prøvd ut på', 'etterprøving*', 'etterprøvd', 'etterprøves', 'ikke er trent på', 'ikke var med i treningen', 'kryssvalider*',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'encert*', 'precisió', 'exactitud', 'sensibilitat', 'especificitat', 'conjunt de prova', 'joc de proves', 'una mostra de', 'atzar', 'comparat amb', 'comparant amb', 'vam comparar', 'hem comparat', 'provat amb',
        'provada amb', 'provat sobre', 'a prova', 'sense veure el resultat', 'sense conèixer', 'validació creuada', 'avaluat*', 'avaluad*',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'přesnost*', 'senzitivit*', 'citlivost*', 'specificita', 'specificitu', 'specificitou', 'záchytnost*',
        'zachytil*', 'testovací sad*', 'testovacích dat', 'testovací data', 'validační sad*', 'vzorek', 'vzorku',
        'náhodný vzorek', 'náhodném vzorku', 'náhodně vybran*', 'porovnali jsme', 'porovnání s', 've srovnání s',
        'oproti', 'nezávisle', 'bez znalosti', 'naslepo', 'vyzkoušel*', 'otestoval*', 'testoval*', 'ověřil*', 'ověřen*',
        'ověřování', 'křížová validace', 'křížové validace', 'křížovou validaci', 'vyhodnocen*', 'zlatý standard', 'správně určil*', 'správně rozpoznal*', 'správně zařadil*', 'úspěšnost*',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'acuratețe', 'acuratețea', 'precizie', 'precizia', 'sensibilitate', 'sensibilitatea', 'specificitate',
            'specificitatea', 'rata de detecție', 'rata de detectare', 'a ratat', 'au fost ratate', 'a detectat corect', 'a identificat corect', 'identificat* corect', 'clasificat* corect',
            'a recunoscut corect', 'set de testare', 'setul de testare', 'set de test', 'setul de test',
            'date de testare', 'date de test', 'set de validare', 'setul de validare', 'eșantion', 'eșantionul',
            'eșantion aleatoriu', 'eșantion reprezentativ', 'la întâmplare', 'aleatoriu', 'aleatoare', 'aleatorii',
            'am comparat', 'comparat cu', 'comparativ cu', 'în comparație cu', 'în mod independent',
            'fără să cunoască', 'fără să știe', 'fără a cunoaște', 'fără a ști', 'fără să vadă', 'fără a vedea',
            'am testat', 'l-am testat', 'am verificat', 'testat', 'testată', 'testați', 'a fost validat',
            'a fost validată', 'au fost validate', 'a fost evaluat', 'a fost evaluată', 'au fost evaluate',
            'validare încrucișată', 'validarea încrucișată', 'standard de aur', 'rata de succes', 'rata de eroare', 'rata erorilor',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'pontosság*', 'érzékenység*', 'találati arány*', 'felismerési arány*', 'tesztkészlet*', 'teszthalmaz*',
        'tesztadat*', 'validációs', 'mintán', 'mintát', 'mintában', 'véletlenszerű*', 'összehasonlít*', 'összevet*',
        'egymástól függetlenül', 'vakon', 'teszteltük', 'tesztel*', 'kiértékel*', 'ellenőriztük', 'keresztvalidáció*',
        'helyesen ismert*', 'helyesen azonosít*', 'helyesen sorol*', 'sikerességi arány*', 'nem értettek egyet',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'αξιολόγηση*', 'αξιολογήσαμε', 'αξιολογήθηκε', 'αξιολογήθηκαν', 'θα αξιολογηθεί', 'δοκιμάστηκε', 'δοκιμάστηκαν', 'δοκιμάσαμε', 'δοκιμή', 'δοκιμές', 'δοκιμών', 'σύνολο ελέγχου',
        'σύνολο δοκιμής', 'ακρίβεια', 'ανάκληση', 'τυφλή αξιολόγηση', 'ανεξάρτητοι αξιολογητές', 'τυχαίο δείγμα', 'τυχαία επιλεγμέν*', 'συγκρίναμε', 'σημείο αναφοράς',
        # Croatian body wording, also typed without diacritics ("*" is a stem: Croatian adds case, number, gender).
        *croatian('točnost*', 'preciznost*', 'osjetljivost*', 'testni skup', 'testnom skupu', 'testni podaci', 'testnim podacima', 'testira*', 'ispitan*',
            'ispitiva*', 'ispitali smo', 'validira*', 'slučajnim odabirom', 'slučajno odabran*', 'nasumično odabran*', 'slučajni uzorak', 'uzorak', 'uzorku',
            'uzorka', 'međusobno neovisno', 'naslijepo', 'ispravno prepozna*', 'ispravno označi*', 'ispravno razvrsta*', 'provjerili smo'),
    ),
    mentions=(
        # a test named with no set or grader: "In our testing, Lullo identified the reason correctly 87% of the time", "*Based on internal testing."
        'in our testing', 'internal testing', 'in-house testing', 'in our own tests',
        # a trial's verdict with no figures: "A council report later described the trial as a success"
        'described the trial as', 'described the pilot as', 'the trial was a success', 'the pilot was a success', 'the trial was successful', 'the pilot was successful',
        # a test named with no set, grader or method: "97% accuracy from testing on another authority's applications",
        # "An independent test will be commissioned"
        'testing on', 'tested on', 'test report', 'independent test',
        'independently', '随机抽', '抽查', '对不对', '答对', '回放', '测试', 'replay', 'replays', 'replayed', 'replaying', 'never saw', 'did not see', 'kept away from', 'kept back from', 'held back from', 'has not been shown', 'had no part in building',
        # Romanian: a test named with no set or grader ("în testele noastre a mers bine").
        *romanian(
            'în testele noastre', 'testele interne', 'am testat intern', 'în urma testelor',
        ),
        # Greek: tried, with nothing said of how ("το δοκιμάσαμε λίγο").
        'το δοκιμάσαμε', 'δοκιμάσαμε λίγο',
    ),
    vague=(
        # A result claimed with no test behind it: "the feedback has been overwhelmingly positive", "Our trial farms
        # have seen encouraging results", "predicted strengths were found to agree closely with the cube tests".
        'encouraging results', 'promising results', 'overwhelmingly positive', 'feedback has been', 'positive feedback', 'agree closely', 'agreed closely',
        # Swedish: the item named, nothing said of it ("driftkostnaden bedöms som rimlig").
        'resultaten var mycket bra', 'mycket goda resultat',
        # Danish: the item named, nothing said of it ("omkostningen vurderes som rimelig").
        'resultaterne var meget gode', 'meget gode resultater', 'lovende resultater',
        # Hinglish: the item named, nothing said of it ("kharcha zyada nahi hoga").
        'mostly sahi', 'zyada tar sahi', 'kaafi accha tha', 'accha chal raha',
        # Finnish: the item named, nothing said of it ("kustannukset arvioidaan kohtuullisiksi").
        'tulokset olivat erittäin hyviä', 'erittäin hyvät tulokset', 'lupaavia tuloksia', 'lupaavat tulokset',
        # Norwegian: the item named, nothing said of it ("kostnaden vurderes som rimelig").
        'resultatene var svært gode', 'svært gode resultater', 'meget gode resultater', 'traff godt',
        # Catalan: the item named, nothing said of it ("les proves han donat molt bons resultats").
        'resultats molt bons', 'resultats prometedors', 'funciona molt bé', 'funciona força bé', 'bons resultats',
        # Czech: the item named, nothing said of it ("testy přinesly velmi dobré výsledky").
        'výsledky byly velmi dobré', 'velmi dobré výsledky', 'slibné výsledky', 'výborné výsledky', 'funguje velmi dobře', 'funguje výborně',
        # Romanian: the item named, nothing said of it ("testele au dat rezultate foarte bune").
        *romanian(
            'rezultate foarte bune', 'rezultatele au fost foarte bune', 'rezultate promițătoare',
            'rezultate excelente', 'funcționează foarte bine', 'funcționează excelent', 'rezultate bune', 'rezultate încurajatoare',
        ),
        # Hungarian: the item named, nothing said of it ("a tesztek nagyon jó eredményt hoztak").
        'nagyon jó eredmény*', 'kiváló eredmény*', 'ígéretes eredmény*', 'nagyon jól működik', 'kiválóan működik',
        # Vietnamese and Turkish: a result with no set or figure ("sonuçlar çok iyi çıktı").
        'sonuçlar çok iyi', 'çok iyi sonuç', 'kết quả tốt', 'kết quả khả quan',
        # tested, said as a boast: "battle-tested at some of Europe's biggest festivals"
        'battle-tested', 'tried and tested',
        # a promise to test, with no set or bar
        'test it properly', 'tested properly',
        # Press-release hand-waving: the item named in a slogan, nothing said of it.
        'rigorously tested', 'tried it on a range', 'impressed with the results', 'extensively tested', 'fully tested', 'tested to the highest',
        # tested, by nobody's measure: "Kerning will test it thoroughly", "We've tested it a fair bit on staging"
        'test it thoroughly', 'tested it thoroughly', 'tested it a fair bit', 'seems pretty good',
        'we will test it', 'test thoroughly', 'thoroughly tested', 'qa will check', 'looks good', 'vibe check',
        'spot check', 'try it out', 'play with it', 'tbd', '待定', '测一下', '看效果', 'test it on a set of', 'try it against', 'compare its output',
        # a supplier's boilerplate: "undergo rigorous testing and validation in line with industry best practice"
        'rigorous testing', 'comprehensive testing', 'thorough testing', 'extensive testing', 'testing and validation',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '多轮测试', '确保上线质量',
        # Greek: the item named, nothing said of it ("οι δοκιμές έδωσαν πολύ καλά αποτελέσματα").
        'πολύ καλά αποτελέσματα', 'εξαιρετικά αποτελέσματα', 'οι δοκιμές ήταν επιτυχείς', 'δοκιμάστηκε διεξοδικά', 'λειτουργεί πολύ καλά',
        # Croatian: the item named, nothing said of it.
        *croatian('vrlo dobri rezultati', 'vrlo dobre rezultate', 'odlični rezultati', 'odlične rezultate', 'obećavajući rezultati', 'radi vrlo dobro',
            'radi odlično'),
    ),
    concrete=(
        Pattern(
            r'\b\d+(,\d{3})*\s+(?:\S+\s+){0,3}?(examples|cases|samples|queries|prompts|tickets|contracts|notes|documents|conversations|transcripts|items|pairs|test cases|encounters|diffs|prs|pull requests|questions|outputs|responses|answers|resumes|résumés|applications|records|recordings|calls)\b',
            'the peril taxonomy with definitions and 2 examples per peril, our severity banding guide, the',
        ),
        Pattern(
            r'\b\d+\s+(graders|raters|reviewers|annotators|clinicians|lawyers|physicians|engineers)\b',
            'Our in-house legal team (9 lawyers, 4 paralegals) reviews about 260 inbound',
        ),
        # A test set kept apart from training, with its size: "620 routine plates read between 3 and 14 November,
        # none used in training".
        Pattern(
            r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?[\w-]+\b[^.;]{0,60}\b(?:none|not|never)\s+(?:of them\s+)?(?:used|seen)\s+"
            r"(?:in|for|during|by|at)\s+(?:the\s+)?training\b",
            "620 routine plates read between 2026-11-03 and 2026-11-14, none used in training.",
        ),
        # People who judged the outputs without seeing the model's: "two analysts who did not see PlateScan's count".
        Pattern(
            r"\b(?:two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:analysts|graders|raters|reviewers|annotators|experts|assessors|"
            r"examiners|markers|inspectors|clinicians|radiologists|pathologists|specialists)\s+who\s+(?:did not|didn't|never|"
            r"could not|couldn't)\s+see\b",
            "Each plate counted independently by two analysts who did not see PlateScan's count or each other's.",
        ),
        Pattern(
            r'\b\d+\s*-?\s*point\s+(scale|rubric)\b',
            'judgements:** 24,000 query-product pairs judged on a 4-point scale (exact, substitute, complement, irrelevant)',
        ),
        Pattern(
            r'(kappa|κ|agreement)\s*(of|=|>=|≥)?\s*0?\.\d+',
            '15% are double-annotated; target agreement ≥ 0.85 per field.',
        ),
        Pattern(
            r'\d+\s*(条|个|份)\s*(测试|评测|样本|用例|案例|对话|问题)',
            '准备 500 条测试样本',
        ),
        Pattern(
            r'\d+\s*(名|位)\s*(标注|评测|评审|质检)',
            '由 3 名标注员打分',
        ),
        Pattern(
            '\\d[\\d,]*\\s*(?:件|例|枚|本|問|人)\\s*(?:の|分の)(?:テスト|評価|评価|検証|検证|サンプル|データ)', '過去の1,000件のデータで精度を確かめる',
        ),
        # Greek: a counted set of real cases tried or graded ("δοκιμάστηκε σε 800 αιτήσεις του 2024").
        Pattern(r"\b(?:δοκιμαστηκε|δοκιμαστηκαν|αξιολογηθηκε|αξιολογηθηκαν|δοκιμασαμε|αξιολογησαμε|ελεγξαμε|ελεγχθηκαν|καταγραφηκαν)\b[^.;]{0,60}?\b\d[\d.]*\s+(?:[^\W\d_]+\s+){0,2}?(?:περιπτωσ|υποθεσ|αιτησ|αιτηματ|εικον|ωρ|δειγματ|εγγραφ|ερωτηματ|φακελ)\w*",
                "Το μοντέλο δοκιμάστηκε σε 800 πραγματικές αιτήσεις του 2024."),
        # Greek: graders who did not see the model's answer ("χωρίς να γνωρίζουν την πρόταση του μοντέλου").
        Pattern(r"\b(?:χωρισ\s+να\s+(?:γνωριζ|βλεπ|ξερ)\w*|δεν\s+(?:εβλεπ|γνωριζ|ηξερ)\w*)\s+(?:[^\W\d_]+\s+){0,2}?(?:απαντησ|προβλεψ|προτασ|αποτελεσμα|οθονη|εξοδο|βαθμολογ)\w*",
                "Δύο ελεγκτές βαθμολόγησαν κάθε απάντηση χωρίς να γνωρίζουν την πρόταση του μοντέλου."),
    ),
    cue_patterns=(
        # Romanian: tried on a counted set of real cases ("l-am testat pe 800 de cereri de anul trecut"), and
        # graders who did not know its answer ("doi referenți, fără să cunoască rezultatul modelului").
        Pattern(
            r"\b(?:testat\w*|test[ăa]m|verificat\w*|verific[ăa]m|evaluat\w*|evalu[ăa]m|comparat\w*|compar[ăa]m|"
            r"[îi]ncercat\w*)\b[^.;]{0,60}?\bpe\s+(?:un\s+e[şs]antion\s+de\s+|un\s+set\s+de\s+)?\d[\d\s.]*\s?"
            r"(?:de\s+)?[^\W\d_]+"
            r"|\bf[ăa]r[ăa]\s+(?:s[ăa]|a)\s+(?:cunoa[şs]te|cunoasc[ăa]|[şs]ti[ei]?|vad[ăa]|vedea)\s+(?:rezultatul|"
            r"rezultatele|r[ăa]spunsul|r[ăa]spunsurile|evaluarea|propunerea|propunerile|verdictul)\b",
            "L-am testat pe 800 de cereri de anul trecut, evaluate de doi referenți fără să cunoască rezultatul "
            "modelului.",
        ),
        # Czech: tried on a counted set of real cases ("model jsme vyzkoušeli na 800 loňských žádostech"), and
        # graders who did not see its answer ("dva referenti, kteří výsledek modelu neviděli").
        Pattern(
            r"\b(?:vyzkoušel\w*|vyzkoušen\w*|otestoval\w*|otestován\w*|testoval\w*|testován\w*|ověřil\w*|ověřen\w*|"
            r"ověřoval\w*|porovnal\w*|vyhodnotil\w*)\b[^.;]{0,60}?\bna\s+(?:vzorku\s+)?\d[\d\s.]*\s?[^\W\d_]+"
            r"|\b(?:výsledek|výsledky|hodnocení|odpověď|odpovědi|návrh|návrhy)\s+(?:modelu|systému|programu|aplikace|"
            r"nástroje)\s+(?:neviděl|neznal)\w*"
            r"|\b(?:neviděl|neznal)\w*\s+(?:výsledek|výsledky|hodnocení|odpověď|odpovědi)\b",
            "Model jsme vyzkoušeli na 800 loňských žádostech, které nezávisle posoudili dva referenti, kteří výsledek "
            "modelu neviděli.",
        ),
        # Hungarian: a counted set of real cases tried or graded ("800 tavalyi kérelmen teszteltük", "1 000
        # véletlenszerűen kiválasztott levelet két kolléga értékelt"), and graders who did not see the model's answer.
        Pattern(
            r"\b\d[\d\s.]*\s+(?:[^\W\d_]+\s+){0,6}?(?:teszteltük|teszteltek|kipróbáltuk|próbáltuk ki|értékeltük|"
            r"értékelt|értékelte|értékelték|ellenőriztük|vizsgáltuk|néztük át)\b"
            r"|\b(?:modell|program|rendszer|alkalmazás|eszköz)\w*\s+(?:eredmény|döntés|javaslat|válasz)\w*\s+nem\s+"
            r"(?:ismert|látt)\w*|\bnem\s+(?:ismert|látt)\w*\s+(?:a\s+)?(?:modell|program|rendszer)\w*\s+"
            r"(?:eredmény|döntés|javaslat|válasz)\w*",
            "1 000 véletlenszerűen kiválasztott levelet két kolléga értékelt, akik a modell javaslatát nem látták.",
        ),
        # Croatian: a counted set of real cases tried or graded ("dvije službenice pregledale su 1.200 nasumično
        # odabranih zahtjeva"), and graders who did not see the model's answer ("nisu znale prijedlog modela").
        Pattern(
            r"\b\d[\d.\s]*\s+(?:[^\W\d_]+\s+){0,6}?(?:smo\s+)?(?:testiral|ispital|provjeril|ocijenil|pregledal|obi[šs]l|"
            r"usporedil)[aei]\b|\b(?:testiral|ispital|provjeril|ocijenil|pregledal|obi[šs]l)[aei]\s+(?:[^\W\d_]+\s+){0,4}?"
            r"\d[\d.]*\s+[^\W\d_]+|\bnisu\s+(?:znal|vidjel|poznaval)[aei]\s+(?:[^\W\d_]+\s+)?(?:rezultat|odluk|prijedlog|"
            r"ocjen|odgovor)\w*\s+(?:sustava|modela|programa|alata)",
            "Dvije službenice pregledale su 1.200 nasumično odabranih zahtjeva, a nisu znale prijedlog modela.",
        ),
        # A result on a test: "the model's first choice was right for 88% of sherds overall".
        Pattern(
            r"\b(?:was|were|is|are|got it)\s+(?:right|correct|accurate)\s+(?:for|on|in|with)\s+\d+(?:\.\d+)?\s*%",
            "Against that, the model's first choice was right for 88% of sherds overall.",
        ),
        # Tried on a set of real cases: "Ahmed's team compared two ways of doing it on 600 profiles".
        Pattern(
            r"\b(?:compared|tested|tried|ran|checked|scored)\b[^.;]{0,80}\bon (?:\d[\d,]*|a sample of \d[\d,]*)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:profiles|cases|examples|documents|tickets|emails|calls|photos|images|videos|records|samples|queries|questions|"
            r"notes|files|forms|pages|transcripts|recordings|letters|claims|reports)\b",
            "Ahmed's team compared two ways of doing it on 600 profiles from three departments",
        ),
        # Its output set beside what really happened: "against the boats that actually arrived".
        # (Not a reader's check of a quote: "check a point against what people actually wrote".)
        Pattern(r"\bagainst (?:the|what)\b[^.;]{0,40}\bactually\b(?! (?:wrote|said|meant|asked)\b)",
                "the forecast it would have made at 7 a.m. against the boats that actually arrived"),
        # Past cases replayed through it: "We'll replay last spring's nights through it and see whether it
        # would have caught the three bad ones."
        Pattern(
            r"\breplay(?:s|ed|ing)? (?:the |some |all )?(?:last|past|old|previous|historic\w*|(?:19|20)\d\d)\b"
            r"|\bwould have (?:caught|flagged|spotted|predicted|picked up)\b",
            "We'll replay last spring's nights through it and see whether it would have caught the three bad ones.",
        ),
        # Trying it on past cases before anyone relies on it, with no set size or grading: "try it with the last
        # cohort's questions and see", "I'll try it on a bunch from last winter", "run it silently for two weeks".
        Pattern(
            r"\b(?:try|test|run|check|back-?test)\s+it\s+(?:on|with|against)\s+(?:a bunch|some|a batch|a sample|the last|"
            r"last|old|past|previous)\b|\brun (?:it|the model) silently\b",
            "Before we open it up, HR will try it with the last cohort's questions and see whether the answers look right.",
        ),
        # Past cases run through it and each answer checked: "I'll put 400 of last winter's jobs through it
        # without telling it what got fitted and tick where it was right".
        Pattern(
            r"\b(?:tick|mark|check)\w* (?:where|which|whether) it (?:was|got)\b",
            "i will put 400 of last winter's jobs through it and tick where it was right",
        ),
        # Real past cases re-run and each output marked: "regenerating each letter from the real notes and
        # marking every medication line right or wrong".
        Pattern(
            r"\bmark(?:ing|ed|s)? (?:every|each)\b[^.;]{0,40}\b(?:right or wrong|correct or (?:incorrect|not)|pass or fail)\b",
            "regenerating each letter from the real notes and marking every medication line right or wrong",
        ),
        # outputs graded by named people: "as judged by two billing agents"
        Pattern(
            r"\b(?:as )?judged by (?:two|three|\d+) \w+",
            '90% of 300 past billing chats get a correct answer as judged by two billing agents',
        ),
        # A parallel run: the whole job still done the old way next to the tool, so each of its calls can be
        # checked ("Karen listened to every message as well as using the colours", "officers will also watch
        # all clips in parallel").
        Pattern(
            r"\b(?:listen|read|watch|check|review|look|open|sort|triag|screen|mark)\w*\s+(?:to\s+|at\s+|through\s+)?"
            r"(?:every|all|each)\b[^.;]{0,50}?\b(?:as well as|alongside|in parallel|at the same time as)\b",
            "For two weeks in February Karen listened to every message as well as using the colours: 612 voicemails.",
        ),
        # The old check kept up on every case while the tool runs, and its calls recorded against it: "For the first
        # month the valuer still acid tested every piece and wrote down whether Hallmarked had agreed".
        Pattern(
            r"\bstill (?:[\w-]+ ){1,3}(?:every|all|each) [\w-]+\b[^.;]{0,60}\b(?:whether|compared?|agreed|matched)\b",
            "For the first month in each pilot shop the valuer still acid tested every piece and wrote down whether Hallmarked had agreed",
        ),
        # a trial on a counted set: "test with 10 questions"
        Pattern(
            r"\btest (?:it )?with \d+ (?:real )?(?:questions|examples|cases|requests)\b",
            'test with 10 questions',
        ),
        # Its output checked against what really happened: "compare the suggested queue with the team that closed the ticket".
        Pattern(
            r"\bcompare the (?:suggested|predicted|proposed|model'?s?) \w+ (?:with|against|to)\b",
            'Each month we compare the suggested queue with the team that closed the ticket on a sample.',
        ),
        # A sample drawn to judge it: "90% of 300 sampled summaries", "100 randomly sampled alerts".
        Pattern(
            r'\b\d[\d,]* (?:randomly )?sampled \w+',
            'Launch only if agents rate 90% of 300 sampled summaries "accurate and complete".',
        ),
        # Checking its output before relying on it (or not): "nobody checked whether the notes were accurate".
        Pattern(
            r'\bcheck(?:ed|s)? (?:whether|if|that) (?:the )?\w+ (?:were|was|are|is) (?:accurate|correct|right)\b',
            'Nobody checked whether the notes were accurate before we turned it on for everyone.',
        ),
        # A sample drawn to check it: "从去年的合同里抽两百份", "随机抽 500 条".
        Pattern(
            r'抽(?:取|查|检|样)?\s*\d+\s*(?:份|条|个|张|通|篇|单|件|次)',
            '从去年的合同里抽两百份，由两位法务分别核对读出来的日期',
        ),
        # Past cases to measure it on: "on 200 past tickets", "on 150 recent leases".
        Pattern(
            r'\bon (?:a |the |our )?(?:\d[\d,]*|[a-z]+ hundred) (?:past|historical|previous|old|real|recent|sampled|archived|sample|test|held-out|labell?ed|recorded|anonymi[sz]ed)\b',
            'On 200 past new-hire tickets it must point to the page the agent linked.',
        ),
        # Measured on a named set, in Chinese: "在最近一个月的 5,000 条工单上".
        Pattern(r'在[^，。；,]{0,12}\d[\d,]*\s*(?:份|条|个|张|篇|单|件|通)[^，。；,]{0,6}上', '在最近一个月的 5,000 条工单上，分派准确率达到 90% 以上'),
        # A held-out set in Chinese: "在保留的 300 份合约上", "留出 500 条".
        Pattern(r'(?:保留|留出|预留|留下)(?:的|出|下)?\s*\d+\s*(?:份|条|个|张|篇|单|件|通)', '在保留的 300 份合约上，模型必须找出至少 95% 的高风险条款'),
        # Reviewers checking output one by one: "逐条判断有没有漏掉关键信息".
        Pattern(r'(?:逐条|逐张|逐个)(?:判断|检查|核对)', '请三位工程师看五十张工单的摘要，逐条判断有没有漏掉关键信息'),
    ),
)
