"""Find rubric items by what spec sentences mean, wherever they sit (prose, chat lines, bullets, table rows).

Each sentence, and each paragraph of several sentences, is compared with every item's exemplar statements
(exemplars.yml). A sentence is *about* an item when the item is the closest of all items in meaning (or
within a small margin of it) and reasonably close, or when it uses the item's cue phrases and is at least
somewhat close: a cue alone can be a coincidence ("retention" of data is not user retention), a meaning
alone can be a near miss, the two together are evidence. A sentence closer to an item's vacuous exemplars
than to its substantive ones is hand-waving about it. The verdict (verdict.py) decides whether what was
found has substance.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from bot.core.review.labels import CHAT_STAMP
from bot.core.review.spec import Unit
from bot.core.review.wording import strip_markup
from bot.core.text import default_glossary, detect_language

if TYPE_CHECKING:
    from bot.core.review.rubric import RubricItem
    from bot.core.review.verdict import ItemSignals

SENTENCE_SIMILARITY = 0.55  # a sentence this close to an item's exemplars ...
SPECIFIC_SIMILARITY = 0.42  # ... or this close with a number in it
SENTENCE_MARGIN = 0.03  # ... and this near its closest item is about the item
WITH_CUE_SIMILARITY = 0.30  # a sentence with one of the item's cue phrases needs only this much
WITH_CUE_AND_FIGURE_SIMILARITY = 0.20  # ... or this much when the cue is a phrase and the sentence has a figure,
LONG_PROSE_WORDS = 500  # ... in a spec this long (a letter, weeknotes): a short one says each item in its own line
MIN_CUES = 2  # distinct cue phrases that make a sentence about the item on their own
PARAGRAPH_SIMILARITY = 0.50  # a whole paragraph this close, and near its closest item, is about the item
MENTION_SIMILARITY = 0.55  # the closest item of a sentence at least this close: mentioned in passing
LEANING_MARGIN = 0.06  # in a paragraph about the item, a sentence this near its own closest item joins
MIN_MEANING_WORDS = 7  # meaning alone needs a sentence, not a chat question or a date
MAX_BARE_QUESTION_WORDS = 12  # a line opening with "how/what/..." and no "?" reads as a question up to this long
SUBSTANCE_SIMILARITY = 0.45  # a passage sentence this close to a `good` statement, with a number, has substance
CLOSE_SUBSTANCE_SIMILARITY = 0.60  # ... or this close without one: a mechanism ("the user confirms before it is saved")
VACUOUS_SIMILARITY = 0.55  # a sentence this close to an item's vacuous exemplars may be hand-waving
MENTION_CLEAR_SIMILARITY = 0.40  # the closest item of a sentence at least this close ...
MENTION_CLEAR_MARGIN = 0.10  # ... and this far ahead of the runner-up: mentioned in passing too

QUANTITY_RE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|％|percent\b|pp\b|percentage points?\b|x\b|×|ms\b|s\b|sec(?:ond)?s?\b|min(?:ute)?s?\b|"
    r"h\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|k\b|m\b|million\b|billion\b|"
    r"分钟|小时|秒|天|周|个月|年|万|千|元|条|通|名|位|个|份|张|家|封|件|次|单|笔|台|篇|人)"
    r"|[$€£¥￥]\s?\d|[≥≤<>]=?\s*\d|\b\d{1,3}(?:,\d{3})+\b|\b0?\.\d{2,}\b"
    # A share as "N of M", in each language's words: "9 of 10", "41 of the 52", "19 av 20" (Swedish), "9 ud af 10",
    # "68 af de 84" (Danish), "10 mein se 9" (Hinglish), "3 trong số 5" (Vietnamese).
    r"|\b\d+\s+(?:of|out of|in|av|(?:ud\s+)?af|mein\s+se|trong)\s+(?:every\s+|the\s+|de\s+|số\s+)?\d+\b"
    # "九成" stays a word in the matching form (百分之五 is already "5%" there: bot/core/numerals.py).
    r"|[一二三四五六七八九十两]成"
    # Fractions in words: "cut by half", "down to a third".
    r"|\b(?:by|to|in|than)\s+(?:half|a third|a quarter|two thirds)\b"
    # French, Spanish, German and Italian figures: thousands apart by a space or a point ("62 000", "1.140"),
    # an amount or a span after the number ("24 000 euros", "30 heures", "dos semanas"), "47 sur 50".
    r"|\b\d{1,3}(?:[ \u00a0\u202f.]\d{3})+\b"
    r"|\b\d+\s*(?:euros?|heures?|jours?|semaines?|mois|ans|années?|horas?|días|semanas?|meses|años|"
    r"stunden|tagen?|wochen|monaten?|jahren?|ore|giorni|settimane|mesi|anni)\b"
    r"|\b\d+\s+(?:sur|des|de cada|de los|de las|von|su|dei|delle)\s+\d+\b"
    # Polish and Indonesian: "71 dni", "68 000 zł", "15 z 23"; "3 jam", "Rp 250.000", "41 dari 120".
    r"|\b\d+\s*(?:dni|godzin[y]?|tygodni[e]?|miesięcy|miesiące|lat[a]?|zł|złotych|minut[y]?|"
    r"hari|jam|minggu|bulan|tahun|menit|detik|juta|ribu|rupiah)(?![\w])"
    r"|\brp\s?\d|\b\d+\s+(?:z|dari)\s+\d+\b"
    # Vietnamese: "4 giờ", "5,1 tỷ đồng", "1 trong 5", not a date's "ngày 28 tháng 11 năm 2026". Turkish, read with
    # "i" for "ı" and its endings on the unit: "12 dakikadan", "3 saate", "2 yıl", "4.000 TL", "%7'sinde".
    r"|(?<!ngày )(?<!tháng )\b\d+(?:[.,]\d+)?\s*(?:giờ|phút|giây|ngày|tuần|tháng|năm|đồng|tỷ|triệu|nghìn|ngàn|vnđ)(?![\w])"
    r"|\b\d+\s*(?:dakika|saat|saniye|gün|hafta|yil|tl|lira|milyon|milyar)(?:[a-zçğöşü]*)(?![\w])|(?<![\w%])%\s?\d"
    # Swedish: "3 veckor", "12 timmar", "40 000 kronor", "95 procent", "4 800 kr".
    r"|\b\d+(?:,\d+)?\s*(?:veckor|veckan|vecka|timmar|timmen|timme|minuter|minuten|sekunder|dagar|dygn|månader|månaden|"
    r"månad|år|kr|kronor|tkr|mkr|miljoner|miljarder|procent|procentenheter)(?![\w])"
    # Danish: "60 minutter", "2 timer", "3 uger", "41 procent", "1,8 mio. kr." ("1 time"
    # is left to English).
    r"|\b\d+(?:,\d+)?\s*(?:minutter|timer|sekunder|dage|døgn|uger|uge|måneder|måned|kroner|mio|mia|procentpoint)(?![\w])"
    # Hinglish (Hindi in Latin letters): "2 ghante", "6 mahine", "₹3.2 lakh", "Rs 500", "3 guna".
    r"|\b\d+(?:[.,]\d+)?\s*(?:ghante|ghanta|mahine|mahina|din|hafte|hafta|saal|lakh|crore|hazaar|hazar|rupaye|guna)(?![\w])"
    r"|₹\s?\d|\brs\.?\s?\d"
    # Finnish, with its case endings on the unit: "25 päivää", "3 viikossa", "12 tuntia", "6 kuukautta", "2 vuotta",
    # "6 800 euroa", "95 prosenttia", "3,6 prosenttiyksikköä", "6 kertaa", "6 800 €".
    r"|\b\d+(?:,\d+)?\s*(?:päiv[äi]\w*|vuorokau\w*|vrk|viiko\w*|viikk\w*|tunti\w*|tunni\w*|minuut\w*|sekunt\w*|"
    r"kuukau\w*|kk|vuo(?:si|tta|den|dessa|deksi|sia)|euro\w*|milj\w*|prosent\w*|kertaa)(?![\w])"
    r"|\d\s?€"
    # Norwegian, where Danish, Swedish and Finnish ("3,6 prosent") do not read it already: "3 uker", "12 dager",
    # "2,4 mill. kr", "4 millioner", "214 ganger", "kr 450 000", "NOK 1 200 000".
    r"|\b\d+(?:,\d+)?\s*(?:uker|uke|dager|mill|mrd|millioner|milliarder|ganger)(?![\w])"
    r"|\b(?:kr|nok)\.?\s?\d"
    # Catalan, where Spanish, French and Italian do not read it already: "3 setmanes", "12 hores", "15 minuts",
    # "4 dies", "6 mesos", "2 anys", "3 vegades", "1,5 milions", "95 per cent", "41 de les 52".
    r"|\b\d+(?:,\d+)?\s*(?:setmanes|setmana|hores|minuts|segons|dies|mesos|anys|vegades|milions|milers)(?![\w])"
    r"|\b\d+(?:,\d+)?\s*per\s+cent\b|\b\d+\s+(?:de les|dels|de)\s+\d+\b"
    # Czech, with its case endings on the unit, where Polish does not read it already: "15 minutách", "3 hodiny",
    # "4 dny", "10 pracovních dnů", "6 týdnů", "5 měsíců", "2 roky", "3krát", "1 200 Kč", "50 tis.", "1,5 mil.",
    # "95 procent", "97 ze 100"; and a span in words, as Czech writes small numbers ("pět měsíců", "do deseti
    # pracovních dnů", "čtyři týdny").
    r"|\b\d+(?:,\d+)?\s*(?:pracovních\s+)?(?:minut[uy]|minutách|minutami|hodin[uy]?|hodinách|hodinami|dn[yůíeu]|"
    r"dnech|den|týdn\w*|týden|měsíc\w*|roky|roků|letech|let|krát|kč|korun\w*|tis\.|mil\.|milionů|miliony|"
    r"miliard)(?![\w])"
    r"|\b\d+\s+ze\s+\d+\b"
    r"|\b(?:dva|dvě|dvou|tři|tří|čtyři|čtyř|pět|pěti|šest|šesti|sedm|sedmi|osm|osmi|devět|devíti|deset|deseti|"
    r"patnáct|patnácti|dvacet|dvaceti|třicet|třiceti)\s+(?:[^\W\d_]+\s+)?(?:minut[uy]?|minutách|hodin[uy]?|hodinách|"
    r"dn[yůíeu]|dnech|týdn\w*|týden|měsíc\w*|roky|roků|let|procent\w*)(?![\w])"
    # Romanian, with the "de" it puts before a unit from twenty on, where Italian does not read it already ("3 ore"):
    # "15 minute", "1 oră", "10 zile", "6 săptămâni", "5 luni", "2 ani", "90 de zile", "500 de lei", "400 RON",
    # "3 mii", "1,5 milioane", "de 3 ori", "95 la sută" ("66 din 74" is read already, as Hinglish "10 din"); and a
    # span in words ("peste șase ani", "trei zile", "douăzeci de minute"), as typed with or without diacritics.
    r"|\b\d+(?:,\d+)?\s*(?:de\s+)?(?:minute|or[ăa]|zile|zi|s[ăa]pt[ăa]m[âa]n[iăa]|luni|lun[ăa]|ani|lei|ron|mii|"
    r"milioane|miliarde|ori)(?![\w])"
    r"|\b\d+(?:,\d+)?\s*la\s+sut[ăa]\b"
    r"|\b(?:doi|dou[ăa]|trei|patru|cinci|[şs]ase|[şs]apte|opt|nou[ăa]|zece|unsprezece|doisprezece|"
    r"dou[ăa]sprezece|cincisprezece|dou[ăa]zeci|treizeci|patruzeci|cincizeci)\s+(?:de\s+)?(?:minute|ore|zile|"
    r"s[ăa]pt[ăa]m[âa]ni|luni|ani|lei)(?![\w])"
    # Hungarian, with its suffixes on the unit (often after a hyphen): "15 perc", "15 percen belül", "3 órát",
    # "8 munkanapon", "30 napig", "2 hét", "6 hónapig", "2 évre", "3-szor", "12 ezer", "1,5 millió", "95 százalék",
    # "100 esetből 97"; and a span in words, as Hungarian writes small numbers ("öt nap", "három hónapon belül").
    r"|\b\d+(?:,\d+)?\s*-?(?:perc\w*|órá\w*|óra|munkanap\w*|nap|napon|napig|napot|napos|napja|napra|naponta|hét|"
    r"héten|hétig|hetet|hetes|hónap\w*|év|éven|évig|évet|éves|évre|évente|alkalommal|szor|szer|ször|forint\w*|ezer|"
    r"millió\w*|milliárd\w*|százalék\w*)(?![\w])"
    r"|\b\d+\s+esetből\s+\d+\b"
    r"|\b(?:két|kettő|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizenöt|húsz|harminc)\s+(?:[^\W\d_]+\s+)?"
    r"(?:perc\w*|órá\w*|óra|munkanap\w*|nap|napon|napig|napot|hét|héten|hétig|hetet|hónap\w*|év|éven|évig|évet|"
    r"százalék\w*)(?![\w])"
    # Croatian, with its case endings on the unit, as typed with or without diacritics: "15 minuta", "3 sata",
    # "10 dana", "2 tjedna", "6 mjeseci", "2 godine", "3 puta", "148.000,00 eura", "95 posto", "9 od 10"; and a span
    # in words ("sedam mjeseci", "tri tjedna").
    r"|\b\d+(?:[.,]\d+)*\s*(?:minuta|minute|sati|sata|dana|tjedana|tjedna|tjedan|mjeseci|mjeseca|godina|godine|puta|"
    r"eura|kuna|tisu[ćc]a|milijuna|milijun|posto)(?![\w])"
    r"|\b\d+\s+od\s+\d+\b"
    r"|\b(?:dva|dvije|tri|[čc]etiri|pet|[šs]est|sedam|osam|devet|deset|petnaest|dvadeset|trideset)\s+(?:radnih\s+)?"
    r"(?:minuta|sata|sati|dana|tjedna|tjedana|mjeseca|mjeseci|godine|godina)(?![\w])"
    # Slovak, where Czech does not read it already, as typed with or without diacritics: "10 minút", "48 hodín",
    # "do 3 dňa", "3 týždne", "6 týždňov", "5 mesiacov", "5 rokov", "38 eur", "2,5 milióna"; and a span in words
    # ("päť rokov", "tri týždne", "sedem dní").
    r"|\b\d+(?:,\d+)?\s*(?:pracovných\s+|pracovnych\s+)?(?:min[úu]t[ay]?|min[úu]tach|hod[íi]n|dň(?:a|och|ami)|"
    r"t[ýy][žz]d[ňn]\w*|t[ýy][žz]de[ňn]|mesiac\w*|rok(?:ov|a|och)?|eur[áa]?|eurách|mili[óo]n\w*|percent[áa]?)(?![\w])"
    r"|\b(?:dva|dve|tri|[šs]tyri|p[äa][ťt]|[šs]es[ťt]|sedem|osem|dev[äa][ťt]|des[ae][ťt]|p[äa]tn[áa]s[ťt]|dvadsa[ťt]|"
    r"tridsa[ťt])\s+(?:pracovn[ýy]ch\s+)?(?:min[úu]t|hod[íi]n|hodiny|dn[íi]|t[ýy][žz]d[ňn]\w*|mesiac\w*|"
    r"rok(?:ov|y)|percent)(?![\w])"
    # Slovenian, where Croatian, Czech and Slovak do not read it already, as typed with or without diacritics: "3 ure",
    # "5 ur", "10 dneh", "3 tedne", "6 tednov", "6 mesecev", "2 leti", "3 leta", "30 evrov", "20 odstotkov", "2 tisoč";
    # and a span in words ("tri tedne", "pet let", "dva meseca", "štiri ure").
    r"|\b\d+(?:[.,]\d+)*\s*(?:delovnih\s+)?(?:ur[ei]?|urah|dneh|dnevi|dnevih|ted(?:en|na|ne|ni|nov|nih|nom)|"
    r"mesec(?:a|e|ev|i|ih)?|let[ai]|letih|evr(?:a|e|i|ov|ih)|odstot\w+|tisoč|tisoc|milijon\w*)(?![\w])"
    r"|\b(?:en|eno|dva|dve|tri|[šs]tiri|pet|[šs]est|sedem|osem|devet|deset|petnajst|dvajset|trideset)\s+"
    r"(?:delovnih\s+)?(?:minut|ur[ei]?|dni|dnevi|ted(?:en|na|ne|nov)|mesec(?:a|e|ev)?|let[ai]?|odstot\w+)(?![\w])"
    # Lithuanian, with its case endings on the unit, as typed with or without diacritics: "15 minučių", "3 val.",
    # "48 valandas", "10 dienų", "8 savaites", "3 savaičių", "6 mėnesius", "2 metus", "30 eurų", "20 procentų",
    # "95 proc.", "2 tūkst.", "1,5 mln.", "10 kartų", "4 metrai"; and a span in words ("tris savaites", "du mėnesius").
    r"|\b\d+(?:[.,]\d+)*\s*(?:darbo\s+)?(?:minu[čc]i[ųu]|minut(?:ės|es|ę|e)|valand\w*|val\.|dien(?:ų|u|as|os|a)|"
    r"savai[čc]i[ųu]|savait(?:ės|es|ę|e)|m[ėe]nes\w*|m[ėe]n\.|met(?:ų|u|us|ai)|eur(?:ų|u|ai|as)|procent(?:ų|u|ai|us)|"
    r"proc\.|t[ūu]kst\.|mln\.|kart(?:ų|u|us|ai)|metr(?:ų|u|ai|us|o))(?=\W|$)"
    r"|\b(?:vien[ąa]|du|dvi|tris|trys|keturi(?:as|s)?|penki(?:as|s)?|[šs]e[šs]i(?:as|s)?|septyni(?:as|s)?|"
    r"a[šs]tuoni(?:as|s)?|devyni(?:as|s)?|de[šs]imt|penkiolika|dvide[šs]imt|trisde[šs]imt)\s+(?:darbo\s+)?"
    r"(?:minu[čc]i[ųu]|minut\w*|valand\w*|dien\w*|savait\w*|savai[čc]i[ųu]|m[ėe]nes\w*|met(?:us|ai|ų|u)|"
    r"kart(?:us|ai|ų|u))(?![\w])"
    # Greek, as matching_form reads it (no accents, one sigma): "15 λεπτά", "4 ώρες", "30 ημέρες", "6 εβδομάδες",
    # "3 μήνες", "2 χρόνια", "5 έτη", "12.000 ευρώ", "3 φορές", "1,5 εκατ.", "95 τοις εκατό", "9 στα 10"; and a span
    # in words ("δύο λεπτά", "τρεις μήνες", "επτά ημερών").
    r"|\b\d+(?:,\d+)?\s*(?:δευτερολεπτ\w*|λεπτ(?:α|ων|ο)|ωρ(?:α|εσ|ων|ασ)|ημερ(?:α|εσ|ων|ασ)|μερ(?:α|εσ|ων|ασ)|"
    r"εβδομαδ\w*|μην(?:α|εσ|ων|ασ)|χρον(?:ο|ια|ων|ου)|ετ(?:οσ|η|ων|ουσ)|ευρω|φορ(?:α|εσ)|χιλιαδ\w*|εκατ\w*|"
    r"δισ\w*|τοισ\s+εκατο)(?![\w])"
    r"|\b\d+\s+(?:στα|στουσ|στισ|στο|απο\s+τα|απο\s+τουσ|απο\s+τισ)\s+\d+\b"
    r"|\b(?:δυο|τρεισ|τρια|τεσσερισ|τεσσερα|πεντε|εξι|επτα|εφτα|οκτω|οχτω|εννεα|εννια|δεκα|δωδεκα|δεκαπεντε|"
    r"εικοσι|τριαντα|σαραντα|πενηντα|εξηντα)\s+(?:δευτερολεπτ\w*|λεπτ(?:α|ων)|ωρ(?:εσ|ων)|ημερ(?:εσ|ων)|"
    r"μερ(?:εσ|ων)|εβδομαδ\w*|μην(?:εσ|ων)|χρονια|χρονων|ετη|ετων|φορεσ)(?![\w])"
    # Bulgarian, in Cyrillic, with its suffixed article on the unit: "15 минути", "6 часа", "30 дни", "2 седмици",
    # "3 месеца", "2 години", "9 400 евро", "150 лв.", "20 процента", "3 пъти", "1,5 млн."; and a span in words
    # ("три дни", "две седмици", "шест месеца"). Not "ч." (o'clock after a time of day).
    r"|\b\d+(?:,\d+)?\s*(?:работни\s+)?(?:секунд\w*|минут(?:а|и|ите)|час(?:а|ове|ът|овете)?|ден|дни|дена|дните|"
    r"седмиц(?:а|и|ата|ите)|месец(?:а|и|ите)?|годин(?:а|и|ата|ите)|евро|лв\.|лева|процент(?:а|и|ни)?|пъти|хил\.|"
    r"хиляди|млн\.|милиона?|млрд\.)(?=\W|$)"
    r"|\b(?:един|една|едно|два|две|три|четири|пет|шест|седем|осем|девет|десет|петнадесет|двадесет|тридесет)\s+"
    r"(?:работни\s+)?(?:секунди|минути|часа|дни|дена|седмици|месеца|години|пъти)(?![\w])"
    # Ukrainian: "15 хвилин", "6 годин", "30 днів", "2 тижні", "3 місяці", "2 роки", "500 гривень", "150 грн",
    # "20 відсотків", "3 рази", "10 тис.", "1,5 мільйона"; years only after a figure of one or two digits, so "на
    # 2027 рік" is a date, not a span; and a span in words ("три дні", "два тижні", "пʼять років").
    r"|\b\d+(?:,\d+)?\s*(?:робоч(?:их|і)\s+)?(?:хвилин[аиу]?|годин[аиу]?|день|дні|днів|дня|тиж(?:день|ні|нів|ня)|"
    r"місяц(?:ь|і|ів|я)|євро|гривень|гривні|гривня|грн\.?|долар(?:ів|и)?|відсот(?:ок|ки|ків)|раз(?:и|ів)?|тис\.|"
    r"тисяч[аі]?|мільйон(?:а|ів)?|мільярд(?:а|ів)?)(?=\W|$)"
    r"|\b\d{1,2}(?:,\d+)?\s*(?:рік|роки|років|року)(?=\W|$)"
    r"|\b(?:один|одна|одне|два|дві|три|чотири|п['’ʼ]ять|шість|сім|вісім|дев['’ʼ]ять|десять|п['’ʼ]ятнадцять|"
    r"двадцять|тридцять)\s+(?:робоч(?:их|і)\s+)?(?:секунд[иу]?|хвилин[иу]?|годин[иу]?|день|дні|днів|тиж(?:день|ні|нів)|"
    r"місяць|місяці|місяців|рік|роки|років|рази|разів)(?![\w])"
    # Russian, as matching_form reads it (ё as е): "15 минут", "6 часов", "30 дней", "3 суток", "2 недели", "3 месяца",
    # "500 рублей", "150 руб.", "20 процентов", "3 раза", "10 тыс.", "1,5 млн"; years only after a figure of one or two
    # digits ("2 года", "5 лет"), so "на 2027 год" is a date; and a span in words ("три дня", "пять лет").
    r"|\b\d+(?:,\d+)?\s*(?:рабоч(?:их|ий|ие)\s+)?(?:минут[аы]?|час(?:а|ов)?|дн(?:я|ей)|суток|сутки|недел(?:я|и|ю|ь)|"
    r"месяц(?:а|ев)?|рубл(?:ь|я|ей)|руб\.?|долларов|доллара|процент(?:а|ов)?|раза|тыс\.|тысяч[аи]?|млн|"
    r"миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?)(?=\W|$)"
    r"|\b\d{1,2}(?:,\d+)?\s*(?:год|года|лет)(?=\W|$)"
    r"|\b(?:один|одна|одни|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|тридцать)\s+"
    r"(?:рабочих\s+)?(?:секунд|минут[ы]?|часа|часов|дня|дней|суток|недели|недель|месяца|месяцев|года|лет|раза)(?![\w])"
)
# "[10:05] Priya: ..." or "Tom (PM): ...": who said it and when is not what the line means.
CHAT_PREFIX_RE = re.compile(r"^\s*(?:" + CHAT_STAMP + r"\s*)?[A-Z][\w .'()-]{0,24}:\s+(?=\S)")
QUESTION_RE = re.compile(r"^\s*(?:how|what|why|when|who|which|can|could|should|do|does|did|is|are|will|would)\b", re.I)
TIMESTAMP_RE = re.compile(r"^\s*" + CHAT_STAMP)
# "• 7 Nov — @ops-kim: cost is about …": a decisions log's date and author say who decided, not what.
ATTRIBUTION_RE = re.compile(r"^\s*(?:[-*•]\s*)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})?\s*[—–-]?\s*@[\w.-]+\s*[:：]\s*(?=\S)")


def embeddable(text: str) -> str:
    """Text as the English-only embedder should see it: no markup, chat speaker or "@author:" attribution,
    and Chinese with an English gloss of its terms."""
    text = strip_markup(text)
    if TIMESTAMP_RE.match(text):
        text = CHAT_PREFIX_RE.sub("", text, count=1) or text
    text = ATTRIBUTION_RE.sub("", text, count=1) or text
    if detect_language(text) == "zh":
        english = default_glossary().english_gloss(text)
        return f"{english}\n{text}" if english else text
    return text


def _near_top(sims: np.ndarray, position: int, floor: float, margin: float) -> bool:
    sim = float(sims[position])
    return sim >= floor and sim >= float(sims.max()) - margin


def _clear_top(sims: np.ndarray, position: int) -> bool:
    """The item is the sentence's closest by a clear margin, though not close in absolute terms.

    The small embedder scores short, indirect sentences low against every exemplar ("We'll start with
    one store and then move everyone over" for rollout), but which item wins, and by how much, still
    says what the sentence is about; a near tie between two items says nothing."""
    sim = float(sims[position])
    if sim < MENTION_CLEAR_SIMILARITY or sim < float(sims.max()):
        return False
    runner_up = float(np.partition(sims, -2)[-2]) if len(sims) > 1 else -1.0
    return sim - runner_up >= MENTION_CLEAR_MARGIN


def sentence_about(item: "RubricItem", unit: Unit, about: np.ndarray, position: int, *, meaning: bool = True,
                   long_prose: bool = False) -> bool:
    """Whether one sentence talks about the item: cues and meaning together, or a close meaning alone."""
    cues = set(item.find_cues(unit.norm))
    if len(cues) >= MIN_CUES:
        return True
    # An everyday mention ("出故障", "never saw") places a sentence as one cue does; it adds no substance.
    if (cues or item.mentions.find(unit.norm)) and float(about[position]) >= WITH_CUE_SIMILARITY:
        return True
    # A long sentence of a letter or weeknotes says its item in one phrase among much else ("will not give out a
    # single live job until a second trial shows that 9 in 10 urgent jobs …"): the phrase and a figure place it.
    # Only a cue pattern's phrase, which says the item in a construction ("until a … trial shows that"), not a
    # listed word another item's sentence may use ("… which gives us ground truth" of the data); and the figure
    # must be the sentence's own, not the cue's ("take a flagship AI product from 0 to 1").
    said = item.pattern_cues(unit.norm) if long_prose else []
    if any(" " in cue for cue in said) and float(about[position]) >= WITH_CUE_AND_FIGURE_SIMILARITY:
        rest = unit.norm
        for cue in said:
            rest = rest.replace(cue, " ")
        if QUANTITY_RE.search(rest) or item.concrete_hits(rest):
            return True
    if not meaning or not meaning_counts(unit):
        return False
    if _near_top(about, position, SENTENCE_SIMILARITY, SENTENCE_MARGIN):
        return True
    # A less close meaning counts when the sentence carries a number and no other item is closer.
    specific = QUANTITY_RE.search(unit.norm) or item.concrete_hits(unit.norm)
    return bool(specific) and _near_top(about, position, SPECIFIC_SIMILARITY, 0.0)


def asks(unit: Unit) -> bool:
    """Whether a sentence is a question ("这个产品成本多少？", "Will it be as accurate for those farmers?")."""
    return unit.text.rstrip().endswith(("?", "？"))


def meaning_counts(unit: Unit) -> bool:
    """Whether meaning alone may place a sentence: not for Chinese, which the English-only embedder sees
    only through a thin gloss of its terms (cues and headings find it instead), not for a few words, and
    not for a question: "what if it suggests something wrong?" asks about failure, it does not plan for it."""
    text = CHAT_PREFIX_RE.sub("", unit.text, count=1) if TIMESTAMP_RE.match(unit.text) else unit.text
    return (
        unit.words >= MIN_MEANING_WORDS
        and detect_language(unit.text) != "zh"
        and not text.rstrip().endswith(("?", "？"))
        # A chat question often has no "?" ("how will we know it works"); a long sentence that opens with
        # "What" ("What separates the two is a pattern across ...") is a statement.
        and not (QUESTION_RE.match(text) and unit.words <= MAX_BARE_QUESTION_WORDS)
    )


def is_vacuous(unit: Unit, about: np.ndarray, vacuous: np.ndarray, position: int) -> bool:
    """Hand-waving about this item: closest to its vacuous exemplars of all items' (so "we'll monitor it"
    is vague about monitoring, not about evaluation), closer than to its substantive ones, no number."""
    sim = vacuous[position]
    return (
        sim >= VACUOUS_SIMILARITY
        and sim >= vacuous.max()
        and sim > about[position]
        and not QUANTITY_RE.search(unit.norm)
        # A question ("Q: How do we roll it out?", "rollout plan?") asks for the item; it claims nothing.
        and not unit.text.rstrip().endswith(("?", "？"))
    )


def add_meant_passages(
    sig: "ItemSignals",
    position: int,
    body: list[Unit],
    para_about: dict[int, np.ndarray],
    unit_about: dict[int, np.ndarray],
    vague_units: set[int],
    claimed: set[int] = frozenset(),
) -> None:
    """Sentences outside the item's sections that mean the item join its passages (sig.labelled).

    A sentence counts on its own (sentence_about), or as part of a paragraph that, read whole, is about
    the item: then the paragraph's sentences that lean towards the item join (all of them when none
    does alone, as the meaning is the paragraph's). Under a heading that names another item (`claimed`)
    only cue phrases place a sentence, meaning alone does not. Hand-waving sentences never join: they are vague
    wording, which keeps the item partial. A sentence whose closest item this is, but not closely enough,
    is a mention in passing, and so is one whose closest item this is by a clear margin
    (_clear_top)."""
    by_line: dict[int, list[Unit]] = {}
    for unit in body:
        if unit.section not in sig.sections:
            by_line.setdefault(unit.line, []).append(unit)
    joined: set[int] = set(sig.labelled)
    long_prose = sum(u.words for u in body) >= LONG_PROSE_WORDS
    for line, members in by_line.items():
        talking = [
            u
            for u in members
            if u.index not in vague_units
            and sentence_about(sig.item, u, unit_about[u.index], position, meaning=u.index not in claimed,
                               long_prose=long_prose)
        ]
        paragraph = para_about.get(line)
        if any(u.index in claimed for u in members):
            paragraph = None
        if len(members) > 1 and paragraph is not None and _near_top(paragraph, position, PARAGRAPH_SIMILARITY, SENTENCE_MARGIN):
            leaning = [
                u
                for u in members
                if u.index not in vague_units
                and meaning_counts(u)
                and _near_top(unit_about[u.index], position, WITH_CUE_SIMILARITY, LEANING_MARGIN)
            ]
            talking = talking or leaning
        if talking:
            # In a long paragraph about the item, a sentence with one of its cue phrases is about it too ("… a porter
            # can turn down a job on the handheld … Nobody will be measured or ranked on how many jobs they do.").
            talking += [u for u in members if long_prose and u not in talking and u.index not in vague_units
                        and u.index not in claimed and sig.item.find_cues(u.norm)]
            joined.update(u.index for u in talking)
            continue
        for unit in members:
            sims = unit_about[unit.index]
            free = unit.index not in vague_units and unit.index not in claimed
            if free and meaning_counts(unit) and (
                _near_top(sims, position, MENTION_SIMILARITY, 0.0) or _clear_top(sims, position)
            ):
                sig.cue_units.setdefault(unit.index, []).append("≈")
    sig.labelled = sorted(joined)


def mark_substance(
    sig: "ItemSignals",
    position: int,
    by_index: dict[int, Unit],
    about: np.ndarray,
    good: np.ndarray,
    row_of: dict[int, int],
    vague_units: set[int],
) -> None:
    """A passage sentence that reads like one of the item's `good` statements (closer to them than to
    the `partial` ones) and carries a number says the item with substance: one specific for the verdict.
    "We won't route anything alone until it agrees with seniors on 9 claims out of 10" is a launch bar;
    "it needs to be accurate enough before we launch" is near the partial statements and gets nothing."""
    for index in sig.labelled:
        unit = by_index.get(index)
        if unit is None or index in vague_units or asks(unit):  # a question says nothing of the item
            continue
        row = row_of[index]
        sim = float(good[row, position])
        specific = QUANTITY_RE.search(unit.norm) or sim >= CLOSE_SUBSTANCE_SIMILARITY
        # Meaning is a specific only where it is sure of the topic: with a cue, or a close match. A long
        # sentence whose nearest item is a weak guess ("scores each subscriber weekly" for monitoring) is not.
        sure = sig.item.find_cues(unit.norm) or float(about[row, position]) >= SENTENCE_SIMILARITY
        if sim >= SUBSTANCE_SIMILARITY and sim >= float(about[row, position]) - 1e-6 and specific and sure:
            sig.meant[index] = round(sim, 2)
