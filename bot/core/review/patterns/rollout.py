"""Regexes for the `rollout` rubric item (Rollout and experiments); its phrases are in phrases/rollout.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "rollout",
    concrete=(
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+(of\s+)?(users|traffic|customers|agents|accounts|tenants|sessions|requests'
            r'|queries|reps|clinicians|recruiters|employees|buyers|sellers'
            r'|merchants|tickets|roles|stores|clinics)\b',
            '- **Search logs.** In Q2, 27% of queries had three or more words (up from 19% a year',
        ),
        Pattern(
            r'\bphase\s*\d\b',
            '- Photo-based damage estimation (phase 2 candidate).',
        ),
        Pattern(
            r'\b(weeks?|months?|days?)\s*\d+(\s*[-–]\s*\d+)?\b',
            '1. **Weeks 1-2 — shadow mode:** the reranker scores all',
        ),
        Pattern(
            r'\b\d+\s+(pilot|beta|design[- ]partner)\s+(customers|clinics|teams|users|accounts|sites)\b',
            'start with 5 pilot customers',
        ),
        Pattern(
            r'\b\d+\s+(weeks?|days?)\s+(of\s+)?(shadow|pilot|beta|a/b|testing|dogfood)',
            '2 weeks of shadow mode',
        ),
        Pattern(
            r'\bq[1-4]\b',
            '- **Search logs.** In Q2, 27% of queries had three or more words',
        ),
        Pattern(
            r'\d+\s*(%|％)\s*(的)?\s*(用户|流量|客户|坐席|门店)',
            '- **第一阶段（2 周）：** 在自有小程序上对 5% 的用户灰度，只开放物流、发票、使用问题三类意图。',
        ),
        Pattern(
            r'(第\s*[一二三四五\d]+\s*(阶段|期|周))',
            '- **第一阶段（2 周）：** 在自有小程序上对 5% 的用户灰度，只开放物流、发票、使用问题三类意图。',
        ),
        Pattern(
            r'\bp\s*<\s*0?\.\d+',
            'search session up by at least 1.2% with p < 0.05 and no guardrail breached.',
        ),
    ),
    cue_patterns=(
        # A rollout said in one breath, the product named: "We will be rolling HerdSense out to all members during
        # 2027." ("roll it out to the rest of our sites if it goes well" is a step with its condition, found already.)
        Pattern(r"\broll(?:s|ing|ed)?\s+(?!out\b|it\b|them\b)\w+\s+out\s+(?:to|across)\b",
                'We will be rolling HerdSense out to all members during 2027.'),
        # The next step held until the live ones stay good: "Each further condition group joins only after three
        # months
        # in which the weekly re-check … has stayed within the one in 500", "Each step happened only once … had
        # stayed".
        Pattern(
            r"\b(?:further|next|new|other)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:joins?|is added"
            r"|are added|goes live|go live|starts?)\s+only\s+"
            r"(?:after|once|when|if)\b|\beach (?:step|stage|phase|wave)\b[^.;]{0,40}?\bonly (?:after|once|when|if)\b",
            "Each further condition group joins only after three months in which "
            "the weekly re-check has stayed within 1 in 500.",
        ),
        # Norwegian too: "tas løsningen i bruk", "rulles den ut", "settes modellen i drift" (not "ble tatt i bruk",
        # what happened before).
        Pattern(
            r"\b(?:tas|settes)\b[^.;]{0,40}?\bi (?:bruk|drift)\b|\brulles\b[^.;]{0,30}?\but\b",
            "Først tas løsningen i bruk i ett team i 3 uker, deretter rulles den ut til hele avdelingen",
        ),
        # Danish splits its verb from its particle: "tages løsningen i brug", "rulles den ud", "sættes modellen i
        # drift".
        Pattern(
            r"\b(?:tages|tog|sættes|satte)\b[^.;]{0,40}?\bi (?:brug|drift)\b|\brulles\b[^.;]{0,30}?\bud\b",
            "Først tages løsningen i brug i ét team i 3 uger, derefter rulles den ud til hele afdelingen",
        ),
        # The next places it goes: "After closure ClickCheck will be extended to Lines 1, 2 and 4 during 2027."
        Pattern(
            r"\b(?:will|would|is to|are to)\s+be\s+(?:extended|expanded|rolled out|widened|opened up)\s+to\b",
            "After closure ClickCheck will be extended to Lines 1, 2 and 4 during 2027.",
        ),
        # Turkish: a few first, then all of them ("önce 3 alım noktasında pilot, sonra bütün 140 noktaya yayılım").
        Pattern(
            r"\bönce\b[^.;]{0,60}\bsonra\b[^.;]{0,20}\b(?:tüm|bütün|diğer|her)\b",
            "2027 hasadında önce 3 alım noktasında pilot, sonra bütün 140 noktaya yayılım.",
        ),
        # Who gets it first and who later: "available first to the three health systems that took part in the study,
        # and later to other US sleep services"; "start with a handful of growers next season and extend to all
        # members".
        Pattern(
            r"\bfirst\s+(?:to|in|at|with|for)\b[^.;]{0,80}?,?\s+(?:and\s+)?(?:later|then"
            r"|afterwards|after that)\s+(?:to|in|at|with|for|across|on)\b"
            r"|\b(?:start|begin)\w*\s+with\b[^.;]{0,60}?\band\s+(?:then\s+|later\s+)?(?:extend"
            r"|expand|widen|open|roll|move|bring|offer)\w*\b[^.;]{0,30}?\bto\b",
            "Halden plans to make Noctua available first to the three health "
            "systems, and later to other US sleep services.",
        ),
        # Volunteers first, the rest on a condition: "ten volunteer salons to switch it on from 2 March for six
        # weeks", "Every other salon will get it only if, over those six weeks, …".
        Pattern(
            r"\b(?:\d+|two|three|four|five|six|eight|ten|twelve|twenty|a few"
            r"|a handful of)\s+volunteer\s+(?:salons?|teams?|"
            r"stores?|shops?|sites?|customers?|schools?|clinics?|branch(?:es)?"
            r"|offices?|practices?|depots?|restaurants?)\b"
            r"|\b(?:every|all)\s+other\s+[\w-]+\s+(?:will\s+)?gets?\s+it\b",
            "We're looking for ten volunteer salons to switch it on from 2 March for six weeks",
        ),
        # A narrow first slice for a set time: "route 25 only, weekdays 07:00–10:00, for four weeks"; the rest
        # on a condition: "We add the 12 and the 38 only if, over those four weeks, ...".
        Pattern(
            r"\bonly\b,?[^.;]{0,40}\bfor (?:\d+|one|two|three|four|five|six|eight|ten|twelve) (?:weeks?|months?)\b"
            r"|\bwe (?:add|extend|widen|expand|open)\b[^.;]{0,60}\bonly if\b",
            "Proposal for how we start, so we can close this off: route 25 "
            "only, weekdays 07:00–10:00, for four weeks",
        ),
        # A few first, then everyone: "try it in a handful of members' apiaries this spring and then offer it to
        # everyone".
        Pattern(
            r"\b(?:try|trial|test|start|pilot) (?:it |this )?(?:in|at|with|on) (?:a handful of|a few|one"
            r"|two|three|some|a couple of|a small number of)\b[^.;]{0,80}\bthen\b",
            "We would try it in a handful of members' apiaries this spring and then offer it to everyone",
        ),
        # A first slice, the rest later: "Start with Jordan 1s and Dunks, add other silhouettes later."
        Pattern(
            r"\bstart(?:s|ing)?\s+with\b[^.;]{0,60},\s*(?:then\s+)?(?:add|expand"
            r"|extend|widen|open)\w*\b[^.;]{0,40}\blater\b",
            "Start with Jordan 1s and Dunks, add other silhouettes later.",
        ),
        # One group first, then the next: "it goes to the Leeds night shift only, for four weeks", "Bristol and
        # Glasgow nights get it next, then day shifts everywhere".
        Pattern(
            r"\b(?:goes|go|comes|come|moves|move)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)"
            r"{0,3}(?:shifts?|teams?|sites?|regions?|stores?|"
            r"offices?|depots?|branch(?:es)?|wards?|markets?|countries|clinics?|schools?"
            r"|users|customers|members|cohorts?|groups?)\s+only\b"
            r"|\bgets?\s+it\s+next\b|\bthen\b[^.;]{0,30}\beverywhere\b",
            "After that fortnight it goes to the Leeds night shift only, for four weeks",
        ),
        # One place only at first: "It starts in the North area only", "runs at the Leeds depot only".
        Pattern(
            r"\b(?:starts?|begins?|launch(?:es)?|goes live|runs?|opens?)\s+(?:in|at|with"
            r"|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:areas?|regions?|teams?|sites?|stores?"
            r"|offices?|depots?|branch(?:es)?|wards?|districts?|city|cities|markets?"
            r"|countries|country|clinics?|schools?|villages?)\s+only\b",
            "It starts in the North area only (about 2,600 homes) in February.",
        ),
        # More places join, or all of them at the end: "Then 15 more depots join", "only go to all 64 depots once …".
        Pattern(
            r"\b\d+\s+more\s+(?:areas|regions|teams|sites|stores|offices|depots"
            r"|branches|wards|clinics|schools|hospitals|"
            r"warehouses|markets|countries|cities|plants|kitchens|restaurants"
            r"|hotels)\b|\b(?:go|goes|going|move|moves|expand|expands)"
            r"\s+to\s+all\s+\d+\b",
            "Then 15 more depots join, as long as the Monday review hasn't tripped.",
        ),
        # Where it goes next: "it goes to the South and Central areas in May", "then moves to every branch".
        Pattern(
            r"\b(?:goes|moves|extends|expands|spreads|comes)\s+(?:out\s+)?to\s+(?:the|all|every"
            r"|other)\b[^.;]{0,30}?\b(?:areas?|regions?|teams?|sites?|stores?|offices?|depots?"
            r"|branch(?:es)?|wards?|districts?|cities|markets?|countries|clinics?|schools?)\b",
            "it goes to the South and Central areas in May.",
        ),
        # One place goes first: "let's try it with the north depot first", "start in two stores first".
        Pattern(
            r"\b(?:try|start|pilot|launch|begin|trial|run)\w* (?:it |this )?(?:with|in|at|on"
            r"|for) (?:the |one |a |our )?[\w-]+(?: [\w-]+)? first\b",
            "let's try it with the north depot first and see how it goes.",
        ),
        # a first group named: "start with UK applicants only"
        Pattern(
            r"\bstart with [\w ]{1,30}? only for (?:one|a|two|three|\d+) (?:week|month)s?\b",
            'We propose to start with UK applicants only for one month',
        ),
        # Where it is tried first, in Chinese: "先找两个城市试试", "先在华东 20 家店试".
        Pattern(r'先(?:在|找|选|拿)[^，。；,]{0,10}试(?:试|用|点|运行|跑)?', '行 那先找两个城市试试'),
        # Where it starts: "start with the billing queue", "start with the night shift".
        Pattern(
            r'\bstart with (?:the|one|a|our) (?:[\w-]+ ){0,2}(?:queue|team|region|store|site|branch|market'
            r'|country|shift|office|group|segment|cohort|city|warehouse|clinic|department)s?\b',
            'Start with the billing queue: shortest threads, most handovers.',
        ),
        # A named first group: "let's try it with the UK team", "start with our night shift group".
        Pattern(
            r"\b(?:try|start|pilot|begin)\w*\s+(?:it\s+)?with\s+(?:the"
            r"|our)\s+\w+(?:\s+\w+)?\s+(?:team|office|site|store|region|group|desk)\b",
            "ok, let's try it with the UK team next month",
        ),
        # A first slice, then the next ("Start with English email tickets only for two weeks, then add chat").
        Pattern(
            r'\b(?:start|begin)\w*\s+with\b[^.;]{0,80}?\bthen\s+(?:add|open|extend|expand|move|roll|bring)\w*\b',
            'Start with English email tickets only (about 60% of volume) for two weeks, then add chat tickets.',
        ),
        # A first group named, however it is said ("begin with the two northern depots", "launch in one city
        # first", "start with the night shift and then move everyone over", "先给一个城市的运营用，之后全国").
        Pattern(
            r'\b(?:start|begin|launch|pilot|trial|try|go live)\w*\s+(?:it\s+)?(?:with|in|at|on)\s+(?:the\s+'
            r'|our\s+)?(?:one|1|two|2|three|3|a single|a few|a small|a couple of'
            r'|the first)\b[^.;]{0,25}?\b(?:teams?|stores?|city|cities|regions?|depots?|shifts?'
            r'|offices?|branch(?:es)?|clinics?|sites?|markets?|countries|country|groups?|hospitals?'
            r'|schools?|warehouses?|departments?|customers?|users?|agents?)\b',
            'We will begin with the two northern depots for a quarter.',
        ),
        Pattern(
            r'\b(?:start|begin|launch|pilot|trial)\w*\b[^.;]{0,40}?\b(?:then|after that'
            r'|and later)\b[^.;]{0,30}?\b(?:everyone|everybody|all|the rest|every|nationwide|company-wide|other)\b',
            "We'll start with the night shift and then move everyone over.",
        ),
        Pattern(
            r'先(?:给|在|让|用|从)[^，,。；;]{0,15}?(?:城市|门店|团队|组|部门|地区|区|办公室|子公司|用户|客户|类目|医院|学校|仓)',
            '先给一个城市的运营用，之后全国',
        ),
        Pattern(
            r'(?:之后|然后|再)[^，,。；;]{0,6}?(?:全国|全部|所有|全量|扩大|放开)',
            '先给一个城市的运营用，之后全国',
        ),
        Pattern(
            r'\b(?:one|two|three|a few|a couple of|\d+|our|the \w+)\s+(?:\w+\s+)?(?:teams?'
            r'|squads?|regions?|stores?|markets?|countries|floors?|offices?|clinics?|sites?'
            r'|groups?|hospitals?|branches|warehouses?|cohorts?)\s+first\b',
            'Two squads first, every squad the month after.',
        ),
        Pattern(
            r'\b(?:north|south|east|west|\d+|one|a single|pilot)\s+(?:region|team|site|store|office'
            r'|clinic|market)\s+for\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?)',
            'one site for a month, then the others if complaints fall',
        ),
    ),
)
