"""How the reviewer reads spec text for matching: one form for cues, headings and regexes, and a word count."""

from __future__ import annotations

import re
import unicodedata

from bot.core.documents.structure import CYRILLIC_LETTERS, GREEK_LETTERS
from bot.core.numerals import digits_for_number_words
from bot.core.text import CJK_RE, EN_STOPWORDS, matching_text

TERMINAL_PUNCTUATION = ".,;!?。，；！？、)”\"'"

CONTRACTIONS = [
    (re.compile(r"\b(we|you|they|i|it|that|this)['’]ll\b"), r"\1 will"),
    (re.compile(r"\bwon['’]t\b"), "will not"),
    (re.compile(r"\bcan['’]t\b"), "cannot"),
    (re.compile(r"\b(do|does|did|is|are|was|were|should|would|could|has|have)n['’]t\b"), r"\1 not"),
    (re.compile(r"\b(it|that|there|what)['’]s\b"), r"\1 is"),
    (re.compile(r"\b(we|you|they)['’]re\b"), r"\1 are"),
    (re.compile(r"\b(we|you|they|i)['’]ve\b"), r"\1 have"),
]


# Turkish has a dotted and a dotless i, and lower-casing "İ" leaves "i" with a combining dot: both read as "i",
# so "VERİ", "Veri" and "KIYI", "kıyı" meet the same phrase ("veri", "kıyı" is matched as "kiyi").
TURKISH_I = str.maketrans({"ı": "i", "\u0307": None})
# Romanian writes ș and ț with a comma below, and older keyboards and fonts with a cedilla (ş, ţ): both read as the
# cedilla form, which Turkish "ş" already is, so "și" and "şi", "soluție" and "soluţie" meet the same phrase.
ROMANIAN_COMMA = str.maketrans({"ș": "ş", "ț": "ţ"})
# Greek is read without its accents (tonos, dialytika, and the breathings and accents of polytonic text) and with
# one sigma: capitals drop the tonos ("ΣΤΟΧΟΙ" for "στόχοι") and a word's last sigma is "ς" or, cut to a stem, "σ",
# so "Στόχοι", "ΣΤΟΧΟΙ" and "στοχοι" meet the phrase "στόχοι", and the stem "κίνδυν*" finds "κινδύνους".
GREEK_PLAIN = {
    ord(ch): base
    for ch in map(chr, [*range(0x0370, 0x0400), *range(0x1F00, 0x2000)])
    if (base := "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))) != ch
    and len(base) == 1 and "\u0370" <= base <= "\u03ff"
} | {ord("ς"): "σ"}
# Russian writes "ё" or, as often, "е" for it ("всё" and "все", "передаёт" and "передает"): both read as "е", so one
# phrase finds either typing.
RUSSIAN_YO = str.maketrans({"ё": "е"})
LETTER_FORMS = {**TURKISH_I, **ROMANIAN_COMMA, **GREEK_PLAIN, **RUSSIAN_YO}
CYRILLIC_APOSTROPHE_RE = re.compile(rf"(?<=[{CYRILLIC_LETTERS}])['’`](?=[{CYRILLIC_LETTERS}])")


def matching_form(text: str) -> str:
    """How cues and regexes see text: NFKC, lower case, contractions spelled out ("we'll" → "we will"),
    traditional Chinese in simplified characters ("風險" → "风险"), number words as digits ("two years" →
    "2 years", "八千封" → "8000封"; bot/core/numerals.py), Turkish ı and İ as i, Romanian ș and ț as ş and ţ,
    Greek without accents and with one sigma ("Αξιολόγηση" → "αξιολογηση"), an apostrophe inside a Cyrillic word
    as ʼ ("пам'ять" → "памʼять"), Russian ё as е ("всё" → "все")."""
    lowered = matching_text(text).translate(LETTER_FORMS)
    for pattern, replacement in CONTRACTIONS:
        lowered = pattern.sub(replacement, lowered)
    if "'" in lowered or "’" in lowered or "`" in lowered:
        # Ukrainian writes an apostrophe inside a word ("пам'ять", "з’ясувати", "комп'ютер"), typed as ' ’ ` or ʼ:
        # all read as ʼ, a letter, so the word stays one word and one phrase finds every typing of it.
        lowered = CYRILLIC_APOSTROPHE_RE.sub("ʼ", lowered)
    return digits_for_number_words(lowered)


KANA_RE = re.compile(r"[\u3040-\u30ff]")


def is_cjk_phrase(phrase: str) -> bool:
    """Chinese or Japanese (kana too: "データ"): written without spaces, so matched anywhere in a line,
    never at word boundaries, and out of reach of the English-only embedder."""
    return bool(CJK_RE.search(phrase) or KANA_RE.search(phrase))


WORD_START_RE = re.compile(rf"[A-Za-z0-9{GREEK_LETTERS}{CYRILLIC_LETTERS}\uac00-\ud7af][\w'’\-]*")


def word_count(text: str) -> int:
    """Words (English, Greek, Cyrillic, or Korean, which spaces its words too) plus CJK characters and kana / 2, so a
    Chinese or Japanese sentence weighs about what it says."""
    cjk = len(CJK_RE.findall(text)) + len(KANA_RE.findall(text))
    return len(WORD_START_RE.findall(text)) + (cjk + 1) // 2


def strip_markup(text: str) -> str:
    text = re.sub(r"(\*\*|__|`)", "", text)
    return text.strip().strip("*_#").strip()


def shortened(text: str, limit: int = 60) -> str:
    """A sentence cut to a few words, for a reason line ("vague wording (…)")."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


# The commonest function words of the other Latin-script languages specs arrive in (German, Italian, Spanish, French,
# Portuguese, Dutch, Polish, Indonesian, Vietnamese, Turkish, Swedish, Danish, Norwegian, Finnish, Catalan, Czech,
# Romanian, and Hindi written in Latin letters as Hinglish does): a sentence's share of them against its share of
# English stopwords says which it is in. Words English text also has are left out ("w/", "z-score", "Dan", "ADA",
# Vietnamese "do", Turkish "ve" as in "we've", "her", "ben", "de", Swedish "men", "till", "under", "av", "vi", "med",
# "vid", "mot", "man", "den", "var", "hon", "han", "de", Danish "at", "til", "af", "end", "mod", "andre", Hinglish
# "to", "do", "the", "main", "me", "hi", "na", "par", "tab", "hum", "ab", and "ke", Indonesian's "to" as well, Finnish
# "on", "se", "ne", "me", "he", "jo", "eli", "nyt", "sen", "aina", "tai", "oli", "noin", "yli", Norwegian "for",
# "bare", "inn", "sin", "sine", "seg", "hun", "ut", "opp", "man", Catalan "i", "a", "on", "per", "com", "us", "cap",
# "res", "era", "fins", "sense", "dues", "molt", "pot", "fa", "va", "van", "tot", "ara", "al", "als", Czech "a", "i",
# "v", "s", "z", "k", "o", "u", "to", "do", "na", "po", "pro", "od", "ve", "se", "by", "co", "ten", "ta", "ty", "my",
# "mi", "jim", "tom", "pod", "ale", Romanian "a", "o", "in", "am", "are", "ai", "au", "de", "la", "pe", "cu", "nu",
# "un", "ca", "sa", "fi", "va", "ne", "le", "al", "ale", "sub", "pot", "tot", "cum", "era", "ei", "el", "ea", "ar",
# "care", "sale", "conform", and the plain spellings of "în", "că", "să"); Turkish ones are written with "i" for "ı",
# and Romanian ones with ş and ţ, as matching_form reads them. The commonest function words of the other Latin-script
# languages specs arrive in (German, Italian, Spanish, French, Portuguese, Dutch, Polish, Indonesian, Vietnamese,
# Turkish, Swedish, Danish, Norwegian, Finnish, Catalan, Czech, Slovak, Hungarian, Greek, and Hindi written in Latin
# letters as Hinglish does): a sentence's share of them against its share of English stopwords says which it is in.
# Words English text also has are left out ("w/", "z-score", "Dan", "ADA", Vietnamese "do", Turkish "ve" as in
# "we've", "her", "ben", "de", Swedish "men", "till", "under", "av", "vi", "med", "vid", "mot", "man", "den", "var",
# "hon", "han", "de", Danish "at", "til", "af", "end", "mod", "andre", Hinglish "to", "do", "the", "main", "me", "hi",
# "na", "par", "tab", "hum", "ab", and "ke", Indonesian's "to" as well, Finnish "on", "se", "ne", "me", "he", "jo",
# "eli", "nyt", "sen", "aina", "tai", "oli", "noin", "yli", Norwegian "for", "bare", "inn", "sin", "sine", "seg",
# "hun", "ut", "opp", "man", Catalan "i", "a", "on", "per", "com", "us", "cap", "res", "era", "fins", "sense", "dues",
# "molt", "pot", "fa", "va", "van", "tot", "ara", "al", "als", Czech "a", "i", "v", "s", "z", "k", "o", "u", "to",
# "do", "na", "po", "pro", "od", "ve", "se", "by", "co", "ten", "ta", "ty", "my", "mi", "jim", "tom", "pod", "ale",
# Hungarian "a", "is", "be", "ki", "le", "fel", "meg", "van", "ha", "de", "mint", "mi", "sem", "volt", "fog", "el",
# Croatian "a", "i", "u", "s", "o", "na", "od", "do", "da", "se", "to", "ta", "pa", "po", "pod", "on", "no", "ne",
# "mi", "vi", "sam", "dva", "kao" is kept; Slovak, beside the Czech ones it shares, "so", "do", "na", "pre", "len",
# "tu", "ci", "co", "by"; Slovenian, beside the Croatian and Czech ones it shares, "in", "ki", "so", "ob", "ko", "med",
# "ga", "mu", "sem", "bo", "bi", "ni", "nas", "sta", "ze", "se", and "ce" is the Croatian one already; Lithuanian,
# but "be", "net", "pat", "bus", "ar", "vis" and the plain "is" (iš) and "i" (į), and the short "ka", "ju", "jo");
# Turkish ones are written with "i" for "ı", as matching_form reads them.
OTHER_FUNCTION_WORDS = frozenset(
    """der die das und ist nicht mit für von zu den dem ein eine auf im wird werden sich des auch nach bei oder
    il lo gli di che per con una del della delle sono non nel alla dei si
    el los las que por para es se del al como pero más
    les des et est pour dans une qui sur pas par au aux ces
    os da do dos das em com uma não é ao pelo pela
    het een niet voor wordt worden zijn ook naar bij deze heeft hebben moet geen wij
    się nie że jest dla przez oraz jak czy będzie są lub który która które tylko już przy także też jeśli gdy aby żeby
    yang dari untuk dengan ini itu tidak gak akan bisa juga sudah atau karena kalau pada tapi masih belum kita kami
    jadi lebih hanya cuma dalam oleh bukan saja harus perlu buat pakai lagi dapat bahwa sebagai supaya jika sampai
    và của là có được cho không các những một này với để trong khi thì đã sẽ đến từ theo về như cũng nhưng hoặc vì
    nên tại sau trước bằng mỗi đó hay chỉ vẫn rằng nếu
    bir bu için ile olarak çok daha gibi ama ancak veya değil sonra önce kadar göre olan şu sadece yalnizca tüm bütün
    hem çünkü eğer
    och att det som ett är på för inte om har kan ska eller när från så efter också bara hur vad sig detta denna dessa
    deras hade blir blev varje mellan utan eftersom därefter redan dessutom samt enligt inom genom samma än då skulle
    får kommer finns vara gäller sedan även ingen inga något några vilket vilka där här hos oss vår våra vårt dem sina
    og er ikke skal når fra også kun hvordan hvad hvorfor hvornår hvem hvor denne dette disse havde bliver hver mellem
    uden fordi derefter allerede desuden ifølge inden gennem findes være gælder siden noget nogle hvilket hvilke vores
    vil selv igen først hvis altid aldrig meget mere alle
    hai hain ka ki ko mein nahi nahin aur ye yeh woh wo toh bhi kya kyun kyunki pe tha thi hoga hogi karna karte
    karta karti kar raha rahe rahi wala wale wali jab abhi sab kuch agar lekin ho hota hoti hote gaya gayi diya liya
    apna apne humare hamare hume humein unko usko isko iske uske ek bahut zyada kam sirf phir jo jis jaise pehle baad
    saath liye chahiye sakta sakte sakti
    ja ei että ovat olla ole olisi ollut kun jos mutta myös joka jotka jonka joita jota joiden mikä mitä miksi miten
    kuin vain sekä tämä tämän tätä nämä näiden niin vielä siis sitten kanssa mukaan jälkeen ennen aikana välillä
    kaikki kaikille jokainen jokaisesta koska vaan eivät ettei emme hän niiden niitä siitä siinä tässä tästä meillä
    meidän heidän vaikka kuitenkin siksi sitä mihin missä myöhemmin joten jossa josta ensin
    ikkje hva hvilken hvert mellom uten gjennom innen ifølge dessuten ble blitt vært hadde noe noen mye alltid aldri
    igjen dersom enn mens både slik etter må skulle kunne ville jeg dere sitt
    els amb però més perquè també quan aquest aquesta aquests aquestes aquell aquella seu seva seus seves nostre
    nostra nostres són és serà seran està estan hem heu ens pel pels dels cada altres altra molts moltes només
    després abans encara doncs així aquí quin quina quins quines què qui tots totes gairebé mateix mateixa mentre
    segons durant dins mitjançant havia hauria seria podem podria tenim tenen té vam ho uns unes ningú
    tampoc
    je jsou jsem jsme jste být byl byla bylo byly bude budou budeme není nejsou nebude že nebo anebo jak jako když
    pokud aby abychom ani už již také též jen jenom pouze který která které kterou kterých kterým kteří kterém jeho
    její jejich náš naše našeho naší našich našem váš vaše vašeho vaší vašich tento tato toto tyto této tohoto tomto
    tomu těchto podle před mezi přes bez při až za ze nad kvůli během místo však tedy proto protože což kde kdy kdo
    proč vždy nikdy ještě mají máme musí může můžeme mohou chceme než tak velmi více méně každý každá každé každého
    všechny všech všichni nic nikdo něco někdy zda zatím další dalších sám sami svůj své svých jiné jiný tím tady
    zde nám vám nás vás jí něm nich
    și că să în din pentru este sunt fost fiind fie sau dar iar prin către între după până fără despre asupra
    cel cea cei cele celor celui lui lor acest această aceasta acesta aceste acestea acestei acestui acestor acel
    acea acele acelor același aceeași dacă când unde doar numai foarte fiecare toate toți niciun nicio nimic nimeni
    poate putem trebuie avem aveți vor vom deja încă însă astfel deci totuși adică nici mult multe mulți mai
    noi vă își îi ele nostru noastră noștri noastre dumneavoastră său săi ce cine deoarece fiindcă ați
    dintre printre spre peste decât cât atât aici acolo acum apoi atunci mereu întotdeauna niciodată uneori privind
    potrivit unei unui unor căror cărei căruia căreia erau avea aveau facem
    daca cand dupa pana fara intre catre insa totusi adica decat atat niciodata intotdeauna aceeasi acelasi
    noastra nostri dumneavoastra toti multi
    az és hogy nem egy vagy mert csak már még azt ez ezt ezek azok amely amelyek amelyet ami amit aki akik kell
    lesz lehet minden szerint után előtt között alatt pedig illetve valamint továbbá azonban nincs nincsenek
    vannak lesznek úgy így itt ott akkor amikor ahol mivel ezért tehát nagyon több kevesebb legalább alapján miatt
    számára esetén belül által során hanem ön önnek ők nekünk melyik arra erre ebben abban ennek annak ezzel azzal
    ahhoz ehhez azért fogja fogjuk fognak tudja tudjuk nélkül vagyis sőt amíg mindig soha egyes egyik másik
    je su nije nisu što koji koja koje kojeg kojem kojima kako kada kad ako ali ili jer će ćemo smo ste biti bio bila
    bilo bili nakon prije između prema kroz bez oko iz za te već samo još također međutim dakle odnosno ovaj ova ovo
    ove ovog ovom taj tog svi sve svaki svaka vrlo više manje najmanje barem tijekom zbog kao koliko ovdje sada
    uvijek nikad nikada gdje dok tek niti nego neće može mogu mora moraju treba njihov njegov njezin svoj
    sto kojima cemo ce izmedu medutim takoder vec jos tijekom moze moraju nece
    sa sú som bol bola bolo boli byť budú nie alebo ako keď ak tiež iba ktorý ktorá ktoré ktorú ktorých ktorým ktorí
    ktorom ktorej ktorého jej ich našej podľa pred medzi cez zo vo kvôli počas pretože čo kedy kto prečo vždy ešte
    môže môžeme môžu veľmi viac menej všetky všetkých všetci niekto niečo niekedy či zatiaľ ďalšie ďalších svoje
    svojich iný ňom aj pričom keďže lebo spolu teraz potom
    su ked tiez ktory ktora ktore ktoru ktorych ktorym ktori podla kvoli pocas pretoze preco vzdy este moze mozeme
    mozu velmi vsetky vsetkych vsetci nieco zatial dalsie dalsich kedze byt
    ter kot ker tudi če že še bodo bomo bil niso nismo kar kaj kje kdaj zakaj vsak vsaka vsako ima imajo imamo lahko
    zato zaradi glede skozi proti tega teh tem tej katera kateri katere katerih katerem katerega kadar dokler vendar
    ampak toda torej sicer zdaj sedaj vedno nikoli več manj zelo jih naj saj oziroma njihova njegova naša naši
    kateremu smemo moramo
    ir kad kai bet arba nuo iki prie apie dėl del tik jau dar taip kaip kur kas jei jeigu nes todėl todel tačiau
    taciau yra buvo gali turi mūsų musu jūsų jusu jie jis mes tai šis šie sie visi visų visu kiekvienas kiekvieną
    kiekviena pagal tarp kol kuris kuri kurie kurių kuriu kuriuos labai daugiau mažiau maziau dabar visada niekada
    nors būtų butu būti buti reikia galima kodėl kodel toks tokia tokie savo jų jos mums jums juos
""".translate(ROMANIAN_COMMA).split()) | frozenset(
    # Greek, in its own script (no English word is spelled in it), read as matching_form reads it: no accents, one
    # sigma ("της" as "τησ").
    """και να το τα της του των τον την τη στο στη στην στον στα στους στις στων από με για σε που ότι πως δεν
    μην θα είναι ήταν ή οι ο η ένα ένας μια μία έναν ενός μιας αυτό αυτή αυτά αυτός αυτές αυτοί αυτού αυτής όπως
    όταν αν εάν αλλά επειδή μέσω κάθε όλα όλες όλοι όλων πριν μετά έως μέχρι κατά προς χωρίς μόνο ήδη πάντα ποτέ
    πιο πολύ μας σας τους τις έχει έχουν έχουμε οποίο οποία οποίος οποίοι οποίες οποίου οποίας ώστε επίσης
    δηλαδή ακόμη ακόμα εδώ εκεί τότε πώς γιατί τι ποιος ποια ποιο εμείς εσείς είμαστε είστε θέλουμε μπορεί
    μπορούν πρέπει υπάρχει υπάρχουν ούτε ενώ καθώς λόγω""".translate(GREEK_PLAIN).split()) | frozenset(
    # Bulgarian, in Cyrillic (no English word is spelled in it either).
    """и в във на за от с със да се не че е са ще по до към при как какво който която което които това този тази
    тези но или ако когато защото така като също само вече още всеки всяка всяко всички между след преди без чрез
    срещу около може могат можем трябва има няма нашия нашата нашите наш наша ни ги му им си ние вие те той тя
    бъде бъдат беше бяха би най много отколкото докато където защо кога обаче затова тъй дали нито сме сте съм"""
    .split()) | frozenset(
    # Ukrainian, in Cyrillic, those Bulgarian does not share.
    """і й та у з із зі від для про що це цей ця ці цього цієї який яка яке які якщо коли тому бо але або також лише
    тільки вже ще кожен кожна кожне всі усі після перед через проти близько можуть можемо треба потрібно має мають
    немає нас нам їх його її ми ви вони він вона бути буде будуть був була були було дуже ніж поки де чому чи ні тож
    адже отже тобто наш наша наші ваш""".split()) | frozenset(
    # Russian, in Cyrillic, those Bulgarian and Ukrainian do not share (ё read as е, as matching_form reads it).
    """а о об во со к из что чтобы это этот эта эти этого этой этом тот того том такой который которая которое
    которые которых если потому поэтому так также тоже только лишь уже еще каждый каждая каждое все всех весь вся
    после против можно могут может нужно надо необходимо должен должна должны есть нет его ее их вас мы вы они он
    она оно быть будет будут был была были было очень чем пока где почему зачем когда ли же бы ведь итак либо под
    над свой своей своих наши""".split())
MIN_WORDS_TO_JUDGE = 6
MIN_OTHER_SHARE = 0.12


def reads_as_english(text: str) -> bool:
    """Whether a Latin-script sentence reads as English (the packaged embedder's only language): not when
    the other languages' function words are common in it and outnumber English ones. Too short a sentence to
    tell counts as English."""
    words = re.findall(r"[^\W\d_]+", text.lower().translate(LETTER_FORMS))
    if len(words) < MIN_WORDS_TO_JUDGE:
        return True
    other = sum(word in OTHER_FUNCTION_WORDS for word in words)
    english = sum(word in EN_STOPWORDS for word in words)
    return other < MIN_OTHER_SHARE * len(words) or english >= other
