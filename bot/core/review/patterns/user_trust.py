"""Regexes for the `user_trust` rubric item (User trust and control); its phrases are in phrases/user_trust.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "user_trust",
    concrete=(
        Pattern(
            r'\bconfidence\b.{0,40}(0?\.\d+|\d+\s*%)',
            '4. **OCR failure** on poor scans: if OCR confidence is below 0.8 on more '
            'than 10% of pages, the contract falls back to the',
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
            r'\b\d+(\.\d+)?\s*%\s+of\s+(drafts|suggestions|outputs|notes|answers|summaries'
            r'|replies)\s+(are\s+)?(reviewed|edited|accepted|approved)',
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
        # The user's own reading replaces it, by a named control: "press "I disagree", enter what you see".
        Pattern(
            r"\bpress(?:es)?\s+[\"“'‘]?(?:i disagree|override|not right)\b",
            "If you think DoorCheck is wrong, press \"I disagree\", enter what you see, and add a photograph.",
        ),
        # Greek: the person's decision stands ("την τελική απόφαση την παίρνει πάντα ο υπάλληλος").
        Pattern(
            r"\bαποφαση\b[^.;]{0,40}?\b(?:την\s+)?(?:παιρνει|λαμβανει|εχει)\s+(?:παντα\s+)?(?:ο|η"
            r"|οι)\s+[^\W\d_]+|\bαποφασιζει\s+παντα\s+(?:ο|η|οι)\s+[^\W\d_]+",
            "Το σύστημα μόνο προτείνει· την τελική απόφαση την παίρνει πάντα ο υπάλληλος.",
        ),
    ),
    cue_patterns=(
        # The user overrules it and their reading stands: "If you think DoorCheck is wrong … press "I disagree"",
        # "Nobody will be marked down for disagreeing with the app", "You are the checker, not the app."
        Pattern(
            r"\bdisagree(?:s|d|ing)?\s+with\s+(?:the\s+|its\s+)?(?:app|tool|model|system|ai|software|result|score"
            r"|suggestion|reading|forecast|prediction|alert)s?\b"
            r"|\bpress(?:es)?\s+[\"“'‘]?(?:i disagree|override|not right|wrong)\b"
            r"|\b(?:is|are)\s+the\s+(?:checker|decider|decision-maker|inspector|judge|expert),?\s+not\s+the\s+"
            r"(?:app|tool|model|system|ai|software|computer)\b"
            r"|\bwhat you (?:enter|record|decide|say)\s+is\s+what\s+(?:goes|counts|stands)\b",
            "If you think DoorCheck is wrong, press \"I disagree\"; you are the checker, not the app.",
        ),
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
            r"\b(?:odluku|odluke|rje[šs]enje)\s+(?:uvijek\s+|i dalje\s+"
            r"|samo\s+)?(?:donosi|donose|mo[žz]e donijeti)\s+"
            r"(?:samo\s+|uvijek\s+)?(?:[čc]ovjek|slu[žz]benik|djelatnik"
            r"|lije[čc]nik|korisnik|inspekcij|zaposlenik|referent)\w*"
            r"|\b(?:samo|uvijek|isklju[čc]ivo)\s+(?:[čc]ovjek|slu[žz]benik|djelatnik|lije[čc]nik|korisnik|inspekcij|"
            r"zaposlenik|referent)\w*\s+(?:odlu[čc]uje|odlu[čc]i|donosi|mo[žz]e donijeti)",
            "Odluku uvijek donosi službenik: samo liječnik može donijeti konačnu odluku.",
        ),
        # Slovak: the program decides nothing, the person does ("systém o žiadosti nerozhoduje", "konečné
        # rozhodnutie vždy robí referent", "vždy rozhoduje človek"), with or without diacritics.
        Pattern(
            r"\b(?:syst[ée]m|model|program|aplik[áa]cia|n[áa]stroj|ai)\b[^.;]{0,40}?\bnerozhoduje\b"
            r"|\bkone[čc]n[ée]\s+rozhodnutie\s+(?:vždy\s+|vzdy\s+)?(?:rob[íi]|prij[íi]ma|m[áa])\b"
            r"|\b(?:vždy|vzdy|iba|len)\s+(?:rozhoduje|rozhodne)\s+"
            r"(?:[čc]lovek|pracovn[íi]k|zamestnan|lek[áa]r|referent)",
            "Systém o žiadosti nerozhoduje; konečné rozhodnutie vždy robí referent, vždy rozhoduje človek.",
        ),
        # "it is the search manager, not the software, who decides where the ground parties go"
        Pattern(r"\bnot the (?:software|model|system|tool|ai|computer|algorithm|app)\b,? who (?:decides|makes|has)\b",
                "it is the search manager, not the software, who decides where the ground parties go"),
        # Only the person's own action makes it happen: "the only thing that books an appointment is the nurse
        # clicking a route herself, whichever one she picks".
        Pattern(
            r"\bthe only (?:thing|way|one) that \w+[^.;]{0,50}\bis (?:a|an|the"
            r"|our) [\w-]+ (?:clicking|ticking|pressing|"
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
            r"\bthe (?!(?:model|system|ai|algorithm|tool|bot|app"
            r"|software)\b)[a-z]+ (?:always|still) makes? (?:the|every|each) "
            r"(?:[\w-]+ )?(?:decision|call)s?\b",
            "The valuer always makes the loan decision.",
        ),
        # ... or still decides what the tool's reading leads to: "The Committee would still decide whether a notice is
        # sent".
        Pattern(r"\b(?:would|will|shall) still decide whether\b|\bstill decides whether\b",
                "The Committee would still decide whether a non-cultivation notice is sent."),
        # A person who decides on what the AI drafts or flags, with no detail of how: "drafts a note for the
        # clinician to edit and sign", "Flagged listings go to T&S for manual review", "the requester picks whom to
        # ask".
        Pattern(
            r"\bfor (?:the|a|an|our) [\w-]+ to (?:edit|review|approve|check|sign|confirm|accept)\b"
            r"|\bgo(?:es)? to [\w&-]+ for (?:manual |human )?review\b"
            r"|\b(?:requester|user|customer|agent|clerk|officer) picks? (?:whom|which|what|the)\b",
            "A system that transcribes consultations and drafts a note for the clinician to edit and sign.",
        ),
        # The person may go ahead over the warning: a "Print anyway" / "Send anyway" button.
        Pattern(r"\b\w+ anyway[\"”']", 'The customer picks "Print anyway" or "Upload a new file".'),
        # The person is never stopped: "Checkout is never blocked by the check", "we never block the order".
        Pattern(
            r"\bnever (?:block|blocks|blocked|stops|stop|prevents|prevent)\b",
            "Checkout is never blocked by the check",
        ),
        # The decision is a person's: "what to do is the duty brewer's call".
        Pattern(
            r"\b(?:is|remains|stays) (?:the|their|her|his|our) (?:[\w'’-]+ ){0,3}(?:call|decision)\b",
            "what to do is the duty brewer's call, and Jo can switch alerts off for any tank",
        ),
        # The person takes it or leaves it: "she can drag any room up or down, accept it or ignore it".
        Pattern(
            r"\baccepts? (?:it|them|the \w+)?\s*,?\s*(?:or|and) (?:ignores?|rejects?"
            r"|changes?|edits?|overrides?|dismiss(?:es)?)\b",
            "she can drag any room up or down, accept it or ignore it, and only the order she publishes counts",
        ),
        # It never acts on its own: "never changes a tank's temperature or does anything to the tank itself".
        Pattern(
            r"\bnever (?:changes|does|sends|acts|books|blocks|deletes|removes|moves|posts|publishes|rejects"
            r"|approves)\b[^.;]{0,60}\b(?:itself|by itself|on its own|automatically)\b",
            "Ferment Watch never changes a tank's temperature or does anything to the tank itself",
        ),
        # Nothing happens without the person's action: "nothing reaches a passenger without a clerk's click".
        Pattern(
            r"\b(?:nothing|no \w+)\b[^.;]{0,40}\b(?:without|until|unless) (?:a|an"
            r"|the) [\w-]+(?:'s)? (?:click|approval|confirmation|sign-?off|ok)\b",
            "nothing reaches a passenger without a clerk's click, and the message says we may have found it",
        ),
        # ... or without the person: "nothing reaches the page without an editor".
        Pattern(
            r"\b(?:nothing|no \w+)\b[^.;]{0,40}\b(?:without|until|unless) (?:a|an"
            r"|the|our) (?:editor|reviewer|human|person|"
            r"agent|clerk|curator|moderator|doctor|nurse|lawyer|pharmacist|teacher|manager|dispatcher|planner)s?\b",
            "Editor picks one, tweaks it or ignores them all; nothing reaches the page without an editor",
        ),
        # ... or until the person has acted: "Nothing flows into the calculation until the underwriter has ticked
        # 'Income checked'".
        Pattern(
            r"\b(?:nothing|no \w+)\b[^.;]{0,60}\b(?:without|until|unless"
            r"|before) (?:a|an|the|our|their) [\w-]+ (?:has |have )?"
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
            r'\b(?:users?|customers?|agents?|staff|people|managers?|reviewers?) can (?:flag'
            r'|report|correct|undo|edit|override|dismiss|reject|change)\b',
            'Customers can flag an answer as wrong with one tap.',
        ),
        # The output left to the person: "Crews can leave it if they have urgent work", "the nurse may ignore the
        # flag".
        Pattern(
            r"\b(?:can|may|are free to|is free to)\s+(?:always\s+"
            r"|still\s+)?(?:leave|skip|ignore|override|overrule|dismiss|"
            r"reject|decline|disregard|turn off|switch off|mute|turn down"
            r"|refuse)\s+(?:it|them|the|any|a|an|its|that|this|their)\b"
            # ... or redo it by hand: "the helpdesk supervisor can always move a job by hand".
            r"|\bcan (?:always |still )?(?:move|change|reassign|redo|correct|edit"
            r"|reorder) (?:it|them|the|a|an|any) ?[\w-]* by hand\b",
            "Crews can leave it if they have urgent work.",
        ),
        # Nobody judged by it: "Nobody is going to be measured on how many predicted jobs they clear".
        Pattern(
            r"\b(?:nobody|no one|not|never)\b[^.;]{0,30}\b(?:measured|judged"
            r"|assessed|disciplined|penali[sz]ed|blamed|"
            r"ranked|appraised)\s+(?:on|for|by)\b",
            "Nobody is going to be measured on how many predicted jobs they clear.",
        ),
        # People who stop relying on it: "may see the flags as noise and stop reading them".
        Pattern(
            r'\b(?:stop(?:ped)? (?:reading|trusting|using|looking at)'
            r'|ignore the (?:suggest\w*|flags?|alerts?|recommend\w*|route|notes?))\b',
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
            r"\b(reviewers?|taggers?|agents?|clerks?|staff|editors?|nurses?|doctors?|analysts?|moderators?"
            r"|humans?|a person|people|adjusters?|officers?|recruiters?|managers?)\s+(?:then\s+|will\s+"
            r"|can\s+|still\s+)?(?:review|approve|check|confirm|accept|sign off)\w*\b",
            'A hosted multimodal model proposes attributes per SKU; taggers review in the existing tool.',
        ),
    ),
)
