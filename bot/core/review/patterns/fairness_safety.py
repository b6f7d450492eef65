"""Matching patterns for the `fairness_safety` rubric item (Fairness and safety); its coaching text is in rubric.yml."""

from bot.core.review.patterns.base import ItemPatterns, Pattern, croatian, romanian

PATTERNS = ItemPatterns(
    headings=(
        # Japanese business documents (稟議書, 企画書): their usual section names.
        '個人情報', '公平性',
        'fairness', 'equity', 'equality', 'equality impact', 'equalities', 'equality and diversity', 'bias', 'safety', 'responsible ai', 'ethics', 'trust and safety', 'red teaming', 'red-teaming',
        'abuse', 'privacy', 'security', 'compliance', '公平性', '公平', '偏见', '安全', '合规', '隐私', '红队',
        # Spanish section names (a spec written in Spanish, or in Spanish and English).
        'equidad', 'sesgos', 'privacidad', 'seguridad', 'igualdad de trato', 'no discriminación',
        # French section names (a spec written in French, or in French and English).
        'équité', 'biais', 'confidentialité', 'sécurité',
        # Portuguese section names (a spec written in Portuguese, or in Portuguese and English).
        'equidade', 'vieses', 'viés', 'privacidade', 'segurança',
        # German section names (a spec written in German, or in German and English).
        'datenschutz', 'sicherheit', 'gleichbehandlung', 'ethik', 'verhaltenskontrolle', 'leistungskontrolle', 'schutz der beschäftigten',
        # Italian section names (a spec written in Italian, or in Italian and English).
        'equità', 'discriminazione', 'privacy', 'sicurezza', 'protezione dei dati',
        # Dutch section names (a spec written in Dutch, or in Dutch and English).
        'eerlijkheid', 'veiligheid', 'gelijke behandeling', 'discriminatie', 'gegevensbescherming',
        # Polish section names (a spec written in Polish, or in Polish and English).
        'równe traktowanie', 'sprawiedliwość', 'bezpieczeństwo', 'ochrona danych', 'ochrona danych osobowych', 'prywatność',
        # Indonesian section names (a spec written in Indonesian, or in Indonesian and English).
        'keadilan', 'keamanan', 'privasi', 'keselamatan', 'perlindungan data', 'etika',
    ),
    word_headings=(
        # Vietnamese section names (a spec written in Vietnamese, or in Vietnamese and English).
        'công bằng', 'tính công bằng', 'an toàn', 'bảo mật', 'quyền riêng tư', 'bảo vệ dữ liệu cá nhân', 'đạo đức',
        # Turkish section names (a spec written in Turkish, or in Turkish and English).
        'adalet', 'adillik', 'güvenlik', 'gizlilik', 'kişisel verilerin korunması', 'etik', 'önyargı', 'tarafsızlık',
        # Swedish section names (a spec written in Swedish, or in Swedish and English).
        'rättvisa', 'jämlikhet', 'etik', 'integritet', 'dataskydd', 'personuppgifter', 'likabehandling',
        # Danish section names (a spec written in Danish, or in Danish and English).
        'etik', 'retfærdighed', 'ligebehandling', 'databeskyttelse', 'persondata', 'privatliv', 'patientsikkerhed',
        # Hinglish section names (Hindi written in Latin letters, mixed with English).
        'privacy aur consent',
        # Finnish section names (a spec written in Finnish, or in Finnish and English).
        'oikeudenmukaisuus', 'tasapuolisuus', 'yhdenvertaisuus', 'tietosuoja', 'henkilötiedot', 'etiikka',
        'eettisyys', 'yksityisyys', 'yksityisyyden suoja', 'potilasturvallisuus',
        # Norwegian (bokmål) section names (a spec written in Norwegian, or in Norwegian and English).
        'etikk', 'rettferdighet', 'likebehandling', 'personvern', 'personopplysninger', 'informasjonssikkerhet',
        'pasientsikkerhet', 'sikkerhet', 'etikk og personvern', 'personvernkonsekvensvurdering', 'ansvarlig ki',
        # Catalan section names (a spec written in Catalan, or in Catalan and English).
        'equitat', 'ètica', 'privacitat', 'protecció de dades', 'seguretat', 'biaixos', 'no discriminació',
        'igualtat de tracte', 'ús responsable', 'ia responsable',
        # Czech section names (a spec written in Czech, or in Czech and English).
        'etika', 'etické otázky', 'férovost', 'spravedlnost', 'rovné zacházení', 'nediskriminace',
        'ochrana osobních údajů', 'ochrana dat', 'ochrana soukromí', 'soukromí', 'bezpečnost', 'bezpečnost pacientů',
        'předpojatost', 'zkreslení', 'odpovědná ai', 'odpovědné použití',
        # Romanian section names (a spec written in Romanian, or in Romanian and English), also as typed without
        # diacritics.
        *romanian(
            'etică', 'etica', 'aspecte etice', 'considerații etice', 'echitate', 'echitatea', 'corectitudine',
            'tratament egal', 'tratament echitabil', 'egalitate de tratament', 'nediscriminare', 'protecția datelor',
            'protecția datelor personale', 'protecția datelor cu caracter personal', 'confidențialitate',
            'confidențialitatea datelor', 'viața privată', 'securitate', 'securitatea datelor', 'siguranță',
            'siguranța', 'siguranța pacienților', 'părtinire', 'ia responsabilă', 'utilizare responsabilă',
        ),
        # Hungarian section names (a spec written in Hungarian, or in Hungarian and English).
        'etika', 'etikai kérdések', 'méltányosság', 'igazságosság', 'egyenlő bánásmód', 'adatvédelem',
        'személyes adatok védelme', 'magánszféra', 'biztonság', 'torzítás', 'elfogultság', 'felelős ai',
        'akadálymentesség',
        # Greek section names (a spec written in Greek, or in Greek and English).
        'δικαιοσύνη', 'ισότιμη μεταχείριση', 'μεροληψία', 'αμεροληψία', 'διακρίσεις', 'ασφάλεια', 'ηθικά ζητήματα',
        'δεοντολογία', 'ιδιωτικότητα', 'προστασία προσωπικών δεδομένων', 'κανονιστική συμμόρφωση', 'νομικό πλαίσιο',
        # Croatian section names (a spec written in Croatian, or in Croatian and English), also as typed
        # without diacritics.
        *croatian(
            'etička pitanja', 'pravednost', 'jednako postupanje', 'zaštita podataka', 'zaštita osobnih podataka',
            'privatnost', 'sigurnost', 'pristranost', 'pristupačnost', 'diskriminacija',
        ),
    ),
    conventional=('equity', 'ethics'),
    cues=(
        # a gap against everyone else, and an equality assessment
        'below the overall', 'equality impact assessment',
        # people in a hard moment, not to be sold to: "lost their home or are leaving a partner"
        'lost their home', 'leaving a partner',
        # an organisation's equality policy named as what the system must follow
        'equality and diversity', 'equality policy',
        # generated claims that break advertising law: a content-safety concern
        '广告法',
        '过敏', 'data residency', 'stays in the eu', 'stored in the eu', 'kept in the eu', 'data stays in', 'keeps data in the eu', 'keeps the data in the eu',
        'allergen', 'allergens',
        # a food shop's safety line: "The draft must never answer an allergy question. We are not a nut-free kitchen"
        'allergy', 'allergies', 'allergic', 'nut-free',
        'fairness', 'bias', 'biased', 'disparate impact', 'demographic', 'per-segment', 'by segment', 'each segment',
        'user segments', 'across languages', 'non-native', 'accent', 'gender', 'ethnicity', 'age group', 'age band',
        # a vision model that may see some skin worse: "every demo I've seen was on pale skin"
        'skin tone', 'skin tones', 'skin type', 'skin types', 'skin colour', 'skin color', 'darker skin', 'dark skin', 'pale skin', 'lighter skin',
        'broken down by', 'sliced by', 'per site', 'by site', 'subgroup', 'population', 'protected class', 'red team',
        'red-team', 'red teaming', 'jailbreak', 'prompt injection', 'toxic', 'toxicity', 'harmful', 'hipaa', 'gdpr',
        'safety filter', 'content filter', 'content moderation', 'moderation filter', 'moderation api', 'moderation check', 'moderation layer', 'abuse', 'misuse', 'malicious', 'trick it', 'manipulation',
        'guardrails', '公平', '偏见', '歧视', '越狱', '提示注入', '敏感词', '隐私', '合规', '内容审核', '内容安全',
        '不同地区', '用户群体', '口音', '方言', '本地话', '普通话', '分开算', 'privacy', 'personal data', 'data processing agreement', 'offensive', 'blocklist', 'embarrassing', 'be inappropriate', 'anything inappropriate', 'something inappropriate', '分别统计', 'per language', 'by language', '偏向',
        # personal data kept out of the model's reach: "PII is masked before the call by the existing redaction
        # service", "we'd need to strip faces and house numbers out of the photos", "two-party consent"
        'pii', 'redaction', 'redacted', 'strip faces', 'blur faces', 'faces blurred', 'anonymised', 'anonymized',
        'pseudonymised', 'pseudonymized', 'two-party consent',
        # personal data taken to the organisation's data protection officer: "to check with the DPO what we can send"
        'dpo', 'data protection officer',
        'more often than others', 'more than others', 'more often than other', 'less often than others', 'overseas', 'by country', 'neighbourhood', 'postcode', 'zip code', '不同群体', '老年',
        'children', 'minors', 'in every group', 'not just overall', 'as their own group', 'group by group', 'no links', 'refuses anything', 'off-topic', 'outside the', 'vulnerable',
        # Japanese body wording (稟議書, 企画書, 仕様書): kana phrases cannot match Chinese text.
        '公平', '偏り', 'バイアス', '高齢者', '障害のある', '外国籍', 'プライバシー', '悪用', '安全性',
        # Spanish body wording.
        'extranjeros', 'clientes extranjeros',
        'sesgo', 'equidad', 'igual de bien para todos', 'discriminación', 'privacidad', 'datos personales',
        # French body wording.
        'biais', 'équité', 'enfants', 'groupes', 'confidentialité', 'données personnelles',
        # Portuguese body wording.
        'viés', 'vieses', 'discriminação', 'equidade', 'dados pessoais', 'dados sensíveis',
        # German body wording.
        'benachteiligt', 'benachteiligung', 'diskriminierung', 'datenschutz', 'personenbezogen', 'dsgvo', 'geschwärzt', 'personalnummer', 'keiner einzelnen', 'verhaltenskontrolle',
        # Italian body wording.
        'non discriminazione', 'discriminazione', 'dati personali', 'dati sensibili', 'dignità delle persone', 'regolamento (ue) 2016/679', 'pregiudizi',
        # Dutch body wording.
        'persoonsgegevens', 'onherkenbaar gemaakt', 'discriminatie', 'gelijke behandeling', 'even goed werken',
        # Polish body wording.
        'dane osobowe', 'danych osobowych', 'rodo', 'dyskryminacja', 'dyskryminacji', 'osobno dla', 'osoby starsze', 'niepełnosprawnościami',
        # Indonesian body wording.
        'data pribadi', 'uu pdp', 'privasi', 'diskriminasi', 'per kelompok', 'setiap kelompok', 'disabilitas', 'lansia', 'daerah terpencil',
        # Vietnamese body wording.
        'dữ liệu cá nhân', 'thông tin cá nhân', 'quyền riêng tư', 'phân biệt đối xử', 'riêng cho từng', 'từng nhóm', 'mỗi nhóm', 'người cao tuổi', 'vùng sâu vùng xa', 'người khuyết tật',
        # Turkish body wording (a word ending in "*" is a stem: Turkish adds its endings to it).
        'kişisel veri*', 'kvkk', 'ayrımcı*', 'her grup için', 'grup bazında', 'yaşlı*', 'engelli*', 'kırsal', 'dezavantaj*', 'önyargı*', 'anonim*',
        # Swedish body wording (a word ending in "*" is a stem: Swedish adds its endings and compounds to it).
        'personuppgift*', 'imy', 'integritet', 'var för sig', 'för varje grupp', 'per grupp', 'inte bara totalt', 'diskriminer*', 'funktionsnedsättning*', 'landsbygd*', 'utan ansikten', 'anonymiser*', 'samtycke',
        # Danish body wording (a word ending in "*" is a stem: Danish adds its endings and compounds to it).
        'persondata', 'personoplysninger', 'personfølsom*', 'samtykke', 'databeskyttelse*', 'datatilsynet',
        'hver for sig', 'for hver gruppe', 'patientgrupper', 'diskrimin*', 'anonymiser*', 'pseudonymiser*',
        'skævhed*', 'patientsikkerhed',
        # Hinglish body wording (Hindi written in Latin letters, mixed with English; "*" is a stem).
        'poochna padega', 'ijazat', 'permission leni', 'consent lena', 'awaaz record', 'bahar jaayega',
        'bahar jaayegi', 'legal se', 'bhedbhav', 'sabke saath barabar',
        # Finnish body wording (a word ending in "*" is a stem: Finnish adds its case endings and compounds to it).
        'henkilötie*', 'tietosuoja*', 'suostumu*', 'syrji*', 'oikeudenmukai*', 'tasapuolis*', 'yhdenvertai*',
        'vinouma*', 'vinoutuma*', 'ryhmittäin', 'erikseen jokaiselle', 'kullekin ryhmälle', 'anonymisoi*',
        'pseudonymisoi*', 'tietosuojavaltuute*', 'potilasturvallisuu*',
        # Norwegian (bokmål) body wording (a word ending in "*" is a stem: Norwegian adds endings and compounds to it).
        'personopplysning*', 'personvern*', 'sensitive opplysninger', 'særlige kategorier', 'hver for seg',
        'pasientgrupper', 'skjevhet*', 'pasientsikkerhet*', 'trafikksikkerhet*', 'likebehandling', 'forskjellsbehandl*',
        'rettferdig*', 'taushetsplikt*',
        # Catalan body wording (a word ending in "*" is a stem: Catalan adds endings for gender and number to it).
        'dades personals', 'dades sensibles', 'biaix*', 'discrimin*', 'equitat*', 'igualtat', 'privacitat', 'rgpd',
        'consentiment', 'pseudonimitz*', 'per separat', 'per a cada grup', 'gent gran', 'seguretat del pacient',
        'seguretat dels pacients', 'delegat de protecció de dades',
        # Czech body wording (a word ending in "*" is a stem: Czech adds endings for case, number and gender to it).
        'osobní údaje', 'osobních údajů', 'osobními údaji', 'citlivé údaje', 'citlivých údajů', 'informovaný souhlas',
        'souhlas pacienta', 'souhlas uživatele', 'se souhlasem', 'bez souhlasu', 'anonymizac*', 'anonymizovan*',
        'pseudonymizac*', 'pseudonymizovan*', 'předpojat*', 'zkreslen*', 'znevýhodn*', 'věkové skupiny',
        'věkových skupin', 'podle věku', 'podle pohlaví', 'pohlaví', 'etnicit*', 'národnost*', 'menšin*', 'senioři',
        'seniorů', 'postižením', 'bezpečnost pacient*', 'pro každou skupinu', 'zvlášť pro', 'odděleně pro',
        'pověřenec pro ochranu osobních údajů', 'posouzení vlivu', 'přístupová práva',
        # Romanian body wording, also as typed without diacritics (a word ending in "*" is a stem: Romanian adds
        # endings for case, number and gender, and its article, to it).
        *romanian(
            'date personale', 'datele personale', 'datelor personale', 'date cu caracter personal',
            'datelor cu caracter personal', 'date sensibile', 'datele sensibile', 'consimțământ*',
            'acordul pacientului', 'acordul utilizatorului', 'acordul persoanei', 'fără acord', 'pseudonimizat*',
            'pseudonimizare*', 'părtini*', 'grupe de vârstă', 'grupurilor de vârstă', 'categorii de vârstă',
            'în funcție de vârstă', 'în funcție de sex', 'în funcție de gen', 'etnie', 'etnia', 'etnic*',
            'minorități', 'minoritar*', 'vârstnici', 'vârstnicii', 'persoane în vârstă', 'persoanele în vârstă',
            'persoane cu dizabilități', 'dizabilități', 'siguranța pacientului', 'siguranța pacienților',
            'pentru fiecare grup', 'separat pentru', 'pe grupuri', 'responsabilul cu protecția datelor',
            'evaluarea impactului', 'drepturi de acces', 'venituri mici', 'venituri reduse', 'zone defavorizate',
            'defavorizat*', 'vulnerabile', 'vulnerabili', 'vulnerabilă',
        ),
        # Hungarian body wording (a word ending in "*" is a stem: Hungarian adds suffixes for case, possession and
        # plural to it).
        'személyes adat*', 'érzékeny adat*', 'hozzájárulás*', 'beleegyezés*', 'anonimizál*', 'álnevesít*',
        'torzítás*', 'elfogult*', 'hátrányos megkülönböztet*', 'hátrányos helyzet*', 'egyenlő bánásmód',
        'korcsoport*', 'életkor szerint', 'nemek szerint', 'etnikai', 'kisebbség*', 'fogyatékos*', 'látássérült*',
        'mozgáskorlátozott*', 'akadálymentes*', 'csoportonként', 'adatvédelmi tisztviselő', 'hatásvizsgálat*',
        'harmadik félnek', 'hozzáférési jog*', 'városrész*', 'kerületenként',
        # Everyday wording: what moved a score; the same service for every area.
        'most deprived', 'deprivation', 'deprived areas', 'rural', 'same service', 'below the company-wide',
        # who might lose out, and whether it works equally well for each kind of home or person
        'lose out', 'losing out', 'equally well', 'worse than the others',
        # "It needs to work just as well on the bilingual signs in Cardiff as on English-only signs."
        'just as well for', 'just as well on', 'as well for women', 'as well for older',
        # Greek body wording (a word ending in "*" is a stem: Greek inflects for case, number and gender, and
        # matching_form reads it without accents and with one sigma).
        'μεροληψ*', 'διακρίσ*', 'ίση μεταχείριση', 'ισότιμ*', 'ευάλωτ*', 'ηλικιωμέν*', 'άτομα με αναπηρία', 'φύλο',
        'φύλου', 'εθνικότητ*', 'μειονότητ*', 'ιδιωτικότητ*', 'προσωπικά δεδομένα', 'προσωπικών δεδομένων', 'γκπδ',
        'κανονισμός για την τεχνητή νοημοσύνη', 'συγκατάθεση', 'ορισμένες ομάδες', 'σε όλες τις ομάδες',
        # Croatian body wording, also as typed without diacritics (a word ending in "*" is a stem: Croatian adds
        # endings for case, number and gender to it).
        *croatian(
            'osobni podaci', 'osobnih podataka', 'osobne podatke', 'osobnim podacima', 'osjetljivi podaci',
            'osjetljivih podataka', 'privol*', 'suglasnost*', 'pseudonimizira*', 'pristran*', 'nepovoljniji položaj',
            'nepovoljnijem položaju', 'nepovoljan položaj', 'ravnopravn*', 'dobne skupine', 'dobnim skupinama',
            'po dobi', 'po spolu', 'etničk*', 'manjin*', 'osobe s invaliditetom', 'slabovidn*', 'pristupačn*',
            'po skupinama', 'službenik za zaštitu podataka', 'procjena učinka', 'trećim stranama',
        ),
    ),
    mentions=(
        # Vietnamese and Turkish: a group it may serve worse, named with no measure.
        'daha az doğru', 'kém chính xác hơn',
        # Polish and Indonesian: a group it may serve worse, named with no measure ("prognozy dla nich mogą być mniej trafne")
        'mniej trafne', 'mniej dokładne', 'gorzej działa', 'kurang akurat untuk', 'kurang akurat bagi',
        # named and handed to someone: "I'd like Lisa to look at the data protection side"
        'data protection side', 'data protection angle',
        # a worry that it serves one group worse, raised and not answered
        'works as well in', 'works as well for', 'work as well for', 'work as well in',
        # recommendations that differ by body type or skin colour
        '肤色', '不同身材', '体型',
        # a legal review of what the bot says: a compliance concern named, nothing tested
        'legal review',
        # answers filtered by what the asker may see: a leak is a safety failure
        '权限过滤', '文档权限', 'permission filter',
        'any group',
        # groups a price or a decision must not hurt, named with no safeguard: "careful with concessions and access tickets"
        'careful with concessions', 'access tickets', 'concession tickets', 'concessions',
        # a harm named with no safeguard: "sympathy / funeral orders!! needs to not be inappropriate"
        'inappropriate',
        # "模型可能对基础比较弱的学生或者农村学校的学生打分偏严": a group it may score harshly, no measure
        '偏严', '农村',
        # a subgroup it may serve worse, named with no measure: "the signal is much weaker at small grounds"
        'much weaker at', 'much weaker for', 'much weaker on', 'works worse for', 'work worse for', 'less accurate for',
        # Greek: fairness wished for, with no group named ("δίκαιο για όλους").
        'δίκαιο για όλους', 'ίδια για όλους',
        # Greek: a group it serves worse, named with no measure ("λιγότερο αξιόπιστα για τους ηλικιωμένους").
        'λιγότερο αξιόπιστα από', 'λιγότερο αξιόπιστα για', 'λιγότερο ακριβές για', 'λιγότερο ακριβής για',
        'χειρότερη απόδοση για', 'χαμηλότερη ακρίβεια για',
    ),
    vague=(
        # Swedish: the item named, nothing said of it ("driftkostnaden bedöms som rimlig").
        'behandlar alla lika', 'rättvis för alla', 'lika bra för alla',
        # Danish: the item named, nothing said of it ("omkostningen vurderes som rimelig").
        'lige godt for alle', 'behandler alle ens', 'retfærdig for alle',
        # Hinglish: the item named, nothing said of it ("kharcha zyada nahi hoga").
        'sab ke liye barabar', 'koi bhedbhav nahi',
        # Finnish: the item named, nothing said of it ("kustannukset arvioidaan kohtuullisiksi").
        'tasapuolinen kaikille', 'kohtelee kaikkia tasapuolisesti', 'yhtä hyvin kaikille',
        'oikeudenmukainen kaikille',
        # Norwegian: the item named, nothing said of it ("kostnaden vurderes som rimelig").
        'like godt for alle', 'behandler alle likt',
        # Catalan: the item named, nothing said of it ("funcionarà igual de bé per a tothom").
        'igual de bé per a tothom', 'tracta tothom igual', 'just per a tothom', 'lliure de biaixos', 'sense cap biaix',
        # Czech: the item named, nothing said of it ("systém funguje stejně dobře pro všechny").
        'stejně dobře pro všechny', 'pro všechny stejně', 'u všech stejně', 'nikoho nediskriminuje',
        'bez jakéhokoli zkreslení', 'férový pro všechny', 'spravedlivý pro všechny',
        # Romanian: the item named, nothing said of it ("programul tratează pe toată lumea în mod egal"); 'imparțial*'
        # only with its diacritic (English "impartial").
        'imparțial*',
        *romanian(
            'în mod egal', 'în mod echitabil', 'la fel de bine pentru toți', 'la fel de bine pentru toată lumea',
            'tratează pe toată lumea la fel', 'pe toți la fel', 'fără nicio discriminare', 'fără discriminare',
            'fără nicio părtinire', 'nu discriminează', 'corect pentru toți', 'echitabil pentru toți',
        ),
        # Hungarian: the item named, nothing said of it ("a rendszer mindenkit egyenlő módon kezel").
        'egyenlő módon kezel*', 'egyformán kezel*', 'mindenkit egyenlően', 'senkit nem diszkriminál',
        'mindenki számára egyformán', 'torzításmentes*',
        # Vietnamese and Turkish: fairness promised ("tüm üreticiler için adil çalışacak").
        'adil çalışacak', 'adil olacak', 'herkes için adil', 'đảm bảo công bằng', 'công bằng cho mọi',
        # Polish and Indonesian: the same for everyone, promised ("System będzie równie dobry dla wszystkich placówek").
        'równie dobry dla wszystkich', 'tak samo dobrze', 'fair untuk semua', 'adil untuk semua', 'adil bagi semua',
        # Italian: "il sistema tratta tutti gli alloggi in modo equo"
        'in modo equo', 'non siano penalizzati',
        # Press-release hand-waving: the item named in a slogan, nothing said of it.
        'a fair chance', 'whatever their background', 'regardless of background', 'regardless of their background',
        # fairness promised in a sentence: "We'll also make sure it works fairly for every client"
        'works fairly', 'work fairly', 'fairly for every', 'fair for every', 'fair to every', 'fair to all',
        'safe, fair', 'fair and accurate',
        # German: "Das System wird selbstverständlich fair und sicher betrieben."
        'fair und sicher', 'selbstverständlich fair', 'oberste priorität',
        'the model is unbiased', 'ai is neutral', 'no bias', "we'll make sure it's fair", 'fair to everyone',
        'safe and responsible', 'responsible ai principles', 'ethical ai', 'not an issue', 'not applicable', '不存在偏见',
        '公平公正', 'treats all customers fairly',
        # a claim for everyone, or the harm waved off with a disclaimer: "Absolutely, StitchFit works for every body",
        # "Load Coach is not medical advice. If something hurts, stop and see a physio or your GP."
        'works for every body', 'works for everybody', 'works for everyone', 'for every body type', 'all body types',
        'not medical advice', 'not a substitute for medical', 'see a physio', 'see your gp', 'see a doctor',
        # Official-report boilerplate (立项报告, 汇报): slogans that name the item and say nothing of it.
        '一视同仁', '无偏见', '无歧视',
        # An investor-relations answer (互动易, 董秘): the law obeyed and the item valued, nothing measured.
        '高度重视', '严格遵守',
        # Greek: the item named, nothing said of it ("το σύστημα αντιμετωπίζει όλους ισότιμα").
        'αντιμετωπίζει όλους ισότιμα', 'χωρίς καμία μεροληψία', 'πλήρως ασφαλές', 'απολύτως ασφαλές',
        'σε πλήρη συμμόρφωση',
        # Croatian: the item named, nothing said of it.
        *croatian(
            'jednako se primjenjuje', 'jednako postupa', 'jednako tretira', 'prema svima jednako',
            'nikoga ne diskriminira', 'ne diskriminira nikoga', 'bez pristranosti',
        ),
    ),
    concrete=(
        Pattern(
            r'\b(each|every|per|all)\s+(segment|language|region|demographic|group|locale|tier|specialty|accent)s?\b.{0,80}\d',
            'patient sex and age band on the eval set, and each segment must be within 2 points of the overall clinically significant',
        ),
        Pattern(
            r'\bwithin\s+\d+(\.\d+)?\s*(pp|percentage points?|points?|%)',
            'on the eval set, and each segment must be within 2 points of the overall clinically significant error',
        ),
        Pattern(
            r'\b\d+\s+(adversarial|red[- ]team|jailbreak|prompt[- ]injection|injection|abuse|attack|safety)\s+(prompts|cases|examples|attacks|attempts|scenarios|tests)\b',
            'we ran 200 jailbreak prompts',
        ),
        Pattern(
            r'\bgap\b.{0,30}\d+(\.\d+)?\s*(pp|%|points?)',
            'reviewed with Legal and People Analytics; a gap above 3 points pauses the feature for the affected roles.',
        ),
        Pattern(
            r'\b(four-fifths|4/5|80%)\s+rule\b',
            'selection rates follow the four-fifths rule',
        ),
        Pattern(
            r'\d+\s*(条|个)\s*(攻击|越狱|对抗|红队|注入)',
            '用 300 条攻击样本做红队测试',
        ),
        Pattern(
            r'差(距|异).{0,10}\d+(\.\d+)?\s*(%|％|个百分点)',
            '各地区准确率差距不超过 5 个百分点',
        ),
    ),
    cue_patterns=(
        # The groups themselves reported apart: "Groups reported separately in PD-121 and the shadow trial: storm hours, …".
        Pattern(
            r"\b(?:groups?|segments?|subgroups?|cohorts?)\s+(?:are\s+|were\s+|is\s+)?(?:reported|measured|scored|tracked|evaluated)\s+separately\b",
            "C8.1  Groups reported separately in PD-121 and the shadow trial: storm hours, cold water and normal hours.",
        ),
        # Results per group of users or cases: "backtest on the last 3 months, reported per region".
        Pattern(
            r"\b(?:reported|measured|broken down|split|sliced|results?|accuracy|scores?)\s+(?:per|by)\s+(?:region|country|"
            r"language|segment|age group|store|branch|site|department|species|job family|contract type)\b",
            "[09:36] Tom: eval = backtest on the last 3 months held out from training, reported per region",
        ),
        # A group it serves worse, said with no measure: "it's clearly worse for rabbits and reptiles".
        Pattern(
            r"\b(?:clearly|much|noticeably|a lot|far|definitely) worse (?:for|on|with)\b",
            "Honest gaps: it's clearly worse for rabbits and reptiles, but nobody has measured how much worse.",
        ),
        # one group served worse than another: "whether it's worse on WAEC results than on Indian CBSE ones"
        Pattern(
            r"\b(?:worse|better|less accurate|more accurate|weaker|stronger) (?:on|for|with),? [\w'’, -]{2,40}? than (?:on|for|with)\b",
            "whether it's worse on, like, WAEC results than on Indian CBSE ones",
        ),
        # a figure compared across groups of users: "compare recall across company-size segments"
        Pattern(
            r"\bacross [\w -]{0,20}segments\b",
            'the PM shall compare recall across company-size segments before launch',
        ),
        Pattern(
            r'\btreats?\b[^.;?]{0,40}\b(worse|differently|unfairly)\b',
            'Any risk it treats some suppliers worse?',
        ),
        # Figures for a group reported on their own: "backlog days for our 200 smallest suppliers separately".
        Pattern(
            r'\b(report|measure|track)\w*\b[^.;]{0,60}\bfor\b[^.;]{0,50}\bseparately\b',
            "We'll report backlog days for our 200 smallest suppliers separately",
        ),
        # ... or "separately for" them: "The leaderboard also reports the F2 score separately for the 430 blocks that …".
        Pattern(
            r'\b(?:report|measure|track|score|comput|publish)\w*\b[^.;]{0,60}\bseparately\s+for\b',
            'The leaderboard also reports the F2 score separately for the 430 blocks that have no sensor of their own',
        ),
        Pattern(
            r'\b(older|younger|elderly|female|male|women|men|minority|non-native|foreign|overseas|disabled|low-income|rural|new|newer|first-time)\s+(?:\w+\s+)?(users|customers|patients|people|applicants|drivers|employees|speakers|candidates|students|members)\b[^.;]{0,60}\b(more|less|worse|better|differently|unfairly|as often|than)\b',
            'we check that older or overseas customers are not flagged more often than others',
        ),
        # The bar held for a group, not only on average: "4 in Castlegate and Northfield too, not just on the borough
        # average", "the half has to hold in those wards on their own and not only across the borough".
        Pattern(
            r"\bnot (?:just|only|simply) (?:on |across |for |in )?(?:the |a |our )?(?:[\w-]+ )?(?:average|overall|"
            r"as a whole|across the [\w-]+|in aggregate)\b",
            "down from 11 days to 4 by next winter, and 4 in Castlegate and Northfield too, not just on the borough average",
        ),
        Pattern(
            r'\b(more|less)\s+(often\s+)?than\s+(others|other (groups|users|customers|people|regions))\b',
            'make sure it does not call some neighbourhoods more than others',
        ),
    ),
)
