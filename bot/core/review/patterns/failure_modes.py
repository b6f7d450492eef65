"""Matching patterns for the `failure_modes` rubric item (Failure modes and fallback); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        'リスクと対策', 'リスク', '障害時の対応',
        'worries', 'worried about', 'if something goes wrong', 'something goes wrong',
        'failure modes', 'failure', 'failures', 'risks', 'risks and mitigations', 'what could go wrong', 'could go wrong', 'risk', 'concerns', 'when it is unsure', 'unsure or wrong', 'can go wrong',
        'what can go wrong', 'when things go wrong', 'when it fails', 'when it gets it wrong', 'when it is wrong',
        'gets it wrong', 'wrong answers', 'fallback', 'fallbacks', 'error handling', 'error states', 'limitations',
        'known limitations', 'known issues', 'known problems', '失败模式', '风险', '兜底', '降级', '异常处理', '局限',
        "when it's wrong", "if it's wrong", 'when it goes wrong',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'lo que puede fallar', 'qué puede salir mal', 'riesgos', 'errores',
        # French section names (a spec written in French, or in French and English).
        'risques et parades', 'risques', 'gestion des erreurs', "en cas d'erreur",
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'riscos', 'o que pode dar errado', 'erros', 'plano de contingência',
        # German section names (a spec written in German, or in German and English).
        'risiken', 'fehlerfälle', 'was schiefgehen kann', 'rückfallebene', 'störungen', 'störfälle', 'notbetrieb',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'rischi', 'cosa può andare storto', 'errori', 'piano di emergenza',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        "risico's", 'risico’s', 'risico', 'kanttekeningen', 'wat kan er misgaan', 'terugvaloptie', 'uitwijkplan',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'ryzyka', 'ryzyko', 'zagrożenia', 'co może pójść nie tak', 'plan awaryjny', 'awarie',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'risiko', 'mitigasi', 'rencana cadangan', 'kalau gagal',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'rủi ro', 'các rủi ro', 'xử lý sự cố', 'phương án dự phòng', 'trường hợp lỗi', 'hạn chế',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'riskler', 'riskler ve önlemler', 'hata durumları', 'ne ters gidebilir', 'yedek plan', 'kısıtlar', 'sınırlamalar',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'risker', 'risker och hantering', 'riskanalys', 'felhantering', 'när det går fel', 'kända begränsningar', 'begränsningar',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'risici', 'risikovurdering', 'risici og håndtering', 'fejlhåndtering', 'når det går galt',
        'kendte begrænsninger', 'begrænsninger', 'nødprocedure',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'khatre', 'jokhim', 'kya galat ho sakta hai',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'riskit', 'riskit ja niiden hallinta', 'riskienhallinta', 'virhetilanteet', 'poikkeustilanteet',
        'rajoitukset', 'tunnetut rajoitukset', 'mitä voi mennä pieleen', 'varajärjestelyt',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'risikoer', 'risiko og tiltak', 'risikoer og tiltak', 'usikkerhet', 'usikkerheter', 'risiko og usikkerhet',
        'når noe går galt', 'kjente begrensninger', 'nødprosedyre', 'reserveløsning', 'ros-analyse',
        'risiko- og sårbarhetsanalyse',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'riscs', 'què pot fallar', 'limitacions', 'pla de contingència', 'contingències', 'avaluació de riscos',
        'si alguna cosa falla',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'rizika', 'rizika a omezení', 'omezení', 'známá omezení', 'co se může pokazit', 'co když to selže',
        'záložní řešení', 'záložní postup', 'krizový plán', 'nouzový postup', 'analýza rizik', 'řízení rizik',
        'chybové stavy', 'když něco selže', 'mimořádné situace',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'riscuri', 'riscurile', 'riscuri și limitări', 'limitări', 'limitările', 'limite cunoscute',
            'limitări cunoscute', 'ce poate merge prost', 'ce se întâmplă dacă', 'ce facem dacă', 'plan de rezervă',
            'planul de rezervă', 'soluție de rezervă', 'plan de contingență', 'procedura de urgență',
            'analiza riscurilor', 'managementul riscurilor', 'gestionarea riscurilor', 'situații excepționale',
            'cazuri limită', 'erori și excepții', 'tratarea erorilor',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'kockázatok', 'kockázatok és korlátok', 'korlátok', 'ismert korlátok', 'mi romolhat el', 'hibakezelés',
        'tartalék megoldás', 'vészhelyzeti terv', 'kockázatkezelés', 'kockázatelemzés', 'hibalehetőségek',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'κίνδυνοι', 'κίνδυνοι και περιορισμοί', 'περιορισμοί', 'γνωστοί περιορισμοί', 'τρόποι αστοχίας',
        'τι μπορεί να πάει στραβά', 'διαχείριση σφαλμάτων', 'αστοχίες', 'σχέδιο έκτακτης ανάγκης',
        'όταν το σύστημα κάνει λάθος',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'rizici', 'rizici i ograničenja', 'ograničenja', 'poznata ograničenja', 'što može poći po zlu',
            'upravljanje rizicima', 'rezervni plan', 'postupanje s pogreškama',
        ),
    ),
    conventional=('risks', 'risk', 'concerns', 'limitations', 'known issues', 'worries', 'riesgos', 'risques', 'riscos', 'risiken'),
    cues=(
        # a photo it cannot read, in Chinese: "拍不清楚的时候……平板会提示‘请摊平后重拍’"
        '拍不清', '重拍',
        'failure mode', 'when the model fails', 'goes wrong', 'fallback', 'fall back', 'falls back',
        'graceful degradation', 'degrade gracefully', 'hallucination', 'hallucinate', 'hallucinates', 'wrong answer',
        'misclassified', 'misclassification', 'misroute', 'false positive', 'false negative', 'timeout', 'outage',
        'is down', 'times out', 'handoff to a human', 'hand off to a human', 'human handoff', 'hands off to', 'handed off to',
        'escalate', 'escalation', 'default to', 'abstain', 'refuse', "i don't know", "don't know the answer",
        "doesn't know the answer", 'does not know the answer', 'making something up', 'make something up',
        'make things up', 'kill switch', 'error state', 'fail', 'if it fails', 'is unavailable', 'goes down',
        'manual queue', 'manual entry queue', 'gets it wrong', 'missed finding', 'unreachable', '失败',
        '兜底', '降级', '幻觉', '转人工', '超时', '误判', '拒答',
        '退回人工', '回到人工', '编造', '胡编', 'switch back to', 'switches back to', 'revert to', '转回人工', '服务不可用', '出错', '打错',
        'show nothing', 'shows nothing', 'left empty', 'left blank', 'rather than guess', 'rather than guessing', 'instead of guessing',
        "when it's wrong", 'when it is wrong', 'if it gets one wrong', 'gets one wrong', 'if the model is wrong', 'is wrong', "isn't sure", 'is not sure', 'not sure about', 'wrongly', '拿不准', '人工队列', '进入人工', '置信度低',
        'worst case', 'the worst', 'goes badly', 'go badly', 'nightmare', 'risky', 'mistake', 'mistakes', 'made-up', 'invented', 'makes up', 'if the check fails', 'check fails', 'no result', 'no answer', "can't answer", 'cannot answer', '出问题', '没出结果', '最坏', '错误', '异常',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '誤検知', '見逃し', '間違え', '間違い', '誤った', 'エラー', '止まった場合', '停止した場合', '障害', 'うまくいかない', '手作業に戻', '巡回に戻', '従来どおり',
        # Spanish body wording.
        'puede fallar', 'se equivoca', 'se cae', 'leyó mal', 'lee mal', 'si falla', 'errores',
        # French body wording.
        'faux positifs', 'faux négatifs', 'se trompe', 'en panne', 'si le modèle',
        # Portuguese body wording.
        'pode falhar', 'se o modelo', 'fora do ar', 'falsos positivos', 'falsos negativos', 'se falhar', 'erra',
        # German body wording.
        'fehlalarm', 'fehlalarme', 'übersehen', 'fällt aus', 'ausfall', 'ausfälle', 'ausfällt', 'falls das system', 'wenn das modell',
        # Italian body wording.
        'in caso di errore', 'può sbagliare', 'se il sistema', 'falsi positivi', 'falsi negativi', 'non disponibile', 'fuori servizio',
        # Dutch body wording.
        'mist het systeem', 'als het systeem', 'valt uit', 'uitval', 'bij een storing', 'storingen', 'onterecht', 'onterechte meldingen', 'vals alarm', 'alsnog gevonden', 'gemist',
        # Polish body wording.
        'awaria', 'awarii', 'przestanie działać', 'nie zadziała', 'błędna prognoza', 'pomyłka', 'pomyłki', 'fałszywe alarmy', 'fałszywy alarm', 'w razie', 'jak dotąd', 'tryb awaryjny',
        # Indonesian body wording.
        'gagal', 'kalau gagal', 'jika gagal', 'salah ukur', 'hasil salah', 'salah deteksi', 'cadangan', 'alarm palsu', 'positif palsu', 'negatif palsu',
        # Vietnamese body wording.
        'dự phòng', 'sự cố', 'báo nhầm', 'bỏ sót', 'nhận sai', 'sai sót', 'hỏng', 'mất kết nối', 'khi có lỗi', 'nếu máy', 'nếu hệ thống',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'bulanıksa', 'hata durumunda', 'yanlış tespit', 'yanlış alarm', 'yanlış pozitif', 'yanlış negatif', 'internet yoksa', 'bağlantı kesil*', 'çalışmazsa', 'arıza*', 'çökerse', 'yedek*',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'reservrutin*', 'reservlösning*', 'faller tillbaka', 'ligger nere', 'slutar fungera', 'vid avbrott', 'avbrott', 'gäller automatiskt', 'som i dag', 'igenfrusen', 'missad*', 'felaktiga larm',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'nødprocedure*', 'reserveløsning*', 'falder tilbage', 'er nede', 'ligger ned', 'holder op med at virke',
        'ved nedbrud', 'nedbrud', 'som i dag', 'manuel procedure', 'falsk alarm', 'falske alarmer', 'overset',
        'fejlagtig*', 'udfald',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'server down', 'down ho', 'band ho jaye', 'kaam na kare', 'samajh nahi aaya', 'galat ho jaye', 'galat nikla',
        'agar galat', 'pehle ki tarah', 'pehle jaise', 'purana process', 'manual backup', 'darr hai', 'khatra',
        'flag hogi', 'flag hoga',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'kuten nykyään', 'kuten ennenkin', 'varajärjeste*', 'varasuunnitelma*', 'vikaantu*', 'ei toimi',
        'lakkaa toimimasta', 'yhteyskatko*', 'sähkökatko*', 'käyttökatko*', 'väärä hälytys', 'vääriä hälytyksiä',
        'väärät hälytykset', 'virheellinen arvio', 'virheelliset arviot', 'jää huomaamatta',
        'manuaaliseen käsittelyyn', 'palataan käsin',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'nødprosedyre*', 'reserveløsning*', 'faller tilbake', 'er nede', 'slutter å virke', 'slutter å fungere',
        'nedetid', 'manuell rutine', 'manuelle rutiner', 'oversett', 'bortfall', 'faller ut', 'feilvarsl*',
        'feilklassifiser*', 'strømbrudd', 'systemfeil', 'feilsituasjon*',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'si cau', 'si el sistema cau', 'si no funciona', 'pla b', 'pla alternatiu', 'contingència',
        'caiguda del servei', 'caigudes', 'fora de servei', 'falsos positius', 'falsos negatius', 'fals positiu',
        'fals negatiu', 'falses alarmes', 'falsa alarma', 'procediment manual', 'procés manual', 'sense connexió',
        'tall de llum', 'errada', 'errades', 'es deriva a', 'es derivarà',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'selže', 'selhání', 'výpadek', 'výpadku', 'výpadky', 'nefunguje', 'záložní', 'náhradní postup', 'ruční postup',
        'ruční režim', 'falešně pozitivn*', 'falešně negativn*', 'falešný poplach', 'falešné poplachy',
        'falešných poplachů', 'planý poplach', 'plané poplachy', 'mimo provoz', 'nedostupn*', 'chybn*', 'přehlédn*',
        'nelze vyhodnotit', 'nelze posoudit', 'nečiteln*', 'nekvalitní', 'předá člověku', 'eskal*', 'nevydá výsledek',
        'výsledek nevydá', 'nevrátí výsledek', 'výsledek nevrátí', 'nízká kvalita', 'špatná kvalita',
        'pokud si není jistý', 'nejistot*', 'výpadek proudu', 'bez připojení',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'eșuează', 'eșec', 'eșecul', 'defecțiune', 'defecțiuni', 'defecțiunea', 'căderea sistemului',
            'cădere a sistemului', 'pană de curent', 'nu funcționează', 'nu mai funcționează', 'indisponibil*',
            'nefuncțional*', 'de rezervă', 'procedură manuală', 'procedura manuală', 'mod manual', 'în mod manual',
            'se revine la', 'revine la procedura', 'revin la procedura', 'revine la modul', 'revin la modul',
            'fals pozitiv*', 'fals negativ*', 'falsuri pozitive', 'alarme false', 'alarmă falsă', 'alerte false',
            'alertă falsă', 'scos din funcțiune', 'eroare', 'erori', 'erorile', 'greșit*', 'neclar*', 'ilizibil*',
            'nu poate fi citit*', 'nu poate fi evaluat*', 'calitate slabă', 'calitate proastă', 'de slabă calitate',
            'dacă nu este sigur', 'când nu este sigur', 'incertitudine*', 'transmis unui om', 'escaladat*',
            'escaladare*', 'fără conexiune', 'fără internet',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'meghibásod*', 'leáll', 'leállás*', 'kiesés*', 'nem működik', 'tartalék*', 'kézi ellenőrzés*', 'hamis pozitív*',
        'álpozitív*', 'fals pozitív*', 'hamis negatív*', 'álnegatív*', 'fals negatív*', 'téves riasztás*', 'téves találat*',
        'téves besorolás*', 'nem elérhető', 'elérhetetlen*', 'hibás*', 'nem ismeri fel', 'olvashatatlan*', 'rossz minőségű',
        'emberhez kerül', 'embernek továbbít*', 'eszkalál*', 'bizonytalan*', 'áramkimarad*',
        'internetkapcsolat nélkül',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'αστοχί*', 'βλάβη', 'βλάβης', 'σε περίπτωση βλάβης', 'σε περίπτωση σφάλματος', 'εκτός λειτουργίας',
        'δεν λειτουργεί', 'εφεδρικ*', 'χειροκίνητη λειτουργία', 'λιγότερο αξιόπιστ*', 'ψευδείς συναγερμ*',
        'ψευδής συναγερμός', 'ψευδώς θετικ*', 'ψευδώς αρνητικ*', 'λανθασμένη πρόβλεψη', 'λανθασμένες προβλέψεις',
        'παραισθήσ*', 'επινοεί', 'περιορισμένη ορατότητα', 'κακές καιρικές συνθήκες',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'kvar*', 'ne radi', 'nedostupan', 'prestane raditi', 'pad sustava', 'ispad*', 'lažno pozitivn*',
            'lažno negativn*', 'lažni alarm*', 'lažna uzbuna', 'lažne uzbune', 'pogrešno označ*',
            'pogrešno prepozna*', 'pogrešno razvrsta*', 'ne prepoznaje', 'ne može prepoznati',
            'ne može se analizirati', 'ne mogu se analizirati', 'nije moguće analizirati', 'nečitljiv*',
            'loše kvalitete', 'ručna provjera', 'ručnu provjeru', 'rezervno rješenje', 'rezervni postupak',
            'bez interneta', 'nestanak struje',
        ),
    ),
    mentions=(
        # chat register: "we'd never delete anything, rejects just go in a folder"
        'never delete', 'on purpose',
        # retrieval finding nothing, and what the user sees then
        '检索不到', '查不到', '没有找到',
        'the scary part', 'what scares us', 'safety incident',
        # The sceptic's question names a failure without planning for it: "what if it books the wrong room".
        'if it misses', 'if the model misses', 'when it misses', 'what if it', 'what if the model', 'what if the bot', 'what if the assistant',
        'does not cover', 'not covered', 'handoff',
        # a warning that outputs will be wrong, with no plan beyond it: "Suggestions will sometimes be wrong."
        'will sometimes be wrong', 'sometimes be wrong', 'will be wrong sometimes', 'will get some wrong',
        # a wrong output counted, and the feature paused: "if more than two misstate the reason we pause the drafts"
        'misstate', 'we pause', 'pause the',
        '故障', '挂了', '宕机', '不可用', '读不清', '识别不了', '没有把握', '没把握', '找不到', '对不上', '答错', '不准', '出了错', '照原来的流程', '退回',
        # Czech: mistakes granted, with no fallback ("model se může splést").
        'může se splést', 'se může splést', 'může udělat chybu', 'dělá chyby', 'není neomylný', 'není neomylná',
        # Romanian: mistakes granted, with no fallback ("modelul poate greși").
        *romanian(
            'poate greși', 'se poate înșela', 'poate face greșeli', 'face greșeli', 'nu este infailibil*',
            'nu e infailibil*', 'nu este perfect*', 'nu e perfect*',
        ),
        # Hungarian: mistakes granted, with no fallback ("a modell tévedhet").
        'tévedhet', 'hibázhat', 'hibát véthet', 'nem tévedhetetlen',
        # Greek: mistakes granted, with no fallback ("το σύστημα μπορεί να κάνει λάθη").
        'μπορεί να κάνει λάθη', 'μπορεί να κάνει λάθος', 'μπορεί να σφάλλει', 'δεν είναι τέλειο',
        # Croatian: everyday wording that finds the item and says nothing specific of it.
        *croatian(
            'može pogriješiti', 'može griješiti', 'nije nepogrešiv', 'nije savršen',
        ),
    ),
    vague=(
        'unlikely to fail', "won't fail", 'no technology is perfect', 'nothing is perfect', 'learn as we go', 'should be fine', 'edge cases will be handled', 'handle errors gracefully',
        'handle gracefully', 'robust', 'tbd', '待定',
        # "Risks will be managed through appropriate safeguards, in line with responsible AI principles."
        'appropriate safeguards', 'risks will be managed', 'to manage risk', '不会出错', 'get things wrong', 'manually as today',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '万无一失', '完善的应急预案', '完善的纠错机制', '妥善处理',
        # Czech: the item named, nothing said of it ("riziko je minimální").
        'riziko je minimální', 'minimální riziko', 'rizika jsou zanedbatelná', 'nepředpokládáme problémy',
        # Romanian: the item named, nothing said of it ("riscul este minim").
        *romanian(
            'riscul este minim', 'risc minim', 'riscuri minime', 'riscuri neglijabile', 'riscurile sunt neglijabile',
            'nu anticipăm probleme', 'nu ne așteptăm la probleme', 'nu vor exista probleme',
        ),
        # Hungarian: the item named, nothing said of it ("a kockázat minimális").
        'a kockázat minimális', 'minimális kockázat*', 'elhanyagolható kockázat*', 'nem várunk problémát',
        'nem számítunk problémára',
        # Greek: the item named, nothing said of it ("ο κίνδυνος είναι ελάχιστος").
        'ο κίνδυνος είναι ελάχιστος', 'ελάχιστος κίνδυνος', 'αμελητέος κίνδυνος', 'δεν αναμένονται προβλήματα',
        'δεν προβλέπουμε προβλήματα',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'rizik je minimalan', 'minimalan rizik', 'zanemariv rizik', 'ne očekujemo probleme',
            'ne očekujemo poteškoće',
        ),
    ),
    concrete=(
        Pattern(
            r'\b(if|when)\b.{0,80}\b(fall(s)?\s*back|route[sd]?|escalate[sd]?|hand(s|ed)?\s*off|default(s)?\s+to|abstains?|shows? nothing)\b',
            '4. **OCR failure** on poor scans: if OCR confidence is below 0.8 on more than 10% of pages, the contract falls back to the manual intake flow with a banner',
        ),
        Pattern(
            r'\b(timeout|time-out|times out)\b.{0,40}\d+\s*(ms|s|seconds)\b',
            '| Reranker timeout (> 80 ms) or service down | infra incident | slow',
        ),
        Pattern(
            r'\bconfidence\b.{0,60}?\b(<|below|under|is below|lower than)\s*0?\.\d+',
            '4. **OCR failure** on poor scans: if OCR confidence is below 0.8 on more than 10% of pages, the contract',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+of\s+(cases|tickets|errors|requests|answers|outputs)\b',
            'request type and system, and only about 30% of requests ever came through it, people just keep writing',
        ),
        Pattern(
            r'(如果|当|若).{0,40}(转人工|兜底|降级|拒答)',
            '如果模型不确定就转人工',
        ),
    ),
    cue_patterns=(
        # A part that can fail, named as a hazard: "Probe fault.", "Server or network loss.", "camera outage".
        Pattern(
            r"\b(?:server|network|connection|power|sensor|probe|camera|scanner|gps|internet|link|feed|device)\s+(?:or\s+[\w-]+\s+)?"
            r"(?:loss|lost|fault|faults|failure|failures|outage|outages|dropout|dropouts)\b",
            "G6.4  Server or network loss. Sn: the last dose the operator set stays on the pumps",
        ),
        # The output held back when it cannot be trusted: "if they disagree by more than 25% the advice is withheld".
        Pattern(
            r"\b(?:advice|answer|suggestion|recommendation|prediction|score|result|output)\s+is\s+(?:withheld|suppressed|held back)\b",
            "if they disagree by more than 25% the advice is withheld",
        ),
        # A failure and the person who takes over: "If a request has no text, or the photo will not load, a
        # person sorts it."
        Pattern(
            r"\bif (?:a|an|the) [\w-]+ (?:has no|is missing|will not|won't|can't|cannot|fails|is unreadable|doesn't)\b"
            r"[^.;]{0,60},\s*(?:a person|someone|a human|staff|an? \w+ officer)\b",
            "If a request has no text, or the photo will not load, a person sorts it.",
        ),
        # A failure raised as a worry or seen once, with no plan for it: "点评错了学员不服怎么办？", "In one of Ben's
        # drafts it put the service on the wrong day."
        Pattern(
            r"(?:错了|出错|不准)[^？?。]{0,12}怎么办|\bon the wrong (?:day|date|person|patient|account|address|customer)\b",
            "4. In one of Ben's drafts it put the service on the wrong day. What do we do about that?",
        ),
        # a dependency failing, said as a condition: "if the check errors or takes longer than 5 seconds, …"
        Pattern(r"\bif (?:the|it|our|an?) (?:[\w-]+ ){0,3}(?:errors|errors out|crashes|takes longer than|times? out)\b",
                "If the check errors or takes longer than 5 seconds, the proof page loads without a banner"),
        # a system it depends on failing: "if the order system doesn't answer, the agent gets the macro"
        Pattern(r"\b(?:does not|doesn't|did not|cannot|can't|fails to) (?:answer|respond|load|reply)\b",
                "if the order system doesn't answer, the agent gets the plain macro instead of a draft"),
        # "If it doesn't know — it says so and offers to open a ticket."
        Pattern(r"\bif it (?:does not|doesn.t) know\b", "If it doesn't know, it says so and offers to open a ticket."),
        # What it gets wrong: "the notes got customer names and numbers wrong".
        Pattern(
            r'\b(?:got|gets|get|getting)\b[^.;]{0,40}\bwrong\b',
            'The notes got customer names and numbers wrong and reps stopped trusting them.',
        ),
        Pattern(
            r"\b(?:gets?|got)\s+(?:an?|the)\s+\w+\s+wrong\b",
            'and if it gets an amount wrong?',
        ),
    ),
    # Of the 285 labelled specs the rules are written from (not the held-out third), 54 leave failure modes
    # out; the longest two are 400-word model specs ("replace the v1 fraud score with XGBoost": data, model,
    # metrics, nothing else), and none of the 90 with 450 words or more does. Replayed on first sight
    # (unseen-10 to -45, each reviewed by the code of its day), 11 of 11 `missing` verdicts on it in specs
    # that long were wrong: the reviewer had failed to find it, not the spec to say it.
    implied_from=450,
)
