"""Matching patterns for the `user_trust` rubric item (User trust and control); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        '関わり方', '職員の関わり方', 'user trust', 'trust', 'user experience', 'ux', 'ux design', 'human in the loop', 'human-in-the-loop', 'human review', 'user control', 'expectation management', 'in charge', 'in control', 'human oversight',
        'oversight', 'and control', 'experience', 'who decides', 'who makes the call', 'who has the final say', '谁来决定', '谁说了算', '用户信任', '信任', '用户体验', '交互设计', '人工审核', '人机协同', '人机协作',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'control del usuario', 'confianza', 'el usuario decide', 'supervisión humana', 'intervención humana',
        # French section names (a spec written in French, or in French and English).
        'rôle du', 'rôle de', 'contrôle humain', 'confiance',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'confiança', 'controle do usuário', 'papel do', 'papel da',
        # German section names (a spec written in German, or in German and English).
        'vertrauen', 'nutzerkontrolle', 'rolle der', 'rolle des', 'letztentscheidung', 'menschliche aufsicht', 'entscheidung durch',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'fiducia', "controllo dell'utente", 'ruolo del', 'ruolo della',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'rol van de medewerker', 'menselijke controle', 'de mens beslist', 'zeggenschap', 'de inspecteur beslist', 'de medewerker beslist',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'kto decyduje', 'rola człowieka', 'nadzór człowieka', 'kontrola użytkownika',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'kontrol pengguna', 'peran manusia', 'siapa yang memutuskan', 'keputusan akhir',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'vai trò của con người', 'quyền quyết định', 'kiểm soát của người dùng', 'người dùng kiểm soát', 'ai quyết định',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'kullanıcı kontrolü', 'insan kontrolü', 'son karar', 'kim karar verir',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'användare', 'mänsklig kontroll', 'människan i loopen', 'roller och ansvar', 'användarnas kontroll', 'förtroende',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'brugere', 'brugerinddragelse', 'menneskelig kontrol', 'menneskelig overvågning', 'roller og ansvar', 'brugernes kontrol', 'tillid', 'oplæring',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'final decision kiska', 'kaun decide karega',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'käyttäjät', 'vastuut', 'roolit ja vastuut', 'käyttö ja vastuut', 'ihmisen rooli', 'käyttäjän rooli', 'luottamus', 'perehdytys', 'ihmisen valvonta', 'kuka päättää',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'brukermedvirkning', 'menneskelig kontroll', 'menneskelig tilsyn', 'brukernes kontroll', 'menneskelig overprøving',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'control humà', 'supervisió humana', "paper de l'usuari", 'paper de l’usuari', 'paper del', 'qui decideix', 'intervenció humana', 'rol de', 'formació',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'lidský dohled', 'role člověka', 'role uživatele', 'kontrola člověkem', 'lidská kontrola', 'kdo rozhoduje', 'kdo má poslední slovo', 'zapojení uživatelů', 'školení', 'zaškolení', 'důvěra', 'důvěra uživatelů',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'control uman', 'controlul uman', 'supraveghere umană', 'supravegherea umană', 'rolul omului', 'rolul utilizatorului', 'rolul operatorului', 'cine decide', 'cine ia decizia', 'decizia finală', 'cine are ultimul cuvânt', 'implicarea utilizatorilor', 'instruire', 'instruirea',
            'instruirea personalului', 'formarea personalului', 'încrederea utilizatorilor',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'emberi felügyelet', 'emberi felülvizsgálat', 'emberi kontroll', 'a felhasználó szerepe', 'az ember szerepe', 'ki dönt', 'képzés', 'oktatás', 'bizalom', 'felhasználói bizalom', 'panaszkezelés', 'jogorvoslat',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'ανθρώπινη εποπτεία', 'ανθρώπινος έλεγχος', 'ο ρόλος του χρήστη', 'ο ρόλος του ανθρώπου', 'ρόλοι και αρμοδιότητες', 'ευθύνη', 'ποιος αποφασίζει', 'τελική απόφαση', 'εκπαίδευση χρηστών', 'εκπαίδευση προσωπικού', 'εμπιστοσύνη', 'ενστάσεις',
        # Croatian section names, also as typed without diacritics.
        *croatian('ljudski nadzor', 'ljudska kontrola', 'uloga korisnika', 'uloga čovjeka', 'tko odlučuje', 'obuka', 'edukacija', 'povjerenje',
            'povjerenje korisnika', 'pravo na žalbu'),
    ),
    conventional=('oversight',),
    cues=(
        # a person judges before anything happens, in a reporter's words: "so a spotter can zoom straight in and
        # judge for themselves. Nobody will be sent anywhere on the computer's word alone."
        'judge for themselves', 'decide for themselves', "word alone", 'looked at by a person', 'checked by a person',
        # the person takes or refuses each one: "every dose change is accepted or rejected on the HMI by the operator"
        'accepted or rejected', 'approved or rejected',
        # the user can disagree with it or pick otherwise
        "don't agree", 'disagree button', 'can always choose',
        # the person edits the draft before it goes anywhere: "销售自己改一下再提交"
        '改一下再', '修改后再提交', '确认后再提交', '确认后提交',
        # the person can send it on to a human in one step, or accepts each one: "点'不对'可以一键转给农技员"
        '一键转', 'confirms or rejects', 'accepts or rejects', 'approve or reject', 'review every', 'accepts or overrides', 'before anything is saved', 'before it is saved', 'appeal', 'can appeal', '申诉',
        'confidence score', 'confidence indicator', 'confidence level', 'confidence label', 'confidence marker', 'one click', 'confirm or correct', 'accept or reject', 'must be confirmed', 'must confirm', 'still reads',
        'still reviews', 'still decides', 'reviews every', 'reads every', 'signs off', 'final decision', 'final say',
        'stays in control', 'in charge', 'show confidence', 'low-confidence', 'low confidence', 'editable', 'can edit', 'edit before', 'undo', 'corrections', 'override', 'human review', 'human-in-the-loop',
        'human in the loop', 'must approve', 'review 后', '审核后', 'checks every', 'before it goes', 'approve before', 'review queue', 'never auto-send', 'never sent automatically', 'disclaimer', 'ai-generated', 'generated by ai', 'expectation', 'thumbs down',
        '置信度', '人工审核', '人工复核', '可编辑', '撤销', '免责声明', 'ai 生成', 'ai生成', '纠正', '可修改', 'clicks confirm', 'talk to a human', 'mark as wrong', 'accepts, edits', 'reviews, edits',
        # nothing happens on the model's word: "nothing automatic comes off this … they decide who to ring"
        'nothing automatic', 'nothing happens automatically', 'nothing is automatic', 'decide who to', 'not a concern', '驳回', '仍由', '最终决定', '确认后', 'the final say', 'confirm before',
        'only a suggestion', 'just a suggestion', 'as a suggestion', 'still picks', 'still chooses', 'to confirm', 'can change it', 'starting point', 'for a human to', '可以修改', '确认',
        # the person's own figure beside the model's, and theirs stands: "The berthing master still sets the number
        # … The screen shows the forecast next to the box where they type their own number. Their number is the one that counts"
        'still sets', 'the one that counts', 'their own number', 'their own figure', 'their own estimate', 'still sees', 'still makes the call', 'makes the final call', 'can dismiss', 'dismiss', 'can reject', 'accepts or changes', 'accept or change', '改派', '人工确认', '可以随时', '放心', '不踏实',
        'edits', 'edit it', 'edits and', 'a draft', 'only a draft', 'as a draft', 'default value', 'switch off', 'switch it off', 'turn it off', 'turn off', 'off at any time', 'opt out', 'opt-out', 'mark a', 'as unhelpful', 'sign off', 'accepting each', 'approves', 'approve each', 'without a human', 'without a lawyer', 'without a person', '可以改', '默认值', '只是建议', '建议只是', '自己决定',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '同意を', '同意書', 'の同意', '最終的に', '最終判断', '人が確認', '確認してから', '修正できる', '取り消せ', '信頼', 'あくまで',
        # Spanish body wording.
        'la confirma', 'decide si', 'nunca cancela', 'por su cuenta', 'lo decidirá', 'la decidirá', 'la decisión final', 'revisión humana', 'supervisión humana', 'como erróneo', 'como errónea', 'lo confirma', 'lo cambia', 'la última palabra', 'siempre manda', 'confiar', 'confianza',
        # French body wording.
        'décide toujours', 'garde la main', 'dernier mot', 'peut ignorer', 'qui décide', 'ajouter à la main', 'rien à signaler',
        # Portuguese body wording.
        'confirma ou altera', 'a última palavra', 'sempre revisado', 'sempre revisada', 'sem a confirmação', 'pode ignorar', 'confiar',
        # German body wording.
        'das letzte wort', 'entscheidet selbst', 'entscheidet weiterhin', 'entscheidet, ob', 'bestätigt', 'verwirft', 'übersteuern', 'vertrauen', 'entscheidet ausschließlich', 'gibt nur hinweise', 'nicht automatisch', 'automatisch gesperrt',
        # Italian body wording.
        'resta in capo', "l'esito", 'verificato e confermato', 'ultima parola', 'potrà correggere', 'solo dopo che', 'conferma',
        # Dutch body wording.
        'beslist niets', 'beslist', 'laatste woord', 'afwijzen', 'kan corrigeren', 'ter plaatse bekeken', 'bekeken voordat', 'zelf blijven melden', 'overrulen',
        # Polish body wording.
        'decyduje', 'zdecyduje', 'ostateczna decyzja', 'ostatnie słowo', 'nic nie dzieje się automatycznie', 'może zrezygnować', 'zrezygnować', 'rezygnacji', 'odrzucić', 'wyłącznie informacją', 'tylko informacją', 'zatwierdza',
        # Indonesian body wording.
        'keputusan akhir', 'yang memutuskan', 'tetap memutuskan', 'bisa koreksi', 'bisa edit', 'menolak', 'persetujuan', 'izin lisan',
        # Vietnamese body wording.
        'quyết định cuối cùng', 'có thể sửa', 'có thể bỏ qua', 'có thể từ chối', 'xác nhận', 'phê duyệt', 'chỉ mang tính tham khảo',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'son karar*', 'karar veriyor', 'karar verir', 'düzeltebil*', 'düzeltme*', 'reddedebil*', 'itiraz ederse', 'itiraz edebil*', 'onaylıyor', 'onaylaması', 'insan kontrol*',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'bestämmer själv', 'fattar beslutet', 'sista ordet', 'slutliga beslutet', 'slutgiltiga beslutet', 'kan ignorera', 'kan avvisa', 'åsidosätt*', 'sker automatiskt', 'utbildas', 'utbildning', 'kan trycka', 'ett stöd',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'bestemmer selv', 'vurderer selv', 'vurderer altid selv', 'træffer beslutningen', 'sidste ord', 'endelige beslutning', 'kan ignorere', 'kan afvise', 'tilsidesætt*', 'sker automatisk', 'oplæring*',
        'undervisning', 'introducer*', 'er en hjælp', 'et hjælpemiddel', 'beslutningsstøtte', 'logbog', 'tilbagemelding*',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'final hai', 'aakhri faisla', 'decide karega', 'decide karegi', 'decide karenge', 'confirm karega', 'confirm karta', 'confirm karna padega', 'bina confirm', 'approve karega', 'edit kar sakta', 'edit karta', 'badal sakta', 'mana kar sakta', 'reject kar sakta', 'training denge', 'sikhayenge',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'päättää itse', 'päättää aina itse', 'tekee päätöksen', 'tekee lopullisen päätöksen', 'viimeinen sana', 'lopullinen päätös', 'lopullisen päätöksen', 'jättää huomiotta', 'voi hylätä', 'voi ohittaa', 'voi muuttaa',
        'apuväline*', 'päätöksenteon tuki', 'päätöksenteon tukena', 'perehdyt*', 'käyttäjäkoulutu*', 'eri mieltä', 'palautteen', 'palautetta', 'tapahtuu automaattisesti', 'ihminen hyväksyy', 'hyväksyy ehdotuksen',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'avgjør selv', 'tar beslutningen', 'tar alltid beslutningen', 'siste ord', 'endelig beslutning', 'endelige beslutningen', 'kan ignorere', 'kan avvise', 'overstyr*', 'skjer automatisk', 'opplæring*',
        'er en hjelp', 'et hjelpemiddel', 'loggbok', 'tilbakemelding*', 'går imot', 'mennesket i loopen', 'overprøv*', 'manuell kontroll',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'decideix', 'decidirà', 'decisió final', 'última paraula', 'pot ignorar', 'pot rebutjar', 'pot descartar',
        'pot corregir', 'pot modificar', 'pot editar', 'ho confirma', 'el confirma', 'ha de confirmar', 'ha de validar', 'revisió humana', 'supervisió humana', 'control humà', 'de manera automàtica', 'automàticament',
        'sessions de formació', 'rebran formació', 'formació als', 'suport a la decisió', 'retroalimentació', 'només és un suggeriment', 'com a suggeriment',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'rozhoduje', 'rozhodne', 'konečné rozhodnutí', 'poslední slovo', 'rozhodnutí člověka', 'platí rozhodnutí', 'může přepsat', 'může odmítnout', 'může zamítnout', 'může ignorovat', 'může opravit', 'může upravit',
        'musí potvrdit', 'musí schválit', 'potvrdí', 'schválí', 'schvaluje', 'lidská kontrola', 'lidský dohled',
        'kontrola člověkem', 'kontroluje člověk', 'zkontroluje', 'prohlédne', 'přezkoum*', 'automaticky', 'nikdy sám', 'sám nikdy', 'sám nerozhoduje', 'nerozhoduje sám', 'jen návrh', 'pouze návrh', 'jako návrh',
        'podpora rozhodování', 'podpůrný nástroj', 'nesouhlasí', 'zpětná vazba', 'zpětnou vazbu', 'proškolen*', 'zaškolen*', 'bez uvedení důvodu',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'decizia finală', 'ultimul cuvânt', 'decizia omului', 'ia decizia', 'iau decizia', 'poate respinge', 'poate refuza', 'poate ignora', 'poate corecta', 'poate modifica', 'poate anula', 'poate contesta',
            'poate fi contestat*', 'trebuie să confirme', 'trebuie să aprobe', 'confirmă sau respinge', 'acceptă sau respinge', 'aprobat de', 'aprobată de', 'control uman', 'supraveghere umană', 'verificat de un om', 'verificată de un om', 'verificare umană', 'în mod automat', 'niciodată singur',
            'nu decide singur', 'nu decide nimic', 'nu ia decizii', 'nu ia nicio decizie', 'doar o propunere', 'doar o sugestie', 'ca sugestie', 'ca propunere', 'sprijin pentru decizie', 'sprijin decizional',
            'suport decizional', 'instrument de sprijin', 'nu este de acord', 'nu sunt de acord', 'instruit*', 'sesiuni de instruire', 'fără aprobarea', 'fără acordul', 'fără ca un om', 'fără ca o persoană',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'végső döntés*', 'a végső szó', 'az utolsó szó', 'emberi döntés*', 'felülbírál*', 'elutasíthat*',
        'jóvá kell hagy*', 'jóváhagy*', 'emberi felülvizsgálat*', 'emberi felügyelet*', 'emberi ellenőrzés*', 'felülvizsgál*', 'automatikusan', 'nem dönt önállóan', 'önállóan nem dönt', 'csak javaslat*',
        'csupán javaslat*', 'javaslatként', 'döntéstámogat*', 'nem ért egyet', 'visszajelzés*', 'kifogás*', 'fellebbez*', 'képzést kap*', 'betanítjuk a', 'oktatást kap*', 'automatizált döntés*',
        # Everyday English: the person keeps the decision ('the grader has the last word', 'pressing the same
        # letter accepts it').
        'the last word', 'accepts it', 'nobody takes it for', 'in control of the', 'always in control',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'τελική απόφαση', 'παίρνει την απόφαση', 'αποφασίζει πάντα', 'η απόφαση παραμένει', 'επιβεβαιώνεται από', 'εγκρίνει ή απορρίπτει', 'αποδέχεται ή απορρίπτει', 'να παρακάμψει',
        'ανθρώπινη εποπτεία', 'ανθρώπινο έλεγχο', 'ανθρώπινος έλεγχος', 'ένσταση', 'ενστάσεις', 'προσφυγή', 'βαθμός βεβαιότητας', 'βαθμό βεβαιότητας', 'βαθμός εμπιστοσύνης', 'βαθμό εμπιστοσύνης', 'εκπαίδευση των χρηστών',
        # Croatian body wording, also typed without diacritics ("*" is a stem: Croatian adds case, number, gender).
        *croatian('konačnu odluku', 'konačna odluka', 'zadnju riječ', 'zadnja riječ', 'posljednju riječ', 'ljudska odluka', 'odlučuje čovjek',
            'čovjek odlučuje', 'uvijek odlučuje', 'ne donosi odluke', 'ne donosi nikakve odluke', 'ne odlučuje sam', 'može odbiti', 'može odbaciti', 'može ispraviti', 'može promijeniti', 'može zanemariti', 'mora potvrditi', 'mora odobriti', 'ljudski nadzor', 'ljudskim nadzorom',
            'ljudsku provjeru', 'ljudska provjera', 'ljudsku kontrolu', 'automatsk*', 'samo prijedlog', 'kao prijedlog', 'samo preporuka', 'kao preporuku', 'podrška odlučivanju', 'potpora odlučivanju', 'ne slaže', 'povratne informacije', 'povratnu informaciju', 'prigovor*', 'žalb*', 'očitova*',
            'obuk*', 'edukacij*', 'osposoblj*'),
    ),
    mentions=(
        # Catalan slogans of a helper, with no control described ("només ajuda, no substitueix ningú").
        'només ajuda', 'no substitueix', 'no substituirà',
        # Czech: slogans of a helper, with no control described ("systém jen pomáhá, nenahrazuje lidi").
        'jen pomáhá', 'pouze pomáhá', 'nenahrazuje', 'nenahradí',
        # Romanian: slogans of a helper, with no control described ("programul doar ajută, nu înlocuiește oamenii").
        *romanian(
            'doar ajută', 'doar sprijină', 'nu înlocuiește', 'nu va înlocui',
        ),
        # Hungarian: slogans of a helper, with no control described ("csak segít, nem helyettesíti az embert").
        'csak segít', 'csupán segít', 'nem helyettesíti', 'nem váltja ki',
        # Vietnamese and Turkish slogans of a helper, with no control described ("chỉ hỗ trợ", "yerini almayacak").
        'không thay thế con người', 'chỉ hỗ trợ', 'yerini almayacak', 'sadece yardımcı',
        # Polish and Indonesian slogans of a helper, with no control described ("AI cuma bantu kader, bukan gantiin kader")
        'tylko pomaga', 'nie zastąpi', 'cuma bantu', 'hanya membantu', 'bukan gantiin', 'bukan menggantikan',
        # the user is warned when the output is doubtful
        'gets a warning', 'get a warning', 'shows a warning',
        # a person sends what the model drafted: "an agent just clicks send"
        'clicks send', 'click send', 'hits send', 'presses send', 'corrected', 'can correct', 'for a human', '直接改', '能改', '随便改', '可以修改', '手动修改', '仍然可以', '照样可以', '自己核对', '自己判断', '最终由', '拍板', '人工把关',
        # Greek: slogans of a helper, with no control described ("είναι βοήθημα, δεν αντικαθιστά τον υπάλληλο").
        'δεν αντικαθιστά', 'είναι βοήθημα', 'απλώς βοηθά', 'υποστηρικτικό εργαλείο',
        # Croatian: everyday wording that finds the item and says nothing specific of it.
        *croatian('samo pomaže', 'ne zamjenjuje', 'neće zamijeniti'),
    ),
    vague=(
        # Italian slogans: "i condomini restano sempre al centro", "le loro esigenze verranno ascoltate"
        'restano sempre al centro', 'verranno ascoltate', 'users will trust it', 'users will love', 'be able to trust', 'the human touch', 'not replace them', 'not to replace them', 'intuitive', 'seamless', 'magical', 'delightful', 'just works', '用户会信任', '体验好', '丝滑',
        # a deck's slogan for the person's say: "Our stockpeople remain in control", "AI supports, never replaces"
        'remain in control', 'remains in control', 'never replaces', 'supports, never replaces',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '知情权和选择权', '营造良好氛围',
        # Catalan: the item named, nothing said of it ("és una eina intuïtiva i fàcil d'usar").
        'els usuaris hi confiaran', 'intuïtiu', 'intuïtiva', "fàcil d'usar", 'fàcil d’usar',
        # Czech: the item named, nothing said of it ("aplikace je intuitivní a uživatelé jí budou důvěřovat").
        'mu budou důvěřovat', 'jí budou důvěřovat', 'mu budou věřit', 'jí budou věřit', 'intuitivní', 'snadné použití', 'snadno použiteln*', 'uživatelsky přívětiv*',
        # Romanian: the item named, nothing said of it ("aplicația este intuitivă și ușor de folosit").
        *romanian(
            'vor avea încredere', 'utilizatorii vor avea încredere', 'intuitiv', 'intuitivă', 'ușor de folosit', 'ușor de utilizat', 'prietenos cu utilizatorul',
        ),
        # Hungarian: the item named, nothing said of it ("intuitív, és a felhasználók meg fognak bízni benne").
        'megbíznak benne', 'bízni fognak benne', 'intuitív', 'könnyen használható', 'felhasználóbarát',
        # Greek: the item named, nothing said of it ("φιλικό προς τον χρήστη και διαισθητικό").
        'φιλικό προς τον χρήστη', 'εύκολο στη χρήση', 'διαισθητικ*', 'οι χρήστες θα το εμπιστευτούν',
        # Croatian: the item named, nothing said of it.
        *croatian('korisnici će mu vjerovati', 'imat će povjerenja', 'intuitivan', 'intuitivna', 'jednostavan za korištenje', 'jednostavna za korištenje',
            'lako se koristi', 'prilagođen korisniku'),
    ),
    concrete=(
        Pattern(
            r'\bconfidence\b.{0,40}(0?\.\d+|\d+\s*%)',
            '4. **OCR failure** on poor scans: if OCR confidence is below 0.8 on more than 10% of pages, the contract falls back to the',
        ),
        Pattern(
            r'\b(high|medium|low)[- ]confidence\b',
            'Agents see the predicted category, a High / Medium confidence label (≥ 0.9 / 0.7-0.9) and a one-click',
        ),
        Pattern(
            r'\b(0?\.\d+|\d+\s*%)\s+confidence\b',
            'Fields below 0.85 confidence are shown in amber and must be confirmed',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+of\s+(drafts|suggestions|outputs|notes|answers|summaries|replies)\s+(are\s+)?(reviewed|edited|accepted|approved)',
            '10% of drafts are reviewed by a lead',
        ),
        Pattern(
            r'\b(every|each|all)\s+\w+\s+(is|are)\s+(reviewed|approved)\s+by\b',
            'every draft is reviewed by the agent',
        ),
        Pattern(
            r'置信度.{0,20}(0?\.\d+|\d+\s*(%|％))',
            '置信度低于 0.85 的发票转人工审核。',
        ),
        # Greek: the person's decision stands ("την τελική απόφαση την παίρνει πάντα ο υπάλληλος").
        Pattern(r"\bαποφαση\b[^.;]{0,40}?\b(?:την\s+)?(?:παιρνει|λαμβανει|εχει)\s+(?:παντα\s+)?(?:ο|η|οι)\s+[^\W\d_]+|\bαποφασιζει\s+παντα\s+(?:ο|η|οι)\s+[^\W\d_]+",
                "Το σύστημα μόνο προτείνει· την τελική απόφαση την παίρνει πάντα ο υπάλληλος."),
    ),
    cue_patterns=(
        # Romanian: the person's decision stands ("decizia finală îi aparține funcționarului", "decide întotdeauna
        # omul", "ultimul cuvânt îl are medicul", "programul nu decide nimic").
        Pattern(
            r"\bdecizia\s+(?:final[ăa]\s+)?(?:[îi]i\s+)?(?:apar[ţt]ine|r[ăa]m[âa]ne|revine)\b"
            r"|\bultimul\s+cuv[âa]nt\s+(?:[îi]l\s+)?(?:are|au|va avea)\b"
            r"|\b(?:decide|hot[ăa]r[ăa][şs]te)\s+(?:[îi]ntotdeauna|mereu|numai|doar)\b"
            r"|\b(?:[îi]ntotdeauna|mereu)\s+(?:decide|hot[ăa]r[ăa][şs]te)\b|\bnu\s+decide\s+nimic\b",
            "Decizia finală îi aparține funcționarului: programul nu decide nimic, iar ultimul cuvânt îl are omul.",
        ),
        # Czech: the person's decision stands ("platí vždy rozhodnutí referenta", "rozhoduje vždy člověk",
        # "poslední slovo má lékař").
        Pattern(
            r"\bplatí\s+(?:vždy\s+)?(?:jeho\s+|její\s+|jejich\s+)?rozhodnutí\b|\brozhodnutí\s+(?:je\s+)?vždy\s+na\b"
            r"|\b(?:rozhoduje|rozhodne)\s+vždy\b|\bvždy\s+(?:rozhoduje|rozhodne)\b|\bposlední slovo\s+má\b",
            "Když referent s návrhem nesouhlasí, platí vždy jeho rozhodnutí; poslední slovo má on.",
        ),
        # Hungarian: the person's decision stands ("mindig az ügyintéző dönt", "ha a kolléga nem ért egyet a
        # javaslattal, az ő döntése érvényes").
        Pattern(
            r"\bmindig\s+(?:egy\s+|az?\s+)?(?:ember|munkatárs|ügyintéző|orvos|kolléga|felhasználó)\w*\s+dönt\w*"
            r"|\b(?:az?\s+)?(?:ő|ember|munkatárs|ügyintéző|orvos|kolléga)\w*\s+döntése\s+(?:az?\s+)?"
            r"(?:érvényes|számít|a végső)\b|\bkizárólag\s+a\s+(?:program|modell|rendszer|gép)\w*\s+döntése\s+alapján",
            "Ha a kolléga nem ért egyet a javaslattal, az ő döntése érvényes: mindig az ügyintéző dönt.",
        ),
        # Croatian: the person's decision stands ("odluku uvijek donosi službenik", "samo liječnik može donijeti
        # konačnu odluku"), with or without diacritics.
        Pattern(
            r"\b(?:odluku|odluke|rje[šs]enje)\s+(?:uvijek\s+|i dalje\s+|samo\s+)?(?:donosi|donose|mo[žz]e donijeti)\s+"
            r"(?:samo\s+|uvijek\s+)?(?:[čc]ovjek|slu[žz]benik|djelatnik|lije[čc]nik|korisnik|inspekcij|zaposlenik|referent)\w*"
            r"|\b(?:samo|uvijek|isklju[čc]ivo)\s+(?:[čc]ovjek|slu[žz]benik|djelatnik|lije[čc]nik|korisnik|inspekcij|"
            r"zaposlenik|referent)\w*\s+(?:odlu[čc]uje|odlu[čc]i|donosi|mo[žz]e donijeti)",
            "Odluku uvijek donosi službenik: samo liječnik može donijeti konačnu odluku.",
        ),
        # "it is the search manager, not the software, who decides where the ground parties go"
        Pattern(r"\bnot the (?:software|model|system|tool|ai|computer|algorithm|app)\b,? who (?:decides|makes|has)\b",
                "it is the search manager, not the software, who decides where the ground parties go"),
        # Only the person's own action makes it happen: "the only thing that books an appointment is the nurse
        # clicking a route herself, whichever one she picks".
        Pattern(
            r"\bthe only (?:thing|way|one) that \w+[^.;]{0,50}\bis (?:a|an|the|our) [\w-]+ (?:clicking|ticking|pressing|"
            r"choosing|picking|approving|confirming)\b|\bwhichever (?:one )?(?:she|he|they) (?:picks|chooses)\b",
            "the only thing that books an appointment is the nurse clicking a route herself, whichever one she picks",
        ),
        # It only informs and a person acts: "It never starts a fan", "The night grower decides whether to start
        # the fans".
        Pattern(
            r"\bit never (?:starts|stops|opens|closes|books|pays|buys|orders|dispatches|switches)\b"
            r"|\b(?!(?:model|system|ai|algorithm|tool|bot|it)\b)[a-z]+ decides whether (?:to|or)\b",
            "FrostCall only sends texts. It never starts a fan. The night grower decides whether to start the fans.",
        ),
        # The person named keeps the decision: "The valuer always makes the loan decision", "the duty nurse
        # still makes every triage call".
        Pattern(
            r"\bthe (?!(?:model|system|ai|algorithm|tool|bot|app|software)\b)[a-z]+ (?:always|still) makes? (?:the|every|each) "
            r"(?:[\w-]+ )?(?:decision|call)s?\b",
            "The valuer always makes the loan decision.",
        ),
        # ... or still decides what the tool's reading leads to: "The Committee would still decide whether a notice is sent".
        Pattern(r"\b(?:would|will|shall) still decide whether\b|\bstill decides whether\b",
                "The Committee would still decide whether a non-cultivation notice is sent."),
        # A person who decides on what the AI drafts or flags, with no detail of how: "drafts a note for the
        # clinician to edit and sign", "Flagged listings go to T&S for manual review", "the requester picks whom to ask".
        Pattern(
            r"\bfor (?:the|a|an|our) [\w-]+ to (?:edit|review|approve|check|sign|confirm|accept)\b"
            r"|\bgo(?:es)? to [\w&-]+ for (?:manual |human )?review\b"
            r"|\b(?:requester|user|customer|agent|clerk|officer) picks? (?:whom|which|what|the)\b",
            "A system that transcribes consultations and drafts a note for the clinician to edit and sign.",
        ),
        # The person may go ahead over the warning: a "Print anyway" / "Send anyway" button.
        Pattern(r"\b\w+ anyway[\"”']", 'The customer picks "Print anyway" or "Upload a new file".'),
        # The person is never stopped: "Checkout is never blocked by the check", "we never block the order".
        Pattern(r"\bnever (?:block|blocks|blocked|stops|stop|prevents|prevent)\b", "Checkout is never blocked by the check"),
        # The decision is a person's: "what to do is the duty brewer's call".
        Pattern(
            r"\b(?:is|remains|stays) (?:the|their|her|his|our) (?:[\w'’-]+ ){0,3}(?:call|decision)\b",
            "what to do is the duty brewer's call, and Jo can switch alerts off for any tank",
        ),
        # The person takes it or leaves it: "she can drag any room up or down, accept it or ignore it".
        Pattern(
            r"\baccepts? (?:it|them|the \w+)?\s*,?\s*(?:or|and) (?:ignores?|rejects?|changes?|edits?|overrides?|dismiss(?:es)?)\b",
            "she can drag any room up or down, accept it or ignore it, and only the order she publishes counts",
        ),
        # It never acts on its own: "never changes a tank's temperature or does anything to the tank itself".
        Pattern(
            r"\bnever (?:changes|does|sends|acts|books|blocks|deletes|removes|moves|posts|publishes|rejects|approves)\b[^.;]{0,60}\b(?:itself|by itself|on its own|automatically)\b",
            "Ferment Watch never changes a tank's temperature or does anything to the tank itself",
        ),
        # Nothing happens without the person's action: "nothing reaches a passenger without a clerk's click".
        Pattern(
            r"\b(?:nothing|no \w+)\b[^.;]{0,40}\b(?:without|until|unless) (?:a|an|the) [\w-]+(?:'s)? (?:click|approval|confirmation|sign-?off|ok)\b",
            "nothing reaches a passenger without a clerk's click, and the message says we may have found it",
        ),
        # ... or without the person: "nothing reaches the page without an editor".
        Pattern(
            r"\b(?:nothing|no \w+)\b[^.;]{0,40}\b(?:without|until|unless) (?:a|an|the|our) (?:editor|reviewer|human|person|"
            r"agent|clerk|curator|moderator|doctor|nurse|lawyer|pharmacist|teacher|manager|dispatcher|planner)s?\b",
            "Editor picks one, tweaks it or ignores them all; nothing reaches the page without an editor",
        ),
        # ... or until the person has acted: "Nothing flows into the calculation until the underwriter has ticked 'Income checked'".
        Pattern(
            r"\b(?:nothing|no \w+)\b[^.;]{0,60}\b(?:without|until|unless|before) (?:a|an|the|our|their) [\w-]+ (?:has |have )?"
            r"(?:ticked|approved|confirmed|checked|signed(?: it)? off|clicked|accepted|okayed)\b",
            "Nothing flows into the affordability calculation until the underwriter has ticked \"Income checked\"",
        ),
        # a person takes over the conversation
        Pattern(
            r"\bhand (?:the )?(?:chat|conversation|case|ticket) (?:over )?to an? (?:agent|human|person)\b",
            'hand the chat to an agent with the transcript',
        ),
        # its output labelled as a suggestion that blocks nothing
        Pattern(
            r"\bnever (?:as )?a blocking\b|\bnon-blocking\b|\bmarked \W?ai suggestions\b",
            'posted as a single review marked "AI suggestions", never as a blocking review',
        ),
        # the person keeps the decision: "the rank is a suggestion; the engineer decides"
        Pattern(
            r"\bis a suggestion\b|\bthe (?:engineer|agent|reviewer|clerk|manager|analyst|moderator) decides\b",
            'The rank is a suggestion; the engineer decides.',
        ),
        # a person the user can reach: "hand off to a human if stuck", "talk to a recruiter"
        Pattern(
            r"\b(?:hand (?:it )?off|talk) to a (?:human|person|recruiter|agent|specialist)\b",
            'hand off to a human if stuck',
        ),
        # The original stays in view: "agents always see the full thread under the summary".
        Pattern(
            r'\b(?:always|still) sees? the (?:full|original|whole|source|raw)\b',
            'Agents always see the full thread under the summary.',
        ),
        # People who can push back on an output: "customers can flag an answer as wrong".
        Pattern(
            r'\b(?:users?|customers?|agents?|staff|people|managers?|reviewers?) can (?:flag|report|correct|undo|edit|override|dismiss|reject|change)\b',
            'Customers can flag an answer as wrong with one tap.',
        ),
        # The output left to the person: "Crews can leave it if they have urgent work", "the nurse may ignore the flag".
        Pattern(
            r"\b(?:can|may|are free to|is free to)\s+(?:always\s+|still\s+)?(?:leave|skip|ignore|override|overrule|dismiss|"
            r"reject|decline|disregard|turn off|switch off|mute|turn down|refuse)\s+(?:it|them|the|any|a|an|its|that|this|their)\b"
            # ... or redo it by hand: "the helpdesk supervisor can always move a job by hand".
            r"|\bcan (?:always |still )?(?:move|change|reassign|redo|correct|edit|reorder) (?:it|them|the|a|an|any) ?[\w-]* by hand\b",
            "Crews can leave it if they have urgent work.",
        ),
        # Nobody judged by it: "Nobody is going to be measured on how many predicted jobs they clear".
        Pattern(
            r"\b(?:nobody|no one|not|never)\b[^.;]{0,30}\b(?:measured|judged|assessed|disciplined|penali[sz]ed|blamed|"
            r"ranked|appraised)\s+(?:on|for|by)\b",
            "Nobody is going to be measured on how many predicted jobs they clear.",
        ),
        # People who stop relying on it: "may see the flags as noise and stop reading them".
        Pattern(
            r'\b(?:stop(?:ped)? (?:reading|trusting|using|looking at)|ignore the (?:suggest\w*|flags?|alerts?|recommend\w*|route|notes?))\b',
            'Account managers may see the flags as noise and stop reading them.',
        ),
        # Nothing happens until a person says so: "nothing is applied automatically", "nothing is sent".
        Pattern(
            r'\bnothing (?:is|gets|will be) (?:applied|sent|changed|saved|posted|published|booked|submitted)\b',
            'Maintainers accept a suggestion with a reaction; nothing is applied automatically.',
        ),
        # A person who checks the output before it counts: "taggers review in the existing tool", "the AR agent
        # approves or edits the reply". Checked: no labelled spec lacking user trust says this.
        Pattern(
            r"\b(reviewers?|taggers?|agents?|clerks?|staff|editors?|nurses?|doctors?|analysts?|moderators?|humans?|a person|people|adjusters?|officers?|recruiters?|managers?)\s+(?:then\s+|will\s+|can\s+|still\s+)?(?:review|approve|check|confirm|accept|sign off)\w*\b",
            'A hosted multimodal model proposes attributes per SKU; taggers review in the existing tool.',
        ),
    ),
)
