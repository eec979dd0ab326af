"""The concepts the warning screen looks for, as word families (English).

Each concept is a regular expression over normalised text (lower case, typos fixed, see
`bot.parsing.cramp.normalise`) naming one idea in the words people use: a body site, a
finding (a size, a colour, a temperature, a sensation, a movement, urine, a wound, an
exposure), a context that raises the risk of a clot, or a cue that changes what a finding
means (negated, in the past, hypothetical, someone else's). Word forms, comparatives and
common slips belong to the family ("swollen", "swelling", "puffier", "fatter than the
other"); a missed message is fixed here, by widening the family, never by adding the
message.

`CONCEPTS` are compiled one by one (`PATTERNS`); `SITES` names where a finding is.
"""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.body import CALF_IN_OTHER_LANGUAGES

# ------------------------------------------------------------------------------ sites

_LEG = (
    r"legs?|calf|calves|calve|thighs?|shins?|knees?|ankles?|hamstrings?|hammies|quads?"
    r"|quadriceps|lower\s+legs?|upper\s+legs?|glutes?"
    rf"|{CALF_IN_OTHER_LANGUAGES}"
)
_FOOT = r"foot|feet|toes?|heels?|soles?|arch(?:es)?|instep|toenails?"
_BOTTOM = (
    r"bottom|bum|butt|buttocks?|backside|anus|back\s+passage|genitals?|genital\s+area"
    r"|groin|crotch|private\s+parts|privates|down\s+there|saddle(?:\s+area)?|perineum"
    r"|vagina|vulva|penis|testicles|scrotum|between\s+(?:my|the|her|his)\s+legs"
    # said shyly: "my bits feel numb", "numb in my nether regions", "lady parts"
    r"|(?<=my\s)bits|(?<=his\s)bits|(?<=her\s)bits|nether\s+regions?|lady\s+(?:parts|bits)"
    r"|man\s+bits|undercarriage"
    # the place one wipes: "I can't feel it when I wipe"
    r"|(?:when|while|after)\s+(?:i|he|she)\s+(?:wipe|wipes|wiped)|wiping"
    # the place one sits on: "a numb patch right where you sit", "like I'm sitting on nothing"
    r"|where\s+(?:you|i|one|he|she)\s+sits?|sitting\s+on\s+nothing"
)
_BODY = (
    # the face: "my eyes are way more swollen than my leg"
    r"eyes|eyelids?|face|lips|cheeks|tongue|"
    # not the idiom "can't put my finger on it"
    r"arms?|forearms?|(?<!put\smy\s)(?<!put\sa\s)(?<!lay\smy\s)(?<!laid\smy\s)hands?(?!\s+on\b)"
    r"|(?<!put\smy\s)(?<!put\sa\s)fingers?|wrists?|stomach|belly|tummy|abdomen|abs|ribs?|chest"
    # "back" the body part, not "is back in my foot", "it came back" (returned) or "flew back
    # from Dubai" (unless it is "my back from lifting")
    r"|(?<!is\s)(?<!'s\s)(?<!was\s)(?<!are\s)(?<!came\s)(?<!come\s)(?<!comes\s)(?<!coming\s)"
    # nor the back of the part just named: "warm to touch and a bit red at the back"
    r"(?<!at\sthe\s)(?<!round\sthe\s)(?<!around\sthe\s)(?<!on\sthe\s)"
    r"back(?!\s+(?:in|into|to|again|on|up)\b)(?!\s+of\s+(?:my|the|his|her|your)\s+(?:\w+\s+)?(?:legs?"
    r"|knees?|thighs?|calf|calves|heels?|ankles?|feet|foot)\b)(?!(?<!my\sback)(?<!the\sback)(?<!lower\sback)"
    r"(?<!upper\sback)\s+(?:from|home|and\s+forth)\b)|neck|shoulders?|whole\s+body|entire\s+body|all\s+over(?:\s+(?:my|the)\s+body)?"
    r"|everywhere|torso|body|face|cheeks?|lips|eyes?|nose|mouth|throat|head|ears?|jaw"
    # the whole person: "he's bright red and hot to touch", "I'm burning up"
    r"|(?:(?:he|she|they|i)(?:'s|'m|\s+is|\s+am|\s+are|\s+was|\s+looks?|\s+looked|\s+feels?|\s+felt"
    r"|\s+went|\s+turned|\s+goes)|im)"
    r"(?=\s+(?:\w+\s+){0,2}?(?:red|flushed|hot|burning|boiling|pale|clammy|gr[ae]y|white|blue)\b)"
)

# Creatures whose bite or sting is an emergency (content-facts: a snake, spider or scorpion).
_CREATURE = (
    r"(?:snake|adder|viper|rattler|rattlesnake|copperhead|cottonmouth"
    r"|water\s+moccasin|taipan|cobra|krait|mamba|spider(?!\s+(?:veins?|plants?|man|webs?|mites?|naevus|nevus))|redback"
    r"|black\s+widow|brown\s+recluse|recluse|funnel[\s-]?web|scorpion"
    # a snake in the languages of people who write English as a second one: Tagalog, Malay,
    # Spanish; a scorpion in Arabic and Darija ("aqrab", "3a9rab", "3akrab")
    r"|ahas|ular|serpiente|culebra|vibora|alacran|alacrán|arana|araña|labah[\s-]+labah|gagamba"
    r"|aqrab|akrab|3a[9q]rab|3akrab"
    # ... and in German, French, Italian and Portuguese: "Kreuzotter", "vipère", "escorpião"
    r"|kreuzotter|schlange|skorpion|vip[èe]re|serpent|scorpione|vipera|serpente|escorpi[ãa]o"
    r"|escorpi[óo]n|aranha|araign[ée]e|spinne"
    # venomous snakes by their local names: Belize's "tommygoff", "fer-de-lance", "jararaca"
    r"|tommy[\s-]?goff|fer[\s-]de[\s-]lance|barba\s+amarilla|bushmaster|jararaca|boomslang"
    r"|puff[\s-]?adder|gaboon|rinkhals|habu|mamushi)s?"
)

# Household and garden products that poison when swallowed: "washing up liquid", "bleach",
# "antifreeze", "slug pellets", "screenwash", "lamp oil", "white spirit".
_HOUSEHOLD_POISON = (
    r"washing\s+(?:up\s+)?liquid|(?:dishwasher|laundry|washing)\s+(?:tablets?|pods?|capsules?|powder|gel"
    r"|liquid|detergent)"
    r"|liquitabs?|fabric\s+softener|bleach|antifreeze|weed\s*killer|(?:drain|oven|toilet|floor|window"
    r"|bathroom|kitchen)\s+cleaner|disinfectant|dettol"
    r"|domestos|lighter\s+fluid|petrol|e-?liquid|vape\s+(?:liquid|juice)|nail\s+varnish\s+remover"
    r"|slug\s+(?:pellets?|bait|killer)|screen\s*wash|lamp\s+oil|paraffin|kerosene|white\s+spirit"
    r"|turps|turpentine|meths|methylated\s+spirits?|descaler|limescale\s+remover|mould\s+remover"
    r"|caustic\s+soda|rat\s+(?:poison|bait)|rodenticide|de-?icer|brake\s+fluid|engine\s+oil"
)
# Trips to the loo: diarrhoea, unless a water tablet or peeing is told beside them (screen.py).
TO_THE_LOO: Final = (
    r"(?:running|ran|run|rushing|dashing|back\s+and\s+forth)\s+to\s+the\s+"
    r"(?:loo|toilet|bathroom|lav)"
)

# --------------------------------------------------------------------------- concepts
# Each value is a regex; the keys are the concept names the rules use.
_COLOUR_EXCLUDED = (
    r"(?!\s+(?:wine|bull|meat|light|flags?|dress|sox|lentils?|peppers?|onions?|velvet|cross"
    r"|carpet|eye|bread|noise|sheets?|socks?|tea|coat|pills?|tablets?|capsules?|ones|cheese|jeans"
    r"|van|car|line\s+on\s+the"
    # kit named by its use: "my red running shoes", "white football socks"
    r"|(?:running|walking|work|football|rugby|netball|school|hiking|trail|gym|cycling|new|old)\s+"
    r"(?:shoes?|trainers|boots?|socks?|shorts|tights|kit|tops?|jackets?|shirts?)"
    # what else has a colour: "grey hair", "white coat", "a grey day"
    r"|hairs?|beard|eyebrows?|roots|sky|skies|clouds?|day|days|weather|shirt|t-shirt|hoodie"
    r"|trousers|pants|shoes?|trainers|paint|walls?|cat|dog|horse"
    # things people own: "a new blue road bike", "my red helmet"
    r"|(?:road\s+|mountain\s+|new\s+|electric\s+|racing\s+)?(?:bikes?|bicycles?|scooters?|motorbikes?"
    r"|trucks?|lorry|bus|helmets?|jerseys?|kit|tops?|jackets?|mats?|balls?|bottles?|cups?|mugs?|doors?"
    r"|team|folders?|boots?|cap|hat|towel)"
    # food and drink: "90% white rice since we landed"
    r"|rice|chocolate|sugar|flour|pasta|fish|chicken|meat|beans|bean|sauce|coffee|milk|bread"
    r"|spot\s+on\s+my\s+face"
    # a solvent by its name: "cleaning the brushes with white spirit"
    r"|spirits?\b"
    # places and names: "a dock in Red Deer", "swimming in the Red Sea", "Blue Mountains"
    r"|deer|sea|river|lake|lion|rock|hook|hill|mountains?|arrows?|devils?|wings?|jays|sox|house"
    r"|square|cliffs|nile|ridge|bay|city"
    # pain told by a figure: "white hot", "like a red hot poker"
    r"|hot\s+(?:poker|knife|knives|needles?|iron|nails?|blade|wire|coals?)|(?<=white\s)hot))"
)
# "Cramp" in the languages people mix into English: Malay and Indonesian "kram", "keram";
# Dutch, Afrikaans, German "kramp", "krampf"; Tagalog "pulikat" ("napulikat ako", with its
# infix "pinulikat", "pinupulikat", and "pulikatin"); Spanish
# "calambre"; Portuguese "cãibra"; Hindi "nas chadh gayi"; Ghanaian English "ananse".
CRAMP_IN_OTHER_LANGUAGES: Final = (
    r"kram|keram|kramp|(?:waden)?kr[aä]mpf\w*|(?:na|nag|pina|pinu)?(?:pulikat|mulikat)|pulikatin"
    r"|p(?:in|inu)(?:pu)?likat|m(?:in|inu)(?:mu)?likat|calambres?"
    r"|c[aãâ]i[mn]?bras?|nas\s+chadh?\w*|ananse"
    # Japanese "komura-gaeri", Chinese "chou jin", Korean "jwi" ("a mouse came": 쥐가 났다),
    # Vietnamese "chuột rút"
    # (written without spaces, so the letters around them are taken in)
    r"|\w*(?:こむら返り|こむらがえり|抽筋|쥐가\s?났)\w*|komura[\s-]?gaeri|chou\s?jin|chu[oộ]t\s+r[uú]t"
)
# Cold told as ice, or as cold that stays ("foot like ice and won't warm up"): the cold
# concept's words, and what makes a cold leg out of the ordinary (screen.py).
COLD_THAT_STAYS: Final = (
    r"like\s+(?:ice|an?\s+ice\s*(?:cube|block)|a\s+block\s+of\s+ice)(?!\s*(?:picks?|cream|skat\w*))"
    r"|(?:won'?t|wont|doesn'?t|does\s+not|will\s+not|can'?t\s+get\s+it\s+to)\s+warm\s+(?:up|back)"
)
# A medicine told by its name: the common ones, and the endings of whole families of
# medicine names ("-pril", "-sartan", "-olol", "-dipine", "-thiazide", "-semide", "-prazole",
# "-oxetine", "-apine", "-olone"), typos of those endings included (statins are their own
# concept).
MEDICINE_NAME: Final = (
    r"(?:quinine|warfarin|digoxin|lithium|insulin|levothyroxine|thyroxine|metformin|gliclazide"
    r"|gabapentin|pregabalin|tramadol|codeine|co-?codamol|co-?dydramol|morphine|oxycodone|paracetamol"
    r"|ibuprofen|naproxen"
    r"|aspirin|zopiclone|zolpidem|sertraline|citalopram|escitalopram|fluoxetine|mirtazapine"
    r"|amitriptyline|venlafaxine|trazodone|diazepam|lorazepam|clonazepam|prednisolone|prednisone"
    r"|salbutamol|ventolin|albuterol|lasix|furosemide|frusemide|bendroflumethiazide|indapamide"
    r"|spironolactone|allopurinol|colchicine|tamoxifen|letrozole|anastrozole|methotrexate"
    r"|ropinirole|pramipexole|levodopa|sinemet|donepezil|hydroxychloroquine|rivaroxaban"
    r"|apixaban|clopidogrel|[a-z]{3,}(?:pril|sartan|olol|dipine|thiazide|th?azide|semide|samide"
    r"|prazole|oxetine|apine|olone|isone|zepam|zolam|triptan|tidine"
    r"|gliptin|flozin|lukast|cillin|mycin|floxacin"
    # antimalarials, antivirals, antifungals, targeted cancer drugs, weight-loss injections
    r"|cycline|oquine|proguanil|conazole|ciclovir|clovir|tinib|glutide|zepatide)"
    r"|malarone|lariam|ozempic|wegovy|mounjaro|saxenda|victoza)"
)
# A count of tablets too large for one dose (four or more, or "a dozen"), taken or
# swallowed, with "like", "about" or "maybe" before it and up to two words between the count
# and the tablets ("10 of my mum's quinine tabs"); not supplements ("took 4 magnesium
# tablets") and not a daily habit ("I take 4 tablets a day").
_COUNT_OF_TABLETS = (
    r"(?:[4-9]|\d{2,}|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|a\s+dozen|dozens)"
)
_SUPPLEMENT = (
    r"(?!magnesium|mag\b|vitamin|vit\b|calcium|salt|electrolyte|zinc|iron|potassium|fish\s+oil"
    r"|supplement|multi|b12|d3)"
)
_MANY_TABLETS = (
    r"(?:took|taken|had|swallowed|popped|ate|eaten|chewed|downed|necked|dropped)\s+"
    r"(?:(?:like|about|around|maybe|nearly|almost|over|at\s+least|perhaps|possibly)\s+)?"
    rf"{_COUNT_OF_TABLETS}\s+(?:or\s+(?:more|so|\w+)\s+)?(?:of\s+(?:them|those|these)\b"
    rf"|(?:of\s+(?:my|his|her|their|the|our|\w+'?s)\s+)?(?:{_SUPPLEMENT}[\w'-]+\s+){{0,2}}?"
    r"(?:tablets?|tabs?|pills?|capsules?|caps|meds|doses)\b(?!\s+(?:a|per|each|every)\s+day|\s+daily))"
    # a count of ten or more of a medicine, however it was taken: "maybe 15 tablet of quinine"
    r"|(?:\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:or\s+(?:more|so)\s+)?(?:tablets?"
    rf"|pills?|tabs?|capsules?)\s+of\s+(?:(?:my|his|her|the|their)\s+)?(?:{MEDICINE_NAME}"
    r"|\w+\s+(?:medicine|medication))"
    # tablets taken by mistake: "took 3 of my quinine by mistake", "accidentally swallowed
    # two of her heart pills", "took 3 quinine tablets instead of one"
    r"|(?:took|taken|swallowed|had)\s+(?:[\w']+\s+){0,12}?(?:tablets|tabs|pills|quinine|meds"
    r"|doses|capsules)\s+(?:[\w']+\s+){0,3}?(?:by\s+mistake|by\s+accident|accidentally"
    r"|instead\s+of\s+(?:just\s+)?(?:one|1|the\s+one|my\s+one|two|2|half))\b"
    # a dose doubled by mistake, the tablets named or not: "i accidentally doubled my quinine
    # dose", "took 2 instead of 1" (not a dose a doctor doubled)
    r"|(?:accidentally|mistakenly|by\s+mistake|by\s+accident)\s+(?:(?:i|she|he|we|they)\s+)?doubled\s+"
    r"(?:up\s+)?(?:on\s+)?(?:my|his|her|their|the)\s+(?:[\w'-]+\s+){0,2}?(?:dose|doses|tablets?|pills?|meds"
    rf"|quinine|{MEDICINE_NAME})\b"
    r"|doubled\s+(?:up\s+)?(?:on\s+)?(?:my|his|her|their|the)\s+(?:[\w'-]+\s+){0,2}?(?:dose|doses|tablets?"
    r"|pills?|meds)\s+(?:by\s+mistake|by\s+accident|accidentally)"
    r"|(?:took|taken|had|swallowed)\s+(?:\d|two|three|four|five)\s+instead\s+of\s+(?:just\s+)?(?:1|one"
    r"|the\s+one)\b"
    # one dose taken twice: "took my evening dose twice", "had his lithium twice" (not a dose
    # taken twice a day as prescribed, nor a doubt since cleared: "thought i took it twice")
    r"|(?<!thought\si\s)(?<!thought\she\s)(?<!thought\sshe\s)(?:took|taken|had|swallowed)\s+(?:my|his|her|their|the)\s+(?:[\w'-]+\s+){0,2}?(?:dose|tablets?"
    rf"|pills?|meds|quinine|{MEDICINE_NAME})\s+twice\b(?!\s+(?:a|per|each|every|daily|today)\b)"
    r"|double[\s-]?dosed\b"
    r"|(?:by\s+mistake|accidentally|by\s+accident)\s+(?:(?:i|she|he|we|they)\s+)?(?:took|taken"
    r"|swallowed|had)\s+(?:[\w']+\s+){0,6}?(?:tablets|tabs|pills|quinine|meds|doses|capsules)\b"
    # a medicine eaten, as a child eats it: "i think she ate some of my amlodipine", "he's
    # eaten grandad's heart pills"
    r"|(?:ate|eaten|eating)\s+(?:(?:some|a\s+few|a\s+couple|one|two|three|\d+|all|most)\s+)?(?:of\s+)?"
    rf"(?:my|his|her|the|their|our|your|\w+'?s)\s+(?:{_SUPPLEMENT}[\w'-]+\s+){{0,2}}?"
    rf"(?:tablets|tabs|pills|meds|medicines?|capsules|{MEDICINE_NAME})\b"
    # all of them taken at once: "thinks she took them all", "took the whole lot"
    # (not a course finished: "took them all as prescribed", "took them all over the week")
    # (ending its clause, or told as a dose: not "they took them all to the panto")
    r"|(?:took|taken|swallowed|downed)\s+(?:them|the\s+(?:whole\s+)?lot)\s+all\b(?![\s,]+(?:day|week|month"
    r"|year|night|morning|in\s+(?:my|his|her|their|our)\s+stride|as\s+(?:prescribed|directed|told|instructed)"
    r"|like\s+(?:i\s+was|the|my)|over|during|in\s+the\s+course|for\s+the\s+(?:course|week)|every\s+day"
    r"|on\s+time|properly|correctly))(?=\s*(?:[.,!?;]|$)|\s+(?:at\s+once|in\s+one\s+go|by\s+mistake|accidentally"
    r"|for\s+(?:her|his|my|their)\s+(?:\w+\s+)?(?:cramps?|pain|legs?)|and\s+(?:is|was|feels?|felt|seems?|now)))"
    # a count of twenty or more, however told: "20 or more of his pills"
    rf"|(?:[\d]{{2,}}|twenty|thirty|forty|fifty)\s+(?:or\s+(?:more|so)\s+)?of\s+(?:his|her|my|the"
    r"|their)\s+(?:\w+\s+)?(?:tablets|tabs|pills|meds|capsules)"
)


CONCEPTS: Final[dict[str, str]] = {
    # --- findings on a leg: a clot
    "swollen": (
        # not the sea's swell ("braced against the side in the swell", "a big swell running")
        # (nor a heart or chest full of feeling: "my chest swelled with pride")
        r"swell\w+(?!\s+(?:up\s+)?with\s+(?:pride|joy|emotion|love|happiness|tears))|(?<!the\s)(?<!a\s)(?<!big\s)(?<!heavy\s)(?<!ocean\s)(?<!sea\s)swell\b(?!\s+(?:was"
        r"|running|picked|came))|swell(?=\s+(?:in|on)\s+(?:my|his|her|their|the)\s)"
        r"|swollen|swolle?n|puff(?:y|ier|iness|ing\s+up)|puffed\s+up"
        r"|puffed(?=\s+(?:and|with|around|ankle|calf|leg|foot)\b)|(?:calf|leg|ankle|foot|knee|thigh)"
        r"\s+(?:is|was|looks?|got|gets|has\s+gone)\s+(?:all\s+|a\s+bit\s+|really\s+|so\s+)?puffed"
        # (bloating is the belly's, unless a leg is named with it: "my ankles look bloated")
        r"|(?:ankles?|legs?|calf|calves|feet|foot|thighs?|knees?)\s+(?:\w+\s+){0,3}?bloat\w*"
        r"|bloat\w*\s+(?:\w+\s+){0,2}?(?:ankles?|legs?|calf|calves|feet|foot|thighs?|knees?)\b"
        r"|o?edema|oedema|edematous|inflamed"
        r"|(?:bigger|larger|fatter|thicker|wider|chunkier|puffier|fuller|rounder)\s+than\s+"
        r"(?:the\s+|my\s+|her\s+|his\s+)?(?:other|left|right|usual|normal|before|it\s+was|the\s+rest)"
        r"|(?:twice|double)\s+(?:the\s+)?(?:its\s+|the\s+|it'?s\s+)?(?:normal\s+|usual\s+)?size"
        r"|ballooned|blown\s+up|balloon\w*|huge\s+compared"
        # "her left leg's gone a bit full", "my ankle looks full and tight" (older English)
        r"|(?:leg|calf|ankle|foot|thigh|knee)(?:'s|\s+(?:has|is|looks?|feels?|seems?))\s+(?:gone\s+|got\s+"
        r"|going\s+|getting\s+|looking\s+)?(?:a\s+bit\s+|a\s+little\s+|rather\s+|quite\s+|very\s+|so\s+)?full\b"
        # (not "full" for "fully": "my foot is full cold and white")
        r"(?!\s+(?:of|length|weight|range|stop|marathon|recovery|cold|white|blue|numb|dead|pale|hot|red|stiff"
        r"|black|purple|grey|gray|swollen|better|fine|ok|okay|healed|recovered))"
        # "looks like a sausage compared to the other", "like a tree trunk"
        r"|like\s+(?:a\s+)?(?:sausage|tree\s+trunk|elephant'?s?(?:\s+leg)?|stuffed\s+sausage|melon)\b"
        # "the size of a grapefruit", not the knot a cramp made ("cramped into a lump the size of a
        # tennis ball")
        r"|(?<!lump\sthe\s)(?<!knot\sthe\s)(?<!ball\sthe\s)(?<!bump\sthe\s)size\s+of\s+a\s+\w+"
        r"|(?:looks?|looking|is|got|getting|gone|grown|seems?|feels?)\s+(?:a\s+(?:bit|lot)\s+|much\s+"
        r"|way\s+|slightly\s+|noticeably\s+)?(?:bigger|larger|fatter|thicker|puffier|fuller|wider)"
        # measured: "the right one is 3cm bigger", "an inch wider round the calf"
        r"|(?:calf|calves|leg|ankle|thigh|foot|one|side)\s+(?:\w+\s+){0,3}?(?:\d+(?:\.\d+)?|an?|one|two"
        r"|three|half\s+an?)\s*(?:cm|mm|inch(?:es)?|centimet(?:re|er)s?)\s+(?:bigger|larger|fatter"
        r"|thicker|wider|more)\b"
        # two legs measured, told by both numbers: "put a tape round it, 41cm, the left one is
        # 37cm" (the screen keeps it only for a difference of 2 cm or more)
        r"|\b\d{2}(?:\.\d)?\s*cm\b[^.!?\d]{0,50}?\b\d{2}(?:\.\d)?\s*cm\b"
        # "my left calf measures 3cm more than the right"; "more big than left" (second language)
        r"|measur\w*\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three"
        r"|half\s+an?)\s*(?:cm|mm|inch(?:es)?|centimet(?:re|er)s?)\s+(?:more|bigger|larger|wider)\b"
        r"|more\s+(?:big|swollen|puffy|bigger)\s+(?:than|then)\s+"
        r"(?:the\s+|my\s+)?(?:left|right|other)\b"
        # told by what the leg wears, on one side: "my jeans are tight on one side only", "my
        # shoe feels tight only on that foot", "sock marks only on my left ankle"
        r"|(?:jeans|trousers|pants|leggings|tights|socks?|shoes?|boots?|slippers?|trainers?"
        r"|sneakers?)\s+(?:[\w']+\s+){0,3}?(?:tight(?:er)?|too\s+small|won'?t\s+(?:fit|go\s+on|zip)"
        r"|(?:don'?t|doesn'?t)\s+fit|digging\s+in)(?=[^.!?]{0,40}?\b(?:one\s+(?:side|leg|foot)"
        r"|than\s+(?:the\s+|my\s+)?(?:other|left|right)"
        r"|only\b|that\s+(?:side|leg|foot)|(?:left|right)\s+(?:one|side|leg|foot|calf|ankle)))"
        r"|sock\s+(?:marks?|lines?|indent\w*)(?=[^.!?]{0,30}?\b(?:only|one\s+(?:side|leg|ankle|foot)"
        r"|(?:my\s+|the\s+)?(?:left|right)\b))"
    ),
    "red": (
        # not the wine: "a glass of red with dinner"
        r"(?<!glass\sof\s)(?<!bottle\sof\s)(?<!drop\sof\s)(?<!glasses\sof\s)(?<!bottles\sof\s)"
        r"red(?:ness|dened|dish|dening|der)?" + _COLOUR_EXCLUDED + r"|angry\s+red"
        # not a colour come back: "then pink again", "back to pink"
        r"|(?<!to\s)pink(?:ish|er)?(?!\s+again)|flushed|blotchy\s+red|red\s+(?:streaks?|lines?|patch)"
        # skin called angry: "a hot angry patch", "it looks really angry"
        r"|angry(?:[\s-]looking)?\s+(?:\w+\s+)?(?:patch|area|mark|skin|spot|bit|rash|lump|swelling)"
        r"|(?:looks?|looking|gone|going)\s+(?:really\s+|quite\s+|very\s+|a\s+bit\s+|so\s+)?angry\b"
    ),
    "dark": (
        # (a thing's colour, a name between: "the purple seretide one")
        r"purpl\w*(?!\s+(?:\w+\s+)?(?:one|ones|inhaler|inhalers|puffer|pills?|tablets?|capsules?|top|shirt"
        r"|dress|car|bag|bottle|box|light|hair|nails?|kit|socks?))|dark(?:er|ened)?\s+(?:skin|patch|colou?r|area|spot|blotch|red"
        r"|purple|blue)"
        r"|(?:turned|gone|going|went|looks?|looking|is|was|getting)\s+(?:a\s+bit\s+|kind\s+of\s+"
        r"|kinda\s+|slightly\s+|really\s+|very\s+)?darker|darker\s+(?:colou?r|than)|discolou?r\w*"
        r"|bruis(?:y|ed[\s-]looking|e-?looking)|looks?\s+bruised|bruising\s+(?:has\s+)?appeared"
        r"|(?:a\s+)?darker\s+colou?r|dusky"
    ),
    "warm": (
        r"warmth|warmer|(?:hot|warm|burning\s+hot)\s+to\s+(?:the\s+)?touch|heat\s+(?:coming|radiating)"
        r"|(?:hot|warm)\s+under\s+(?:my|the|your|his|her)\s+(?:hand|palm|fingers)"
        r"\s+(?:off|from)|radiating\s+heat|(?:feels?|felt|feeling|is|was|it'?s|really|very|so"
        r"|burning)\s+(?:(?!(?:white|not|never)\b)\w+\s+)?(?:hot|warm)(?!\s+(?:in\b|out\b|here\b|weather|day|bath|shower|water"
        r"|outside|today|here|in\s+here|room|tub|pad|pack|compress|towel|drink|tea|poker|knife"
        r"|knives|needles?|iron|nails?|blade|wire|coals?"
        # a leg checked and normal: "leg is warm and same colour as the other"
        r"|and\s+(?:the\s+|a\s+|its\s+)?(?:same|normal|good)\s+colou?r|and\s+pink\s+again))"
        r"|(?:red|swollen|puffy|puffier|bigger|larger|fatter|sore|tender|painful|achy|aching|throbbing"
        r"|hard|tight)"
        r"(?:\s+to\s+(?:the\s+)?touch)?,?\s+(?:and|&)\s+"
        r"(?:a\s+bit\s+|quite\s+|really\s+|very\s+)?(?:hot|warm)|(?:hot|warm)\s+(?:and|&)\s+"
        r"(?:red|swollen|puffy|sore|tender)|hot\s+spot"
        # a leg compared with the other: "that calf ... feels hotter than the right one" (not
        # "the spare room feels hotter than the other one")
        r"|(?:leg|legs|calf|foot|feet|thigh|ankle|shin|knee)\b[^.!?]{0,30}?\bhotter"
    ),
    "veins": (
        r"veins?\s+(?:\w+\s+){0,5}?(?:hard|sore|swollen|bulging|lumpy|tender|painful|rope|cord"
        r"|red|hot)\w*|(?:hard|sore|swollen|bulging|lumpy|tender|painful|red)\s+veins?"
        r"|varicose\s+veins?\s+(?:\w+\s+){0,3}?(?:hard|sore|red|hot|swollen)"
    ),
    # --- findings on a leg: a blocked artery
    "cold": (
        r"(?:ice|icy|stone|freezing)[\s-]*cold(?!\s+(?:out|outside|today|weather|day|night|morning"
        r"|here|in\s+here|water|wind|air|sea|pool|lake|river)\b)"
        r"|icy|freezing(?!\s+(?:weather|outside|out|day|night|cold"
        r"\s+(?:weather|day|out|outside|today)|here|in\s+here))"
        # "the cold" is the weather ("that plus the cold"), not "the cold foot"
        # "a cold", "this cold I'm getting over", "head cold" are the illness, and "the cold"
        # the weather; not "the cold foot", "a cold feeling in my calf"
        r"|(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\bthis\s)|(?<=\bmy\s)|(?<=\bhead\s)|(?<=\bchest\s)"
        r"|(?<=\bbad\s)|(?<=\bstinking\s)|(?<=\bnasty\s))cold(?=\s+(?:leg|legs|foot|feet|toes?|calf"
        r"|calves|one|side|feeling|sensation|patch|spot|hands?))"
        r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bmy\s)(?<!\bhead\s)(?<!\bchest\s)(?<!\bbad\s)"
        r"(?<!\bstinking\s)(?<!\bnasty\s)cold(?:er)?(?!\s+(?:weather|day|days|night|nights"
        r"|room|water|shower|bath|pack|compress|drink|sweat|sore|snap|spell|outside|out\b|today|morning"
        # cold-water swimming: "cold swim in the harbour", "cold plunge", "cold dip"
        r"|swims?|swimming|plunges?|dips?|sea|lake|river|pool|immersion|therapy|tub"
        r"|turkey|and\s+flu|feet\s+in\s+winter|going\s+round|virus|symptoms"
        # the illness: "cold is nearly gone"
        r"|(?:is|has|was|'s)\s+(?:nearly\s+|almost\s+|finally\s+|mostly\s+)?(?:gone|better|clearing"
        r"|shifting|over|going\s+round)))|cool\s+to\s+(?:the\s+)?touch|chilled"
        # "foot like ice and won't warm up", "feels like a block of ice"
        rf"|{COLD_THAT_STAYS}"
    ),
    "pale": (
        r"(?<!pee\sis\s)(?<!wee\sis\s)(?<!pee's\s)(?<!wee's\s)(?<!pee\swas\s)(?<!wee\swas\s)"
        r"(?<!urine\sis\s)(?<!urine\swas\s)(?<!urine's\s)pale(?!\s+(?:and\s+clear|yellow|straw|ale|urine|pee|wee))|paler"
        # not the wine: "a bottle of white"
        r"|pallor|(?<!glass\sof\s)(?<!bottle\sof\s)(?<!glasses\sof\s)(?<!bottles\sof\s)"
        r"white(?:r|ish)?(?!-hot)" + _COLOUR_EXCLUDED + r"|pasty|ashen|waxy"
        r"|(?:grey|gray)(?:ish)?"
        + _COLOUR_EXCLUDED
        + r"|no\s+colou?r|drained\s+of\s+colou?r|colou?rless"
    ),
    "blue": (
        # not "out of the blue" ("feeling (a bit) blue" is a mood: context.a_mood)
        r"(?<!\bof\sthe\s)"
        # a ski run: "halfway down the blue"
        r"(?<!\bdown\sthe\s)(?<!\bon\sthe\s)(?<!\bthe\slast\s)"
        r"blue(?:ish|y)?(?!\s+(?:cheese|pill|sky|jeans|light|tooth|murder|moon|badge|monday|run|piste"
        r"|slope|runs|mountains?|ridge|lagoon|lake|bay|jays|line|peter|planet|whale|berr\w*|ribbon"
        r"|collar|tit|bell\w*|inhalers?|puffers?|pens?|ink|badges?|cards?|bags?|bins?)"
        # "toxic blue-green algae"
        r"|[\s-]+green\s+alga\w*)" + _COLOUR_EXCLUDED + r"|blue-?ish|bluish|mottled"
        r"|marbled|blotchy(?!\s+red)|going\s+black|turn(?:ed|ing)\s+black|black\s+toes?"
    ),
    "numb": (
        r"numb(?!er)\w*|no\s+feeling|lost\s+(?:all\s+)?(?:the\s+)?(?:feeling|sensation)"
        r"|loss\s+of\s+(?:feeling|sensation)"
        # not "can't feel anything wrong": nothing amiss
        r"|(?:can'?t|cannot|couldn'?t|can\s+not|can\s+(?:hardly|barely|scarcely))\s+(?:really\s+|quite\s+"
        r"|properly\s+|fully\s+)?feel"
        r"(?!\s+(?:anything|any\w*|a\s+thing)\s+(?:wrong"
        r"|unusual|abnormal|different|odd|strange|amiss|off|out\s+of\s+place))"
        r"|no\s+sensation|(?:went|gone|goes|feels?|felt|is|like\s+a)\s+"
        r"(?:(?:sort|kind)\s+of\s+|kinda\s+|sorta\s+|a\s+bit\s+|all\s+)?dead(?!\s+to\s+(?:me|us))"
        r"|dead\s+foot|dead\s+feeling|deadened|(?:legs?|foot|feet|toes)\s+(?:fell|falls|is|was|went"
        r"|goes|keeps?\s+going|keep\s+falling)\s+asleep"
    ),
    "tingle": (
        # (not a drink: "fizzy pop", "fizzy water"; but "like fizzy water in my legs")
        r"pins\s*(?:and|&|n)\s*needles|tingl\w*|prickl\w*|buzz\w*|fizz\w*(?!\s+(?:pop|drinks?|water"
        r"|juice|cola|soda|wine|lemonade|orange|sweets|tablets?|vitamin\w*|magnesium)\b"
        r"(?!\s+(?:in|inside|through|under|running|going)\b))|electric\s+(?:feeling"
        r"|shocks?|sensations?)|static"
        # a feeling, not a way of moving: "crawling through the loft", "crawling under the car"
        r"|crawling(?!\s+(?:through|under(?!\s+(?:my|the|his|her|your)\s+skin)|into|along"
        r"|(?:around|round|about)\s+(?:on|the|in\s+the|under\s+the)"
        r"|across|over|out|up|down|back|behind|towards?|on\s+(?:all\s+fours|(?:my|his|her)\s+"
        r"(?:hands|knees|belly|stomach))|in\s+(?:the|a|an)\s+(?:loft|attic|roof|crawl|cellar|basement"
        r"|tunnel|cave|space|garden|mud|dirt|grass))\b)"
        # the feet feeling what is not there: "like I'm walking on sand inside my socks",
        # "like walking on cotton wool", "as if there's grit in my socks"
        r"|(?:like|as\s+if|as\s+though)\s+(?:i'?m\s+|i\s+am\s+|i\s+was\s+|i'?ve\s+got\s+|there'?s\s+"
        r"|there\s+is\s+|he'?s\s+|she'?s\s+)?(?:walking|standing|stepping)\s+on\s+(?:sand|pebbles|gravel"
        r"|marbles|cotton\s+wool|cotton|rice|bubble\s+wrap|sponges?|a\s+sponge|cushions?|a\s+cushion)"
        r"|(?:(?:like|as\s+if|as\s+though)\s+(?:there'?s|there\s+is|there\s+was|i'?ve\s+got|i\s+have"
        r"|i\s+had)\s+)?(?:sand|grit|pebbles|gravel)\s+in\s+(?:my|his|her|the)\s+(?:socks|shoes)"
    ),
    "cant_move": (
        r"(?:can'?t|cannot|can\s+not|unable\s+to|won'?t)\s+(?:\w+\s+)?(?:move|lift|wiggle|bend"
        r"|flex|raise|pull\s+up)\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:\w+\s+)?(?:foot|feet|leg"
        r"|legs|toes?|ankle)|paraly[sz]\w*|foot\s+drop|drop\s+foot"
        r"|(?:foot|leg|toes)\s+(?:won'?t"
        r"|will\s+not)\s+(?:move|work|respond)|(?:foot|leg)\s+(?:isn'?t|is\s+not)\s+working"
        # the leg named, then "can't move it": "my foot is numb and i can't move it"
        r"|(?:(?<=foot\s)|(?<=feet\s)|(?<=leg\s)|(?<=legs\s)|(?<=toes\s)|(?<=ankle\s))(?:\w+\s+){0,5}?"
        r"(?:and|but|so)\s+(?:i\s+)?(?:can'?t|cannot|can\s+not|am\s+unable\s+to)\s+(?:\w+\s+)?"
        r"(?:move|lift|wiggle|bend)\s+(?:it|them)\b"
    ),
    "weak": (
        r"weak\w*|gave\s+(?:way|out)|giv(?:es|ing)\s+(?:way|out)|buckl\w*|no\s+strength"
        # a foot that lifts less and less: "harder to lift the front of my foot, it slaps down"
        r"|(?:harder|difficult|struggl\w*|trouble)\s+(?:to\s+)?(?:lift\w*|rais\w*)\s+(?:up\s+)?"
        r"(?:the\s+front\s+of\s+)?(?:my|the|his|her)\s+(?:left\s+|right\s+)?(?:foot|feet|toes)"
        r"|(?:foot|feet)\s+(?:\w+\s+){0,3}?(?:slaps?|slapping|slapped|flops?|flopping)\s+down"
        # "can't lift the front of my right foot properly, it kind of slaps down"
        r"|(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(?:\w+\s+)?(?:lift|raise|pull\s+up)"
        r"\s+the\s+(?:front|toes)\s+of\s+(?:my|the|his|her)\s+(?:left\s+|right\s+)?(?:foot|feet)"
        r"|\bit\s+(?:kind\s+of\s+|sort\s+of\s+|kinda\s+|sorta\s+|just\s+)?(?:slaps?|slapping"
        r"|flops?|flopping)\s+down"
        # "my left foot is sort of flopping", "can't lift the front of it", "I keep tripping"
        r"|(?:foot|feet)\s+(?:\w+\s+){0,4}?(?:flops?|flopping|flopped|slapping|slaps)\b"
        r"|(?:can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+(?:\w+\s+)?(?:lift|raise|pull\s+up)"
        r"\s+the\s+(?:front|toes)\s+of\s+(?:it|them)\b"
        r"|(?:keeps?|kept|keep\s+on)\s+tripp\w*(?!\s+(?:over|on)\s+(?:the|a|an|that|those|our|his|her|their"
        r"|its|every)\b)"
        r"|(?:lost|losing)\s+(?:my\s+)?strength|like\s+jelly|floppy|kept\s+falling|keep\s+falling"
        # "both legs gone proper wobbly", "cant hardly stand up"
        r"|(?:gone|went|go|going|getting|are|is|feel\w*)\s+(?:\w+\s+)?wobbl\w*|jelly\s+legs"
        r"|(?:can'?t|cannot)\s+hardly\s+(?:stand|walk)|can\s+(?:hardly|barely)\s+(?:stand|walk)"
        r"|can'?t\s+(?:stand(?!\s+(?:the|it|them|him|her|this(?!\s+(?:morning|evening|afternoon"
        r"|week|time))|that|these|those|being|people|\w+ing\b|(?!days\b|hours\b)\w+s\b))"
        # what has got harder to do: "stairs are harder than they were", "getting out of a
        # chair is getting harder"
        r"|(?:stairs|steps|hills|getting\s+up|standing\s+up|getting\s+out\s+of\s+(?:a|the|my)\s+(?:chair"
        r"|bath|car))\s+(?:are|is|have\s+got|has\s+got|getting|got|feel|feels)\s+(?:a\s+lot\s+|much\s+|so\s+"
        r"|a\s+bit\s+)?harder"
        # "can't walk to the shops without my calf seizing": walking cut short by pain
        r"|walk(?![^.!?,;]{0,40}?\b(?:without|before|till|until)\b)"
        r"|get\s+up|climb)|couldn'?t\s+walk|(?:won'?t|can'?t|cannot|couldn'?t|wouldn'?t)\s+(?:hold|carry|support)\s+(?:me|him|her|them"
        r"|my\s+weight|his\s+weight|her\s+weight)"
        # a foot that drops: "my foot keeps dragging", "catching my toes on the stairs"
        r"|foot\s+(?:\w+\s+)?(?:drop\w*|dragg\w*|slapp\w*)|dragg\w*\s+(?:my|his|her)\s+(?:foot|leg|toes)"
        r"|catch\w*\s+(?:my|his|her)\s+(?:foot|toes)\s+on"
        # "my left foot keeps catching on the pavement", "I have to lift my knee higher"
        r"|(?:foot|toes?)\s+(?:\w+\s+){0,2}?(?:catch\w*|scuff\w*|snag\w*)\s+(?:on|along)\s+"
        r"|(?:lift|raise|bring)\w*\s+(?:my|his|her|the)\s+(?:left\s+|right\s+)?knee\s+(?:up\s+)?higher"
    ),
    # --- pain and muscle
    "pain": (
        r"pain(?!t)\w*|hurt\w*|ach(?:e|es|ed|ing|y)|sore\w*|throb\w*|agony|agonis\w*|agoniz\w*|burn(?:s|ing)?"
        r"|tender\w*"
        # pain in the languages people mix into English: Hindi and Urdu "dard", Spanish "dolor",
        # French "douleur"
        r"|dard|dolor|douleurs?"
        r"|(?:killing|kills|killed|murders|murdering)\s+(?:me|him|her)|wrecked"
        # the leg as what kills: "calf kills when i walk far", "my legs are killing"
        r"|(?:calves|legs|thighs|feet|shins)\s+(?:are\s+|were\s+)?(?:kill|killing)\b"
        r"|(?:calf|leg|thigh|foot|shin)\s+(?:is\s+|was\s+)?(?:kills|killing)\b"
        r"|trashed|in\s+bits|destroyed|battered"
        r"|stiff\w*|heavy|heaviness|sear(?:s|ing)|sciatica|sciatic\s+pain|(?:is|are|were|was|felt|feel|feels)\s+on\s+fire"
        # muscles that "have been screaming since" a class
        r"|(?:legs|thighs|calves|quads|hamstrings|hammies|muscles|glutes)\s+(?:have\s+been\s+|are\s+|were\s+"
        r"|been\s+|still\s+)?(?:absolutely\s+|literally\s+)?screaming"
    ),
    "worsening": (
        r"(?:getting|got|gets|growing|keeps?\s+getting|getting\s+(?:even\s+)?)\s*worse"
        r"|worsen(?:s|ed|ing)?|escalat\w*|increasing\s+pain|pain\s+(?:is\s+|keeps\s+)?increasing"
        # in the words of people who write English as another language: "the pain go more and
        # more bad", "getting more bad"
        r"|more\s+and\s+more\s+(?:bad|worse|painful|sore|pain|swell\w*|tight)"
        # numbness or weakness that grows: "both legs going numb and weak more and more"
        r"|(?:numb|weak|heavy|tingl\w*|dead)\b[^.!?,;]{0,20}?\bmore\s+and\s+more\b"
        r"|more\s+and\s+more\s+(?:numb|weak|heavy|tingl\w*|dead)\b"
        r"|(?:go|goes|going|get|gets|getting|become|becomes|becoming)\s+more\s+(?:bad|worse|painful)"
        r"|(?:way|much|far|a\s+lot|loads)\s+worse(?!\s+than\s+(?:the\s+)?(?:usual|normal|last|my))"
        # the pain now "worse than ever" (not a cramp "worse than ever", how bad it was)
        r"|(?:pain|it|leg|shin|calf)\s+(?:is|'s)\s+worse\s+than\s+ever"
        r"|worse\s+(?:and\s+worse|every|by\s+the|each|now)|worse\s+than\s+(?:before|earlier|it\s+was"
        r"|this\s+morning|last\s+night|an?\s+hour(?:\s+ago)?|(?:\w+\s+)?hours?\s+ago)"
        r"|(?:pain|it)\s+(?:is\s+)?(?:increasing|building|spreading)|unbearable|excruciating"
        r"|out\s+of\s+(?:all\s+)?proportion|worst\s+pain|can'?t\s+bear|screaming\s+in\s+pain"
        r"|more\s+(?:each|every)\s+(?:day|hour)|hurts\s+more(?!\s+than)|(?:worse|weaker|number|tighter)\s+and"
        # "getting tighter and more swollen by the hour"
        r"|getting\s+(?:bigger|more\s+swollen|more\s+painful)\b|by\s+the\s+hour"
        r"|(?:worse|weaker|number|tighter)\s+and"
        r"\s+(?:worse|weaker|number|tighter)|(?:hurt\w*|pain\w*|sore|ach\w*)\s+more\s+and\s+more"
        # "getting more and more painful", "pain killers aren't touching it"
        r"|(?:more\s+and\s+more|increasingly|progressively)\s+(?:painful|sore|swollen|tight|tense"
        r"|hard)|pain\s*killers?\s+(?:aren'?t|arent|are\s+not|not|don'?t|dont|do\s+not|didn'?t)"
        r"\s+(?:even\s+)?(?:touching|touch|helping|help|working|work|doing\s+anything)"
        # "the pain keeps climbing even after 2 ibuprofen", "it's ramping up"
        r"|(?:pain|hurt\w*|ache|aching|throb\w*)\b[^.!?]{0,60}?\b(?:keeps?\s+(?:on\s+)?)?"
        r"(?:climbing|ramping\s+up|mounting|going\s+up\s+and\s+up)"
        r"|(?:pain|it)\b[^.!?]{0,60}?\bkeeps?\s+(?:on\s+)?(?:rising|going\s+up|building|climbing)"
    ),
    "tight": (
        r"tight\w*|rock[\s-]+hard|hard\s+as\s+(?:a\s+)?(?:rock|stone|board|wood)|shiny|tense"
        # "my shin is very hard" (not "very hard to walk")
        r"|(?<=is\s)(?:very|so|really|super|extremely)\s+hard\b(?!\s+to\b)"
        r"|(?:like\s+it'?s\s+)?(?:going\s+to|gonna)\s+burst|bursting|drum"
    ),
    "tender": (
        r"tender\w*|(?:sore|painful|hurts?)\s+(?:to|when\s+i|if\s+i)\s+(?:\w+\s+)?(?:touch|press)"
        # told by what someone does when touched: "she moans when i touch her thighs"
        r"|(?:moans?|moaning|groans?|groaning|winces?|wincing|cries|crying|flinch\w*|yelps?|screams?"
        r"|grimac\w*)\s+(?:out\s+)?(?:when|if|as|whenever|every\s+time)\s+(?:i|we|you|anyone|someone"
        r"|the\s+(?:nurse|carer|doctor))\s+(?:\w+\s+)?(?:touch\w*|press\w*|move\w*|lift\w*)"
    ),
    # --- chest and breath
    "chest_pain": (
        # in the languages people mix into English: "j'ai mal à la poitrine", "dolor de pecho",
        # "dor no peito", "Brustschmerzen"
        r"mal\s+(?:à|a)\s+la\s+poitrine|douleurs?\s+(?:à|a|dans)\s+la\s+poitrine|dolor\s+(?:de|en\s+el)\s+pecho"
        r"|dor\s+no\s+peito|brustschmerz\w*|schmerzen\s+in\s+der\s+brust|"
        r"chest\s+(?:\w+\s+){0,3}?(?:pain\w*|hurt\w*|tight\w*|pressure|ache\w*|aching|heavy|heaviness"
        r"|sore|burning|crushing|squeez\w*)|(?:pain\w*|tight\w*|pressure|ache|heaviness|hurts?"
        r"|crushing|cramp\w*|spasm\w*)\s+(?:\w+\s+){0,2}?(?:in|on|across|through)\s+(?:my\s+|the\s+"
        # "a heavy pain in the middle of my chest"
        r"|his\s+|her\s+)?(?:(?:middle|centre|center|front|top|left\s+side|right\s+side|side)\s+of\s+"
        r"(?:my\s+|the\s+|his\s+|her\s+))?(?:\w+\s+(?:and|&)\s+(?:my\s+)?)?chest|angina"
        r"|chest\s+(?:cramp\w*|spasm\w*)"
        # "tight chest n my leg is killing me", "bit of a heavy chest" (not a gym's chest day)
        r"|(?:tight|heavy|painful|sore|crushing|achy|aching|burning)\s+chest\b(?!\s+(?:muscles?"
        r"|workout|day|session|press|fly|flies|stretch\w*|exercises?|hair))"
        # squeezed as by a band: "feels like a belt tightening round my chest when i breathe in"
        r"|(?:belt|band|strap|vice|vise|weight|elephant)\s+(?:\w+\s+){0,2}?(?:round|around|on|across)\s+(?:my|his"
        r"|her|the)\s+chest"
        # (or rubbing it, as someone who cannot say so shows it: "she keeps rubbing her chest")
        r"|(?:grabb\w*|clutch\w*|clasp\w*|holding|gripp\w*|rubb\w*)\s+(?:at\s+)?(?:my|his|her|their)\s+chest"
        r"(?!\s+of\b)"
        # pain on breathing in, whatever it is put down to: "it's sharp when he takes a deep
        # breath", "hurts to breathe in", "stabbing pain every time I breathe"
        # (and tightness: "just a bit tight when i breathe in"; not a stretch breathed into)
        r"|(?:hurts?|hurting|pain\w*|sharp|stab\w*|sore|catch\w*|aches?|aching|twinge\w*|agony|stitch\w*"
        r"|tight|tighter|tightness)"
        r"\s+(?:[\w']+\s+){0,8}?(?:when|if|as|every\s+time|whenever|on)\s+(?:i\s+|he\s+|she\s+"
        r"|they\s+|you\s+|we\s+)?(?:(?:takes?|taking|take)\s+a\s+(?:deep\s+|big\s+|full\s+)?breath"
        r"|breathes?\b(?!\s+(?:into|through)\b)|breathing|inhal\w*|breath\s+in)"
        # the other way round: "when i breathe in deep is stabbing in my chest"
        r"|(?:breathe|breathing|breath)\s+(?:in\s+)?(?:\w+\s+){0,3}?(?:is\s+|it'?s\s+|there'?s\s+|i\s+get\s+)?"
        r"(?:a\s+)?(?:stab\w*|sharp|pain\w*|hurts?)\s+(?:\w+\s+){0,2}?(?:in|on)\s+(?:my|the)\s+chest"
        r"|(?:hurts?|hurting|painful|sore|agony|agonising|agonizing)\s+to\s+(?:breathe|inhale"
        r"|take\s+a\s+(?:deep\s+|big\s+)?breath)"
    ),
    "breathless": (
        # ... "essoufflé", "me falta el aire", "falta de ar", "Atemnot", "kurzatmig"
        r"essouffl\w*|(?:me\s+)?falta\s+(?:el\s+aire|de\s+aire|de\s+ar|o\s+ar)|atemnot|kurzatmig|"
        # oxygen read low on a finger meter: "the finger oxygen thing reads 88%", "sats 89"
        # (the number ends the match: a word boundary follows it, not the "%")
        r"(?:oxygen|o2|sats|spo2|saturations?|pulse\s*ox\w*)\b[^.!?]{0,40}?\b(?:8\d|[5-7]\d)(?=\s*(?:%|percent))"
        r"|(?<![\d.])(?:8\d|[5-7]\d)\s*(?:%|percent)\s+(?:oxygen|o2|sats|spo2|saturation)|"
        # breathing as someone else sees it: "she's breathing funny", "his breathing is all fast
        # and shallow" (not hard or heavy: an effort's)
        r"(?:breathing|breathes)\s+(?:(?:all|really|very|a\s+bit|kind\s+of|sort\s+of|so|too|is|was)\s+)*"
        r"(?:funny|strange|strangely|odd|oddly|weird|weirdly|fast|rapid|rapidly|shallow|laboured|labored"
        r"|noisy|noisily|raspy|gasping)\b|(?:funny|strange|odd|weird|rapid|shallow|laboured|labored"
        r"|gasping)\s+breathing|"
        r"(?:breathing|breath|chest)\s+(?:feels?|is|was|gone|going|getting|has\s+gone)\s+(?:\w+\s+)?"
        r"(?:tight|tighter|hard|difficult|wheezy)\b(?!\s+(?:from|after)\s+(?:the\s+)?(?:run|climb|hill|stairs))|"
        r"short(?:ness)?\s+of\s+breath|breathless\w*|(?:can'?t|cannot|couldn'?t|hard\s+to"
        r"|struggling\s+to|struggle\s+to|trouble|difficulty|problems?|(?:can|could)\s+(?:barely"
        r"|hardly|only\s+just|not))\s+(?:\w+\s+){0,2}?breath\w*"
        # "can't take a full deep breath in"
        r"|(?:can'?t|cannot|couldn'?t)\s+take\s+(?:a\s+)?(?:(?:full|deep|proper|big|decent)\s+){0,2}breath"
        r"|(?:fighting|gasping|struggling)\s+for\s+(?:breath|air)|(?:can'?t|cannot|couldn'?t"
        r"|can\s+barely|can\s+hardly)\s+get\s+(?:enough\s+)?air"
        r"|(?:can'?t|cannot|couldn'?t|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:catch|get)"
        r"\s+(?:my|his|her|a)\s+(?:proper\s+|full\s+|deep\s+|decent\s+|good\s+)?breath"
        # (not the breath knocked out for a moment: "the cramp winded me")
        r"|gasping|out\s+of\s+breath|winded(?!\s+(?:me|him|her|us|them)\b)|no\s+air|not\s+enough\s+air"
        r"|breathing\s+(?:is\s+)?(?:very\s+|really\s+|so\s+|too\s+)?(?:hard|fast|difficult|laboured|labored"
        r"|shallow|heavy|heavily)"
        # "I'm puffed just walking to the kitchen" (out of breath, in Britain and Australia)
        r"|(?:i'?m|am|get|got|gets|getting|he'?s|she'?s|was|so)\s+(?:so\s+|really\s+"
        r"|completely\s+|totally\s+)?puffed(?!\s+up)(?:\s+out)?"
        # "now i'm puffing just walking to the fridge", "huffing and puffing up the stairs"
        r"|(?:huffing\s+and\s+)?puffing(?:\s+and\s+panting)?\s+(?:just\s+|even\s+)?(?:walking|going|getting"
        r"|climbing|on\s+the\s+stairs|up\s+the\s+stairs|doing\s+nothing|at\s+rest)"
        r"|out\s+of\s+puff"
        # told by what it stops: "cant finish a sentence without stopping for air", "had to sit
        # on the stairs halfway up, never had to do that before"
        r"|(?:can'?t|cannot|couldn'?t)\s+(?:finish|get\s+through|say)\s+(?:a\s+)?(?:sentence|sentences|a\s+few\s+words)"
        r"|stopping\s+for\s+(?:air|breath)|(?:had|have|having)\s+to\s+(?:stop|sit|rest)\s+(?:down\s+)?"
        r"(?:on\s+the\s+stairs\s+)?(?:\w+\s+)?halfway\s+up"
    ),
    "cough_blood": (
        r"cough\w*\s+(?:up\s+|out\s+)?(?:\w+\s+){0,4}?(?:blood|bloody)|(?:blood|bloody)\s+(?:\w+\s+){0,2}?"
        r"(?:cough|phlegm|sputum|spit|mucus|tissue)|spitting\s+(?:up\s+)?blood|ha?emoptysis"
        # blood told by its colour in what was coughed: "coughed into a tissue and theres bright
        # red streaks in it"
        r"|cough\w*\s+(?:up\s+)?into\s+(?:a|the|my)\s+(?:tissue|hanky|hankie|hand|sink)[^.!?]{0,40}?"
        r"\b(?:red|pink|bloody|blood|rusty)\b"
        r"|blood\s+in\s+(?:it|my\s+(?:spit|phlegm|mucus))"
        # blood told by its colour: "coughed up some pinkish streaky stuff", "pink frothy spit"
        r"|cough\w*\s+up\s+(?:\w+\s+){0,3}?(?:pink\w*|red|reddish|rusty|streaky|streaked|frothy)"
        r"\b(?!\s+(?:eyes?|nose|face|wine))"
        r"|(?:pink\w*|red|reddish|rusty|blood[\s-]?streaked|streaky)\s+(?:\w+\s+)?(?:phlegm|spit|sputum"
        r"|mucus|froth)"
        # "coughed up phlegm that was bright red, like fresh blood"
        r"|cough\w*\s+(?:up\s+)?(?:\w+\s+){0,2}?(?:phlegm|spit|mucus|stuff|something|sputum)\s+(?:that\s+|which\s+)?"
        r"(?:was|is|looked|looks)\s+(?:\w+\s+)?(?:red|pink\w*|bloody|rusty)"
        # "coughed some bright red spots into a tissue"
        r"|cough\w*\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:red|pink\w*|rusty|bloody)\s+(?:spots|specks|flecks|dots"
        r"|streaks|bits|blobs|stuff)"
    ),
    # --- the lower back and nerves
    "bladder": (
        r"(?:can'?t|cannot|couldn'?t|unable\s+to|struggl\w+\s+to|trouble|difficulty|problems?"
        r"|hard\s+to|(?:haven'?t|have\s+not|hasn'?t|has\s+not|not)\s+been\s+able\s+to)"
        r"\s+(?:\w+\s+){0,2}?(?:(?:start|get)\s+)?(?:pee(?:ing)?|wee(?:ing)?|urinat\w*|pass\s+(?:water|urine)|go\s+to\s+the\s+(?:toilet"
        r"|loo|bathroom))"
        # (not a figure of speech: "laughed so hard I nearly wet myself")
        r"|(?<!nearly\s)(?<!almost\s)(?<!practically\s)(?:wet|wetting|peed|peeing|pissed|pissing"
        r"|wee'?d|weeing)\s+(?:a\s+bit\s+)?(?:my|him|her|me|them)sel(?:f|ves)?|wet\s+the\s+bed"
        r"|leak\w*\s+(?:urine|pee|wee)|(?:lost|losing|no)\s+control\s+of\s+(?:my\s+|the\s+)?"
        r"(?:bladder|bowels?)|(?:can'?t|cannot|couldn'?t|unable\s+to)\s+control\s+(?:my\s+|the\s+)?"
        r"(?:bladder|bowels?|peeing|weeing)|bladder\s+(?:problems?|issues?|control|accident)|incontinen\w*"
        r"|(?:pooed|pooped|soiled|shat|messed)\s+(?:my|him|her)sel(?:f|ves)|bowel\s+(?:accident"
        r"|problems?|control)|can'?t\s+(?:feel|tell)\s+(?:when|if|whether)\s+(?:i|he|she|they)\s+(?:need|needs)\s+"
        r"(?:to\s+|a\s+)?(?:pee|wee|go|poo|the\s+(?:loo|toilet))"
        # "had an accident in his pants", "an accident in the bed and didn't feel it"
        r"|(?:had|having|has)\s+(?:an?\s+)?(?:little\s+)?accident\s+in\s+(?:my|his|her|their|the)\s+"
        r"(?:pants|trousers|knickers|underwear|undies|bed|pad)"
        # "had an accident with my bowels", "an accident with his bladder"
        r"|accidents?\s+(?:with|from)\s+(?:my|his|her|their|the)\s+(?:bowels?|bladder|waterworks)"
        r"|can'?t\s+feel\s+(?:it\s+)?(?:when|if|that)\s+i'?m?\s+(?:pee|wee|peeing|weeing|urinat\w*)"
        r"|can'?t\s+hold\s+(?:it|my\s+(?:pee|wee|urine|bladder))|retention"
        # slow to start and barely felt: "took ages to get a wee going and i could barely feel it"
        r"|(?:took|takes|taking)\s+(?:ages|forever|a\s+long\s+time|a\s+while|longer)\s+to\s+(?:get|start)"
        r"\s+(?:a\s+|the\s+|my\s+)?(?:wee|pee|flow|stream|peeing|weeing)"
        r"|(?:wee|pee|peed|peeing|weeing|urinat\w*)\b[^.!?]{0,50}?\b(?:barely|hardly|couldn'?t|can'?t|could\s+not"
        r"|cannot)\s+feel\s+(?:it|anything|myself)\b"
        # retention in everyday words: "I try to pee and hardly anything comes out"
        r"|(?:pee|wee|urinate|go|went)\s+(?:\w+\s+){0,4}?(?:hardly|barely|nothing|very\s+little|only"
        r"\s+a\s+(?:trickle|dribble|little))\s+(?:\w+\s+)?(?:comes?|came|coming)\s+out"
        r"|(?:nothing|hardly\s+anything|barely\s+anything|only\s+a\s+(?:trickle|dribble))\s+"
        r"(?:\w+\s+)?(?:comes?|came)\s+out\s+when\s+i\s+(?:try|tried)\s+to\s+(?:pee|wee|go)"
        r"|(?:can|could)\s+(?:only\s+)?(?:barely|hardly)\s+(?:pee|wee|urinate|pass\s+(?:water|urine))"
        r"|(?:haven'?t|hasn'?t|not)\s+(?:been\s+able\s+to\s+)?(?:pee|wee|urinate)\w*\s+"
        r"(?:since|all\s+day|for\s+(?:\d+|hours|a\s+day|ages))"
    ),
    # A new, sudden urge to pass water ("suddenly keep needing to wee, which is new"): a nerve
    # sign only beside the back, sciatica, the saddle or both legs (the screen's rule).
    "urgency": (
        r"(?:sudden\w*|new)\s+(?:[\w']+\s+){0,2}?(?:urge|need\w*|desperate|rush\w*)\s+(?:\w+\s+)?"
        r"(?:to\s+)?(?:pee|wee|urinate|the\s+(?:loo|toilet|bathroom))"
        r"|(?:need\w*|urge)\s+to\s+(?:pee|wee|urinate)\s+(?:\w+\s+){0,4}?(?:which|that)\s+(?:is|'?s)\s+new"
    ),
    "both_legs": (
        r"both\s+(?:(?:of\s+)?(?:my|his|her|their|the|your)\s+)?(?:\w+'s\s+)?(?:legs|feet|thighs|calves|ankles"
        r"|shins|knees)|(?:legs|feet|ankles|calves|shins|knees)\W+(?:[\w']+\W+){0,12}?both\s+(?:of\s+them"
        r"|sides)\b"
        r"|(?:legs|feet|ankles)\s+(?:are|both|have\s+both)"
        # the pair, swelling together: "my ankles get a bit puffy by the end of a hot day"
        r"|(?:my|his|her|their)\s+(?:ankles|feet)\s+(?:(?:get|gets|go|goes|are|were|look|looked|feel"
        r"|felt|have\s+been|has\s+been|have\s+got|'ve\s+been|'re)\s+)?(?:\w+\s+){0,2}?(?:swell\w*"
        r"|swollen|puff\w*|fat|fatter)\b"
        # ... told without an owner: "swollen ankles after the flight", "ankles puffy"
        r"|(?:swollen|swelling|puffy|puffed[\s-]up|fat|fatter)\s+(?:ankles|feet)\b"
        r"|(?<!my\s)(?<!his\s)(?<!her\s)(?:ankles|feet)\s+(?:\w+\s+)?(?:swollen|puffy|swelled|swelling)\b"
        r"|(?:left|right)\s+and\s+(?:left|right)\s+(?:legs?|feet)|each\s+leg"
        # told as alike: "theyre just big, both the same", "both sides equally"
        r"|both\s+(?:the\s+)?same\b|both\s+(?:sides\s+)?equally"
    ),
    # --- wounds and tetanus
    "wound": (
        # (not a diet's cut: "on a high protein diet for a cut", "i'm on a cut")
        r"wounds?|gash\w*|puncture\w*|lacerat\w*|(?:(?<!for\s)(?<!on\s)(?<!during\s)(?<!doing\s)(?<!start\s)"
        r"(?<!starting\s)a|the|deep|dirty|bad|nasty|big|small)\s+cut(?![\s-]*off)"
        r"|cut\s+(?:myself|himself|herself|themselves|(?:my|his|her|their|your)\s+(?!(?:hair|nails?"
        r"|toenails?|fringe|grass|lawn|hedges?|losses|visit|trip|run|ride|walk|holiday|hours|shift"
        r"|sugar|carbs|coffee|caffeine|drinking|alcohol|dose|doses|intake|salt|meat|dairy|wine|beer"
        r"|water|tablets?|pills?|meds|medication|medicines?|hours|time|losses|workload|run|runs"
        r"|smoking|food|cake|bread|toast|sandwich|onions?|veg\w*)\b)\w+|it\s+on"
        r"|on\s+(?:a|some|the)|open)"
        # "cut the sole of my foot on rocks"; a blade's verbs: "sliced the bottom of my foot",
        # "slashed his shin on a rusty sheet"
        r"|(?:sliced|slashed|slit)\s+(?:open\s+)?(?:the\s+(?:sole|bottom|side|top|back|heel|ball|front)"
        r"\s+of\s+)?(?:my|his|her|their|the)\s+(?:\w+\s+)?(?:foot|feet|soles?|heels?|toes?|shins?|legs?"
        r"|knees?|calf|ankles?|thighs?|hands?|palms?|fingers?|thumbs?|arms?)\b"
        r"|cut\s+the\s+(?:sole|bottom|side|top|back|heel|ball|front)\s+of\s+(?:my|his|her|the)\s+(?:foot|feet"
        r"|leg|toe|heel|shin|calf|knee)"
        r"|deep\s+(?:holes?|punctures?|gash\w*)"
        # several: "had a few cuts on my feet", "cuts on both shins"
        r"|(?:few|some|several|couple\s+of|two|three|lots\s+of|loads\s+of)\s+(?:\w+\s+)?cuts\b"
        r"|cuts\s+(?:on|in|to)\s+(?:my|his|her|their|both)\s+(?:\w+\s+)?(?:feet|foot|legs?|shins?|knees?|toes?"
        r"|soles?|hands?|ankles?)\b"
        # the cut told by what it is like: "cut is deep and was full of mud"
        r"|cut\s+(?:is|was|looks|looked|'s)\s+(?:\w+\s+)?(?:deep|dirty|filthy|gaping|full\s+of)"
        # caught on something sharp: "caught my shin on barbed wire on a walk" (from the owner
        # on, who it is about: "daughter caught her leg on a rusty fence")
        r"|(?:(?<=caught\s)|(?<=snagged\s)|(?<=scratched\s)|(?<=tore\s)|(?<=ripped\s))"
        r"(?:my|his|her|their)\s+(?:\w+\s+)?(?:shin|leg|knee|calf"
        r"|foot|ankle|thigh|hand|arm)\s+on\s+(?:some\s+|a\s+|an\s+|the\s+)?(?:old\s+)?(?:barbed\s*-?\s*wire"
        r"|barbwire|rusty\s+\w+|nail|broken\s+glass)"
        # a needle stick: "got jabbed by a needle in the park"; a thorn or nail in Tagalog
        r"|(?:jabbed|pricked|stabbed|stuck|spiked|poked)\s+(?:\w+\s+){0,2}?(?:by|with|on)\s+(?:a|an|some"
        r"|the)\s+(?:\w+\s+)?(?:needle|syringe|nail|thorn|pin)|needle\s*-?\s*stick"
        r"|(?:natusok|tinusok|natinik|nabutas)\b"
        # "found half a darning needle in my toe", "a nail went through my boot into my foot"
        r"|(?:needle|nail|pin|tack|glass|wire|spike|skewer)\s+(?:\w+\s+){0,3}?(?:in|into|through)\s+(?:my|his"
        r"|her)\s+(?:\w+\s+)?(?:foot|feet|toe|toes|heel|sole|leg|shin|hand|finger|palm)"
        r"|(?:stepped|stood|trod|trodden|treaded|knelt|kneeled)\s+(?:back\s+|right\s+|straight\s+)?"
        r"(?:on|onto)\s+(?:a|an|some|the|two"
        r"|three|\d|a\s+couple\s+of)\s+(?:\w+\s+){0,2}(?:nail|glass|metal|tack|pin|screw|fork|rake"
        r"|cultivator|thorn|spike|wire)s?"
        r"|rusty(?!\s+(?:\w+\s+)?(?:phlegm|spit|sputum|mucus|colou?r\w*|brown|water|pee|wee|urine))"
        r"|(?:dog|cat|horse|fox|rat|perro|chien|hund|cachorro|c[ãa]o|cane|gato|katze|animal)\s+bite|(?:dog|cat|horse|fox|rat|perro|chien|hund|cachorro|c[ãa]o|cane|gato|katze)\s+(?:bit|has\s+bitten"
        r"|bites)\s+(?:me|my|him|her|his)|bitten\s+by\s+(?:\w+'?s?\s+){1,3}?"
        r"(?:dog|cat|horse|rat|fox)|(?:dog|cat|horse|fox|rat|perro|chien|hund|cachorro|c[ãa]o|cane|gato|katze)'?s?\s+(?!(?:got|was|has\s+been|had\s+been|were)\s+bitten)"
        r"(?:\w+\s+){0,2}?(?:bit|bitten)"
        r"|splinter|thorn|scraped\s+(?:my|it)|graze[ds]?"
        # dirt got into a sore: "knocked my pressure sore gardening, got soil right in it"
        r"|(?:got|get|gotten|ground|rubbed)\s+(?:\w+\s+)?(?:soil|dirt|mud|muck|manure|grit|gravel|dung|poo)"
        r"\s+(?:right\s+|all\s+)?in(?:to)?\s+(?:it|the\s+(?:sore|wound|cut|ulcer|graze|blister))\b"
        # torn open: "ripped my shin open on barbed wire", "split his knee open on a rock"
        r"|(?:ripped|rip|tore|torn|split|sliced|slashed|gashed)\s+(?:my|his|her|the)\s+(?:\w+\s+)?"
        r"(?:shin|leg|knee|calf|foot|heel|sole|toe|ankle|thigh|hand|palm|finger|thumb|arm|elbow)"
        r"\s+(?:right\s+|wide\s+|clean\s+)?open"
        r"|(?:poked|spiked|pierced|stabbed|impaled)\s+(?:by|with|through|myself)"
        r"|garden\s+fork|nail\s+(?:went|gone)\s+(?:right\s+|straight\s+|clean\s+)?(?:in|through)|infected\s+(?:cut|toe|wound|blister)"
        # a tool or a spike through the boot into the foot: "pitchfork went through my wellie"
        # ... or a hook, a gaff or a blade deep into a hand: "the gaff went deep into my left palm"
        r"|pitch\s*fork|sea\s+urchins?|(?:fork|prong|tine|nail|staple|spike|stake|glass|wire|screw|gaff|fish\s*hook"
        r"|hook|barb|knife|blade|chisel|spine|quill)s?\b"
        r"(?!\s+(?:polish|varnish|file|clippers|salon|art|bar))[^.!?]{0,40}?\b(?:went|gone|came)"
        r"\s+(?:right\s+|straight\s+|clean\s+|deep\s+)?(?:in|into|through)\s+(?:my|the|his|her)\s+"
        r"(?:\w+\s+)?(?:\w*boots?|wellies"
        r"|wellie|welly|shoes?|trainers?|foot|sole|heel|leg|shin|calf|hand|palm|finger|thumb|arm|knee"
        r"|thigh|toe)"
    ),
    "jaw": (
        r"lock\s*-?\s*jaw|stiff\s+jaw|jaw\s+(?:\w+\s+){0,2}?(?:stiff|locked|tight|clenched|clamped"
        r"|won'?t\s+open|is\s+stuck)|can'?t\s+open\s+(?:my|his|her)\s+(?:mouth|jaw)"
        # the jaw told by the teeth, swallowing by choking: "my teeth feel clamped together", "i
        # keep choking on my tea"
        r"|teeth\s+(?:\w+\s+){0,2}?(?:clamped|clenched|locked|stuck|glued|wired)\s+(?:together|shut)"
        r"|(?:keep|keeps|kept)\s+chok\w*\s+on\s+(?:(?:my|his|her|the)\s+)?(?:tea|drinks?|water|food|coffee"
        r"|spit|saliva)|(?:keep|keeps|kept)\s+chok\w*\s+(?:when|whenever|every\s+time)\s+(?:i|he|she|they)\s+"
        r"(?:try\s+to\s+|tries\s+to\s+)?(?:drink|swallow|eat)"
        # "it just won't go down"
        r"|\b(?:it|water|food|drinks?|tea)\s+(?:just\s+)?(?:won'?t|doesn'?t|will\s+not|does\s+not|wouldn'?t)\s+go\s+down"
        r"|(?:trouble|difficulty|problems?|hard|can'?t|cannot|struggling\s+to|unable\s+to|hurts\s+to)"
        r"\s+swallow\w*|spasms?\s+(?:in|of)\s+(?:my|his|her|the)\s+(?:neck|back|jaw|face|stomach"
        r"|whole\s+body|body)|whole\s+body\s+(?:\w+\s+)?(?:stiff\w*|spasm\w*|rigid)"
        r"|(?:muscles?|body|neck|back)\s+(?:\w+\s+)?(?:going|gone|getting|went|are|is)\s+"
        r"(?:\w+\s+)?(?:stiff|rigid)"
    ),
    # stiffness or spasms anywhere: tetanus when a wound is named too
    "stiff": (r"stiff\w*|rigid\w*|spasm\w*|locked\s+up|seiz\w*"),
    # --- poisons, bites and long exposure
    # crops sprayed with no protection: "spraying the tomatoes with the knapsack pump since
    # morning without mask" (the pesticide is not named)
    "spray_exposure": (
        r"knapsack\s+(?:pump|spray\w*)|backpack\s+spray\w*|crop\s*spray\w*"
        # spraying what farms and gardens are sprayed for: "spraying the orchard", "sprayed the
        # greenhouse at work"
        r"|spray(?:ed|ing|s)?\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|some\s+|all\s+the\s+)?(?:\w+\s+)?"
        r"(?:orchard|greenhouse|glasshouse|crops?|fields?|vines?|vineyard|fruit\s+trees|trees|roses"
        r"|weeds|farm|paddock|potatoes|tomatoes|cotton|rice|maize|corn|veg\w*|plants|hedges?)\b"
        # a neighbour's or a farmer's spray carried over to the writer: "the weedkiller my
        # neighbour was spraying drifted over the fence"
        r"|(?:drift\w*|blew|blown|blowing)\s+(?:right\s+|straight\s+)?(?:over|across)\s+"
        r"(?:the\s+|our\s+|my\s+)?(?:fence|hedge|wall|garden|yard|field|road|boundary|lane)"
        r"|spray\w*\s+(?:\w+\s+){0,8}?without\s+(?:a\s+|any\s+)?"
        r"(?:mask|gloves|protection|ppe|respirator)|(?:no|without)\s+(?:a\s+)?mask\s+(?:\w+\s+){0,4}?spray\w*"
    ),
    # tablets gone from a pack ("5 gone from the strip", "the strip of her quinine has 3 gone"):
    # poisoning where a child is in the message (screen.py), not an adult counting their own
    "tablets_gone": (
        # "the packet is 6 down from what it should be", "the strip is four short"
        r"(?:strip|packet|pack|bottle|box|blister|tub)\s+(?:is|was|'s)\s+(?:\d+|a\s+few|several|two|three"
        r"|four|five|six|seven|eight|nine|ten)\s+(?:tablets\s+|pills\s+)?(?:down|short)\b"
        r"|(?:\d+|some|a\s+few|several|two|three|four|five|six)\s+(?:tablets\s+|pills\s+)?(?:gone|missing)"
        r"\s+(?:from|out\s+of)\s+(?:the|her|his|my|gran'?s|\w+'s)\s+(?:strip|packet|pack|bottle|box"
        r"|blister|tub)"
        r"|(?:blister\s+)?(?:strip|packet|pack|bottle|box|blister|tub)(?:\s+of\s+(?:[\w']+\s+){0,2}?[\w']+)?"
        r"(?:'s|\s+has|\s+had|\s+is|\s+was)\s+(?:got\s+)?"
        r"(?:\d+|some|a\s+few|several|two|three|four|five|six)\s+(?:tablets\s+|pills\s+)?(?:gone|missing)"
        # tablets out of their pack or a bottle open, told any way: "a strip of her tablets
        # with 2 popped out", "looks like some gone", "sat with my amitriptyline bottle lid off"
        r"|(?:tablets|pills|capsules|meds|medicines?|quinine|strip|packet|blister|bottle|tub|box)\b"
        r"[^.!?]{0,60}?\b(?:\d+|some|a\s+few|several|two|three|four|five|six)\s+(?:of\s+them\s+)?"
        r"(?:are\s+|is\s+|have\s+|'re\s+)?(?:popped\s+out|gone|missing|out)\b"
        r"|\b(?:looks?|seems?)\s+like\s+(?:\d+|some|a\s+few|several|two|three)\s+(?:are\s+|have\s+)?"
        r"(?:gone|missing)"
        # counted and short: "we counted and 4 tablets are missing"
        r"|(?:\d+|some|a\s+few|several|two|three|four|five|six)\s+(?:of\s+(?:the|her|his|my)\s+)?"
        r"(?:\w+\s+)?(?:tablets|pills|capsules|tabs)\s+(?:are\s+|were\s+|have\s+|had\s+)?(?:gone|missing)\b"
        r"|(?:bottle|tub|jar|box|packet|pot)\s+(?:\w+\s+){0,2}?(?:lid|top|cap)\s+(?:off|open)"
        r"|(?:lid|top|cap)\s+(?:was\s+|is\s+|had\s+come\s+|came\s+)?off\s+(?:the\s+|my\s+|her\s+|his\s+"
        rf"|\w+'s\s+)?(?:\w+\s+){{0,2}}?(?:bottle|tub|jar|tablets|pills|meds|{MEDICINE_NAME})"
        r"|(?:found|caught|saw)\s+(?:[\w']+,?\s+){0,5}?(?:with|holding|chewing|eating|sucking\s+on)\s+"
        r"(?:\w+'?s?\s+){0,3}?(?:tablets|pills|capsules|meds|medicines?|quinine)"
        # into someone's pill box: "got into her weekly pill box, 3 of the little doors open"
        r"|(?:got\s+into|been\s+in|opened|into)\s+(?:(?:my|her|his|the|our|\w+'?s)\s+)?(?:\w+\s+)?"
        r"(?:pill\s*box|pill\s+organi[sz]er|dosette|medicine\s+(?:cabinet|cupboard|box|drawer))"
        r"|(?:days?|doors?|compartments?|slots?|pill\s*box|dosette|organi[sz]er|bottle|packet|tub"
        r"|pack|strip|blister)(?:\s+of\s+(?:[\w']+\s+){0,2}?[\w']+)?\s+(?:are|is|were|was)\s+"
        r"(?:\w+\s+)?(?:empty|open)"
        r"|(?:got\s+into|been\s+in|went\s+through|rummag\w+\s+in|play\w*\s+with)\s+"
        r"(?:(?:my|her|his|the|our|\w+'?s)\s+)?"
        r"(?:hand)?(?:bag|purse)\b[^.!?]{0,100}?\b(?:pills?|tablets?|meds|medicines?|quinine|capsules)"
        # the bubbles of a strip empty, tablets not found: "two of the bubbles are empty and i
        # cant find the tablets anywhere"
        r"|(?:bubbles?|blisters?|pockets?|foils?)\s+(?:\w+\s+){0,2}?(?:are|is|were|was|have\s+been|'re)\s+"
        r"(?:\w+\s+)?(?:empty|popped|open|opened|burst|pushed\s+through)"
        r"|can'?t\s+find\s+(?:the|my|her|his|some\s+of\s+(?:the|my|her|his))\s+(?:\w+\s+)?(?:tablets|pills"
        r"|capsules|meds)"
        # a pack got hold of or opened: "got hold of my quinine strip", "opened my cramp pills"
        r"|(?:got\s+hold\s+of|opened|got\s+into|been\s+into|chewing\s+on|chewed)\s+(?:my|her|his|the|our"
        r"|\w+'?s)\s+(?:[\w'-]+\s+){0,2}?(?:strip|packet|blister|bottle|tub|box|tablets|pills|meds"
        rf"|capsules|{MEDICINE_NAME})\b"
        # a pack full before and empty now: "was full this morning and now it's empty"
        r"|(?:strip|packet|pack|blister|bottle|tub|box)\b[^.!?]{0,40}?\b(?:was|were)\s+(?:nearly\s+|almost\s+)?full\b"
        r"[^.!?]{0,40}?\b(?:now|and)\s+(?:it'?s|it\s+is|they'?re|they\s+are|(?:it|they)\s+(?:was|were))\s+"
        r"(?:\w+\s+)?empty"
        # a box found empty: "found her quinine box empty and it was nearly full on Monday"
        r"|(?:box|bottle|packet|tub|pack|strip|blister)\s+(?:is\s+|was\s+|'s\s+)?(?:now\s+|already\s+"
        r"|completely\s+|totally\s+|almost\s+|nearly\s+)?empty\b"
        # some of someone's medicine swallowed: "my son swallowed some of my quinine", "she may
        # have eaten a couple of nana's tablets"
        # (not "took one of my paracetamol": taken is what adults do with a tablet)
        r"|(?:swallowed|ate|eaten|chewed|sucked|got\s+hold\s+of)\s+(?:(?:some|a\s+few"
        r"|a\s+couple|one|two|three|four|five|\d+|a\s+handful|several)\s+)of\s+(?:my|his|her|their|the"
        rf"|our|your|\w+'?s)\s+(?:[\w'-]+\s+){{0,2}}?(?:tablets?|tabs|pills?|meds|medicines?|capsules"
        rf"|{MEDICINE_NAME})\b"
    ),
    "poison": (
        r"(?:swallowed|drank|drunk|ate|ingested|inhaled|breathed\s+in|sniffed|huffed|splashed"
        r"|spilled|spilt|spray(?:ed|ing)|got|using|used|mixing|mixed|chewed|sucked|licked)\s+"
        # (not over a moment's gap: "drank my coffee while cleaning the brushes with white spirit")
        r"(?:(?!while\b|whilst\b|then\b|before\b|after\b)\w+\s+){0,4}?(?:bleach|weed\s*killer|pesticides?"
        r"|insecticides?|herbicides?|antifreeze|poison\w*|chemicals?|cleaning\s+(?:product|fluid"
        r"|stuff)|detergent|rat\s+poison|paraquat|fumes|gas|roundup|glyphosate|crop\s+spray"
        r"|something\s+toxic|toxic\s+\w+|solvents?|paint\s+thinner|white\s+spirit|sheep\s+dip\w*)"
        # soaked in a chemical, or breathed a load of it in: "sprayer hose burst and soaked me
        # with pesticide, breathed a load in too"
        r"|(?:soaked|drenched|covered|doused|showered|splattered|splashed)\s+(?:me|him|her|us|them|my\s+\w+"
        r"|his\s+\w+|her\s+\w+)\s+(?:\w+\s+){0,2}?(?:with|in)\s+(?:\w+\s+){0,2}?(?:pesticides?|insecticides?"
        r"|herbicides?|weed\s*killer|chemicals?|bleach|poison\w*|organophosph\w*|sheep\s+dip\w*|solvents?"
        r"|paraquat|glyphosate|roundup|fungicides?)"
        # the present: "i spray pesticides on the farm"
        r"|\bsprays?\s+(?:the\s+|some\s+|my\s+|our\s+)?(?:pesticides?|insecticides?|herbicides?|weed\s*killer"
        r"|fungicides?|chemicals?|organophosph\w*|paraquat|glyphosate|roundup)\b"
        # ... or the chemical told first: "sheep dip splashed right over my legs"
        r"|(?:pesticides?|insecticides?|herbicides?|weed\s*killer|chemicals?|bleach|sheep\s+dip\w*"
        r"|organophosph\w*|solvents?|paraquat|fungicides?|sprays?)\s+(?:\w+\s+){0,2}?(?:splashed|spilled|spilt"
        r"|sprayed|soaked|poured|leaked|went|got)\s+(?:\w+\s+){0,2}?(?:over|on|onto|into|down|through)\s+"
        r"(?:me|my|his|her|him)\b"
        # (a greenhouse or a house fumigated: "fumigating with a smoke bomb ... breathed loads in")
        r"|(?:pesticides?|insecticides?|herbicides?|weed\s*killer|chemicals?|fumes|spray|organophosph\w*"
        r"|sheep\s+dip\w*|solvents?|paraquat|fungicides?|fumigat\w*|(?:smoke|bug|flea|insect)\s+bombs?"
        r"|foggers?|chlorine|ammonia)\b[^.!?]{0,80}?\bbreathed\s+(?:a\s+load|loads|lots"
        r"|some|a\s+lot|it|them|the\s+\w+)\s+(?:of\s+(?:it|them)\s+)?in\b"
        # back into a room fumigated too soon: "set off a flea bomb and went back in too soon"
        r"|(?:fumigat\w*|(?:smoke|bug|flea|insect)\s+bombs?|foggers?)\b[^.!?]{0,80}?\b(?:went|came|got"
        r"|go|going|walked|nipped|popped)\s+back\s+in(?:side|to)?\b[^.!?]{0,30}?\b(?:too\s+(?:soon|early"
        r"|quickly|fast)|before\s+(?:it|the)\b)"
        # fumes of a fire burning indoors, told by what they do: "in the caravan with the gas
        # heater on and all of us are dizzy and been sick" (carbon monoxide)
        # an engine run indoors: "running the petrol generator in the garage with the door shut ...
        # now got a pounding head feel sick and dizzy"
        r"|(?:generator|genny|(?:car|van|engine)\s+(?:\w+\s+)?running)\b[^.!?]{0,80}?\b(?:garage|shed|tent"
        r"|caravan|indoors|inside|cellar|basement|barn)\b[^.!?]{0,100}?\b(?:dizzy|drows\w*|headaches?"
        r"|pounding\s+head|been\s+sick|being\s+sick|feel\w*\s+sick|vomit\w*|confused|passed\s+out|faint\w*"
        r"|sleepy)"
        r"|(?:gas|paraffin|kerosene|charcoal|calor|propane|patio|wood)\s+(?:heater|fire|stove|burner"
        r"|lamp|bbq|barbecue)s?\b[^.!?]{0,100}?\b(?:dizzy|drows\w*|headaches?|been\s+sick|being\s+sick"
        r"|vomit\w*|throw\w*\s+up|not\s+making\s+sense|confused|passed\s+out|faint\w*|sleepy)"
        r"|(?:dizzy|drows\w*|headaches?|been\s+sick|vomit\w*|confused|passed\s+out|faint\w*)\b"
        r"[^.!?]{0,60}?\b(?:since|after|when)\s+(?:\w+\s+){0,3}?(?:lit|put\s+on|turned\s+on|started)\s+"
        r"(?:the|a|our|my)\s+(?:gas|paraffin|kerosene|charcoal|calor|propane|patio|wood)\s+(?:heater|fire"
        r"|stove|burner|lamp|bbq|barbecue)"
        # wild mushrooms or berries eaten, then ill, or named as a deadly kind: "picked wild
        # mushrooms and fried them up, few hours later both throwing up", "might be death caps"
        # (the illness may be told in the next sentence: "picked mushrooms in the woods and
        # cooked them. since the evening i'm vomiting"; mushrooms told by where they were found)
        r"|(?:(?:wild|foraged|picked|found|gathered|collected|garden|unknown)\s+(?:\w+\s+){0,3}?"
        r"(?:mushrooms?|toadstools?|fungi|berries)|(?:mushrooms?|toadstools?|fungi|berries)\s+(?:\w+\s+)?"
        r"(?:in|from|off|on)\s+(?:the|a|our|my)\s+(?:\w+\s+)?(?:woods?|forest|field|park|garden|lawn"
        r"|hedge\w*|bush\w*|trees?|verge|hills?|mountains?)"
        # "some mushrooms he picked in the woods"
        r"|(?:mushrooms?|toadstools?|fungi|berries)\s+(?:(?:he|she|we|i|they|my\s+\w+)\s+)?(?:had\s+)?"
        r"(?:picked|found|foraged|gathered|collected))"
        r"\b(?:[^.!?]|[.!?]+\s*){0,160}?(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:throw\w*\s+up|vomit\w*"
        r"|been\s+sick|being\s+sick|stomach\s+(?:pain|cramps?|ache)|tummy\s+(?:pain|cramps?|ache)"
        r"|diarrh\w*|poison\w*|toxic|dizzy|drows\w*|sleepy|unwell|poorly|confused|hallucinat\w*)"
        # a poisonous plant eaten, chewed or sucked: "my toddler chewed a foxglove leaf", "ate
        # some berries off the yew", "i think i ate hemlock"
        r"|(?:swallowed|swallow|ate|eaten|eat|eating|chewed|chewing|chew|munched|munching|nibbled"
        r"|sucked|sucking|licked|tasted|had)\s+(?:on\s+|at\s+)?(?:[\w']+\s+){0,8}?(?:foxgloves?|yews?"
        r"|oleanders?|hemlock|laburnum|lily\s+of\s+the\s+valley|monkshood|aconite|(?:deadly\s+)?nightshade"
        r"|belladonna|datura|jimson\s*weed|angel'?s\s+trumpets?|castor\s+(?:oil\s+)?(?:beans?|seeds?)"
        r"|rosary\s+peas?|daffodil\s+bulbs?|cuckoo\s*pint|lords?\s+and\s+ladies)"
        r"|death\s*-?\s*caps?|destroying\s+angels?|deadly\s+nightshade"
        # tablets taken, then hard to keep awake or slurring: "took 4 of my zopiclone with most of
        # a bottle of wine ... cant keep my eyes open"
        r"|(?:took|taken|swallowed|necked|downed)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
        r"|a\s+handful|a\s+load|loads|several|a\s+few\s+extra)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|their\s+|the\s+)?"
        r"[\w-]+\b[^.!?]{0,120}?\b(?:can'?t\s+keep\s+(?:my|his|her|their)\s+eyes\s+open|slurr\w*|won'?t\s+wake"
        r"|can'?t\s+wake|so\s+drowsy|really\s+drowsy|very\s+drowsy|unresponsive|barely\s+conscious)"
        # a household product in a child's mouth: "got some laundry gel in her mouth from a pod"
        r"|(?:(?:laundry|dishwasher|washing)\s+(?:gel|liquid|pods?|tablets?|capsules?|powder)|liquitabs?|bleach"
        r"|detergent|(?:drain|oven|toilet)\s+cleaner|e-?liquid|weed\s*killer)\b[^.!?]{0,50}?\b(?:in|into|round"
        r"|around)\s+(?:his|her|their|my)\s+mouth"
        # more painkillers or sleeping tablets than a day allows, told by the number: "took about
        # 16 paracetamol over the day" (not a daily dose: "8 tablets a day")
        r"|(?:took|taken|had|swallowed|necked|downed)\s+(?:about\s+|around\s+|like\s+|maybe\s+|over\s+|at\s+least\s+)?"
        r"(?:9|1\d|2\d|[3-9]\d|nine|ten|eleven|twelve|fifteen|sixteen|twenty|a\s+dozen)\s+(?:of\s+)?(?:my\s+|the\s+"
        r"|his\s+|her\s+)?(?:paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|codeine|ibuprofen|nurofen"
        r"|advil|aspirin|painkillers?|sleeping\s+(?:tablets|pills)|quinine|diazepam|zopiclone)\b"
        r"(?!\s+(?:\w+\s+){0,2}?(?:a|per|each|every)\s+day\b|\s+(?:\w+\s+)?daily\b)"
        # household products, swallowed: "drank some washing up liquid", "chewed a dishwasher
        # tablet"
        r"|(?:swallowed|drank|drunk|ate|eaten|ingested|chewed|sucked|licked|bit|swig\w*|gulp\w*|sipped"
        r"|(?:took|had)\s+a\s+(?:swig|gulp|sip|mouthful|taste|lick))\s+"
        r"(?:(?!while\b|whilst\b|then\b|before\b|after\b)\w+\s+){0,7}?"
        rf"(?:{_HOUSEHOLD_POISON}"
        # what is kept under the sink: "drank something from the bottle under the sink"
        r"|(?:\w+\s+){0,2}?(?:under|from\s+under)\s+the\s+(?:kitchen\s+|bathroom\s+)?sink)"
        # ... from a bottle that held it: "drank from a lemonade bottle that had weedkiller in it"
        r"|(?:drank|drunk|swallowed|sipped|gulped|swigged|(?:had|took)\s+a\s+(?:sip|swig|gulp|mouthful))\s+"
        r"(?:\w+\s+){0,6}?(?:bottle|cup|glass|can|jar|flask|container|mug)\b[^.!?]{0,50}?\b(?:had"
        r"|with|contained|containing|was|full\s+of|held)\s+(?:\w+\s+){0,2}?"
        rf"(?:{_HOUSEHOLD_POISON}|pesticides?|insecticides?|poison|chemicals?|solvents?|paint\s+thinner)"
        # ... the product named first: "found him with the drain cleaner bottle, he swallowed some"
        rf"|(?:{_HOUSEHOLD_POISON})\b[^.!?]{{0,60}}?\b(?:swallowed|drank|drunk|ate|eaten|sipped|gulped"
        r"|licked)\s+(?:some|a\s+bit|a\s+little|it|a\s+mouthful|a\s+sip|a\s+swig|a\s+gulp"
        r"|a\s+few|one|some\s+of\s+(?:it|them))\b"
        # the present tense of second-language English: "my son he drink the liquid for the
        # plants, the insecticide"
        r"|(?:drink|drinks|eat|eats|swallow|swallows)\s+(?:(?!water|tea|coffee|beer|juice|milk)[\w',]+\s+){0,6}?"
        r"(?:bleach|weed\s*killer|pesticides?|insecticides?|herbicides?|antifreeze|poison\w*"
        r"|chemicals?|detergent|rat\s+poison|paraquat|roundup|glyphosate|kerosene|paraffin)"
        r"|(?:too\s+many|a\s+(?:whole\s+|big\s+|full\s+)?handful\s+of|handfuls\s+of"
        r"|(?:a\s+|the\s+|her\s+|his\s+|my\s+)?whole\s+(?:packet|bottle|strip|box|sheet|blister|pack)\s+of|a\s+load\s+of|extra"
        # not the many tablets of a daily habit: "she takes lots of tablets for her heart",
        # "he's on loads of pills"
        r"|(?<!takes\s)(?<!take\s)(?<!taking\s)(?<!on\s)(?:plenty|loads|lots|a\s+(?:whole\s+|big\s+"
        r"|massive\s+|huge\s+)?(?:load|lot|bunch|heap|pile|fistful))\s+of)"
        r"\s+(?:[\w']+\s+){0,3}?(?:tablets|pills|capsules|quinine|doses"
        r"|meds)|(?:took|taken|take|takes|taking|had|swallowed|given|giving)\s+(?:a\s+)?(?:double|twice)"
        r"\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|a\s+)?(?:\w+\s+)?(?:dose|doses|quinine|tablets"
        rf"|pills|meds|amount|{MEDICINE_NAME})"
        # a dose doubled, not shifts or training doubled: "doubled up on her heart tablets",
        # not "doubled up on shifts this week"
        r"|doubled\s+up\s+on\s+(?:(?:my|his|her|their|the|a|your)\s+)?(?:[\w']+\s+){0,3}?(?:doses?"
        rf"|tablets?|pills?|meds|medications?|medicines?|quinine|capsules|tabs|{MEDICINE_NAME})\b"
        r"|doubled\s+up\s+on\s+(?:it|them|the\s+dose)\b"
        # a dose taken twice over: "I think she's taken them twice today", "took it twice by
        # mistake"
        r"|(?:took|taken|had)\s+(?:them|it|(?:her|his|my|their)\s+(?:\w+\s+)?(?:tablets?|pills?|meds|dose"
        r"|quinine))\s+twice\s+(?:today|tonight|this\s+(?:morning|evening|afternoon)|by\s+(?:mistake"
        r"|accident)|already|in\s+(?:one|a|the\s+same)\s+(?:day|night|go|evening|morning))"
        # a double dose, the medicine named before: "mixed up the pill organiser and has been
        # taking double for 4 or 5 days", "took double by mistake"
        # a dose taken again, forgetting the first: "took his sleeping tablets then forgot and took
        # another lot", "had a second dose by mistake", "forgot she'd already taken them"
        rf"|(?:tablets|pills|meds|medication|capsules|tabs|{MEDICINE_NAME})\b[^.!?]{{0,40}}?\b(?:took"
        r"|taken|had|swallowed)\s+(?:another|a\s+second|an\s+extra)\s+(?:lot|load|batch|round|handful"
        r"|strip|dose)\b|forgot\s+(?:and\s+)?(?:took|taken|had)\s+(?:them|it|another)\b"
        r"|forgot\s+(?:he|she|i|they|we)\s*(?:'d|had|d)?\s+(?:already\s+)?(?:taken|had)\s+(?:them|it|his"
        r"|her|my|their)\b"
        r"|(?:taking|took|taken|had)\s+double\s+(?:for\s+(?:\d|a|the|two|three|four|five|days|weeks)"
        r"|since|by\s+(?:mistake|accident)|without)"
        # (not the slang of a workout or a treat: "overdosed on leg day lol")
        # (not drinks: "had a few too many at the wedding", "one too many pints")
        r"|(?:took|taken|had)\s+(?!(?:a\s+few|one|a\s+couple)\s+too\s+many\b(?!\s+(?:of\s+)?(?:my\s+|his\s+"
        r"|her\s+|the\s+)?(?:tablets|pills|tabs|meds|capsules|quinine|paracetamol|sleeping)))"
        r"(?:\w+\s+){0,3}?too\s+many(?!\s+(?:drinks|pints|beers|glasses|shots|bevvies|wines|ciders"
        r"|cocktails|jagers)\b)|overdos\w*(?!\s+on\s+(?:the\s+)?(?:leg\s+day|gym"
        r"|training|cardio|squats|running|miles|sun|sunshine|chocolate|sugar|sweets|cake|coffee|caffeine"
        r"|netflix|tv|work|exercise|steps|hills|carbs)\b)"
        # nicotine liquid swallowed: "got hold of my vape refill and drank some of it"
        r"|(?:vape|e-?liquid|nicotine)\s+(?:[\w-]+\s+){0,5}?(?:and\s+)?(?:drank|drunk|swallowed|sipped"
        r"|licked|ate|eaten)\b|(?:drank|drunk|swallowed|sipped|licked)\s+(?:\w+\s+){0,3}?(?:vape|e-?liquid"
        r"|nicotine)\b"
        # ... or by a pronoun, the medicine named before: "gets quinine for her cramps and shes got
        # muddled and taken loads of them"
        rf"|(?:{MEDICINE_NAME}|tablets|pills|meds|capsules)\b[^.!?]{{0,60}}?\b(?:took|taken|swallowed"
        r"|necked|downed|popped|had)\s+(?:loads|lots|heaps|tons|a\s+load|a\s+lot|a\s+handful|all|the\s+whole"
        r"\s+(?:strip|packet|pack|box|bottle|lot))\s+of\s+(?:them|those|these|it)\b"
        # (not over weeks: "took loads of them over the month, no change")
        r"(?![\s,]+(?:over|for|during|throughout|every|each|daily|a\s+day|per\s+day|in\s+the\s+last)\b)"
        # loads of a medicine by its name: "took loads of paracetamol and ibuprofen"
        r"|(?:took|taken|swallowed|necked|downed|popped)\s+(?:loads|lots|heaps|tons|a\s+load|a\s+lot"
        rf"|a\s+heap|a\s+bunch|a\s+handful)\s+of\s+(?:(?:my|his|her|their|the)\s+)?{MEDICINE_NAME}"
        # ten or more, all at once: "about 16 tablets altogether"
        r"|(?:\d{2,}|ten|twelve|fifteen|twenty|thirty)\s+(?:tablets?|pills?|tabs?|capsules?)\s+"
        r"(?:altogether|all\s+together|in\s+total|in\s+one\s+go|at\s+once)"
        # many tablets at once, by their count: "took like 10 of my mum's quinine tablets",
        # "took 8 quinine tabs", "took four or five of them" (one or two is a usual dose: "took
        # 2 tablets for the cramp")
        rf"|{_MANY_TABLETS}"
        r"|(?<!food\s)(?<!lead\s)poison(?:ed|ing)|carbon\s+monoxide"
        r"|(?:spray\w*|drift\w*|fumes?)\s+(?:\w+\s+){0,6}?(?:over|on)\s+(?:us|me|my\s+skin)"
        # "got the drift right in our faces", "the fumes went straight into my lungs"
        r"|(?:drift|fumes?)\s+(?:\w+\s+){0,3}?(?:in|into)\s+(?:my|our|his|her|their)\s+"
        r"(?:faces?|eyes|mouths?|lungs)"
        r"|(?:plane|crop\s*duster|tractor)\s+(?:was\s+)?spray\w*|bleach\s+(?:fumes|and\s+\w+)"
        r"|organophosphates?|nerve\s+agent|(?:mixed|mixing)\s+bleach"
        # many tablets however they went down: "he drink many quinine tablets", "ate loads of
        # her pills"; and tablets told with a count of ten or more after them ("quinine
        # tablets, maybe 20")
        r"|(?:swallow\w*|drink|drinks|drank|drunk|eat|eats|ate|eaten)\s+(?:so\s+|too\s+|very\s+)?"
        r"(?:many|lots\s+of|loads\s+of|plenty\s+of)\s+(?:\w+\s+){0,2}?(?:tablets|pills|meds|capsules|tabs)"
        r"|(?:tablets|pills|tabs|capsules)\s*,?\s+(?:maybe|about|like|around|nearly|perhaps|almost"
        r"|over)\s+(?:\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty)\b(?!\s*(?:years?|yrs?"
        r"|days?|months?|weeks?|mg|mcg|minutes?|mins?|hours?|hrs?|%))"
        # "by mistake take many of his tablets", "20 or more of his pills"
        r"|(?:take|takes|took|taken|swallow\w*)\s+(?:so\s+|too\s+)?(?:many|lots|loads|plenty)\s+of\s+"
        r"(?:his|her|my|the|their)\s+(?:\w+\s+)?(?:tablets|pills|meds|capsules)"
        # "took all my quinine tabs", "swallowed the whole packet of his pills"
        r"|(?:took|taken|swallowed|had|necked|downed)\s+(?:all|(?:the|a|an)\s+(?:whole|entire|full)\s+(?:lot"
        r"|box|pack|packet|bottle|strip|blister))\s+(?:of\s+)?(?:my|his|her|the|their)\s+(?:[\w']+\s+){0,2}?"
        r"(?:tablets|tabs|pills|meds|quinine|capsules)"
        # the whole strip taken, the tablets named before: "gets quinine for her night cramps.
        # shes just told me she took the whole strip"
        r"|(?:took|taken|swallowed|necked|downed)\s+(?:the|a|an|her|his|my)\s+(?:whole|entire|full)\s+"
        r"(?:strip|blister)\b(?!\s+of\b)"
        # a share of a pack taken at once: "took half a strip of paracetamol in one go", "had
        # most of the box of co-codamol"
        r"|(?:took|taken|swallowed|had|ate|eaten|downed|necked|popped)\s+(?:\w+\s+){0,2}?(?:half|most"
        r"|the\s+rest|a\s+whole|the\s+whole)\s+(?:of\s+)?(?:a|the|my|his|her)?\s*(?:strip|packet|pack"
        r"|box|bottle|blister|sheet|tub)\s+of\s+(?:(?:my|his|her|the|their)\s+)?(?:\w+\s+)?(?:tablets"
        rf"|pills|capsules|meds|painkillers|{MEDICINE_NAME})"
        # a share of the pack, the tablets named before: "got into his baclofen and swallowed
        # most of the pack" (not "most of the pack of biscuits")
        r"|(?:took|taken|swallowed|downed|necked|popped)\s+(?:\w+\s+){0,2}?(?:half|most"
        r"|the\s+rest|all)\s+of\s+(?:the|a|his|her|my|their)\s+(?:strip|packet|pack|box|bottle|blister|sheet"
        r"|tub)\b(?!\s+of\b)"
        # a whole pack gone, the tablets named before: "swallowed the whole strip by mistake"
        rf"|(?:tablets?|tabs|pills?|capsules?|comprim\w*|meds|medicines?|medication|{MEDICINE_NAME})"
        r"\b[^.!?]{0,100}?\b(?:took|taken|swallowed|had|ate|eaten|downed)\s+(?:the\s+|a\s+)?(?:whole"
        r"|entire|full)\s+(?:strip|packet|pack|box|bottle|blister|sheet|tub|lot)\b"
        # ... not a packet of something else ("had the whole packet of biscuits")
        r"(?!\s+of\s+(?!(?:my|his|her|the|their|those|these|them|its?)\b|quinine|tablets|tabs|pills"
        r"|capsules|meds|medicine)\w)"
        # too many tablets in the writer's own language: French, Spanish, Portuguese, Italian,
        # German ("a pris trop de comprimés de quinine", "tomó demasiadas pastillas")
        r"|trop\s+de\s+(?:comprim[ée]s|cachets|pilules|m[ée]dicaments|g[ée]lules)"
        # a whole or half pack in those languages: "toute la boîte de mes comprimés", "media caja
        # de pastillas", "a cartela inteira", "die ganze Packung Schmerztabletten"
        r"|(?:toute|la\s+moiti[ée]\s+de)\s+(?:la\s+|ma\s+|une\s+)?(?:bo[iî]te|plaquette)"
        r"|(?:toda|media|la\s+mitad\s+de)\s+(?:la\s+|una\s+|mi\s+)?(?:caja|tira|bl[íi]ster)\s+de"
        r"|(?:cartela|caixa)\s+(?:inteira|toda)|(?:toda|meia|metade\s+da)\s+(?:a\s+)?(?:cartela|caixa)"
        r"|(?:ganze|halbe)\s+(?:packung|schachtel|blister\w*|tablettenpackung)"
        r"|demasiad[oa]s\s+(?:pastillas|p[íi]ldoras|tabletas|comprimidos|medicamentos|medicinas)"
        r"|(?:comprimidos|rem[ée]dios|pastilhas|comprimidos)\s+(?:a\s+)?demais|muit[oa]s\s+(?:comprimidos"
        r"|rem[ée]dios|pastilhas)|troppe\s+(?:pastiglie|compresse|pillole)|zu\s+viele\s+(?:tabletten"
        r"|pillen|medikamente)"
        # "took her quinine tablets all at once"
        r"|(?:tablets|pills|capsules|quinine|meds)\s+(?:\w+\s+){0,3}?(?:all\s+)?(?:at\s+once|in\s+one\s+go)"
        # someone else's tablets taken ("she's had some of gran's quinine tablets", "ate a few of
        # the pills"), or tablets gone from the pack ("5 gone from the strip")
        r"|(?:had|taken|took|eaten|ate|swallowed|chewed|eating|chewing|swallowing)\s+(?:(?:maybe|about|around"
        r"|like|perhaps|possibly)\s+)?(?:(?:some|a\s+few|a\s+couple|one|\d+(?:\s+or\s+\d+)?)\s+"
        r"of\s+(?:the|her|his|their|\w+'?s)|\w+'s|someone\s+else'?s)\s+(?:\w+\s+){0,2}?(?:tablets"
        r"|pills|capsules"
        r"|medicines?|meds|quinine)"
        r"|(?:tablets|pills|medicines?|meds|quinine|capsules)\b[^.!?]{0,80}?\b(?:swallowed|ate|eaten|taken"
        r"|chewed)\s+(?:about\s+|maybe\s+|like\s+)?(?:\d+|two|three|four|five|six|seven|eight|a\s+few"
        r"|several|some)\s+(?:or\s+\w+\s+)?of\s+(?:them|those)"
        # (an owner's "s" with or without its apostrophe: "got into grandads tablets")
        r"|got\s+into\s+(?:my|the|her|his|our|\w+'?s)\s+(?:[\w']+\s+){0,2}?(?:tablets|pills|medicines?|meds"
        r"|quinine|capsules)"
        # a spray that reached the skin or the lungs, whatever it was: "spraying the paddy and
        # the mask strap snapped, got a face full"
        r"|(?:spray\w*|crop\s*-?\s*dust\w*)(?![^.!?]{0,60}\b(?:hose|water|sprinkler|rain|tan|sunscreen|suncream|deodorant"
        r"|perfume|paint|shower)\b)\s+(?:[\w']+\s+){0,12}?(?:(?:got|get|had)\s+a\s+(?:\w+\s+)?face\s*-?\s*full"
        r"|soaked|drenched|all\s+over\s+(?:me|my\s+\w+)|breathed\s+(?:it|some|the\s+\w+)\s+in"
        r"|leak\w*\s+(?:down|on|onto|over|all\s+over)|splash\w*|spill\w*|spilt"
        r"|(?:in|into)\s+my\s+(?:mouth|eyes?|face)"
        r"|mask\s+(?:\w+\s+){0,2}?(?:snapped|broke|slipped|came\s+off|failed))"
    ),
    # a bite or sting by something the writer did not see: an emergency only with a body-wide
    # reaction (rigid belly muscles, spreading cramps, sweating), see screen._emergency
    "unknown_bite": (
        # "something got the back of my right calf in the button grass"
        r"something\s+(?:\w+\s+)?(?:bit|stung|bitten|nipped|got\s+(?:me|my|him|her|the\s+(?:back|side"
        r"|front)\s+of\s+(?:my|his|her))|pricked)"
        # unseen, told by what was felt: "felt a pinprick on my hand", "something whacked my knee
        # in the long grass" (a bite only with a creature, marks or a body-wide reaction)
        r"|felt\s+(?:a|an|this)\s+(?:little\s+|tiny\s+|sharp\s+|sudden\s+)?(?:pin\s*-?\s*prick|prick|sting"
        r"|nip)\b|something\s+(?:\w+\s+)?(?:whacked|hit|struck|smacked|jabbed|stabbed)\s+(?:me|my|the|his|her)\b|(?:bit|bitten|stung)\s+(?:\w+\s+){0,3}?by"
        r"\s+(?:something|an?\s+(?:unknown|mystery)\s+\w+)|(?:bit|bitten|stung)\s+(?:\w+\s+){0,4}?"
        r"(?:no\s+idea|not\s+sure|don'?t\s+know|didn'?t\s+see)\s+(?:by\s+)?what"
        # "no idea what bit me", "dunno what stung him"
        r"|(?:no\s+idea|not\s+sure|don'?t\s+know|dunno|didn'?t\s+see)\s+what\s+(?:\w+\s+)?(?:bit|stung"
        r"|got)\s+(?:me|him|her|us|them)\b"
    ),
    "sweating": r"sweat(?:ing|y|ed)\s+(?:buckets|like\s+\w+|profusely)|drenched\s+in\s+sweat"
    r"|pouring\s+(?:with\s+)?sweat|(?:i'?m|is|he'?s|she'?s|am|was)\s+sweating|cold\s+sweats?"
    # heavy sweating in everyday words: "sweating loads", "soaked in sweat", "sweat pouring off"
    r"|sweat(?:ing|y|ed)\s+(?:so\s+much|loads|a\s+lot|lots|heaps|tons|heavily|like\s+crazy|bullets"
    r"|non[\s-]?stop)|(?:dripping|soaked|soaking|wet)\s+(?:with|in|through\s+with)\s+sweat"
    r"|sweat\s+(?:was\s+|is\s+)?(?:pouring|dripping|running|pissing)",
    # what an insecticide of the organophosphate kind (sheep dip, fly spray) does to the glands
    # and the eyes: "drooling", "mouth full of spit", "eyes streaming", "pinpoint pupils",
    # "sweating" (an acute poisoning only beside such a chemical, screen.py)
    "secretions": (
        r"drool\w*|slobber\w*|salivat\w*|froth\w*\s+at\s+the\s+mouth|dribbl\w*(?!\s+(?:the\s+|a\s+)?ball)"
        r"|(?:mouth|gob)\s+(?:\w+\s+)?(?:full\s+of|filling\s+(?:up\s+)?with)\s+(?:spit|saliva|dribble)"
        r"|(?:spit|saliva)\s+(?:\w+\s+)?(?:pouring|dripping|everywhere|non-?stop|constantly)"
        r"|eyes?\s+(?:are\s+|is\s+|keep\s+|won'?t\s+stop\s+)?(?:\w+\s+)?(?:streaming|watering|running"
        r"|weeping|pouring)|(?:streaming|watery|watering|weepy|running)\s+eyes"
        r"|tears\s+(?:\w+\s+)?(?:streaming|pouring|running)"
        r"|(?:pin\s*-?\s*point|pin\s*-?\s*prick|tiny)\s+pupils|pupils\s+(?:\w+\s+)?(?:tiny|pin\s*-?\s*(?:points?"
        r"|pricks?))|sweat(?:ing|y|s)?"
    ),
    # feeling poisoned, body-wide: sick, giddy, a pounding head ("feel sick", "nauseous",
    # "dizzy", "splitting headache"), with a chemical or fumes (screen.py)
    "unwell": (
        r"nause\w*|queas\w*|(?:feel|feels|feeling|felt)\s+(?:\w+\s+){0,2}?sick|muddled|sick\s+to\s+(?:my|the)\s+stomach"
        r"|headaches?|(?:pounding|thumping|splitting|throbbing|banging|sore)\s+(?:head|heads)\b"
        r"|head\w*\s+(?:is\s+|are\s+)?(?:pounding|thumping|splitting|throbbing|banging)"
        r"|dizz\w*|light[\s-]?headed\w*|woozy|groggy|drows\w*"
    ),
    # where carbon monoxide comes from, told now: an alarm for it going off ("the co alarm
    # keeps beeping"), or a fuel burnt in a closed space ("lit the disposable bbq inside the
    # tent", "a charcoal grill in the garage"); a poisoning with its signs (screen.py)
    "co_source": (
        r"(?:co|carbon\s+monoxide|monoxide)\s+(?:alarm|detector|sensor|monitor)s?\b[^.!?]{0,40}?"
        r"(?<!never\s)(?<!n't\s)(?<!not\s)(?<!nt\s)\b(?:going\s+off|went\s+off|gone\s+off|goes\s+off"
        r"|go\s+off|beep\w*|bleep\w*|sound\w*|screech\w*|shriek\w*|ringing|triggered|alarming"
        r"|flashing|blaring|red)"
        r"|(?:alarm|detector|sensor|monitor)\b[^.!?]{0,30}?\b(?:says|said|shows|showed|showing|reads"
        r"|reading|detect\w*|picked\s+up|went\s+off\s+for)\s+(?:high\s+|some\s+)?(?:co|carbon\s+monoxide)\b"
        r"|(?:bbq|barbecue|barbeque|grill|charcoal|generator|genny|brazier|camping\s+stove|gas\s+stove"
        r"|gas\s+heater|paraffin\s+heater|calor\s+(?:gas\s+)?heater|patio\s+heater|fire\s*pit|engine)s?\b"
        r"[^.!?]{0,40}?\b(?:inside|indoors|in(?:to|side)?\s+(?:the|our|my|a)\s+(?:tent|garage|caravan|camper|campervan"
        r"|motorhome|van|shed|cabin|house|kitchen|room|conservatory|basement|cellar|boat|awning|hut"
        r"|lounge|living\s+room))\b"
        r"|\b(?:in|inside)\s+(?:the|our|my|a)\s+(?:tent|caravan|camper|campervan|awning|garage|cabin|hut)\s+"
        r"(?:\w+\s+){0,4}?(?:with|had|lit|using|used|running)\s+(?:a|the|our|my)\s+(?:\w+\s+)?(?:bbq"
        r"|barbecue|barbeque|grill|charcoal|generator|brazier|stove|heater|burner)s?\b"
    ),
    # a gas or solid-fuel appliance that may leak carbon monoxide: a yellow or lazy flame, soot
    # or black marks round it ("the boiler flame is yellow", "sooty marks round the gas fire")
    "co_leak": (
        r"(?:yellow|orange|lazy|floppy|weak|sooty)\s+(?:\w+\s+)?flames?"
        r"|flames?\s+(?:\w+\s+){0,3}?(?:yellow|orange|lazy|floppy|sooty)\b"
        r"|(?:boiler|fire|heater|stove|hob|cooker|burner)s?\s+(?:\w+\s+)?(?:burns?|burning|burnt|looks?"
        r"|goes|gone|went|turned)\s+(?:\w+\s+)?(?:yellow|orange)\b"
        r"|(?:boiler|gas\s+fire|fire|heater|stove|hob|cooker|flue|appliance|fireplace|burner)s?\b[^.!?]{0,40}?"
        r"\b(?:soot\w*|black\s+(?:marks|stains?|staining|streaks)|(?:brown|black|dark)\s+(?:marks|stains?"
        r"|staining)|pilot\s+light\s+(?:\w+\s+)?(?:keeps\s+)?go(?:es|ing)?\s+out)"
        r"|(?:soot\w*|black\s+(?:marks|stains?|staining|streaks))\s+(?:\w+\s+){0,3}?(?:on|round|around|above"
        r"|near|by)\s+(?:the|our|my)\s+(?:\w+\s+)?(?:boiler|fire|heater|stove|hob|cooker|flue|appliance"
        r"|fireplace|burner)"
    ),
    # an insecticide of the organophosphate kind, named: "sheep dip", "organophosphate", "fly
    # spray for the cattle", "dipping the ewes"
    "pesticide": (
        r"organophosph\w*|insecticid\w*|pesticid\w*|sheep\s*-?\s*dip\w*|nerve\s+agents?"
        r"|(?:dip|dips|dipped|dipping)\s+(?:the\s+|our\s+|my\s+|his\s+|\d+\s+)?(?:sheep|ewes|lambs|flock|tups)"
        # (a farm's, not a kitchen's: "fly spray for the cattle", not "fly spray in the kitchen")
        r"|(?:flea|fly|tick|lice|louse|mite|blowfly)\s+(?:concentrate|dip)s?"
        r"|(?:cattle|sheep|livestock|farm)\s+(?:fly\s+|tick\s+|lice\s+)?(?:spray|pour[\s-]on|insecticide)s?"
        r"|(?:fly|tick|lice)\s+(?:spray|pour[\s-]on)s?\s+(?:\w+\s+)?(?:for|on)\s+(?:the\s+)?(?:cattle|cows|sheep"
        r"|calves|herd|flock|horses)"
        r"|chlorpyrifos|diazinon|malathion|dimethoate|parathion|carbamates?"
    ),
    # a bite or sting by a creature named as such, whichever way round it is told: "a redback
    # got me on the hand", "bitten by a copperhead", "felt a pinch and saw a spider with a red
    # hourglass run off"
    # a creature found where it could have stung unseen: "shook out my flip flop and a little
    # tan scorpion fell out", "found a spider in my boot" (poisoning with symptoms: screen.py)
    "creature_found": (
        r"(?:"
        + _CREATURE
        + r")s?\s+(?:\w+\s+){0,3}?(?:fell|crawled|dropped|scuttled|ran|came|shot)"
        r"\s+out\b"
        r"|(?:found|saw|spotted|noticed)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:" + _CREATURE + r")s?"
        r"\s+(?:\w+\s+){0,2}?in\s+(?:my|the|his|her)\s+(?:\w+\s+)?(?:shoe|boot|flip\s*flop|thong"
        r"|sandal|sock|bed|glove|sleeping\s+bag|trousers|jeans|pants|shorts|towel|clothes)s?"
    ),
    "bite": (
        r"(?:"
        + _CREATURE
        + r")(?:'s)?\s+(?:\w+\s+){0,6}?(?:bit|bite|bites|bitten|stung|sting|stings|stinged"
        r"|struck(?!\s+at)|got\s+(?:me|my|him|her)|nailed\s+(?:me|my)|clamped|latched)\b"
        r"(?!\s+(?:my|our|the|his|her|their)\s+(?:dog|cat|horse|pet|puppy|pup|kitten|pony))"
        # (by what someone was "pretty sure" it was: "by what we're pretty sure was an adder")
        r"|(?:bit|bitten|stung|struck)\s+(?:\w+\s+){0,9}?by\s+(?:[\w']+\s+){0,7}?\(?\s*(?:"
        + _CREATURE
        + r")"
        # bitten, in Tagalog and Malay: "nakagat ng ahas si lolo", "kena patuk ular"
        r"|(?:nakagat|kinagat|natuklaw|tinuklaw|digigit|gigit|dipatuk|dipagut|patuk|pic[oó]|mordi[oó]"
        r"|picado|mordido)\s+(?:\w+\s+){0,3}?(?:" + _CREATURE + r")"
        # "stepped on a scorpion", "sat on a spider"
        r"|(?:stepped|stood|trod|trodden|knelt|sat)\s+on\s+(?:a|an|the)\s+(?:\w+\s+)?(?:"
        + _CREATURE
        + r")"
        r"|(?:bit|bite|bitten|stung|sting|pinch|nip|jab|prick)\w*\s+(?:[\w',]+\s+){0,14}?(?:saw|spotted"
        r"|noticed|it\s+was|looked\s+like|there\s+was|there'?s|there\s+is"
        # named by someone who saw it: "my cousin say a tommygoff", "the guide reckons a viper"
        r"|says?|said|reckons?|reckoned|thinks?|thought)\s+(?:\w+\s+){0,4}?(?:" + _CREATURE + r")"
        r"|fang\s+(?:marks?|holes?|punctures?|wounds?)|(?:two|three|2|3|a\s+couple\s+of)\s+"
        r"(?:(?:little|tiny|small|red)\s+){0,2}(?:puncture\s+)?(?:punctures?|holes?|marks?|dots)[\s,]+"
        r"(?:[\w']+[\s,]+){0,6}?(?:snake|adder|viper)"
        # "something got my ankle ... saw a zigzag snake slither off. two little marks"
        r"|(?:snake|adder|viper|rattlesnake|rattler)\s+(?:\w+\s+){0,2}?(?:slither\w*|slid|shot|dart\w*)"
        r"\s+(?:off|away)\b[^.!?]{0,10}[.!?,]?\s*(?:\w+\s+){0,3}?(?:two|2)\s+(?:(?:little|tiny|small"
        r"|red)\s+){0,2}(?:puncture|holes?|marks?|dots)"
        r"|(?:pretty\s+sure|sure|think|thought|looked\s+like|must\s+have\s+been)\s+(?:it\s+was\s+)?"
        r"(?:a\s+)?(?:\w+\s+)?(?:snake|adder|viper|rattlesnake|rattler)\b(?!\s+(?:skin|plant))"
        r"|scorpion\s+sting|black\s+widow|brown\s+recluse|funnel[\s-]?web|red\s+hourglass"
    ),
    # a venomous creature named anywhere: with a bite by "something", that something
    "creature": _CREATURE,
    "exposure": (
        r"lead\s+(?:paint|pipes?|poisoning|exposure|dust|levels?|fumes|solder\w*|shot|batter(?:y|ies)"
        r"|smelt\w*|bullets?|ammo|based|glazes?|crystal|loading|came|soldiers|figures|figurines|ingots)"
        # lead as what is worked: "fishing weights from lead", "glazes mixed with lead", "years of
        # lead" (not "with lead time", "of lead singers", "from lead to lead")
        # (nor the heavy legs of a figure: "legs made of lead", "feet full of lead")
        r"|(?<!made\s)(?<!full\s)(?<!filled\s)(?<!legs\s)(?<!feet\s)(?<!arms\s)(?<!heavy\s)"
        r"(?:from|with|of)\s+(?:molten\s+|old\s+|scrap\s+|raw\s+|red\s+|white\s+)?lead\b(?!\s+(?:time|times"
        r"|role|singer|singers|guitar\w*|vocal\w*|up|to|on|off|out|the|a|an|me|him|her|us|them|by|for"
        r"|position|actor|actress|story|character|engineer|developer|nurse|teacher|generation)\b)(?!-)"
        r"|(?:shooting|firing)\s+range|smelter|battery\s+(?:plant"
        r"|factory|recycl\w*)|(?:work|works|working|worked|handle|handles|handling)\s+(?:\w+\s+){0,6}?with\s+"
        r"(?:lead|mercury|solvents?|(?:paint\s+)?thinners?|isocyanates?|benzene|toluene|pesticides?"
        r"|chemicals?)|mercury|arsenic|heavy\s+metals?"
        # in water a warning names as toxic: "swam in a lake with toxic blue-green algae", "an
        # algal bloom ... swam in it" (not a warning alone, nor a question about swimming)
        r"|(?:swam|swum|paddled|waded|dipped|went\s+in|fell\s+in|drank|swallowed|was\s+in|been\s+in)\b"
        r"[^.!?]{0,60}?\b(?:(?:toxic|poisonous|harmful)\s+)?(?:blue[\s-]*green\s+alga\w*|alga\w*\s+bloom"
        r"|cyanobacteria|toxic\s+alga\w*|alga\w*\s+(?:warning|notice|alert|advisory)s?)"
        r"|(?:blue[\s-]*green\s+alga\w*|alga\w*\s+bloom|cyanobacteria|toxic\s+alga\w*"
        r"|alga\w*\s+(?:warning|notice|alert|advisory)s?)[^.!?]{0,40}?\b"
        r"(?:swam|swum|paddled|waded|dipped|went\s+in|fell\s+in|drank|swallowed)\b"
        # a trade of solvents and sprays, for years: "15 years in a car body spray shop"
        r"|(?:spray|paint|body)\s*-?\s*(?:shop|booth|bay)\b[^.!?]{0,80}?\b(?:solvents?|thinners?"
        r"|isocyanates?|fumes|mask)"
        # lead told by the job: "breaking down old batteries for the lead", "melting lead for
        # fishing weights", "I strip lead flashing off roofs"
        r"|(?:batter(?:y|ies)|scrap|smelt\w*|melt\w*|pour\w*|molten|cast\w*|solder\w*|stained\s+glass|radiators?"
        r"|strip\w*|sand\w*)\s+(?:[\w']+\s+){0,5}?(?:the\s+lead\b|lead\b(?!\s+to\b(?!\s+(?:cast|make"
        r"|mould|mold|pour|form)\b)))"
        r"|\blead\s+(?:[\w']+\s+){0,3}?(?:out\s+of|from)\s+(?:\w+\s+)?(?:batter|scrap|radiator)\w*"
        r"|\blead\s+(?:flashing|weights|sinkers|ingots|sheet|roofing|crystal\s+glass)"
        r"|crop\s+sprayer|sheep\s+dip\w*|(?:dip|dips|dipped|dipping)\s+(?:the\s+|our\s+|my\s+|his\s+|\d+\s+)?"
        r"(?:sheep|ewes|lambs|flock|tups)\b"
        # the trade, not the service called in nor one job ("we had pest control round for mice",
        # "rang pest control", "a pest control job this morning")
        r"|(?<!had\s)(?<!rang\s)(?<!ring\s)(?<!called\s)(?<!call\s)(?<!phoned\s)(?<!sent\s)"
        r"(?<!booked\s)(?<!contacted\s)(?<!got\s)(?<!get\s)(?<!getting\s)pest\s+control(?:ler)?"
        r"(?!\s+(?:round|came|come|comes|coming|visit\w*|out|over|in\s+(?:for|to|about)|job\s+(?:this"
        r"|today|yesterday|earlier|last)|call-?\s*outs?\s+(?:this|today|yesterday))\b)"
        # a garden or farm chemical touched with bare skin: "touched weedkiller without gloves"
        r"|(?:touched|handled|got)\s+(?:some\s+)?(?:\w+\s+)?(?:weed\s*killer|pesticides?|insecticides?|herbicides?"
        r"|fungicides?|solvents?|paint\s+stripper)\s+(?:\w+\s+){0,2}?(?:without\s+(?:any\s+)?gloves|with\s+(?:my\s+)?bare"
        r"|on\s+my\s+(?:bare\s+)?(?:hands?|skin|arms?|fingers|legs?))"
        # fumes in a closed space: "using thinners in the shut garage", "spraying paint in a tiny
        # room with no window"
        r"|(?:solvents?|thinners?|white\s+spirit|paint\s+stripper|glue|varnish|lacquer|resin|spray\s+paint"
        r"|degreasers?|fumes)\b[^.!?]{0,60}?\b(?:(?:shut|closed|small|tiny|sealed)\s+(?:garage|room|shed"
        r"|bathroom|cupboard|space|workshop|basement|cellar)|no\s+(?:window|windows|ventilation|air)"
        r"|door\s+(?:shut|closed))"
        # inside a tank or a vat cleaned with them: "spent last week cleaning out a chemical tank
        # with solvents", "in the hold with degreaser"
        r"|\b(?:inside|in|into|cleaning(?:\s+out)?|cleaned(?:\s+out)?)\s+(?:a|the|an)\s+(?:[\w']+\s+)?"
        r"(?:tanks?|vats?|silos?|hold|vessel|sump|confined\s+space)\b[^.!?]{0,40}?\b(?:solvents?"
        r"|thinners?|chemicals?|degreasers?|fumes|white\s+spirit)"
        # solvents or sprays used as the day's work: "use thinners and solvents all day every
        # day", "mix and spray pesticides every day, its my job"
        r"|(?:use|uses|using|mix|mixes|mixing|spray|sprays|spraying|handle|handles|handling|breathe"
        r"|breathing)\s+(?:in\s+)?(?:(?:and|&)\s+\w+\s+)?(?:\w+\s+){0,2}?(?:solvents?|(?:paint\s+)?thinners?"
        r"|isocyanates?|benzene|toluene|white\s+spirit|paint\s+stripper|degreasers?|pesticides?|insecticides?"
        r"|herbicides?|fungicides?|organophosph\w*)\b(?=[^.!?]{0,60}?\b(?:all\s+day|every\s+day|daily"
        r"|for\s+(?:years|months|a\s+living|work)|at\s+work|(?:its|it'?s)\s+my\s+job|on\s+the\s+job"
        r"|(?:as\s+a|my|for\s+a)\s+hobby))"
        # infectious: sewage and flood water ("cleaning out the flooded cellar, sewage
        # everywhere", "waded through floodwater"); a septic tank emptied by hand
        r"|sewage|sewer\s+water|in\s+(?:the\s+)?sewers?\b|septic\s+tanks?|cesspits?|flood\s*waters?"
        r"|(?:unblock|unclog|clear|clean)\w*\s+(?:out\s+)?(?:the\s+|a\s+|our\s+)?sewers?\b"
        # lead a blood test found: "they said my lead was high", "raised blood lead"
        r"|\blead\s+(?:was|is|were|came\s+(?:back|out)|showed|reading|result)\s+(?:\w+\s+){0,2}?"
        r"(?:high|raised|elevated|up\b|over|above|through\s+the\s+roof)"
        r"|(?:high|raised|elevated)\s+(?:blood\s+)?lead\b|blood\s+lead|lead\s+in\s+(?:my|his|her"
        r"|the)\s+blood"
        # old paint cut, burnt or ground off metal, or stripped from an old house: lead fumes
        # and dust ("I cut up old painted steel", "torching painted beams", "sanding old paint")
        r"|(?:cut\w*|torch\w*|burn\w*|weld\w*|grind\w*|blast\w*|demoli\w*)\s+(?:\w+\s+){0,3}?"
        r"painted\s+(?:steel|metal|iron|beams?|girders?|bridges?|pipes?|railings?)"
        r"|(?:sand\w*|strip\w*|scrap\w*|burn\w*|heat[\s-]?gun\w*)\s+(?:off\s+)?(?:the\s+)?"
        r"(?:old|victorian|pre-?\d+)\s+(?:\w+\s+)?paint"
        r"|(?:break\w*|broke|recycl\w*|strip\w*|scrapp\w*|smash\w*|dismantl\w*|crack\w*)\s+"
        r"(?:up\s+|down\s+|open\s+)?(?:old\s+)?(?:car\s+|lead[\s-]acid\s+)?"
        r"batter(?:y|ies)"
    ),
    # --- urine, heat, infection, fluid loss
    "dark_urine": (
        # urine in the languages people mix into English: Tagalog "ihi", Spanish "orina",
        # Portuguese "xixi", "pipi", German "urin", Malay "kencing", Hindi and Urdu "peshab"
        r"(?:pee(?:d|ing)?|wee(?:ing)?|urine|urinated|piss(?:ed|ing)?|wee-?wee|ihi|orina|xixi|pipi|urin"
        # pee as dictation writes it, someone's own: "my pea is like cola colour", "peaing"
        r"|(?:(?<=my\s)|(?<=his\s)|(?<=her\s)|(?<=their\s))pea|peaing"
        # (a form's colon or dash between: "urine: dark brown like cola")
        r"|kencing|pe?shab)(?:\s*[:=-]\s*|\s+)(?:\w+\s+){0,8}?"
        r"(?:dark|brown|cola|coke|tea"
        r"|rust\w*|red|black|coffee|port|mahogany|guinness|bovril|marmite|builder'?s\s+(?:brew|tea)"
        r"|kopi|espresso|cocoa|chocolate|whisk(?:e)?y|bourbon|rum|brandy|stout|iced\s+tea)\w*"
        r"(?!\s+(?:yellow|orange|straw))|(?:dark|brown|cola|coke|tea|rust|coffee)[\s-]*"
        # "my water has gone dark brown like cola" (urine in older English)
        r"(?:colou?red\s+)?(?:pee|wee|urine)|(?:(?<=my\s)|(?<=his\s)|(?<=her\s))water\s+"
        # (where it was seen: "her water in the commode is dark brown like cola")
        r"(?:in\s+(?:the|her|his|my)\s+(?:commode|pot|potty|bottle|bag|catheter\s+bag|pan|bedpan|pad)\s+)?"
        r"(?:has\s+gone|is"
        r"|was|looks?|went|turned|'s|has\s+been)\s+(?:\w+\s+){0,2}?(?:dark|brown|cola|coke|tea|black"
        r"|rust\w*|red)\b|(?:dark|brown|cola|coke|tea|rust|coffee)[\s-]*"
        r"(?:colou?red\s+)?(?:pee|wee|urine)"
        # "went to the loo and it looked like flat cola"
        r"|(?:loo|toilet)\s+(?:[\w']+\s+){0,3}?(?:looked|looks|was|came\s+out)\s+(?:like\s+)?"
        r"(?:\w+\s+)?(?:cola|coke|tea|brown|dark\s+brown)\b|blood\s+in\s+(?:my\s+)?(?:pee|wee|urine)"
        # the usual colour denied, then the dark one told: "my urine is not clear, it's dark like
        # cola", "pee isn't normal, its brown"
        r"|(?:pee|wee|urine)\s+(?:is|was|'s|looks?|looked)?\s*(?:not|n'?t|isn'?t|wasn'?t)\s+"
        r"(?:clear|normal|pale|light|yellow)(?:\s+any\s*more|\s+anymore)?\s*[,;-]?\s*(?:but\s+)?"
        r"(?:it'?s|its|it\s+is|it\s+was|more|more\s+like|rather)?\s*(?:\w+\s+){0,2}?"
        r"(?:dark|brown|cola|coke|tea|rust\w*|black)\b"
        # the colour told later in the sentence: "peed an hour ago and it was the colour of cola"
        r"|(?:pee(?:d|ing)?|wee(?:d|ing)?|urine|urinated|piss(?:ed|ing)?)\b[^.!?;]{0,60}?"
        r"\b(?:colou?r|shade)\s+of\s+(?:flat\s+|dark\s+|strong\s+|black\s+|stewed\s+)?(?:cola|coke"
        r"|tea|coffee|rust|port|guinness|mahogany|bovril|marmite|stout)\b"
    ),
    "no_sweat": (
        # (not the weight sweated off: "stopped sweating off weight" for a jockey's weigh-in)
        r"(?:stopped|stop|quit|not|isn'?t|wasn'?t|ain'?t|aint|no\s+longer|hasn'?t\s+been)\s+sweat\w*"
        r"(?!\s+(?:off|it\s+(?:off|out)|the\s+weight|weight|pounds|kilos|\d))"
        r"|no\s+sweat|dry\s+as\s+a\s+bone"
        # a form's answer: "sweating - no", "sweat: none"
        r"|sweat\w*\s*[-:=?]\s*(?:no|none|nope|nah|zero)\b"
        r"|sweat\w*\s+(?:has\s+|had\s+)?(?:stopped|dried\s+up)"
        r"|dry\s+(?:and\s+)?hot\s+skin|hot\s*(?:,\s*|\s+and\s+|\s+)dry\s+skin|bone[\s-]*dry"
        # the skin said to be hot and dry: "her skin is burning hot and dry"
        r"|skin(?:'s|\s+(?:is|was|'s|feels?|felt|looks?|is\s+all))\s+(?:\w+\s+){0,2}?(?:hot\s+(?:(?:and|n|&)\s+)?dry"
        r"|dry\s+(?:and\s+)?(?:hot|burning))"
        # "she's burning hot but her skin is dry"
        r"|(?:hot|burning|roasting|boiling)\b[^.!?]{0,30}?\bskin(?:'s|\s+(?:is|was|feels?|felt|looks?"
        r"|is\s+all))\s+(?:\w+\s+)?dry\b"
    ),
    "confused": (
        r"confus\w*(?!\s+(?:about|by|as\s+to|which|what|whether|why|how|if|over))|disorient\w*|not\s+making\s+sense|slurr\w*|swaying|(?:passed|passing)\s+out"
        r"|faint\w*|collaps\w*|black(?:ed|ing)\s+out|(?:a\s+)?seizure|fitting|had\s+a\s+fit|gone\s+(?:really\s+)?quiet"
        # confusion in everyday words: talking nonsense, not knowing where one is
        r"|(?:ain'?t|aint|isn'?t|not)\s+making\s+(?:any\s+)?sense"
        r"|(?:talk\w*|speak\w*|say\w*|mumbl\w*|babbl\w*)\s+(?:\w+\s+)?(?:nonsense|gibberish|rubbish"
        r"|drivel|garbage)"
        r"|mumbling|babbling|incoherent|delirious|making\s+no\s+sense"
        # "saying random stuff", "talking weird things"
        r"|(?:saying|talking|spouting|muttering|says?|talks?|speaks?|speaking|tells?|telling)\s+(?:\w+\s+)?"
        r"(?:random|weird|strange|odd|crazy)\s+(?:stuff|things|words|nonsense)"
        # collapsed, told plainly: "he fall down", "she fell down and won't get up"
        r"|(?:(?:he|she|they|dad|mum|mom)\s+(?:just\s+|then\s+)?(?:fall|fell|falls)|(?:and|then)\s+(?:fall"
        r"|fell))\s+down(?!\s+(?:the|some|a|an|two|three|\w+s)\b)"
        r"|(?:doesn'?t|don'?t|didn'?t|does\s+not|did\s+not)\s+know\s+where\s+(?:he|she|they|i)"
        # not knowing what is going on: "keeps asking what race this is", "asked me the same
        # thing over and over", "doesn't know what day it is", "didn't recognise me"
        r"|(?:keeps?|kept)\s+(?:on\s+)?asking\s+(?:me\s+|us\s+)?(?:where\s+(?:he|she|they|we|i)\s+"
        r"(?:is|are|am|was|were)\b(?!\s+(?:going|off|staying|heading))|what\s+(?:day|year|month|race|time)\s+it\s+is|who\s+(?:i|we)\s+"
        r"(?:am|are)|what\s+(?:happened|is\s+going\s+on|race\s+this\s+is))"
        r"|ask\w*\s+(?:me\s+|us\s+)?(?:the\s+same"
        r"\s+(?:thing|question)|over\s+and\s+over)|repeating\s+(?:himself|herself|themselves)"
        r"|(?<!i\s)(?:doesn'?t|don'?t|didn'?t|does\s+not|did\s+not|can'?t)\s+(?:know|tell|remember)\s+"
        r"(?:what\s+(?:day|year|month|race|happened|street|road|town|city|place|country)"
        r"|who\s+(?:i|we|he|she)\s+(?:am|are|is)|his\s+own"
        r"|her\s+own|where\s+(?:we|they)\s+(?:are|were))|(?:doesn'?t|didn'?t|not)\s+recogni[sz]\w*"
        r"|(?:not|isn'?t)\s+(?:making\s+)?(?:any\s+)?sense|(?:really\s+|totally\s+|completely\s+)?"
        r"out\s+of\s+it(?!\s+(?:today|after|from))|not\s+with\s+it"
    ),
    "heat": (
        r"heat\s*(?:wave|stroke)?(?!\s*(?:pad|pack|wrap|patch|lamp|rub|gel|bag|bottle|cream|pads|packs))"
        r"|hot\s+(?:day|weather|sun|outside|out)|\d{2,3}\s*(?:°|degrees|f\b"
        r"|c\b)|(?:flat|house|room|office|car|home|kitchen|bedroom|ward|it)\s+(?:is|was|'s)\s+"
        r"(?:so\s+|really\s+|absolutely\s+)?(?:boiling|baking|roasting|stifling|sweltering)(?:\s+hot)?"
        r"|(?:boiling|baking|roasting)\s+hot\s+(?:day|weather|outside|flat|house|room|in\s+here)"
        r"|\d{2,3}\s+out(?:side)?\b(?!\s+of)|in\s+the\s+sun|sweltering|scorching|humid|sauna"
        # "in the blazing sun", "full midday sun", "baking sun"
        r"|(?:blazing|baking|burning|beating|full|midday|fierce|searing|hot)\s+sun\b|sun\s*stroke"
        # work beside a furnace: "10 hour shift at the foundry"
        r"|foundry|foundries|furnace\w*|smelter\w*|steel\s*works|glass\s*works|boiler\s+room"
    ),
    "fever": (
        r"fever\w*|(?:high\s+)?temp(?:erature)?s?\b|shiver\w*|chills|feverish|rigou?rs"
        # shaking with cold while warm in bed: "shaking under two duvets", "teeth chattering"
        r"|shaking\s+(?:like\s+a\s+leaf\s+)?under\s+(?:the\s+|two\s+|three\s+|my\s+|a\s+)?(?:duvets?|covers|blankets?"
        r"|quilts?)|can'?t\s+stop\s+shaking|teeth\s+(?:are\s+|were\s+|keep\s+)?chattering|hot\s+and\s+cold"
        r"|flu[\s-]*like|feel\w*\s+(?:really\s+)?(?:ill|unwell|rough|awful)|temprature"
        # a body hot all over: "she's burning up"
        r"|burning\s+up"
    ),
    "spreading": (
        r"spread\w*|streak\w*|creep\w*\s+up|moving\s+up|travel\w*\s+up|growing|getting\s+bigger"
        # grown since it was first seen: "now it's bigger than my palm", "twice the size now"
        r"|(?:it'?s|its|it\s+is|has\s+got|got|gotten|now|grown)\s+(?:\w+\s+)?(?:bigger|larger|wider)"
        r"|(?:twice|double|three\s+times)\s+the\s+size"
        # past a line drawn round it: "it's gone past the line today"
        r"|(?:gone|went|spread|grown|got|is|it'?s)\s+(?:\w+\s+)?(?:past|beyond|outside|over)\s+(?:the|my)\s+"
        r"(?:line|lines|mark|marks|pen\s+(?:line|mark)|biro\s+(?:line|mark)|outline|circle)"
        r"|now\s+(?:it'?s\s+|its\s+|it\s+is\s+)?(?:as\s+)?(?:big|large|wide)\s+as"
        # bigger than it was: "the red patch is bigger than yesterday", "its gone past it" (the
        # line drawn before)
        r"|(?:bigger|larger|wider)\s+than\s+(?:yesterday|this\s+morning|last\s+night|earlier|before"
        r"|it\s+was|when|an\s+hour\s+ago|(?:a\s+few|\d+|two|three)\s+hours\s+ago)"
        r"|(?:gone|went|spread|grown)\s+(?:past|beyond|outside)\s+it\b"
    ),
    "fluid_loss": (
        r"vomit\w*|throw(?:ing)?\s+up|threw\s+up|been\s+(?:very\s+)?sick|being\s+sick"
        # in the languages people mix into English: "vômito e diarreia", "vómitos", "diarrea"
        r"|v[oóô]mit\w*|diarr?e[ia]a?|diarrh[ée]e|vomissements?"
        r"|spew\w*|puk(?:e|ed|es|ing)|chuck(?:ing|ed)\s+up|barf\w*"
        rf"|{TO_THE_LOO}"
        # "cant keep any milk or water down", "can't keep even water down"
        r"|(?:can'?t|cannot|could\s*n'?t|won'?t|not)\s+(?:keep|keeping|hold|holding)\s+"
        r"(?!(?:my|the|his|her|their)\s+(?:weight|head|costs?|voice|temper|blood|sugars?|numbers)\b)"
        r"(?:[\w']+\s+){0,4}?down\b"
        # a bowel flare or a bug told by its count: "crohns flare, going 12+ times a day"
        r"|(?:crohn'?s|colitis|ibs|flare|bowels?|gut|tummy|stomach|bug)\b[^.!?]{0,40}?\b(?:going|gone|been"
        r"|went)\s+(?:\d+\s*\+?|a\s+dozen|loads\s+of|so\s+many)\s+times"
        r"|diarrh\w*|diarrea"
        # "the runs", not races run: "got through all the runs at the relay"
        r"|(?<!all\s)(?<!both\s)(?<!all\sof\s)(?<!one\sof\s)(?<!each\sof\s)(?<!between\s)"
        r"(?<!during\s)(?<!through\s)(?<!did\s)"
        r"(?<!finished\s)the\s+runs(?!\s+(?:at|in)\s+the\s+(?:relay|race|meet|track|park|gala|ski))"
        r"|stomach\s+(?:bug|flu|virus)|gastro(?!c)\w*|food\s+poisoning"
        r"|norovirus|the\s+trots|the\s+squirts"
        # "d&v", "d and v", "v&d": diarrhoea and vomiting
        r"|d\s*(?:&|and|n)\s*v|v\s*(?:&|and|n)\s*d"
        # purging: "been making myself sick 5 or 6 times a day"
        r"|mak(?:e|es|ing)\s+(?:my|him|her|them)sel(?:f|ves)\s+(?:be\s+)?sick"
    ),
    # --- medicines and habits
    "statin": (
        r"statins?|atorvastatin|simvastatin|rosuvastatin|pravastatin|lovastatin|fluvastatin"
        # typed short or wrong: "simva", "rosuvastin", "atorvastation", "simvastin"
        r"|(?:atorv|simv|rosuv|prav|fluv|pitav)a?st\w*|simva|atorva|rosuva"
        r"|pitavastatin|lip[ia]?tor|crestor|zocor|pravachol|cholesterol\s+(?:pills?|tablets?|meds?"
        r"|medicines?|medications?|drugs?|lowering)"
    ),
    "new_medicine": (
        r"new\s+(?:[\w-]+\s+){0,3}?(?:medicines?|medications?|meds?|pills?|tablets?|prescriptions?|drugs?"
        r"|inhalers?|doses?|water\s+pills?|diuretics?|birth\s+control)|(?:started|starting|began"
        # "since I start the water tablet" (the present after "since", in learners' English)
        r"|(?<=since\si\s)(?:start|begin)|(?<=since\she\s)(?:start|begin)"
        r"|(?<=since\sshe\s)(?:start|begin)"
        r"|begun|changed|switched|increased|upped|doubled|raised|put\s+(?:me\s+)?on|added"
        r"|moved\s+(?:me\s+|him\s+|her\s+)?onto"
        r"|prescribed)\s+(?:me\s+)?(?:on\s+|taking\s+|a\s+|the\s+|my\s+|some\s+|that\s+|this\s+"
        r"|these\s+|those\s+)*(?:\w+\s+){0,2}?"
        r"(?:medicines?|medications?|meds|pills?|tablets?|diuretics?|water\s+pills?|inhalers?"
        r"|doses?|dosage|prescriptions?|hctz|symbicort|seretide|salmeterol|formoterol|raloxifene"
        r"|teriparatide|iron|oestrogen|estrogen|hrt|chlorthalidone|advair|evista"
        # hormones and what is given by needle or patch: "started testosterone injections"
        r"|testosterone|injections?|patch(?:es)?|implant"
        # and by name (furosemide, amlodipine, ramipril, metformin, salbutamol ...)
        rf"|{MEDICINE_NAME})"
        # a medicine told with when it began and "since then": "a water pill for pressão, two
        # weeks ago, and since then cãibras at night"
        r"|(?:medicines?|medications?|meds|pills?|tablets?|water\s+pills?|diuretics?|inhalers?"
        rf"|{MEDICINE_NAME})\b[^.!?]{{0,40}}?\b(?:\d+|a|one|two|three|four|five|six|a\s+few|few"
        r"|a\s+couple\s+of|couple\s+of)\s+(?:days?|weeks?|months?)\s+ago\b[^.!?]{0,15}?\bsince\s+(?:then"
        r"|that|starting|it)\b"
        # taken for a few days or weeks, as learners put it: "since 3 weeks I am taking iron
        # injections", "for 10 days I'm on the new tablets"
        r"|(?:since|for)\s+(?:\d{1,2}|a|one|two|three|four|five|six|a\s+few|few)\s+(?:days?|weeks?)\s+"
        r"(?:now\s+)?(?:i\s+am|i'?m|im|i\s+have\s+been|i'?ve\s+been)\s+(?:taking|on|using|getting|having)\b"
        r"(?:\s+(?:the\s+|a\s+|my\s+|some\s+|new\s+)*[\w-]+)?"
        # ... in the languages people mix into English: "um remédio novo", "un medicamento nuevo"
        r"|rem[eé]dio\s+novo|novo\s+rem[eé]dio|medicamento\s+nuevo|nuevo\s+medicamento"
        r"|nouveau\s+m[eé]dicament|m[eé]dicament\s+nouveau|nuova\s+medicina|nuovo\s+farmaco"
        # a medicine told by its dose: "started me on levothyroxine 100mcg"
        r"|(?:started|starting|began|put)\s+(?:me\s+|him\s+|her\s+)?on\s+(?:[\w-]+\s+){1,2}?\d+(?:\.\d+)?\s*"
        r"(?:mg|mcg|micrograms?|milligrams?)\b"
        # a medicine told by what it is for: "started Toprol for my blood pressure"
        r"|(?:started|starting|began|begun|put\s+(?:me\s+)?on|prescribed|switched\s+to)\s+(?:[\w-]+\s+)?"
        r"for\s+(?:my\s+|the\s+)?(?:blood\s+pressure|bp|heart|cholesterol|asthma|diabetes|sugar"
        r"|thyroid|osteoporosis|bones|depression|anxiety|acid|reflux|water\s+retention|fluid"
        r"|angina|copd|migraines?)"
        # since starting a medicine, not an activity ("since i started stretching")
        r"|since\s+(?:i\s+)?(?:started|starting|going\s+on|changing|switching)(?!\s+(?:\w+\s+){0,2}"
        r"(?:stretch|yoga|walk|run|jog|swim|exercis|gym|cycl|bik|pilates|work|school|train"
        r"|drinking\s+(?:more|water)|eating|squat|lift|weight|danc|climb|row|box|football|tennis"
        r"|golf|hik|spin|crossfit|a\s+new\s+job|college|uni))"
        r"|since\s+(?:i\s+|he\s+|she\s+)?(?:was|were|got|being|getting)\s+(?:put|started)\s+on|ever\s+since\s+"
        r"(?:i\s+)?(?:started|went\s+on)|(?:cut|reduced|lowered)\s+the\s+dose"
    ),
    "drinking": (
        r"(?:drink|drinks|drinking|drank)\s+(?:\w+\s+)?(?:a\s+lot|heavily|too\s+much|loads|every\s+night"
        # (not a drink with no alcohol: "drinks a lot of strong tea", "loads of cups of coffee")
        r"|most\s+nights|daily)(?!\s+(?:\w+\s+){0,3}?(?:water|fluids?|juice|tea|coffee|squash|milk"
        r"|electrolytes?|sports\s+drinks?|gatorade|powerade|pickle\s+juice|cola|coke|pop|soda"
        r"|fizzy|energy\s+drinks?|red\s+bull|decaf|caffeine|cocoa|hot\s+chocolate))|heavy\s+drink\w*|alcoholi\w*|(?:[5-9]|\d{2,}|five|six|seven|eight|nine|ten|twelve)\+?\s+pints"
        r"|a\s+bottle\s+of\s+(?:wine|red|white|ros[eé]|plonk|vino|vodka|whisky|whiskey)\s+(?:a|every)"
        r"\s+(?:night|day)"
        # a bottle of spirits at a time, however often: "a bottle of vodka a couple of days a week"
        r"|(?:drink|drinking|drank|have|having|finish\w*|down\w*|sink\w*|through)\s+(?:about\s+"
        r"|around\s+|like\s+|nearly\s+|almost\s+|maybe\s+|at\s+least\s+)?(?:a\s+(?:whole\s+)?|half\s+a\s+"
        r"|one\s+)bottle\s+of\s+(?:vodka|whisky|whiskey|gin|rum|brandy|tequila|spirits|scotch|bourbon"
        r"|cognac|ouzo|raki|arrack|arak)"
        # ... told by how often alone: "half a bottle of whisky most days"
        r"|(?:a|half\s+a|one)\s+bottle\s+of\s+(?:vodka|whisky|whiskey|gin|rum|brandy|spirits|scotch"
        r"|bourbon)\s+(?:a|every|most|per)\s+(?:day|days|night|nights|evening|evenings)"
        # a bottle of wine most days: "a bottle of wine 4 or 5 nights a week"
        r"|a\s+bottle\s+(?:(?:and|n|&)\s+(?:a\s+)?half\s+)?of\s+wine\s+(?:\w+\s+){0,3}?(?:most|[3-7]"
        r"|three|four|five|six|seven)\s+(?:or\s+\w+\s+)?(?:nights|days|evenings)"
        r"|binge\s+drink\w*|on\s+it\s+every"
        # most of a bottle of spirits a day, told by its size: "drinking most of a 26 of rye a day"
        r"|(?:drink\w*|drank|finish\w*|through|down\w*)\s+(?:most\s+of\s+|half\s+(?:of\s+)?|nearly\s+|all\s+of\s+"
        r"|the\s+best\s+part\s+of\s+)?(?:a|an|one|two)\s+(?:whole\s+)?(?:26(?:er|\s*oz)?|40(?:\s*oz)?|twenty-?six(?:er)?"
        r"|fifth|handle|mickey|bottle)\s+(?:of\s+(?!water|juice|milk|tea|coffee|squash|fluids?|pop|soda|cola"
        r"|coke|lucozade|gatorade|powerade|electrolytes?)\w+\s+)?(?:a|per|every)\s+(?:day|night)"
        # "drink heavy" in second-language or spoken English: "i drink most days quite heavy"
        r"|(?:drink|drinks|drinking|drank)\s+(?:(?:most|every|all|some)\s+(?:days|nights|day|night)\s+)?"
        r"(?:quite\s+|very\s+|really\s+|pretty\s+|too\s+)?heavy\b(?!\s+(?:cream|syrup|water))"
        # amounts told with how often, verb or not: "8 cans of lager a day", "3 bottles of wine a
        # night", "about 60 units a week"
        r"|(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|a\s+dozen)\+?\s+(?:or\s+\w+\s+)?(?:cans|pints"
        r"|beers|tins|tinnies|stubbies|shots)\s+(?:of\s+(?!(?:water|coke|cola|pop|soda|fizzy|diet"
        r"|energy|monster|pepsi|sprite|tonic|espresso|coffee|juice)\b)(?:\d+(?:\.\d+)?%\s+)?\w+\s+)?"
        r"(?:a|every|per|each|most)"
        r"\s+(?:night|day"
        r"|evening)s?"
        r"|(?:[2-9]|two|three|four|five)\s+bottles\s+of\s+(?:wine|vodka|whisky|whiskey|gin|rum|cider"
        r"|spirits)\s+(?:a|every|per|each|most)\s+(?:night|day|evening)s?"
        r"|(?:[3-9]\d|[1-9]\d\d)\s+units\s+(?:of\s+alcohol\s+)?(?:a|every|per|each)\s+week"
        r"|(?:[5-9]|[1-9]\d)\s+units\s+(?:of\s+alcohol\s+)?(?:a|every|per|each)\s+(?:day|night)"
        # spirits or wine by the litre, however often: "on about a litre of vodka every two days"
        # ... "of" or "a" left out, as second-language English does: "half litre vodka most days"
        r"|(?:an?|one|two|three|half\s+(?:a\s+)?|\d+(?:\.\d+)?)\s*(?:litres?|liters?|fifth|handle)\s+"
        r"(?:of\s+)?(?:strong\s+|cheap\s+|white\s+|red\s+|neat\s+)?(?:vodka|whisky"
        r"|whiskey|gin|rum|brandy|tequila|spirits|scotch|bourbon|wine|cider)\s+(?:\w+\s+){0,2}?"
        r"(?:a|every|per|each|most)\s+(?:\w+\s+)?(?:day|days|night|nights|evening|evenings|week)\b"
        # a count told after the evening it fills: "a few beers in the evening, well, eight or nine
        # cans if I'm honest"
        r"|(?:in\s+the|every|each|most|of\s+an?)\s+(?:evening|night)s?\b[^.!?]{0,40}?\b(?:[6-9]|1\d|six"
        r"|seven|eight|nine|ten|a\s+dozen)\s+(?:or\s+\w+\s+)?(?:cans|pints|beers|tins|bottles\s+of\s+beer)\b"
        # "about 6 cans a night", "8 pints most nights"
        r"|(?:drink|drinking|drank|have|having|sink|sinking|down|downing)\s+(?:about\s+|around\s+"
        r"|like\s+|at\s+least\s+|maybe\s+)?(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|a\s+dozen)"
        r"\+?\s+(?:or\s+\w+\s+)?(?:cans|pints|beers|tins|tinnies|stubbies|drinks|units|shots"
        r"|glasses\s+of\s+wine)\s+(?:a|every|per|each|most)\s+(?:night|day|evening)s?"
    ),
    # --- book-level patterns
    "frequent": (
        # not another habit's: "bars every night", "gym every day"
        r"(?<!bars\s)(?<!pub\s)(?<!drinks\s)(?<!gym\s)(?<!out\s)"
        # a remedy's: "i take my magnesium tablets every night"
        r"(?<!tablets\s)(?<!tablet\s)(?<!pills\s)(?<!pill\s)(?<!supplement\s)(?<!supplements\s)"
        r"(?<!magnesium\s)(?<!stretches\s)(?<!stretch\s)(?<!water\s)"
        # how an injury heals: "bruised but getting better every day"
        r"(?<!better\s)(?<!worse\s)(?<!easier\s)"
        r"(?:(?<!ing\s)|(?<=cramping\s)|(?<=getting\s)|(?<=waking\s)|(?<=happening\s))every\s+(?:single\s+)?(?:night|time\s+i\s+go\s+to\s+bed|other\s+night|day)"
        r"|most\s+nights"
        # Hindi and Urdu mixed into English: "har raat" (every night), "roz" (daily)
        r"|(?:har|roz)\s+(?:raat|din|roz)"
        r"|nightly|night\s+after\s+night|(?:several|(?<!how\s)many|a\s+few|\d|two|three|four|five)"
        r"(?:\s+or\s+\w+)?\s+(?:times?\s+|nights\s+|cramps\s+|of\s+them\s+)?(?:a|every|per)\s+(?:week|night)"
        # "2-3x a week", "3x a night"
        r"|\b\d(?:\s*(?:-|to|or)\s*\d)?\s*x\s+(?:a|every|per)\s+(?:week|night)"
        # "3-4 times in the week", "two nights each week"
        r"|(?:several|a\s+few|\d|two|three|four|five)(?:\s*(?:-|to|or)\s*\w+)?\s+(?:times|nights)\s+"
        r"(?:in\s+the|in\s+a|each)\s+week"
        # each time the writer sleeps or lies down: "every time i sleep", "whenever i lie down"
        r"|(?:every\s+(?:single\s+)?time|whenever|each\s+time)\s+i\s+(?:try\s+(?:to|and)\s+)?(?:sleep"
        r"|go\s+to\s+sleep|lie\s+down|lay\s+down|nap|kip|doze\s+off|fall\s+asleep|drift\s+off"
        r"|get\s+my\s+head\s+down|put\s+my\s+feet\s+up)\b"
        r"|(?:twice|three\s+times)\s+a"
        r"\s+(?:night|week)|all\s+the\s+time|constantly|almost\s+every|nearly\s+every"
        r"|(?:more\s+and\s+more|getting\s+more)\s+(?:often|frequent)|(?:second|third|fourth|fifth|sixth"
        r"|2nd|3rd|4th|5th|6th)"
        r"\s+(?:time|night|one)\s+this\s+week|again\s+and\s+again"
        # "4 nights out of 7", "5 out of 7 nights"
        r"|(?:[2-7]|two|three|four|five|six|seven)\s+(?:nights?\s+out\s+of\s+(?:7|seven|every)\b"
        r"|out\s+of\s+(?:7|seven|every)\s+nights?)"
        # "cramps in both legs daily night", "cramping daily"
        r"|daily\s+(?:at\s+)?night|(?:cramps?|cramping|spasms?)\s+(?:\w+\s+){0,4}?daily"
        # said of the cramps: "every time I get into bed after a shift my calves cramp, most days
        # now, sometimes twice" (not "I walk the dog most days")
        r"|cramp\w*[^.!?]{0,30}?\b(?:most\s+days|sometimes\s+twice)"
        r"|most\s+days\s+(?:now\s+)?(?:i\s+)?(?:get|have|wake\s+(?:up\s+)?with)\s+(?:\w+\s+){0,2}?cramp"
        r"|every\s+time\s+i\s+(?:get\s+in(?:to)?|climb\s+into)\s+bed[^.!?,]{0,40}?\bcramp"
        r"|cramp\w*[^.!?,]{0,20}?\bevery\s+time\s+i\s+(?:get\s+in(?:to)?|climb\s+into|go\s+to)\s+bed"
        # a lot of late: "getting leg cramps loads lately", "cramping a lot recently"
        r"|cramp\w*\s+(?:\w+\s+)?(?:loads|a\s+lot|lots|heaps|tons|so\s+much)\s+(?:lately|recently|these\s+days"
        r"|of\s+late|at\s+the\s+moment)"
        # ... or still: "still cramping loads", "keeps cramping all the time"
        r"|(?:still|keep|keeps)\s+(?:\w+\s+)?cramp\w*\s+(?:loads|a\s+lot|lots|heaps|tons|so\s+much)\b"
        # how often told by the sport's sessions: "cramps on most rides", "every match now"
        # (not a treatment's sessions: "during most dialysis sessions", which its team looks after)
        r"|(?:on\s+|in\s+)?(?:most|nearly\s+every|almost\s+every|every\s+single)\s+(?:rides|runs|walks|games"
        r"|matches|shifts|swims|hikes|races|ride|run|walk|game|match|shift|swim|hike|race)\b"
    ),
    "sleep_loss": (
        r"(?:ruin\w*|wreck\w*|destroy\w*|disturb\w*|affect\w*|interrupt\w*)\s+(?:\w+\s+)?sleep"
        r"|can'?t\s+(?:get\s+(?:back\s+)?to\s+)?sleep|dread\w*\s+(?:going\s+to\s+)?bed"
        r"|(?:exhausted|shattered|so\s+tired|tired\s+all\s+the\s+time)|no\s+sleep|sleepless"
        r"|awake\s+for\s+(?:hours|ages|half\s+an\s+hour)|tired\s+of\s+it"
        # what they do to a life: "its getting me down", "at my wits end", "can't cope with them"
        # (from the one it gets down, who it is about: "my wife's cramps are getting her down")
        r"|(?:(?<=it's\sgetting\s)|(?<=its\sgetting\s)|(?<=are\sgetting\s)|(?<=they're\sgetting\s)"
        r"|(?<=really\sgetting\s)|(?<=all\sgetting\s)|(?<=so\sgetting\s))(?:me|him|her|us)\s+(?:so\s+"
        r"|really\s+)?down|ruin\w*\s+(?:my|his|her|our)\s+life"
        r"|wits'?\s+end|can'?t\s+cope"
        # Hindi and Urdu mixed into English: "neend kharab ho jaati hai" (sleep is ruined)
        r"|neend\s+(?:\w+\s+)?(?:kharab|nahi|nai|toot\w*|udd?\w*|puri\s+nahi)"
        r"|(?:keeps?|kept|stops?|stopping)\s+(?:me|him|her|us)\s+(?:from\s+)?(?:\w+\s+)?sleep\w*"
        r"|(?:not|isn'?t|aren'?t|(?:neither|none)\s+of\s+(?:us|them)\s+(?:is|are))\s+(?:\w+\s+)?sleeping"
        r"|(?:not|isn'?t|aren'?t|(?:neither|none)\s+of\s+(?:us|them)\s+(?:is|are))\s+getting\s+(?:any\s+"
        r"|proper\s+|enough\s+|good\s+|much\s+|a\s+(?:good\s+|proper\s+)?)?(?:rest|sleep)"
        r"|sleep\w*\s+(?:\w+\s+){0,2}?in\s+(?:the|a|his|her|my)\s+(?:recliner|chair|armchair)"
        # "barely sleep", "hardly sleeping", "up rubbing his legs half the night"
        r"|(?:barely|hardly)\s+(?:get\s+(?:any\s+)?|getting\s+(?:any\s+)?)?sleep\w*"
        r"|\bup\s+(?:\w+\s+){0,4}?half\s+the\s+night|half\s+the\s+night\s+(?:awake|up)"
        # worn down by the wakings: "so sick of being woken up by them", "fed up of waking up"
        r"|(?:sick|tired|fed\s+up|weary)\s+(?:and\s+tired\s+)?(?:of|with)\s+(?:being\s+|getting\s+)?"
        r"(?:woken|waking|woke)\s+(?:up\s+)?(?:by|with|from)\s+(?:them|these|those|it\b|(?:(?:a|the|my"
        r"|these)\s+)?(?:\w+\s+)?(?:cramps?|charley|calf|calves|foot|feet|legs?))"
    ),
    "no_help": (
        r"nothing\s+(?:\w+\s+){0,2}?(?:helps?|works?|worked|helped)|tried\s+(?:every|all|everything)"
        # a remedy that does little: "stretching doesnt help much", "the magnesium hasn't really
        # worked"
        r"|(?:stretch\w*|magnesium|tonic|quinine|bananas?|massag\w*|water|electrolytes?|tablets?|pills?)\s+"
        r"(?:\w+\s+)?(?:doesn'?t|does\s+not|don'?t|didn'?t|hasn'?t|haven'?t)\s+(?:really\s+|seem\s+to\s+"
        r"|seemed\s+to\s+|ever\s+)?(?:help(?:ed)?|work(?:ed)?)(?:\s+much|\s+at\s+all|\s+any\s*more)?\b"
        # "tried stretching, drinking more, bananas, nothing has made any difference"
        r"|nothing\s+(?:\w+\s+){0,2}?(?:made|makes|making)\s+(?:any\s+|a\s+|much\s+)?(?:difference|change)"
        # self-care tried, "for six weeks and nothing has changed at all" (not a check's
        # finding: "the podiatrist says nothing has changed")
        r"|(?:tried|stretch\w*|water|bananas?|magnesium|tonic|quinine|socks)\b[^.!?]{0,80}?\bnothing\s+"
        r"(?:has\s+|'s\s+|had\s+)?changed"
        r"|(?:still|keep)\s+(?:getting|having)\s+them|not\s+(?:getting\s+)?better"
        # self-care, then still cramping: "stretching every night still cramping loads"
        r"|(?:stretch\w*|magnesium|tonic|bananas?|drinking\s+(?:more|loads|plenty))\b[^.!?]{0,40}?\b(?:still|yet)"
        r"\s+(?:cramp\w*|getting\s+(?:them|cramps)|get\s+(?:them|cramps)|having\s+(?:them|cramps))"
        # (not told as now and then: "drinking more, calves still cramp sometimes")
        r"(?!\s+(?:\w+\s+)?(?:sometimes|occasionally|now\s+and\s+(?:then|again)|once\s+in\s+a\s+while"
        r"|a\s+bit|a\s+little|less))"
        # "the cramps aren't getting any better", "isn't improving"
        r"|(?:aren'?t|arent|isn'?t|isnt|not)\s+(?:getting\s+)?any\s+better"
        r"|(?:aren'?t|arent|isn'?t|isnt)\s+(?:getting\s+better|improving)"
        # no better with self-care: "getting worse even with the stretches"
        r"|(?:getting\s+worse|no\s+better)\s+(?:\w+\s+){0,2}?(?:with|despite|after)\s+(?:the\s+|my\s+|all\s+)?"
        r"(?:stretch\w*|magnesium|water|tonic|quinine|bananas?|everything|tablets|pills)"
        # "the night cramps are no better at all", "haven't improved", "no improvement"
        r"|(?:are|is|r|been|and|cramps?|they|legs|calves|feet)\s+(?:still\s+)?no\s+better"
        r"|(?:haven'?t|hasn'?t|have\s+not|has\s+not)"
        r"\s+(?:got(?:ten)?\s+|been\s+)?(?:any\s+)?(?:better|improved|improving)|no\s+improvement"
        # no change at all: "the cramps haven't changed at all", "cramps just as bad"
        r"|(?:cramps?|they|these)\s+(?:\w+\s+)?(?:haven'?t|hasn'?t|have\s+not|has\s+not)\s+changed"
        r"|(?:cramps?|they|these)\s+(?:are\s+|r\s+)?(?:just|still)\s+as\s+bad"
        # "no better" as a clause of its own: "..., still get them, no better at all"
        r"|(?:(?<=[,;:.!-])|(?<=[,;:.!-]\s))\s*(?:and\s+|but\s+)?(?:still\s+)?no\s+better\b(?!\s+(?:or|nor|than))"
        # a remedy of weeks or more that changed nothing: "gave me slow mag 3 years already, no
        # change", "no difference after 6 weeks" (not one cramp that stretching didn't shift)
        r"|\b(?:took|taking|tried|trying|on|gave|given|prescribed|using|used|doing|done)\b[^.!?]{0,50}?"
        r"\b(?:weeks|months|years|ages)\b[^.!?]{0,40}?\b(?:no\s+change|no\s+difference|made\s+no"
        r"\s+difference|(?:didn'?t|hasn'?t|haven'?t|has\s+not|did\s+not)\s+(?:really\s+)?(?:help\w*"
        r"|work\w*|change\s+anything))"
        r"|(?:no\s+change|made\s+no\s+difference|(?:didn'?t|hasn'?t)\s+help\w*)\s+(?:\w+\s+){0,3}?"
        r"(?:in|after|for)\s+(?:\d+|a\s+few|few|several|two|three|many)\s+(?:weeks|months|years)"
        # self-care tried, and still: "tried stretching every night for a month, still get cramps"
        r"|tried\s+(?:\w+\s+){0,3}?(?:stretch\w*|magnesium|drinking\s+more|more\s+water|tonic"
        r"|quinine|bananas?|pickle\s+juice|electrolytes?)\b[^.!?]{0,80}?\bstill\s+(?:get|gets|getting"
        r"|have|having|wake|waking|cramp\w*)"
    ),
    "walking": (
        r"walk\w*|stroll\w*|hik\w*|stairs|upstairs|uphill|up\s+(?:a\s+|the\s+)?hills?"
        # a walking distance: "I manage about 300 metres before it cramps"
        r"|\d+\s*(?:yards|yds|metres|meters|blocks)\b|(?:a|one|two|few|couple\s+of)\s+blocks"
        # "every couple of hundred metres", "a few hundred yards"
        r"|(?:a\s+)?(?:couple\s+of|few|two|three|several|one|a)\s+hundred\s+(?:yards|yds|metres|meters|m)\b"
        r"|(?:end|top|bottom)\s+of\s+(?:the|my)\s+(?:road|street|lane|drive|garden)"
        # a walk told by how far it gets: "can only get halfway to the postbox"
        r"|(?:halfway|half\s+way|part\s+of\s+the\s+way)\s+(?:to|down|up|along|round|around|across)\s+"
        r"(?:the|my|our)\s+(?:\w+\s+)?(?:postbox|post\s+office|shops?|corner|bus\s+stop|road|street|lane"
        r"|park|church|pub|station|gate|car|village|school)\b"
        # a walk told by where: "halfway round the park", "can't get round the supermarket"
        r"|(?:round|around|across)\s+the\s+(?:park|block|shops|supermarket|lake|field|estate|village"
        r"|town)"
        # ... or by its length or end: "after about the length of the supermarket", "as far as
        # the bus stop"
        r"|(?:length|far\s+end|other\s+end)\s+of\s+(?:the|a|my)\s+(?:\w+\s+)?(?:supermarket|shop|street"
        r"|road|corridor|platform|car\s+park|park|garden|field|aisle|ward|beach|block|lane|drive"
        r"|pier|promenade|prom|playground|mall|precinct)"
        # "on the way to the bus stop", "on my walk up to the shops"
        r"|on\s+(?:the|my)\s+(?:way|walk)\s+(?:up\s+|down\s+|over\s+)?to\s+the\s+(?:corner|shops?|bus\s+stop"
        r"|post\s*box|postbox|post\s+office|station|newsagents?|park|school\s+gate)"
        r"|as\s+far\s+as\s+the\s+(?:corner|shops?|bus\s+stop|post\s*box|postbox|gate|end|car|station"
        r"|church|pub|newsagents?)"
    ),
    "rest_relief": (
        # a pause told by what follows it: "after a minute or two it goes and i carry on"
        r"(?:after|in)\s+a\s+(?:minute|min|moment|bit|couple\s+of\s+minutes)\s+(?:or\s+two\s+)?(?:it|the\s+pain"
        r"|the\s+ache|the\s+burning)\s+(?:goes|eases|fades|passes|settles)(?:\s+off|\s+away)?\s+(?:and|then)\s+"
        r"(?:i|he|she|they)\s+(?:can\s+)?(?:carry|walk|go)\s+on|"
        r"(?:stop|stops|stopped|stopping|rest|rests|resting|sit|sits|sitting|stand(?:s|ing)?(?:\s+still)?"
        r"|(?:stand|stood|lean|leant|leaning|rest|rested|sit|sat|stop|stopped|pause|paused)\s+"
        r"(?:\w+\s+){0,7}?(?:for\s+)?a\s+(?:couple\s+of\s+|few\s+)?"
        r"(?:minute|min|bit|moment|while|sec)"
        # (and what the pause looks like between: "I stand still a minute looking at the boats
        # like I'm admiring them and it goes")
        r"|pause|wait)\w*[\s,]+(?:[\w']+[\s,]+){0,10}?(?:(?:it|they|the\s+\w+)\s+)?"
        r"(?:goes|eases|stops|fades|settles|disappears|passes|goes\s+off|goes\s+away|let'?s\s+up"
        r"|(?:it'?s|its|i'?m|she'?s|he'?s|they'?re)\s+(?:fine|ok|okay|alright|good|gone)"
        r"|(?:i\s+)?can\s+(?:carry|walk|go)\s+on"
        r"|calms|wears\s+off|(?:it\s+)?ease\s+(?:off|up|down)|(?:it\s+)?go\s+(?:off|away)"
        r"|(?:they|cramps|pains?)\s+(?:go|ease|stop|fade|settle|disappear|pass"
        r"|wear\s+off|calm\s+down)"
        # learners' English: "I stop and after few minutes it pass"
        r"|it\s+(?:pass|ease|go\s+away|go\s+off|finish|stop)\b)"
        r"|(?:have|has|need|must|got|gotta)\s+(?:to\s+)?(?:stop|rest|sit\s+down|stand\s+still)\b"
        # "I have to stand by the bins for a minute", "has to lean on a wall for a bit"
        r"|(?:have|has|had|need|needs|must|got|gotta)\s+(?:to\s+)?(?:stop|stand|sit|lean|rest|pause)\s+"
        r"(?:[\w']+\s+){0,5}?for\s+(?:a|one|two|a\s+few|a\s+couple\s+of|\d+)\s+(?:minutes?|mins?"
        r"|moments?|bit|secs?|seconds?|while)\b"
        # "two minutes standing and it goes"
        r"|(?:minutes?|mins?|seconds?|secs?)\s+(?:of\s+)?(?:standing|resting|rest|sitting|stood)\s+(?:still\s+)?"
        r"(?:and|then)\s+(?:it|they|the\s+\w+)\s+(?:goes|eases|passes|stops|fades|settles)"
        r"|(?:goes|go|eases|ease|stops|stop|fades|fade|settles|settle|disappears|passes)\s+(?:\w+\s+){0,3}?(?:when|if|after|once"
        r"|as\s+soon\s+as)"
        r"\s+(?:i|he|she|you|they|we)\s+(?:stop|rest|sit|stand|pause)\w*|(?:eases|goes)\s+off\s+(?:with|at)\s+rest"
        # the relief told as an answer: "does it ease? yes, after standing still a bit"
        r"|(?:ease|eases|eased|settles?|settled|passe[sd]|pass|(?:go|goes|went)\s+(?:off|away))\W+(?:\w+\W+){0,3}?"
        r"after\s+(?:standing|resting|stopping|sitting|pausing|a\s+(?:rest|break|sit|pause|breather))\b"
        # ... or how long after stopping: "it goes away a few minutes after she stops"
        r"|(?:goes|go|went|eases|eased|settles|passes|wears)\s+(?:away\s+|off\s+)?(?:a\s+few|a\s+couple\s+of|few"
        r"|\d+|a|one|two)\s+(?:minutes?|mins?|seconds?|secs?|moments?)\s+after\s+(?:i|he|she|they|you|we)\s+"
        r"(?:stop|rest|sit|stand|pause)\w*"
        # ... or with how long first: "goes off after a couple of minutes standing still"
        r"|(?:eases|eased|settles|settled|passes|passed|(?:goes|go|went|wears|wore)\s+(?:off|away))\s+after\s+"
        r"(?:about\s+|like\s+)?(?:a|one|two|a\s+few|few|a\s+couple\s+of|couple\s+of|\d+)\s+"
        r"(?:minutes?|mins?|seconds?|secs?|moments?)(?:\s+or\s+(?:two|so|three|\d+))?\s+(?:of\s+)?(?:standing"
        r"|resting|rest|sitting|stopping|stood|sat|pausing)\b"
        # "fine once I stop for a bit", "lean on the trolley to ease them"
        r"|(?:fine|ok|okay|alright|better|good)\s+(?:again\s+)?(?:once|when|if|after)\s+(?:i|he|she|you)"
        r"\s+(?:stop|rest|sit|stand|pause)|(?:stop|rest|sit|stand|lean\w*|pause)\w*\s+(?:\w+\s+){0,6}?"
        r"to\s+(?:ease|settle|let\s+(?:it|them)\s+(?:pass|settle|go))"
    ),
    "twitch": (
        r"twitch\w*|fasciculat\w*|jump\w*\s+under\s+the\s+skin|flicker\w*|quiver\w*"
        r"|muscles?\s+(?:\w+\s+){0,4}?(?:is\s+|are\s+|keeps?\s+)?jump(?:ing|s)\b|jumping\s+muscles?"
    ),
    "wasting": (
        # (not a jockey's wasting to make a weight: "wasting all week to do 50kg"; nor time,
        # money or effort wasted: "am I wasting my money", "wasting the doctor's time")
        r"wasting(?!\s+(?:all|to\s+(?:ride|do|make|get)|for\s+(?:a|the)|down|off|\d|hard|weight"
        r"|(?:(?:my|your|our|their|his|her|the|so\s+much|good|precious|\w+'s)\s+){0,2}"
        r"(?:money|cash|time|breath|effort|energy|life|days?|evenings?|weekends?|savings)\b))"
        r"|waste\s+away|atroph\w*"
        # "they look really thin and wasted" (not drunk: "got wasted at the party")
        r"|(?:thin|skinny|scrawny)\s+and\s+wasted|wasted\s+away|muscles?\s+(?:\w+\s+){0,3}?wasted"
        r"|(?<!blood\s)(?<!my\s)(?<!on\s)(?<!a\s)(?<!paint\s)"
        r"(?:thinner|smaller|skinnier|shrinking|shrunk|shrunken)"
        r"(?:\s+than)?|losing\s+muscle|lost\s+(?:a\s+lot\s+of\s+)?muscle|a\s+dent\s+in"
        # "my calf muscles have gone really thin", "his legs are getting so skinny"
        r"|(?:muscles?|legs?|calf|calves|thighs?|quads?|shins?|arms?|hands?)\s+(?:\w+\s+){0,2}?"
        r"(?:gone|going|got|getting|become|becoming|grown|turned)\s+(?:weak\s+and\s+|weaker\s+and\s+)?"
        r"(?:really\s+|so\s+|very\s+"
        r"|quite\s+|all\s+|that\s+|dead\s+|proper\s+)?(?:thin|skinny|scrawny|wasted|stick\s+thin)\b"
    ),
    "vague": (
        # not asked ("is something wrong with the muscles in my toes?")
        # (nor a person called weird: "or is she just weird lol")
        r"(?:looks?|looking|feels?|feeling|felt|seems?|is(?!\s+(?:something|anything|there|it|this|that|she|he"
        r"|they|you|your\s+\w+|my\s+(?:wife|husband|partner|mum|mom|dad|son|daughter|friend))\b))"
        r"[\s.…]+(?:\w+\s+){0,2}?(?:weird|funny|strange"
        r"|odd|off|different|wrong|not\s+right|not\s+quite\s+(?:right|my)|unusual|abnormal"
        r"|bizarre)|(?:doesn'?t|does\s+not|don'?t)\s+(?:look|feel)\s+(?:right|normal)"
        # told with "not" after the verb, as in many first languages: "the foot looks not
        # normal", "my calf is not looking right", "feels not like before"
        r"|(?:looks?|looking|feels?|feeling|felt|seems?)\s+(?:\w+\s+)?not\s+(?:normal|like\s+(?:normal"
        r"|usual|before|itself|always))|not\s+(?:looking|feeling)\s+(?:right|normal|itself)"
        r"|changed\s+colou?r|(?:a\s+)?weird\s+colou?r|strange\s+colou?r|not\s+quite\s+my\s+leg"
        r"|(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not|hard\s+to|(?:don'?t|idk|dunno)\s+(?:know\s+)?how"
        r"\s+to)\s+(?:describe|explain)\s+(?:it|the\s+feeling)"
        # "feeling somehow", as in many first languages: odd in a way not named
        r"|(?:looks?|looking|feels?|feeling|felt)\s+somehow(?=\s*(?:[,.;!?]|$))"
        r"|(?<!she\s)(?<!he\s)(?<!they\s)(?<!you\s)(?<!i'm\s)(?<!im\s)(?<!am\s)(?<!i\s)(?:just|kind\s+of|kinda"
        r"|really)\s+weird"
    ),
    "spread_cramp": (
        r"(?:spread\w*|mov(?:ed|ing|es)|travell?\w*|went|gone|go|goes|going|shot|radiat\w*|creep\w*"
        r"|crept)\s+"
        # "went into my arms", "went also in both arms and the belly" (English written second)
        r"(?:\w+[\s,]+){0,4}?(?:up\s+|down\s+|out\s+)?(?:(?:in)?to|in)\s+(?:my\s+|the\s+|his\s+|her\s+"
        r"|both\s+)?(?:(?:back|neck|shoulders?|chest|stomach|belly|tummy)\s+(?:and|&)\s+(?:my\s+)?)?"
        r"(?:arms?|forearms?|hands?|fingers|stomach|belly|tummy|chest|neck|whole\s+body"
        r"|body|everywhere|upper\s+body)"
        # beyond the legs, however it is said: "it's not just my legs anymore", "even my belly
        # muscles started cramping", "my arms are cramping as well"
        # "cramps now in my arms too", "and in her hands as well"
        # ... or "the cramps are in her arms and her tummy as well"
        r"|(?:cramp\w*|spasm\w*)\s+(?:(?:are|is|were|was|'re|have\s+been|has\s+been)\s+)?"
        r"(?:now\s+|also\s+|even\s+)?(?:in|into)\s+(?:my|his|her|both)\s+"
        r"(?:arms?|hands?|fingers|stomach|belly|tummy|chest|neck)(?:\s+(?:and|&)\s+(?:my\s+|his\s+"
        r"|her\s+)?(?:arms?|hands?|fingers|stomach|belly|tummy|chest|neck))?\s+(?:too|as\s+well|also)\b"
        r"|\bnow\s+(?:also\s+|even\s+)?(?:in|into)\s+(?:my|his|her|both)\s+(?:arms?|hands?|fingers|stomach"
        r"|belly|tummy|chest|neck)\s+(?:too|as\s+well|also)\b"
        r"|(?:not|(?:are|is|were|was)n'?t)\s+just\s+(?:in\s+)?(?:my\s+|his\s+|her\s+|the\s+)?legs"
        r"\s+(?:any\s*more|now)"
        # "the cramps are not only legs, also arms and stomach"
        r"|(?:not|(?:are|is|were|was)n'?t)\s+only\s+(?:in\s+)?(?:my\s+|his\s+|her\s+|the\s+)?legs?\s*,?\s*(?:now\s*,?\s*)?(?:but\s+)?"
        r"(?:(?:they|it)(?:\s+(?:are|is)|'re|'s)?\s+)?(?:also|now|even)\s+"
        r"(?:in\s+)?(?:my\s+|the\s+)?(?:arms?|hands?|fingers|stomach|belly|tummy|chest|neck)"
        # legs and arms cramping together: "my legs and arms are both cramping up"
        # ... or told by what the hands do: "cramps in my legs and my hands keep curling up"
        r"|(?:legs|calves)\s+(?:and|&)\s+(?:my\s+|his\s+|her\s+)?(?:arms|hands|forearms|stomach|belly)"
        r"\s+(?:are\s+|were\s+|keep\s+|kept\s+)?(?:both\s+|all\s+)?(?:\w+\s+)?(?:cramp|clench|curl"
        r"|seiz|spasm|claw|knott)\w*"
        r"|(?:arms|hands|forearms)\s+(?:and|&)\s+(?:my\s+|his\s+|her\s+)?legs\s+(?:are\s+|were\s+|keep\s+"
        r"|kept\s+)?(?:both\s+|all\s+)?(?:\w+\s+)?cramp\w*"
        # "now my tummy and my forearms are seizing up too"
        r"|\bnow\s+(?:my|his|her)\s+(?:arms?|forearms?|hands?|fingers|stomach|belly|tummy|chest|neck)"
        r"(?:\s+(?:and|&)\s+(?:my\s+|his\s+|her\s+)?(?:arms?|forearms?|hands?|fingers|stomach|belly|tummy"
        r"|chest|neck))?\s+(?:are|is|keep|keeps)\s+(?:\w+\s+)?(?:cramp|seiz|spasm|lock|clench|knott)\w*"
        r"(?:\s+up)?\s+(?:too|as\s+well|also)\b"
        # "cramps everywhere", "cramping all over my body"
        r"|cramp\w*\s+(?:\w+\s+)?(?:everywhere|all\s+over\s+(?:my|his|her|the)\s+body)"
        # the places listed: "cramps in my legs, my back and my arms"
        r"|cramp\w*\s+in\s+(?:both\s+)?(?:my\s+|his\s+|her\s+|the\s+)?(?:legs|calves|feet|thighs)\s*"
        r"(?:,\s*|\s+and\s+|\s*&\s*)(?:(?:my\s+|his\s+|her\s+|the\s+)?(?:back|neck|shoulders|sides?)"
        r"\s*(?:,\s*|\s+and\s+|\s*&\s*))?(?:my\s+|his\s+|her\s+|the\s+)?(?:arms|hands|fingers|stomach"
        r"|belly|tummy|chest|neck)\b(?!\s+(?:feel|feels|felt|are|is|were|was|ache|aches|hurt|hurts|go|goes"
        r"|went|look|looks|keep|get|gets)\b)"
        r"|even\s+(?:my\s+|his\s+|her\s+)?(?:arms?|hands?|stomach|belly|tummy|chest|neck)\b"
        r"[\w\s]{0,25}?\bcramp\w*"
        # once only in the legs, now elsewhere too: "before the cramps was only in the legs but
        # since yesterday also my hands ... is cramping" (the legs told first are checked by the
        # screen, as for "now")
        r"|\balso\s+(?:in\s+)?(?:my|his|her|the|both)\s+(?:arms?|hands?|fingers|belly|stomach"
        r"|tummy|chest|neck)\b(?=[^.!?]{0,40}?\b(?:cramp\w*|spasm\w*|lock\w*|seiz\w*|claw\w*))"
        # "my hands keep clenching up too": cramping told by what the muscle does
        r"|(?:arms?|hands?|fingers|stomach|belly|tummy)\s+(?:\w+\s+){0,3}?(?:cramp\w*|clench\w*|lock\w*"
        r"|seiz\w*|spasm\w*|claw\w*|knott\w*)(?:\s+up)?\s+(?:too|as\s+well)\b"
        # the cramps begun in the arms or the belly as well: "today they started in my hands
        # and forearms too", "now they're in my stomach muscles as well"
        # ... "last few days im getting them in my hands and my tummy muscles too"
        r"|(?:started|starting|began|begun|are|were|they'?re|getting|having)\s+(?:\w+\s+){0,2}?(?:in|into)\s+"
        r"(?:my\s+|the\s+|both\s+|his\s+|her\s+)?(?:arms?|forearms?|hands?|fingers|stomach|belly"
        r"|tummy|chest|neck|ribs)(?:\s+(?:muscles|and|&|my|the|across|over|round|around|\w*arms?|hands?"
        r"|fingers|stomach|belly|tummy)){0,5}\s+(?:too|as\s+well)\b"
        # ... with more said between: "started in my hands and once round my ribs too"
        r"|(?:started|starting|began|begun)\s+(?:\w+\s+){0,2}?(?:in|into)\s+(?:my\s+|the\s+|both\s+|his\s+"
        r"|her\s+)?(?:arms?|forearms?|hands?|fingers|stomach|belly|tummy|chest|neck|ribs)\b[^.!?]{0,40}?"
        r"\b(?:too|as\s+well|never\s+had\s+(?:that|those|them|it)?\s*before)\b"
        # the cramps now elsewhere, told by a pronoun: "started in my legs but now there (they're)
        # in my arms and my stomach", "began in my calves, now it's my hands and belly"
        r"|\bnow\s+(?:they'?re|there|their|they\s+are|it'?s|its|it\s+is)\s+(?:also\s+|even\s+|got\s+)?"
        r"(?:in(?:to)?\s+)?(?:my|the|both|his|her)\s+(?:arms?|forearms?|hands?|fingers|stomach|belly"
        r"|tummy|chest|neck)\b"
        # "it's spread, both forearms and my hands keep cramping"
        r"|spread\w*\s*[,:-]\s*(?:now\s+)?(?:my\s+|both\s+|the\s+)?(?:arms?|forearms?|hands?|fingers"
        r"|stomach|belly|tummy|chest|neck)"
        r"|now\s+(?:even\s+)?(?:my|his|her|both)\s+(?:hands?|arms?|forearms?|stomach|belly|fingers"
        r"|neck|chest)[\w\s,]{0,40}?\s(?:is|are|keep|started)?\s*(?:\w+\s+)?cramp\w*"
        r"|cramp\w*\s+(?:\w+\s+){0,3}?(?:all\s+over(?!\s+the\s+(?:place|shop|show))|everywhere|(?:all\s+)?(?:through|throughout)\s+(?:my|his|her"
        r"|the)\s+(?:whole\s+)?body)|spread\w*\s+(?:\w+\s+){0,2}?(?:all\s+over"
        r"|everywhere)|(?:and|&)\s+(?:my\s+)?(?:arms?|hands?|stomach|tummy|belly)\s+too|(?:whole|entire)\s+body\s+(?:is\s+|was\s+)?"
        r"(?:\w+\s+)?cramp\w*"
        # starts in the legs, "then" takes the arms: "then catch my arms and even my belly",
        # "and then it gets my hands", "then hits my stomach"
        r"|then\s+(?:it\s+|they\s+)?(?:catch\w*|caught|gets?|got|grab\w*|hits?|takes?|took"
        r"|reach\w*|moves?\s+(?:on\s+)?to|jumps?\s+to)\s+(?:my\s+|the\s+|both\s+|his\s+|her\s+)?"
        r"(?:arms?|forearms?|hands?|fingers|stomach|belly|tummy|chest|neck)"
        r"(?!\s+(?:on|onto|around|round|under|over|into|to|free|up|off|in|out|through)\b)"
    ),
    # --- context: what raises the risk of a clot, and of the causes around it
    "journey": (
        r"(?:long|\d+[\s-]*(?:hour|hr)s?|\d+[\s-]*h|overnight|transatlantic|international"
        r"|long[\s-]haul)\s+(?:\w+\s+){0,2}?(?:flight|flights|flying|drive|driving|car\s+ride"
        r"|car\s+journey|road\s+trip|bus|coach|train|journey|trip)|(?:flew|flying|flight|drove)"
        r"\s+(?:\w+\s+){0,4}?(?:from|back\s+from|to|home\s+from|across)\s+\w+|jet\s*lag\w*"
        r"|long[\s-]haul|road\s+trip|(?:flew|flown|drove)\s+(?:back|home|out|over)\b"
        # "come back by coach from london 2 days ago, 26 hours"
        r"|(?:coach|bus|train|plane|flight|ferry)\b[^.!?]{0,40}?\b(?:[4-9]|[1-9]\d)[\s-]*(?:hours?|hrs?|h)\b"
        r"|flown\s+(?:\w+\s+){0,3}?(?:from|to|across|in)\s+\w+|(?:\d+|twenty|20)[\s-]*(?:odd\s+)?(?:hours?|hrs?)\s+"
        r"(?:\w+\s+){0,3}?(?:in\s+the\s+car|on\s+(?:a|the)\s+(?:plane|bus|coach|train)|flight"
        # at the wheel: "13 hours sat in the cab", "11 hrs behind the wheel"
        r"|in\s+(?:the|my)\s+(?:cab|lorry|truck|van|rig)|behind\s+the\s+wheel|at\s+the\s+wheel)"
    ),
    "surgery": (
        r"surgery|operation|(?<!co-)(?<!co\s)op\b|post[\s-]?op\w*|replacement|keyhole|c-?\s*section|caesarean"
        r"|cesarean|hospital\s+stay|(?:in|out\s+of)\s+hospital|discharged|had\s+(?:my|his|her|their)\s+\w+\s+"
        r"(?:removed|out|done|fixed|replaced|pinned|plated)|arthroscop\w*|surgical"
        r"|(?:knee|hip|ankle|shoulder|joint)\s+(?:was\s+|got\s+)?replaced"
    ),
    "immobile": (
        r"bed\s*rest|bed[\s-]?bound|bedridden|laid\s+up|in\s+a\s+(?:cast|boot|plaster|brace)"
        r"|(?:on\s+)?crutch(?:es)?|broken\s+(?:leg|ankle|foot|hip)|off\s+my\s+feet\s+for|immobil\w*"
        r"|couldn'?t\s+move\s+for\s+(?:days|weeks)"
        # "stuck in her chair since her fall", "hasn't left his bed for a week"
        # (days of it, not one sitting: "sat in the chair for ages at the barber's")
        r"|stuck\s+in\s+(?:her|his|my|their|a|the)\s+(?:chair|armchair|recliner|bed)\s+(?:since|for|all)\b"
        r"|(?:sat|sitting|been)\s+in\s+(?:her|his|my|their|a|the)\s+(?:chair|armchair|recliner|bed)\s+(?:since"
        r"|for\s+(?:days|weeks|a\s+week|a\s+fortnight|\d+\s+days))\b|(?:hasn'?t|haven'?t|not)\s+(?:left|got\s+out"
        r"\s+of)\s+(?:her|his|my|their|the)\s+(?:chair|bed)\s+(?:for|since|in)\b"
    ),
    "pregnancy": (
        r"pregnan\w*|preggo|preggers|preggy|expecting(?!\s+(?:it|that|to|the))|(?:weeks?|wks?)\s+"
        r"(?:along|pregnant|gone)|months\s+gone|trimester|(?:gave|giving)\s+birth|had\s+(?:a|my|our|the)\s+(?:\w+\s+)?"
        r"(?:baby|boy|girl|son|daughter|twins)|(?:delivered|birth)\s+(?:\w+\s+){0,2}?(?:weeks?|days?)"
        r"|new(?:born|\s+baby|\s+mum|\s+mom)|post[\s-]?(?:partum|natal)|maternity|\d+\s*(?:weeks?|wks?)"
        r"\s+(?:pp|postpartum)|night\s+feeds"
    ),
    "hormones": (
        r"(?:the|a|new|combined|contraceptive|birth\s+control|my)\s+pill|birth\s+control"
        r"|contracepti\w*|hrt|hormone\s+replacement|o?estrogen|hormone\s+(?:tablets|therapy|patch)"
        r"|microgynon|yasmin|the\s+patch|nuvaring"
    ),
    "cancer": (
        r"cancer|chemo\w*|tumou?r|oncolog\w*|radiotherapy|radiation\s+therapy|lymphoma"
        r"|leuka?emia|myeloma|metasta\w*|carcinoma|malignan\w*"
    ),
    "earlier_clot": (
        r"(?:had|have\s+had|history\s+of|previous|prior|past|earlier|a\s+past)\s+(?:a\s+|an\s+)?"
        r"(?:\w+\s+)?(?:blood\s+)?(?:clots?|dvts?|pe\b|pulmonary\s+embol\w*|thrombos\w*)"
        r"|blood\s+thinners?|(?:on|my)\s+(?:a\s+)?thinners?|warfarin|apixaban|rivaroxaban|xarelto|eliquis|edoxaban"
        r"|dabigatran|clexane|heparin|anticoagula\w*"
    ),
    # --- what a cramp does (for the rules, not the cramp parser)
    "cramp": (
        rf"{CRAMP_IN_OTHER_LANGUAGES}|"
        r"cramp(?!ed\s+(?:seat|seats|room|space|plane|car|bus|train|cabin|flat|office|desk|quarters"
        r"|conditions|row|bed))\w*|charl(?:e?y|ie)[\s-]*horses?|spasm\w*|seiz(?:ed|ing|es)(?:\s+up)?"
        r"|lock(?:ed|ing)\s+up|(?:it|then|and)\s+locks(?:\s+up)?|firm(?:ed|ing)\s+up"
        r"|knott?ed|knotting(?:\s+up)?|balled\s+up|cramp-?like|crampy|grip(?:s|ped|ping)?\s+up"
        r"|in\s+(?:a|one)\s+(?:\w+\s+){0,2}?knot|knots?\s+up|knots?\s+in\s+(?:my|the|his|her)\s+"
        r"|(?:leg|calf|calves|foot|thigh|hamstring|hammy|quad|toes?)\s+(?:locks|locking|knots?)\b"
        # a message opening with a repeat told as a diary line: "again at 2.30 this night, left
        # calf"
        r"|^again\s+(?:at\s+|around\s+|about\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|last\s+night"
        r"|this\s+night|tonight|in\s+the\s+night)\b[^!?]{0,30}?\b(?:calf|calves|foot|feet|thighs?"
        r"|hamstrings?|toes?|shin)\b"
        # the muscle tying itself up: "my calf ties itself in knots", "twisted into a knot"
        r"|(?:ties|tie|tied|tying|twists|twist|twisted|twisting)\s+(?:itself\s+|themselves\s+|\w+self\s+)?(?:up\s+)?"
        r"in(?:to)?\s+(?:a\s+|one\s+|\w+\s+)?knots?\b"
        # the muscle grabbing: "after about 200 metres my calf grabs and I must stop"
        r"|(?:leg|legs|calf|calves|foot|feet|thigh|thighs|hamstring|muscle)\s+(?:just\s+|really\s+)?"
        r"(?:grabs|grabbed|grabbing)\b"
        r"|locked\s+(?:solid|for|tight)"
        # "felt a tingle in my right calf and next thing it's a knot"
        r"|(?:it'?s|its|it\s+was|was|into)\s+a\s+(?:\w+\s+)?knot\b"
        # hands or toes pulled into a claw: "fingers keep curling into claws", "hands locked
        # up into claws"
        r"|(?:curl\w*|clench\w*|lock\w*)\s+(?:up\s+)?(?:in|into)\s+(?:a\s+|little\s+)?(?:claws?|fists?)"
        # fingers or toes curling by themselves, muscles clenching: "fingers keep curling up on
        # their own", "whole body feels like it's clenching" (not clenching one's fists or jaw)
        r"|(?:fingers|toes|hands?)\s+(?:keep\s+|kept\s+|are\s+|were\s+|started\s+|start\s+)?"
        r"(?:curling|clawing|clenching)(?:\s+up)?\b(?!\s+(?:my|his|her|the|a)\b)"
        # "my hands claw up", "her fingers clawed up"
        r"|(?:fingers|toes|hands?|feet|foot)\s+(?:\w+\s+)?(?:claws?|clawed|curls?|curled)\s+up\b"
        r"|(?:it'?s|its|is|are|keeps?|kept|started|starts)\s+clench(?:ing|es)?\b"
        r"(?!\s+(?:my|his|her|the|their)\s+(?:teeth|jaw|fists?|hands?))"
        # slang: "an alien in my calf", "quads went full alien"
        r"|alien\s+in\s+my|(?:went|gone|going)\s+(?:full\s+)?alien"
        # "my calf went 15 minutes ago", "it's still locked"
        r"|(?:calf|calves|foot|feet|toes?|thighs?|hammy|hamstrings?|quads?|shin)\s+(?:just\s+)?went\b"
        r"(?!\s+(?:numb|dead|white|pale|blue|cold|red|purple|black|weak|to|into|for|out|home|back"
        r"|on\s+the|through|with|from|over|off|away|down|up))|still\s+(?:locked|knotted|rock\s+hard)"
        # a muscle hard for a while or still, told bare: "calf hard 20 min still", "hamstring rock
        # hard for 15 mins" (not "hard to stretch", a firmness alone)
        r"|(?:calf|calves|foot|thigh|hamstring|hammy|quad|shin)\s+(?:is\s+|was\s+|went\s+|gone\s+|so\s+)?"
        r"(?:rock\s+|stone\s+|really\s+)?hard(?=\s+(?:still\b|for\s+\w+\s+min|\d+\s*(?:min|mins|minutes)\b))"
    ),
    # --- quinine and what too much of it does; casts; children; thyroid surgery
    "quinine": r"quinine",
    "ear_ring": (
        r"ears?\s+(?:are\s+|is\s+|keep\s+|started\s+|have\s+been\s+)?(?:ringing|buzzing|whistling)"
        # "her ears dem a ring" (Jamaican), "my ears ring"
        r"|ears?\s+(?:dem\s+)?(?:a\s+)?ring(?:s|ing)?\b"
        r"|ringing\s+(?:in\s+)?(?:my\s+|the\s+)?ears|tinnitus|blurr\w*\s+vision"
        r"|vision\s+(?:\w+\s+)?(?:blurr\w*|funny|weird)|(?:can'?t|cannot)\s+see\s+properly"
    ),
    "cast": (
        # not the verb: "melting lead to cast my own fishing weights", "we cast a line"
        r"(?:plaster\s+)?(?<!to\s)(?<!\bi\s)(?<!we\s)cast(?!\s+(?:my\s+own|some|lead|iron|weights|a\s+line"
        r"|the\s+line|off|out)\b)|in\s+a\s+(?:boot|splint|brace)|bandag\w*|splint(?!er)\w*|strapp(?:ed|ing)"
        r"|in\s+(?:a\s+)?plaster\b"
    ),
    "child": (
        r"(?:my|our|the)\s+(?:\w+\s+)?(?:son|daughter|kid|child|baby|toddler|boy|girl|little\s+one"
        r"|wee\s+one|bairn|wean|lo|ds|dd|youngest|eldest|kids|children|little\s+ones|twins"
        r")(?![\s-]*in[\s-]*law)"
        # not the owner of a place or an event: "stood all day at my daughter's wedding"
        r"(?!'s\s+(?!(?:left|right|bad|poor|sore|little|legs?|calf|calves|foot|feet|thighs?|toes?"
        r"|knees?|ankles?|hamstrings?|hands?|arms?|back|hips?|neck|muscles?|body|skin|shins?|heels?"
        r"|\d+|been|got|having|had|not|always|just|gone|going|still|now|also|growing|cramps?"
        r"|pains?|limp\w*)\b))"
        # a child told by their age: "my 3 year old", "our two-year-old"
        r"|(?:my|our|the|his|her)\s+(?:\d|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*"
        r"(?:year|yr)s?[\s-]*old\b(?!\s+(?:dog|cat|car|van|house|boiler|laptop|phone|man|woman|mum|mom"
        r"|dad|mother|father|husband|wife|neighbour|patient))"
        r"|toddler|lil\s+one|(?:she'?s|he'?s|she\s+is|he\s+is"
        # "son is 5, his leg pains...", "daughter 9 fell off the trampoline": the child named
        # without "my"
        r"|(?<![\w'])(?:son|daughter|boy|girl|kid|child)(?:\s+(?:is|aged|age))?)"
        r"\s+(?:only\s+|just\s+)?(?:[1-9]|1[0-2])"
        r"(?!\s*(?:am|pm|:|\.\d|,\d|hours?|hrs?|mins?|minutes?|weeks?|days?|months?|times?|ft|feet"
        r"|miles?|km|kg|lbs?|stone|out\s+of|/))"
        r"|(?:[1-9]|1[0-5])\s*(?:yo|y/o|yrs?\s+old|years?[\s-]old)"
        # not an animal's age: "hes a 9 yr old lab"
        r"(?!\s+(?:\w+\s+)?(?:lab|labrador|dog|puppy|cat|kitten|horse|pony|collie|spaniel|terrier"
        r"|whippet|greyhound|retriever|poodle|pug|beagle|lurcher|rabbit|mare|gelding)\b)"
        r"|\d{1,2}[\s-]*(?:months?|mths?|mo)[\s-]+old"
        # "teen son came off his skateboard" (not "baby girl": a newborn beside the mother's leg)
        r"|(?<![\w'])(?:teen|teenage|teenaged)\s+(?:son|daughter|boy|girl)"
        r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]years?[\s-]old"
        # an age in brackets after a child or grandchild: "grandson (5)", "daughter (9)"
        r"|(?:son|daughter|boy|girl|kid|child|grand(?:son|daughter|child|kid)|nephew|niece|little\s+one"
        r"|lil\s+one|wee\s+one|toddler|baby)\s*\("
        r"(?=(?:[1-9]|1[0-5])\))"
    ),
    "limp": (
        r"limp(?:s|ing|ed)?(?!\s+(?:leg|legs|arm|arms|foot|muscles?))|hobbl\w*"
        r"|won'?t\s+(?:walk|stand|put\s+(?:any\s+)?weight|bear\s+weight)|(?:can'?t|cannot|refus\w*\s+to)"
        r"\s+(?:walk|put\s+(?:any\s+)?weight|bear\s+weight)|not\s+(?:walking|putting\s+(?:any\s+)?weight)"
    ),
    "thyroid_op": (
        r"(?:para)?thyroidectomy|(?:para)?thyroid\s+(?:\w+\s+)?(?:surgery|operation|op|removed"
        r"|removal|taken\s+out|out)|(?:had|have|got)\s+(?:my\s+)?(?:para)?thyroid\s+(?:\w+\s+)?"
        r"(?:out|removed)"
        # "I had operation on thyroid", "surgery on my neck for the thyroid"
        # "they take out my thyroid", "took my thyroid out"
        r"|(?:take|took|taken|taking|remove|removed|removing)\s+(?:out\s+)?(?:(?:my|his|her|the|a|one"
        r"|part|half|some|two|of)\s+){1,3}(?:para)?thyroids?"
        # a lump taken out of the neck: "had the lump in my neck taken out on tuesday"
        r"|(?:lump|nodule|goitre|goiter|growth)\s+(?:in|on)\s+(?:my|his|her|the)\s+(?:neck|throat)\s+"
        r"(?:\w+\s+)?(?:taken\s+out|removed|out|operated\s+on)"
        r"|(?:lump|nodule|goitre|goiter|growth)\s+(?:\w+\s+)?(?:taken\s+out\s+of|removed\s+from|cut\s+out\s+of)\s+"
        r"(?:my|his|her|the)\s+(?:neck|throat)"
        r"|(?:operation|op|surgery|operated|operate|operates)\s+(?:on\s+|for\s+|of\s+)?(?:my\s+|the\s+|her\s+|his\s+)?(?:neck\s+for\s+"
        r"(?:my\s+|the\s+)?)?(?:para)?thyroid"
        # the operation told with where or why first: "the operation in Shiraz to take out a
        # parathyroid gland", "surgery last week to remove half my thyroid"
        # ... in the languages people mix into English: "une opération de la thyroïde",
        # "cirurgia da tireoide", "operación de tiroides"
        r"|(?:op[ée]ration|operaci[oó]n|opera[cç][aã]o|cirurgia|cirug[ií]a|chirurgie)\s+(?:\w+\s+){0,2}?"
        r"(?:(?:la|de|da|do|del)\s+)?(?:para)?(?:thyro[iï]de|tiroides?|tireoide|tir[oó]ide)"
        # German: "Schilddrüsen-OP", "Schilddrüsenoperation"
        r"|schilddr[üu]sen[\s-]*(?:op|operation|entfernung|chirurgie)\w*"
        r"|(?:operation|op|surgery)\s+(?:[\w']+\s+){1,4}?to\s+(?:take|remove|get)\s+(?:out\s+)?(?:(?:my"
        r"|his|her|the|a|one|part|half|some|two|of)\s+){1,3}(?:para)?thyroids?"
    ),
    "mouth_tingle": (
        r"(?:tingl\w*|numb\w*|pins\s+and\s+needles|prickl\w*)\s+(?:\w+\s+){0,3}?(?:lips?|mouth"
        r"|face|fingertips|finger\s+tips)|(?:lips?|mouth|fingertips)\s+(?:\w+\s+){0,3}?(?:tingl\w*"
        r"|numb\w*|pins\s+and\s+needles|fizz\w*|buzz\w*|prickl\w*)"
    ),
    "injury": (
        r"kick\w*(?!\s+in\b(?!\s+(?:the|my|his|her|shin|leg|calf|knee|thigh|ankle|foot)\b))|tackle\w*|fell(?!\s+asleep)|fall(?:en)?(?!\s+asleep)|crash\w*"
        # not the bladder's or the bowels': "an accident with my bowels", "accident in his pants"
        r"|accident(?!s?\s+(?:with|in|from)\s+(?:my|his|her|their|the)\s+(?:bowels?|bladder|waterworks|pants"
        r"|trousers|knickers|underwear|undies|bed|pad)\b)"
        r"|hit\s+by|knock\w*|broke"
        # a blow: "took a boot to the shin", "a trolley smashed into my leg", "got whacked"
        # a blow told by what hit where: "knee to the thigh in rugby", "a boot to the shin"
        r"|(?:knee|boot|kick|elbow|stud\w*|whack|blow|knock|bang|ball|stick|bat)\s+(?:right\s+)?(?:to|in|into|on)"
        r"\s+(?:the|my|his|her)\s+(?:thigh|shin|calf|leg|quad|knee|hamstring|ankle)"
        r"|(?:took|got|had|caught|copped|cop)\s+an?\s+(?:\w+\s+)?(?:boot|blow|whack|smack|stud\w*|knee|elbow"
        r"|shoulder|helmet|stick|bat|\w*ball|puck|club|racket|racquet|cleat|kick|belt|clatter|thump"
        r"|crack|dig)\s+(?:(?:of|from|off)\s+(?:a|an|the|his|her|their)\s+\w+\s+)?(?:to|in|into|on)\b"
        # came off what one rides or stands on: "came off the ladder", "came off a stepladder"
        r"|came\s+off\s+(?:my|the|his|her|a)\s+(?:\w+\s+)?(?:bike|motorbike|horse|scooter|board"
        r"|skateboard|ladders?|steps|stepladder|roof|scaffold\w*|wall|fence|trampoline|stool|chair"
        r"|quad|trailer|platform|stage|swing|bars?|beam)\b"
        # a blow taken on the leg: "took it right on the shin", "caught it full on the knee"
        r"|(?:took|taking|caught|got)\s+it\s+(?:right\s+|full\s+|square\w*\s+|straight\s+)?(?:on|in|to)"
        r"\s+(?:the|my|his|her)\s+(?:\w+\s+)?(?:shin|leg|calf|knee|thigh|ankle|foot|kneecap)\b"
        r"|collid\w*|landed\s+(?:hard\s+|badly\s+|awkwardly\s+)?on\s+(?:my|his|her)\s+(?:back|side"
        r"|ribs|chest|bum|backside|knee|ankle|leg)"
        r"|(?:took|got|had|copped)\s+a\s+(?:\w+\s+)?(?:boot|blow|whack|smack|stud\w*)|smash\w*|whack\w*"
        r"|(?:kneed|elbowed)\s+(?:\w+\s+)?(?:in|on)\s+(?:the|my|his|her)|dead\s+leg|cork(?:ed|y)"
        r"\s+(?:thigh|quad|leg)|charley\s+horse\s+from\s+(?:a|the)\s+(?:knee|kick|knock|hit|tackle)"
        r"|blow\s+to|struck|bash\w*|bang(?:ed)?\s+(?:it|my|his|her|into)|stamped\s+on|run\s+over"
        # crushed: "a pallet jack rolled over my shin", "dropped a paving slab on my foot"
        r"|(?:rolled|ran|drove|driven|reversed|backed)\s+over\s+(?:my|his|her)\s+(?:\w+\s+)?(?:foot|feet"
        r"|toes?|leg|shin|ankle|calf)|crush\w*|trapped\s+(?:my|his|her)\s+(?:foot|leg)"
        r"|(?:fell|dropped|landed)\s+(?:\w+\s+){0,3}?on\s+(?:my|his|her)\s+(?:foot|leg|shin|toes?|calf)"
        r"|(?<!cramp\s)(?<!cramps\s)(?<!it\s)(?<!pain\s)(?<!spasm\s)(?<!one\s)"
        r"(?:hit|caught|clipped|smacked)\s+(?:me\s+)?(?:on\s+|in\s+)?(?:my|his|her|the)\s+(?:shin|calf"
        r"|leg|thigh|foot|ankle|knee)"
        r"|broken|fracture\w*|crush\w*|injur\w*|twisted|sprain\w*|collision|trapped"
        # lain on for hours, out cold: "passed out drunk with my leg folded under me for hours"
        r"|(?:leg|arm|foot|calf)\s+(?:\w+\s+){0,2}?(?:folded|trapped|bent|twisted|stuck|squashed)\s+"
        r"(?:\w+\s+){0,2}?under\s+(?:me|him|her|them|my\s+body)"
        r"|(?:lay|lain|lying|laid|slept|sleeping|passed\s+out|collapsed)\s+on\s+(?:my|his|her)\s+"
        r"(?:leg|arm|foot|calf)\s+for\s+(?:hours|ages|\d+\s+hours|the\s+whole\s+night|all\s+night)"
        # walked into something, and the bruise it left: "walked into the coffee table and got a
        # big bruise on my shin"
        r"|(?:walked|ran|bumped|banged|smacked|crashed|knocked|cracked)\s+(?:\w+\s+)?into\s+(?:a|an|the|my"
        r"|some|his|her)\b|(?:big|nasty|huge|massive|bad|deep)\s+bruis\w*"
        # "leg got pinned under the quad bike", "stuck under the tractor for an hour"
        r"|(?:pinned|stuck)\s+(?:(?!it\b|them\b|one\b|some\b)\w+\s+)?(?:under|beneath|down\s+(?:by|under)"
        r"|against)"
        # something dropped on the foot, a stubbed toe: "dropped a tin of beans on my big toe"
        r"|dropp?(?:ed|ing)\s+(?:[\w']+\s+){0,5}?on\s+(?:my|his|her|the)\s+(?:\w+\s+)?(?:toes?|foot|feet"
        r"|shin|ankle|instep)|stub(?:bed|bing)"
        # a slip or a fall: "slid off one step and landed hard", "missed the last step"
        r"|(?<!mask\s)(?<!it\s)slipped\s+(?:on|over|down|off|and)|slid\s+(?:off|down)"
        r"|trip(?:ped|ping)\s+(?:over|on|up)|stumbl\w*|went\s+flying"
        r"|landed\s+(?:hard|badly|awkwardly)|missed\s+(?:a|the|my)\s+"
        r"(?:\w+\s+)?step|went\s+over\s+on\s+(?:my|his|her)|rolled\s+(?:my|his|her|an)\s+ankle"
    ),
    "hard_exercise": (
        r"marathon|ultra|(?:first|hard|intense|brutal|crazy|huge|long)\s+(?:\w+\s+)?(?:spin"
        r"|session|workout|class|run|ride|hike|trek|march|walk|climb|swim|paddle|game|training|day)|spin\s+class|crossfit"
        r"|went\s+(?:way\s+)?too\s+hard|overdid\s+it|trainer|bootcamp|\d+[\s-]*miles?\b|\d+\s*k\b"
        # a soldier's loaded march: "a 12 mile tab in full kit", "ruck march", "yomp"
        r"|ruck\s*march\w*|route\s+march|forced\s+march|yomp\w*|in\s+full\s+kit"
        r"|half[\s-]marathon|triathlon|ironman|boot\s+camp|leg\s+day|squats?"
        # a test of fitness: "an army fitness test", "the beep test", "a PT test"
        r"|(?:fitness|beep|bleep|pt|pft|selection)\s+test|assault\s+course"
        # after or in a match, a game or a race: "shin rock hard after match"
        r"|(?:after|during|in|since)\s+(?:the\s+|a\s+|my\s+|our\s+|his\s+|her\s+|today'?s\s+|last\s+night'?s\s+)?"
        r"(?:match|game|race|tournament|final|fixture|bout|fight)\b"
    ),
    "chronic": (
        r"for\s+(?:\w+\s+)?(?:months|years|ages|a\s+long\s+time)|(?:months|years)\s+now"
        # a year of it: "for about a year now", "a year now", "this past year"
        r"|for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:a|one)\s+year"
        r"|(?:a|one)\s+year\s+now|this\s+past\s+year"
        r"|(?:a\s+)?couple\s+of\s+months|(?:always|constantly|on\s+and\s+off|for\s+a\s+while)"
        r"|since\s+(?:last\s+)?(?:spring|summer|autumn|fall|winter|year|\d{4})|every\s+winter"
        # learners' English: "since half year", "since 2 years", "since many months"
        r"|since\s+(?:half\s+(?:a\s+|an\s+)?year|a\s+year|(?:\d+|one|two|three|four|five|six|several|many|few"
        r"|some)\s+(?:weeks|months|years))"
        # come on slowly: "become thin and weak slowly over this year"
        r"|gradual\w*|slowly\s+(?:over|getting|gett?ing|becom\w*|got)|(?<=weak\s)slowly"
        r"|over\s+(?:this|the\s+(?:last|past))\s+year"
        r"|chronic|long[\s-]standing|these\s+days|(?:few|several|many|couple\s+of)\s+months"
        r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:year|years|months)"
        r"|in\s+the\s+cold|when\s+(?:it'?s|it\s+is)\s+cold|in\s+cold\s+weather|in\s+(?:the\s+)?winter"
    ),
    "sudden": (
        r"sudden\w*|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|just\s+now|within\s+(?:minutes|an\s+hour)"
        r"|in\s+the\s+last\s+(?:hour|few\s+hours)|this\s+(?:morning|evening|afternoon)|tonight"
        r"|an\s+hour\s+ago|minutes?\s+ago|since\s+(?:this\s+morning|last\s+night|i\s+woke)"
    ),
    "lasting": (
        r"(?:for|over|more\s+than)\s+(?:\w+\s+)?(?:days|a\s+week|weeks|\d+\s+days)|days\s+later"
        r"|still\s+(?:\w+\s+){0,3}?(?:days|a\s+week)|(?:two|three|four|five|\d)\s+days"
        r"|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+week)"
    ),
}

# ------------------------------------------------------------------------------ cues

NEGATORS: Final = frozenset(
    {"no", "not", "without", "never", "nor", "neither", "none", "nothing", "zero", "free"}
    | {"isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent", "doesn't"}
    | {"doesnt", "don't", "dont", "didn't", "didnt", "hasn't", "hasnt", "haven't", "havent"}
    | {"hadn't", "hadnt", "won't", "wont", "nope", "nah", "denies", "lack", "absent"}
    # Tagalog and Malay, in English written beside them: "walang swelling", "tiada bengkak"
    | {"walang", "wala", "hindi", "tiada", "tak", "takde", "tidak"}
)
# Words a negation reaches over: "no real swelling or redness", "not hot or red at all".
NEGATION_GLUE: Final = frozenset(
    {"any", "sign", "signs", "of", "or", "and", "nor", "obvious", "visible", "noticeable"}
    | {"real", "much", "more", "the", "my", "it", "is", "was", "feel", "feels", "felt", "see"}
    | {"notice", "noticed", "seen", "saw", "have", "has", "had", "been", "there", "at", "all"}
    | {"also", "really", "a", "an", "bit", "very", "that", "too", "leg", "calf", "skin", "foot"}
    | {"get", "got", "look", "looks", "looked", "seem", "seems", "seemed", "are", "legs", "feet"}
    | {"area", "calves", "thigh", "ankle", "ankles", "toes", "particularly", "especially"}
    | {"muscle", "muscles", "muscular"}
    | {"unusual", "abnormal", "other", "symptoms", "swollen", "swelling", "red", "redness"}
    | {"hot", "warm", "warmth", "puffy", "numb", "numbness", "tingling", "pain", "colour"}
    | {"color", "change", "changes", "discolouration", "discoloration", "bruising", "heat"}
    | {"weakness", "weak", "tenderness", "tender", "lumps", "lump", "fever", "temperature"}
    | {"in", "on", "around", "either", "one", "side", "sides", "like", "i", "can", "could"}
    | {"would", "say", "it's", "its", "even", "slightly", "super", "that's", "thats", "single"}
    # a list of findings denied together: "aren't blue or cold or numb or anything"
    | {"blue", "cold", "pale", "white", "purple", "grey", "gray", "mottled", "anything"}
    # ... and of the muscles: "no cramps or stiffness yet", "no spasms or jaw ache"
    | {"cramps", "cramp", "cramping", "spasms", "spasm", "stiffness", "stiff", "twitching"}
    # ... and of tetanus's signs: "no stiff jaw or spasm yet", "no trouble swallowing or jaw ache"
    | {"jaw", "jaws", "lockjaw", "trouble", "difficulty", "swallowing", "ache"}
    # what is denied is a new finding: "no new numbness or weakness", "no sudden swelling"
    | {"new", "sudden", "recent", "further"}
    # ... and the lung's: "no breathing problems or chest pain"
    | {"breathing", "breath", "breathless", "breathlessness", "shortness", "short", "problems"}
    | {"problem", "issues", "chest"}
)
# What ends a negation's reach, before the finding: "no pain but it's swollen".
NEGATION_STOP: Final = frozenset(
    {"but", "though", "although", "however", "yet", "except", "just", "only", "now", "still"}
    | {"apart", "besides", "which", "whereas", "while", "instead", "rather"}
)
# "swelling: no", "redness - none", "numb? nope".
NEGATED_AFTER: Final = re.compile(
    r"\s*[:?=-]?\s*(?:no|none|nope|not\s+really|negative|nothing|nah|zero)\b"
    # "getting worse no better": not a denial of what came before
    r"(?!\s+(?:more|longer|better|easier|different|change|improvement))"
    # the leg's warmth or colour told as normal: "colour and warmth normal", "temp is fine"
    r"|(?:(?<=warmth)|(?<=temperature)|(?<=temp)|(?<=colour)|(?<=color))\s*[:=-]?\s*"
    r"(?:and\s+(?:colou?r|warmth|temp\w*)\s+)?(?:is\s+|are\s+|looks?\s+|seems?\s+)?(?:normal|fine"
    r"|ok|okay|the\s+same)\b"
)
HYPOTHETICAL: Final = re.compile(
    r"\b(?:(?:even\s+)?if\s+(?:you|u|one|a\s+person|someone|anyone|they|it\s+(?:ever\s+)?(?:gets|get"
    r"|starts|start|becomes|turns|goes|were|was\s+to|happens|comes)|i\s+(?:ever|get|got|start"
    r"|should|were|was\s+to|had\s+a|have\s+a)|(?:my|the|your)\s+(?:\w+\s+){1,2}?(?:ever\s+)?"
    r"(?:gets|get|starts|start|becomes|turns|goes|were|swells|swell)"
    # what a medicine might do: "if it gives me cramps or aches I'm coming straight off it"
    r"|(?:it|they|this|that|the\s+\w+|these)\s+(?:ever\s+)?(?:gives|give|causes|cause|makes|make"
    r"|brings\s+on|bring\s+on)\s+(?:me|you|u|him|her|them))"
    # the finding itself the verb after "if": "if my leg swells after the op" (not "not sure
    # if my calf is swollen": a doubt about a finding the writer may have)
    r"|(?<!sure\s)(?<!know\s)(?<!wonder\s)(?<!unsure\s)(?<!tell\s)(?<!see\s)(?<!check\s)"
    # nor a question about what the writer has: "is something wrong with me if my calves cramp
    # every night?", "is it normal if my ankle swells after work?"
    r"(?<!me\s)(?<!normal\s)(?<!bad\s)(?<!serious\s)(?<!worry\s)(?<!ok\s)(?<!okay\s)(?<!fine\s)"
    r"(?<!common\s)(?<!concerning\s)(?<!worrying\s)(?<!dangerous\s)"
    r"if\s+(?:my|the|your|his|her)\s+[\w']+(?:\s+[\w']+)?(?=\s*$)"
    # anybody's: "is it normal if your calf swells after a flight?"
    r"|if\s+your\s+[\w']+(?:\s+[\w']+)?(?=\s*$)|whether|in\s+case|what\s+if|signs?\s+of|symptoms?\s+of|look\s+out\s+for"
    r"|watch\s+(?:out\s+)?for|how\s+(?:do|would|can|could)\s+(?:i|you|we)\s+(?:know|tell)"
    # told to check for it: "gp asked me to check for numbness down below"
    r"|(?:to|should|must|need\s+to)\s+check\s+(?:for|if|whether)"
    r"|how\s+to\s+tell|what\s+does\s+(?:a\s+)?\w+\s+(?:look|feel)|could\s+i\s+get|might\s+get"
    r"|worried\s+(?:it|that|about)\s+(?:might|could|will|getting)|in\s+the\s+future|ever\s+get"
    r"|unless|otherwise(?<!fine\sotherwise)(?<!ok\sotherwise)(?<!okay\sotherwise)(?<!well\sotherwise)"
    r"(?<!good\sotherwise)(?<!healthy\sotherwise)|should\s+(?:i|you)\s+(?:watch|look)|to\s+avoid|prevent(?!ers?\b)\w*|risk\s+of"
    # how to keep it away: "how can I avoid numb legs on the coach trip?"
    r"|how\s+(?:do|can|could|should|would)\s+(?:i|you|we|one)\s+(?:best\s+)?avoid"
    r"|told\s+(?:me\s+)?to\s+(?:watch|look|come\s+back)|warned"
    # (not the leaflet's advice followed: "stretches every night like the leaflet said")
    r"|(?<!like\sthe\s)(?<!as\sthe\s)(?<!per\sthe\s)leaflet|said\s+to\s+(?:watch|look)"
    r"|thought\s+(?:i|it|he|she|they|we)\s+(?:was|were|had|might|would)|felt\s+like|as\s+if"
    r"|like\s+(?:i\s+was\s+)?having|went\s+straight\s+to|brain\s+went|paranoid|scared\s+(?:of|it)"
    # (not a worry about someone, then what is so: "worried about my son, he drinks every day")
    # ... nor told before it: "its my dad im worried about, hes 68 and ..."
    # (not the politeness of a confession: "I'm afraid I muddled my pill box and took ...")
    r"|afraid(?!\s+(?:that\s+)?i\s+(?:have\s+|'ve\s+|had\s+|did\s+|may\s+have\s+)?(?:\w+ed|took|forgot|made|did|got|was"
    r"|drank|ate|had|fell|left|broke)\b)|worr(?:y|ied)\s+(?:about(?!\s*[,.;!?])(?!\s+(?:him|them)\b)(?!\s+(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:son|daughter|mum|mom"
    r"|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|brother|sister|nan|nana|gran|granny"
    r"|grandma|grandad|grandpa|friend|mate|kids?|child|children|baby|boy|girl|toddler|teen\w*|aunt"
    r"|uncle|parents?|hubby|fianc\w*)\b)|it\s+(?:is|was|might|could))|freaked"
    # a story told or read: "told us a horror story about a rugby player whose leg swelled up",
    # "read about a woman whose foot went blue"
    # (up to the finding, in the story's own words: not "heard about clots so checked, my calf
    # is swollen")
    r"|(?:(?:story|stories|tale)\s+(?:about|of)|heard\s+(?:about|of)|read\s+(?:about|an?\s+(?:article"
    r"|story|post)))(?:(?!\b(?:my|i|and|but|so|now|then|me)\b)[^,.;!?])*?(?=\s*$)"
    # what one hears of at work or is told as stories, a list of it: "all shift I hear about
    # chest pain, breathlessness and clots", "loves telling horror stories, last week it was a
    # rugby player with compartment syndrome and ... a bloke who collapsed with heatstroke"
    r"|(?:(?:i|we|you)\s+(?:hear|hears|hearing)\s+(?:about|of)|(?:telling|tells|tell|told)\s+(?:me\s+|us\s+)?"
    r"(?:\w+\s+)?(?:stories|tales))(?:(?!\b(?:my|i|but|so|now|then|me)\b)[^.;!?])*?(?:\w(?=[\s,]*$)|(?=\s*$)))\b"
)
# "over the last year", "for the last year": up to now, not the past
_UP_TO_NOW: Final = (  # "over the last year", "since last autumn": up to now, not then
    r"(?<!over\sthe\s)(?<!in\sthe\s)(?<!during\sthe\s)(?<!for\sthe\s)(?<!within\sthe\s)"
    r"(?<!since\s)(?<!ever\ssince\s)"
)
HISTORICAL: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    # (a time compared with now is not then: "thinner than last year", "than a year ago",
    # "thinner than they did at christmas")
    r"(?<!than\s)(?<!than\sthey\sdid\s)(?<!than\sthey\swere\s)(?<!than\sit\sdid\s)(?<!than\sit\swas\s)"
    r"(?<!than\si\swas\s)(?<!than\swe\swere\s)(?<!than\sthey\slooked\s)(?<!than\sit\slooked\s)"
    r"(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple\s+of)"
    r"\s+(?:years?|yrs?)\s+(?:ago|back|before)|(?:\d+|a|few|several|six|couple\s+of)\s+months"
    rf"\s+(?:ago|back)|(?:back\s+)?in\s+my\s+(?:teens|twenties|thirties|forties|fifties|sixties|[1-6]0s)"
    rf"|{_UP_TO_NOW}last\s+(?:year|yr)|(?:years|decades)\s+ago|in\s+(?:19|20)\d\d|at\s+(?:the\s+)?age\s+(?:of\s+)?\d\d"
    # an age ("dropped out at 22"), not an hour a clock shows too ("got woken at 11")
    # (not an age asked about as now: "i assume its normal at 70", "is that common at 45")
    r"|(?<!normal\s)(?<!common\s)(?<!usual\s)(?<!expected\s)(?<!natural\s)(?<!typical\s)(?<!ok\s)"
    r"(?<!okay\s)(?<!fine\s)at\s+(?:1[3-9]|[2-9]\d)\b(?![:.]\d|\s*(?:am|pm|a\.m|p\.m|h\b|hrs?\b|o'?clock|units?\b|kg\b|kilos?\b"
    r"|lbs?\b|mph\b|km|miles?\b|bpm\b|mg\b|ml\b|percent|%|degrees|°|mins?\b|minutes|secs?\b|seconds"
    # a pregnancy's week, not an age: "at 26 weeks pregnant"
    r"|weeks?\b|wks?\b|w\b|days?\b"
    r"|last\s+night|this\s+(?:morning"
    r"|evening|afternoon)|tonight|yesterday|today|in\s+the\s+(?:morning|evening|night)|at\s+night))"
    r"|(?<!never\s)(?<!n't\s)(?<!not\s)(?<!than\sthey\s)(?<!than\sit\s)(?<!than\si\s)used\s+to"
    # "when I was in school", not "when I was in deep sleep"
    r"|when\s+i\s+was\s+(?:younger|a\s+kid|little|pregnant|in\s+(?:(?:high|primary|grade"
    r"|secondary|middle)\s+)?(?:school|college|uni|university|hospital|the\s+(?:army|navy"
    r"|military|forces)|my\s+(?:\d0s|teens|twenties|thirties|forties|fifties|sixties)))|once\s+had"
    # "back in" a time ("back in 2019", "back in november"), not "the feeling back in my legs"
    r"|back\s+in\s+(?:(?:like|about|around|maybe|roughly)\s+)?(?:the\s+(?:day|spring|summer|autumn|fall|winter|\d+s)|(?:19|20)\d\d|'?\d\d\b|\d+s|my\s+\w+"
    r"\s+(?:days|years)|school|college|uni|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|spring|summer|autumn|fall|winter)"
    # an age: "I was 13", "as a teenager"
    r"|(?:i|he|she)\s+was\s+(?:only\s+|just\s+|about\s+)?\d{1,2}\b(?!\s*(?:min\w*|sec\w*|hours?"
    r"|hrs?|days?|weeks?|wks?|months?|miles?|km|k\b|%|am|pm|[:.]\d|/|out|of|and|x\b|or\b|-))"
    r"|as\s+a\s+(?:kid|child|teen|teenager|youngster|boy|girl)"
    # an earlier pregnancy: "with my first i got cramps every night", "in my last pregnancy"
    r"|with\s+(?:my|our|her)\s+(?:first|last|previous|eldest|oldest|older)\b(?:\s+(?:pregnancy|baby"
    r"|one|child|son|daughter|kid|boy|girl))?(?!\s+(?:cramp|spasm|charley|time|attack|one\s+(?:last"
    r"|tonight|today)))"
    r"|in\s+(?:my|her)\s+(?:first|last|previous|other)\s+pregnancy"
    # a decade gone: "worked in a lead smelter in the 80s", "during the 1970s" (not a heat: "temps
    # in the 90s today")
    r"|(?<!temps\s)(?<!temperatures\s)(?<!temperature\s)(?:in|during|through)\s+the\s+"
    r"(?:19[5-9]0s|20[01]0s|'?[5-9]0s)(?!\s*(?:today|tonight|this|outside|out\b|all\s+(?:day|week)"
    r"|degrees|°|f\b|c\b))"
    # a year told roughly: "2005 or so"
    r"|(?:19|20)\d\d\s+or\s+(?:so|thereabouts)"
    r"|in\s+the\s+past(?!\s+(?:\w+\s+)?(?:few\s+)?(?:minutes?|mins?|hours?|hrs?|hour|day|days|night"
    r"|nights|week|fortnight|24|48))|previously|history\s+of|a\s+while\s+back|all\s+(?:fine|good|ok|okay)"
    r"\s+now|(?<!never\s)(?<!never\sfully\s)(?<!never\sreally\s)(?<!not\s)(?<!n't\s)(?<!not\sfully\s)"
    r"(?<!n't\sfully\s)(?:went|gone)\s+away|cleared\s+up|no\s+longer|resolved|all\s+(?:sorted|better|cleared)"
    rf"|{_UP_TO_NOW}last\s+(?:summer|winter|spring|autumn|fall|year)"
    # a pain measured against one of long ago: "worst ever, and I've sliced my palm open
    # before", "more painful than the time I stood on a nail as a kid"
    r"|(?:ever|of\s+my\s+life)\s*,?\s*(?:and|&)\s+i'?ve\s+(?:\w+\s+){0,8}?(?:before|as\s+a\s+(?:kid"
    r"|child|teen)|in\s+my\s+life|years\s+ago|once)|(?:worse|more\s+(?:\w+\s+)?)\s*than\s+(?:when"
    r"|the\s+time)\b)\b"
)
# The words (at a word's start) one of which each way of `HISTORICAL` has: a sentence with
# none of them (most) tells no past, and is passed at once. (A new way adds its word here.)
PAST_CUE: Final = re.compile(
    r"\b(?=\w)(?:yrs?|years?|months|decades|in\s+(?:19|20)|at\s+(?:1[3-9]|[2-9]\d)|age|used"
    r"|when|once|back\s+in|while\s+back|(?:i|he|she)\s+was\s+(?:only\s+|just\s+|about\s+)?\d"
    r"|kid|child|teen|young|boy|girl|with\s+(?:my|our|her)\s|pregnancy|past|previously|history"
    r"|all\s+(?:fine|good|ok)|away|cleared|longer|resolved|sorted|better|summer|winter|spring"
    r"|autumn|fall|i'?ve|worse|more|(?:19|20)\d\d\s+or|teens|twenties|thirties|forties|fifties"
    r"|sixties|[1-6]0s|(?:in|during|through)\s+the\s+(?:19|20|'?[5-9]0s))"
)
# A finding named as what a treatment is for ("furosemide for the swelling"): a known
# condition, not a new sign.
TREATED: Final = re.compile(
    r"\b(?:pills?|tablets?|meds?|medicines?|medications?|furosemide|lasix|diuretics?|cream"
    r"|injections?|stockings|socks|tights|support\s+hose|wraps?|bandages?|surgery|operation"
    r"|added\s+\w+|prescribed\s+\w+|gave\s+me\s+\w+)"
    # (a time between: "on furosemide 2 weeks ago for ankle swelling")
    r"\s+(?:\w+\s+){0,4}?(?:for|to\s+(?:reduce|help\s+with|bring\s+down|stop|prevent)"
    r"|helps?\s+(?:with|for))\s+(?:(?:the|my|his|her|their|any)\s+)?(?:\w+\s+)?$"
    # what something helps with, asked: "do stockings help with cramps, or only with the swelling?"
    r"|\b(?:or\s+)?(?:only|just|mainly|mostly)\s+(?:with|for)\s+(?:the\s+|any\s+)?$"
    # what something is for, asked: "are they only for swelling?"
    r"|\b(?:are|is)\s+(?:they|it|these|those)\s+(?:only\s+|just\s+|mainly\s+|mostly\s+|also\s+)?"
    r"(?:for|meant\s+for)\s+$"
    # what a thing does for it, asked: "do the socks stop cramps or just help the swelling?"
    r"|\b(?:do|does|did|will|would|can|could)\s+(?:they|it|these|those|the\s+\w+|\w+\s+socks)\s+"
    r"(?:\w+\s+){0,3}?(?:help|reduce|ease|stop|prevent)\s+(?:with\s+)?(?:the\s+)?$"
    # "water pills ... my father just started them last month for swollen ankles"
    r"|\b(?:started|taking|takes|on|prescribed|given)\s+(?:them|these|those)\s+(?:\w+\s+){0,3}?for\s+"
    r"(?:(?:the|my|his|her|their)\s+)?$"
)
# The writer, and someone else, as the one who has the finding or the cramp.
# "woke me" says who was woken, not whose cramp it was ("he woke me yelling with a cramp")
SELF: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    r"(?:i|i'?m|i'?ve|i'?d|i'?ll|(?<!woke\s)(?<!wakes\s)(?<!waking\s)(?<!woken\s)me|my|mine|myself"
    r"|im|ive)\b"
)
# A share of a group ("most of the team", "half of them"): how much, and of whom. Not of the
# writer's body or of a while or an event ("half my calf", "most of the night", "half the race").
_SHARE: Final = (
    r"(?:half|most|many|some|several|one|two|three|four|five|six|a\s+few|a\s+couple|a\s+lot"
    r"|lots|loads|all|none|a\s+handful|the\s+(?:majority|rest)|a\s+third|a\s+quarter|\d+)"
)
_GROUP: Final = (
    r"(?:team|squad|side|group|class|club|crew|field|pack|peloton|lads|guys|girls|boys|blokes"
    r"|fellas|ladies|men|women|kids|children|players|runners|riders|cyclists|swimmers|walkers"
    r"|hikers|climbers|dancers|rowers|athletes|racers|competitors|starters|team-?mates|mates"
    r"|friends|pals|buddies|colleagues|workmates|people|folks|others|members|students|pupils"
    r"|patients|residents|soldiers|recruits|staff|cast|choir|band|juniors|seniors|regulars"
    r"|u\d+s?)"
)
_NOT_A_GROUP: Final = (
    r"(?:calf|calves|legs?|feet|foot|toes?|thighs?|hamstrings?|quads?|muscles?|fingers?|hands?"
    r"|arms?|shins?|arch(?:es)?|back|body|hips?|neck|nights?|days?|times?|mornings?|afternoons?"
    # (a school year is a group: "one of my year 9 pupils")
    r"|evenings?|weeks?|months?|years?(?!\s+\d)|hours?|minutes?|season|summer|winter|way|while|race|run"
    r"|game|match|session|walk|ride|hike|swim|class|trip|journey|drive|flight|shift|cramps?"
    r"|spasms?|worst|best|first|last|pain|rest|second|half|quarter)\b"
)
OTHER: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    # (not the object of a verb: "since lifting the kids travel cot into the car")
    r"(?<!lifting\s)(?<!carrying\s)(?<!taking\s)(?<!dropping\s)(?<!feeding\s)(?<!bathing\s)"
    r"(?<!chasing\s)(?<!watching\s)(?<!minding\s)(?<!collecting\s)(?<!dropped\s)(?<!took\s)"
    r"(?:the\s+(?:wife|husband|hubby|missus|missis|mrs|kids|boys|girls|other\s+half)"
    # a relative named bare as a sentence's subject: "mum took her quinine twice", "dad is 84
    # and fell" (not "mum here", "mum of two": the writer)
    r"|(?:(?<=^)|(?<=[.!?]\s))(?:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandpa"
    r"|grandad|granddad|hubby)(?=,?\s+(?:\(?\d{1,3}\)?,?\s+)?(?:just\s+|has\s+|had\s+|is\s+|was\s+)?(?:took|taken"
    r"|swallowed|fell|woke|has|had|is|was|keeps|kept|says|said|can'?t|cannot|went|got))"
    # not the one the writer woke: "I woke up (and woke him) with a cramp"
    r"|(?<!woke\s)(?<!wake\s)(?<!wakes\s)(?<!waking\s)(?<!woken\s)(?<!myself\sand\s)(?<!me\sand\s)"
    r"(?:my|our|your)\s+(?:\w+\s+)?(?:husband|hubby|wife|partner|mum|mom|mother|mam|mama|dad"
    r"|father|papa|son|daughter|kid|kids|child|children|baby|toddler|boy|girl|friend|mate"
    r"|buddy|kaki|bestie|bff|grandma|granny|grandmother|grandad|granddad|grandpa|grandfather|nan|nana|nanna"
    r"|gran|gramps|grampa|grandmum|grandmom"
    r"|brother|sister|aunt|auntie|uncle|boyfriend|girlfriend|bf|gf|fiance|fiancee|neighbou?r"
    r"|colleague|coworker|co-worker|workmate|helper|apprentice|offsider|labou?rer|classmate"
    r"|patients?|clients?|residents?|pupils?|students?|teen|teenager|niece"
    r"|nephew|cousin"
    r"|in-?laws?|mil|fil|stepdad|stepmum|stepmom|flatmate|roommate|housemate|grandson"
    r"|granddaughter|parents?|folks|oh|dh|dw|ds|dd|\d+\s*(?:yo|y/o|yr\s+old|year\s+old)"
    r"|\w+[\s-]year[\s-]old|little\s+one|lo|youngest|eldest|oldest|pal|pals|friends|mates"
    r"|buddies|teammates?|team|group|club|crew|training\s+partner|riding\s+partner|striker"
    r"|keeper|goalie|goalkeeper|captain|coach|winger|defender|midfielder|player|players"
    # an animal: "my horse did this weird cramp thing", "our dog's back leg cramped"
    r"|horse|pony|mare|gelding|dog|dogs|puppy|pup|cat|kitten|collie|lab|labrador|spaniel|terrier"
    r"|whippet|greyhound|retriever|alsatian|poodle|pug|beagle|lurcher|rabbit|pet)"
    # not someone who has died, told without a cause: "on my own since my husband passed"
    # (the next sentence's cramp is the writer's), but "my dad died of a clot" is his
    r"(?!\s+(?:passed|died)\b(?![^,.;!?]*\b(?:of|from|with|after|because)\b))"
    # not the owner of a place or a thing: "staying at my son's house"
    r"(?!'s\s+(?!(?:left|right|bad|poor|sore|legs?|calf|calves|foot|feet|thighs?|toes?|knees?"
    # "'s" for "is" or "has": "my wife's 8 months along", "my dad's been getting them"
    r"|\d+|pregnant|expecting|due|been|got|having|had|not|always|just|gone|going|still|now|also"
    r"|ankles?|hamstrings?|hands?|arms?|back|hip|neck|muscles?|body|skin|shin|quads?|glutes?"
    r"|groin|heels?|arch|arches|soles?|fingers?|wrists?|shoulders?|achilles)\b))"
    r"|\w+'s\s+(?:leg|calf|foot|feet|legs|calves|ankle|thigh|toes)"
    # ... with the apostrophe left out: "my dads calf is swollen", "my sons foot"
    r"|(?:my|our|your)\s+(?:mum|mom|mam|dad|son|daughter|husband|wife|partner|kid|child|friend|mate"
    r"|brother|sister|nan|gran|granny|grandma|grandad|grandpa|aunt|uncle|boyfriend|girlfriend"
    r"|neighbou?r|colleague|baby|toddler)s(?=\s+(?:(?:left|right|bad|sore|poor)\s+)?(?:legs?|calf"
    r"|calves|foot|feet|ankles?|thighs?|toes?|knees?|hamstrings?|shins?|hands?|arms?|back|muscles?"
    r"|hips?)\b)"
    # a partner named without "my": "hubby just had one of his cramps", "Husband's night cramps"
    # with an age: "Husband 84 has had diarrhoea", "hubby (79) woke up"
    r"|(?<![\w'])(?<!my\s)(?<!our\s)(?<!your\s)(?:hubby|hubs|husband|wife|wifey|missus|partner|bf|gf)(?=,?\s+(?:\(?\d{1,3}\)?,?\s+)?(?:[a-z]+\s+)?(?:just|had|has|got|woke"
    r"|was|is|'s|sat|jumped|screamed|yelled|shot|leapt|started|went|gets|keeps|kept|cried)\b)"
    r"|(?<![\w'])(?:hubby|husband|wife|partner)'s(?=\s+(?!(?:been|got|just|not|always|gone|going"
    r"|still|now|also|having|had|a|an|the)\b)\w)"
    # "mum's 81 and has had cramps all week" (not "stayed at mum's last night")
    r"|(?<![\w'])(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa)'s(?=\s+(?:\d+|been"
    r"|got|had|having|just|always|calf|leg|legs|foot|feet|cramps?|knee|ankle)\b)"
    r"|\bpoor\s+(?:guy|girl|man|woman|lad|lass|bloke|fella|thing|kid|boy|sod|chap)\b"
    # a player named by position: "our centre half went down with cramp", "their quarterback"
    # someone by their role in the writer's band, team, trip, class or ward: "our drummer
    # cramped up", "our guide seized", "their singer went down with cramp"
    r"|\b(?:our|their)\s+(?:\w+\s+)?(?:drummer|bassist|guitarist|singer|vocalist|pianist|keyboardist"
    r"|violinist|cellist|organist|trumpeter|saxophonist|conductor|frontman|guide|leader|instructor"
    r"|teacher|trainer|tutor|host|driver|pilot|skipper|chef|cook|nurse|medic|physio|sergeant|sarge"
    r"|corporal|lieutenant|officer|boss|supervisor|foreman|lodger|guest|carer|caregiver|nanny"
    r"|cleaner|dancer|lifeguard|ref|referee|umpire|manager|tenor|soprano|alto|bass\s+player"
    r"|cox|bowman|navigator|porter|sherpa|ranger|warden|priest|vicar|rabbi|imam)\b"
    r"(?!\s+(?:said|says|told|reckons|suggested|advised|showed|had\s+(?:us|me)|made\s+(?:us|me)"
    r"|got\s+(?:us|me)|took\s+(?:us|me)|stopped|called|counted|shouted)\b)"
    r"|\b(?:our|their|the|your)\s+(?:centre|center|full|fly|scrum|inside|outside)[\s-]*(?:half|back"
    r"|forward)\b|\b(?:our|their|the|your|my)\s+(?:\w+\s+)?(?:bowler|batsman|batter|pitcher|catcher"
    r"|quarterback|qb|point\s+guard|setter|libero|sweeper|fullback|halfback|flanker|hooker)\b"
    r"|(?<!woke\s)(?<!wake\s)(?<!wakes\s)(?<!waking\s)(?<!woken\s)(?:he|she|him|her|his"
    # "my fingers started curling on their own": by themselves, no one else
    # (not the simile of a numb leg: "like walking on someone else's leg")
    r"|(?<!on\s)their(?!\s+own\b)|he'?s|she'?s)\b|(?:someone|somebody)(?!\s+else'?s?\s+(?:leg|legs|foot"
    r"|feet|body)\b)|a\s+friend|a\s+patient"
    # a person the writer saw: "the guy next to me", "a lady in my class", "a mate of mine"
    r"|(?:the|this|that)\s+(?:\w+\s+)?(?:guy|lady|man|woman|girl|boy|bloke|fella|fellow|dude"
    r"|gentleman|chap|person|passenger|runner|rider|cyclist|player|swimmer|stranger|kid)"
    r"(?:\s+(?:\w+\s+){0,4}?(?:next\s+to|beside|behind|in\s+front\s+of|near|opposite)\s+(?:me|us))?"
    r"|an?\s+(?:\w+\s+)?(?:guy|lady|man|woman|girl|boy|bloke|fella|dude|runner|rider|cyclist"
    r"|player|swimmer|passenger|mate|buddy|pal|colleague|coworker|teammate)\s+(?:next\s+to"
    r"|beside|behind|in\s+front|near|at|on|in|from|of\s+(?:mine|ours)|i\s+(?:know|ride|run|swim"
    r"|work|train|play))"
    # without an article: "woman on the court next to us went down with a calf cramp"
    r"|(?<![\w'])(?:guy|lady|man|woman|girl|boy|bloke|fella|dude|chap|lad|lass)\s+(?:\w+\s+){0,4}?"
    r"(?:next\s+(?:\w+\s+)?to|beside|behind|in\s+front\s+of|near|opposite)\s+(?:me|us)"
    # ... or in the place next to the writer's: "lady in the next room", "man in the next bed"
    r"|(?<![\w'])(?:guy|lady|man|woman|girl|boy|bloke|fella|dude|chap|lad|lass|gentleman|patient"
    r"|kid|baby|couple|family)\s+(?:in|from|on)\s+the\s+next\s+(?:room|bed|bay|bunk|cubicle|cabin"
    r"|tent|seat|lane|ward|flat|house|cell|pitch|court|table|desk)"
    # a share of a group: "half the squad", "some of the lads", "most of the team", "a couple
    # of my teammates", "half of them cramp in the last quarter" (not a share of the writer's
    # body or of a while: "half my calf cramped", "most of the night")
    rf"|(?:half\s+(?:of\s+)?|(?:some|one|two|a\s+few)\s+of\s+)(?:the|my|our)\s+(?!{_NOT_A_GROUP})\w+"
    rf"|{_SHARE}\s+of\s+(?:the|my|our)\s+(?:\w+\s+)?{_GROUP}"
    rf"|{_SHARE}\s+of\s+(?:them|those)(?=\s+(?:\w+\s+)?(?:cramp|get|got|had|have|seiz|lock|spasm"
    r"|went|go|were|ended|started|needed))"
    r"|everyone|everybody|(?:other|lots\s+of|many|most)\s+(?:people|runners|riders|players"
    r"|swimmers|cyclists))\b"
)

# An animal named as whose something is ("my dogs back leg", "our old collie's leg", "my dog
# ate two of nan's tablets"): a vet's patient, not a person (an OTHER cue that is an animal).
ANIMAL: Final = re.compile(
    r"\b(?:my|our|your|\w+'s)\s+(?:\w+\s+)?(?:dogs?|puppy|pup|cats?|kitten|horses?|pony|mare|gelding"
    r"|collie|lab|labrador|spaniel|terrier|whippet|greyhound|retriever|alsatian|poodle|pug|beagle"
    r"|lurcher|rabbit|pet)(?:'?s)?\b"
)

# Someone named at the start of a sentence whose own clause has the cramp: "Joel woke up
# crying with leg cramps", "karthik carried off with cramp again", "kohli was cramping too".
# The first word must be a name: not a pronoun, a body part, a time, an activity or a word that
# opens a report without its subject ("woke up with a cramp", "calf was cramping").
NAMED_SUBJECT: Final = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<name>[a-z][a-z'-]{1,15})(?:\s*\(\d{1,3}\))?\s+(?:(?:woke|wakes|had|has|was|is|got"
    r"|gets|went|goes|keeps|kept|carried|retired|collapsed|limped|pulled|needed|needs|started"
    r"|came|went\s+down|cramped|seized)\b(?:\s+(?!(?:i|me|my|mine|myself|we|us|our)\b)[\w'-]+){0,10}?"
    r"\s+(?:cramp(?:s|ed|ing)?|spasms?)|cramped|seized|locked\s+up)\b"
    r"(?![^,.;!?\n]*\b(?:i|me|my|mine|myself)\b)"
)
_NOT_A_NAME_WORDS: Final = """
    i it its it's this that these those there here what which who everything something nothing
    i'd i'm i've i'll id im ive we'd we've we're he'd she'd they'd you'd you've
    everyone everybody someone somebody one another each both all they we you he she
    today tonight yesterday night nights morning evening afternoon day days week weekend sleep
    monday tuesday wednesday thursday friday saturday sunday
    calf calves leg legs foot feet thigh thighs toe toes hamstring hamstrings hammy hammies quad
    quads quadriceps shin shins knee knees ankle ankles arch arches hand hands finger fingers arm
    arms back neck stomach tummy belly abs hip hips muscle muscles body glute glutes groin heel
    heels bum butt side sides bottom chest jaw
    cramp cramps pain spasm spasms charley charlie twinge knot
    then now just also still again and but so because cos finally suddenly yes yeah ok okay lol
    ugh well update edit anyway honestly seriously apparently literally basically
    race run ride game match session swim walk workout class shift flight drive trip hike yoga
    training practice gym marathon dialysis treatment labour labor pregnancy
    woke got had was went kept started keep still
    no not never any some more few bad worst first last night leg actually"""
NOT_A_NAME: Final = frozenset(_NOT_A_NAME_WORDS.split())

# (?=[\w&]): a mention starts a word, or "&" ("& my arms too"): word ends are passed at once.
PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    name: re.compile(rf"\b(?=[\w&])(?:{pattern})\b") for name, pattern in CONCEPTS.items()
}
SITES: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    rf"(?:(?P<leg>{_LEG})|(?P<foot>{_FOOT})|(?P<bottom>{_BOTTOM})|(?P<body>{_BODY}))\b"
)
# The seat named first of two or more places one finding is told of: "my bottom and inner
# thighs have gone numb" (the finding is the nearer place's, and the seat's too).
BOTTOM_AND: Final = re.compile(rf"\b(?:{_BOTTOM})\s*(?:,|and|&|\+)\s+[^.;!?]{{0,40}}$")
# The seat right after the finding: "can't feel anything when I wipe", "numb down there".
BOTTOM_NEXT: Final = re.compile(rf"\s+(?:[\w']+\s+){{0,2}}?(?:{_BOTTOM})\b")

# Words a mention of each concept always contains, as the start of a word: a concept none
# of whose words starts a word of the message is not searched for (most messages name a
# handful of concepts; searching all 59 for every message was most of the screen's time).
# tests/parsing/test_triage.py checks that every match over the corpora and tables starts
# with, or contains, a word that triggers its concept.
_DIGITS: Final = tuple("0123456789")
_CREATURE_WORDS: Final = (
    "snake", "spider", "scorpion", "adder", "viper", "rattle", "widow", "recluse", "funnel",
    "copperhead", "cottonmouth", "moccasin", "taipan", "cobra", "krait", "mamba", "redback",
    "ahas", "ular", "serpiente", "culebra", "vibora", "alacran", "alacrán", "arana", "araña",
    "labah", "gagamba", "aqrab", "akrab", "3a9rab", "3aqrab", "3akrab", "kreuzotter", "schlange",
    "skorpion", "vipère", "vipere", "serpent", "scorpione", "vipera", "escorpi", "aranha",
    "araign", "spinne", "tommy", "fer", "barba", "bushmaster", "jararaca", "boomslang", "puff",
    "gaboon", "rinkhals", "habu", "mamushi",
)  # fmt: skip
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "swollen": (
        "swel",
        "swol",
        "jeans",
        "trouser",
        "pants",
        "legging",
        "tights",
        "sock",
        "shoe",
        "boot",
        "slipper",
        "trainer",
        "sneaker",
        "measur",
        "big",
        "puff",
        "bloat",
        "edema",
        "inflam",
        "bigger",
        "larger",
        "fatter",
        "thicker",
        "wider",
        "chunkier",
        "fuller",
        "rounder",
        "twice",
        "double",
        "balloon",
        "sausage",
        "trunk",
        "elephant",
        "melon",
        "blown",
        "huge",
        "size",
        "cm",
        "full",
    ),
    "red": (
        "red",
        "pink",
        "flush",
        "angry",
    ),
    "dark": ("purpl", "dark", "discolo", "bruis", "dusky"),
    "warm": ("warm", "hot", "heat"),
    "veins": ("vein",),
    "cold": ("cold", "icy", "ice", "freez", "cool", "chill"),
    "pale": ("pale", "pallor", "white", "pasty", "ashen", "waxy", "grey", "gray", "colo"),
    "blue": ("blu", "mottl", "marbl", "blotch", "black"),
    "numb": ("numb", "feeling", "sensation", "feel", "dead", "asleep"),
    "tingle": (
        "pins",
        "tingl",
        "prickl",
        "buzz",
        "fizz",
        "electric",
        "static",
        "crawl",
        "sand",
        "grit",
        "pebble",
        "gravel",
        "marble",
        "cotton",
        "rice",
        "bubble",
        "sponge",
        "cushion",
    ),
    "cant_move": (
        "move",
        "lift",
        "wiggle",
        "bend",
        "flex",
        "raise",
        "pull",
        "paraly",
        "drop",
        "work",
        "respond",
    ),
    "weak": (
        "weak",
        "lift",
        "rais",
        "slap",
        "flop",
        "gave",
        "giv",
        "buckl",
        "strength",
        "jelly",
        "floppy",
        "falling",
        "stand",
        "walk",
        "get up",
        "climb",
        "hold",
        "carry",
        "support",
        "drop",
        "drag",
        "slap",
        "catch",
        "scuff",
        "snag",
        "bring",
        "wobbl",
        "hardly",
        "barely",
        "tripp",
        "harder",
    ),
    "pain": (
        "pain",
        "dard",
        "dolor",
        "douleur",
        "hurt",
        "scream",
        "ach",
        "sore",
        "throb",
        "agony",
        "kill",
        "murder",
        "burn",
        "tender",
        "stiff",
        "heav",
        "killing",
        "wrecked",
        "trashed",
        "destroyed",
        "battered",
        "bits",
        "sear",
        "fire",
        "sciatic",
        "agonis",
        "agoniz",
    ),
    "worsening": (
        "worse",
        "climb",
        "ramp",
        "mount",
        "rising",
        "going",
        "escalat",
        "increas",
        "progressiv",
        "painkill",
        "killer",
        "build",
        "spread",
        "unbearab",
        "excruciat",
        "proportion",
        "worst",
        "bear",
        "scream",
        "more",
        "weaker",
        "number",
        "tighter",
    ),
    "tight": ("tight", "rock", "hard", "shiny", "tense", "burst", "drum"),
    "tender": ("tender", "touch", "press"),
    "chest_pain": (
        "chest",
        "angina",
        "breath",
        "inhal",
        "poitrine",
        "pecho",
        "peito",
        "brust",
        "schmerzen",
    ),
    "breathless": (
        "breath",
        "essouffl",
        "falta",
        "atemnot",
        "kurzatmig",
        "gasp",
        "winded",
        "air",
        "puffed",
        "puffing",
        "huffing",
        "puff",
        "sentence",
        "stopping",
        "halfway",
        "breathing",
        "breathes",
        "oxygen",
        "o2",
        "sats",
        "spo2",
        "saturation",
        "pulse ox",
        "chest",
    ),
    "cough_blood": ("blood", "moptysis", "cough", "phlegm", "spit", "sputum", "mucus", "froth"),
    "bladder": (
        "pee",
        "wee",
        "urin",
        "water",
        "toilet",
        "loo",
        "bathroom",
        "wet",
        "piss",
        "leak",
        "control",
        "bladder",
        "accident",
        "incontinen",
        "poo",
        "soil",
        "shat",
        "messed",
        "bowel",
        "hold",
        "retention",
        "accident",
    ),
    "urgency": ("sudden", "new", "need", "urge"),
    "both_legs": ("both", "legs", "feet", "ankles", "each leg"),
    "wound": (
        "wound",
        "slic",
        "slash",
        "slit",
        "staple",
        "gaff",
        "hook",
        "barb",
        "knife",
        "blade",
        "chisel",
        "deep",
        "pitch",
        "prong",
        "tine",
        "stake",
        "gash",
        "punctur",
        "lacerat",
        "cut",
        "nail",
        "glass",
        "metal",
        "tack",
        "pin",
        "screw",
        "fork",
        "rake",
        "cultivator",
        "thorn",
        "spike",
        "wire",
        "rusty",
        "bit",
        "splinter",
        "urchin",
        "spine",
        "quill",
        "open",
        "soil",
        "dirt",
        "mud",
        "muck",
        "manure",
        "grit",
        "gravel",
        "dung",
        "poo",
        "scrap",
        "graze",
        "poked",
        "pierced",
        "stabbed",
        "impaled",
        "infected",
        "needle",
        "skewer",
        "jabbed",
        "pricked",
        "stuck",
        "spiked",
        "natusok",
        "tinusok",
        "natinik",
        "nabutas",
        "cuts",
    ),
    "jaw": (
        "jaw",
        "lock",
        "mouth",
        "swallow",
        "spasm",
        "stiff",
        "rigid",
        "teeth",
        "chok",
        "go down",
    ),
    "stiff": ("stiff", "rigid", "spasm", "locked", "seiz"),
    "spray_exposure": (
        "knapsack",
        "backpack",
        "spray",
        "drift",
        "blew",
        "blown",
        "blowing",
    ),
    "creature_found": ("out", "found", "saw", "spotted", "noticed"),
    "tablets_gone": (
        "gone",
        "handbag",
        "down",
        "short",
        "missing",
        "popped",
        "out",
        "lid",
        "top",
        "cap",
        "found",
        "caught",
        "pill",
        "dosette",
        "medicine",
        "empty",
        "open",
        "bag",
        "purse",
        "swallowed",
        "ate",
        "eaten",
        "chewed",
        "sucked",
        "got hold",
        "bubble",
        "blister",
        "pocket",
        "foil",
        "find",
        "opened",
        "into",
        "chewing",
        "empty",
        "full",
    ),
    "poison": (
        "slug",
        "screen",
        "turps",
        "turpentine",
        "meths",
        "methylated",
        "descaler",
        "limescale",
        "mould",
        "caustic",
        "rodenticide",
        "icer",
        "deicer",
        "brake",
        "engine",
        "another",
        "fumigat",
        "bomb",
        "fogger",
        "chlorine",
        "ammonia",
        "forgot",
        "second",
        "extra",
        "spray",
        "sheep",
        "crop",
        "bleach",
        "weed",
        "pestic",
        "insectic",
        "herbic",
        "antifreeze",
        "poison",
        "chemical",
        "cleaning",
        "washing",
        "dishwasher",
        "laundry",
        "liquitab",
        "softener",
        "cleaner",
        "disinfect",
        "dettol",
        "domestos",
        "lighter",
        "petrol",
        "liquid",
        "vape",
        "varnish",
        "sink",
        "detergent",
        "paraquat",
        "fume",
        "gas",
        "roundup",
        "glyphosate",
        "crop",
        "toxic",
        "solvent",
        "thinner",
        "spirit",
        "tablet",
        "pill",
        "capsule",
        "quinine",
        "overdos",
        "of them",
        "monoxide",
        "heater",
        "fire",
        "stove",
        "burner",
        "lamp",
        "bbq",
        "barbecue",
        "mushroom",
        "toadstool",
        "fungi",
        "berries",
        "death",
        "nightshade",
        "spray",
        "drift",
        "plane",
        "tractor",
        "organophosph",
        "nerve agent",
        "mix",
        "load",
        "lots",
        "double",
        "twice",
        "many",
        "dose",
        "meds",
        "medicine",
        "gone",
        "missing",
        "kerosene",
        "paraffin",
        "instead",
        "tabs",
        "caps",
        "whole",
        "entire",
        "full",
        "trop",
        "demasiad",
        "demais",
        "muit",
        "troppe",
        "viele",
        "toute",
        "moiti",
        "toda",
        "media",
        "mitad",
        "cartela",
        "caixa",
        "ganze",
        "halbe",
        "all",
        "foxglove",
        "yew",
        "oleander",
        "hemlock",
        "laburnum",
        "lily",
        "monkshood",
        "aconite",
        "belladonna",
        "datura",
        "jimson",
        "angel",
        "castor",
        "rosary",
        "daffodil",
        "cuckoo",
        "lord",
        "pesticid",
        "insecticid",
        "herbicid",
        "fungicid",
        "swig",
        "gulp",
        "sipped",
        "took a",
        "generator",
        "genny",
        "running",
        "took",
        "taken",
        "necked",
        "downed",
        "drain",
        "oven",
        "toilet",
        "e-liquid",
        "paracetamol",
        "acetaminophen",
        "tylenol",
        "panadol",
        "calpol",
        "codamol",
        "co-codamol",
        "codeine",
        "ibuprofen",
        "nurofen",
        "advil",
        "aspirin",
        "painkiller",
        "sleeping",
        "diazepam",
        "zopiclone",
    ),
    "unknown_bite": ("something", "bit", "stung", "prick", "sting", "nip", "pin"),
    "sweating": ("sweat", "drenched"),
    "secretions": (
        "drool",
        "slobber",
        "salivat",
        "froth",
        "dribbl",
        "mouth",
        "gob",
        "spit",
        "saliva",
        "eye",
        "stream",
        "water",
        "weep",
        "running",
        "tears",
        "pin",
        "tiny",
        "pupil",
        "sweat",
    ),
    "unwell": (
        "nause",
        "muddled",
        "queas",
        "feel",
        "felt",
        "sick",
        "headache",
        "pounding",
        "thumping",
        "splitting",
        "throbbing",
        "banging",
        "sore",
        "head",
        "dizz",
        "light",
        "woozy",
        "groggy",
        "drows",
    ),
    "co_leak": (
        "yellow",
        "orange",
        "lazy",
        "floppy",
        "weak",
        "sooty",
        "flame",
        "boiler",
        "gas",
        "fire",
        "heater",
        "stove",
        "hob",
        "cooker",
        "flue",
        "appliance",
        "fireplace",
        "burner",
        "soot",
        "black",
    ),
    "co_source": (
        "co",
        "carbon",
        "monoxide",
        "alarm",
        "detector",
        "sensor",
        "monitor",
        "bbq",
        "barbecue",
        "barbeque",
        "grill",
        "charcoal",
        "generator",
        "genny",
        "brazier",
        "camping",
        "gas",
        "paraffin",
        "calor",
        "patio",
        "fire",
        "engine",
        "in",
        "inside",
    ),
    "pesticide": (
        "organophosph",
        "insectic",
        "pestic",
        "sheep",
        "nerve",
        "dip",
        "flea",
        "fly",
        "tick",
        "lice",
        "louse",
        "mite",
        "blowfly",
        "cattle",
        "livestock",
        "farm",
        "chlorpyr",
        "diazinon",
        "malathion",
        "dimethoate",
        "parathion",
        "carbamate",
    ),
    "bite": (*_CREATURE_WORDS, "fang", "hourglass"),
    "creature": _CREATURE_WORDS,
    "exposure": (
        "alga",
        "cyano",
        "lead",
        "crop",
        "sheep",
        "pest",
        "batter",
        "scrap",
        "smelt",
        "melt",
        "pour",
        "molten",
        "cast",
        "solder",
        "stained",
        "radiator",
        "strip",
        "sand",
        "range",
        "smelter",
        "battery",
        "mercury",
        "arsenic",
        "metal",
        "solvent",
        "thinner",
        "isocyan",
        "benzene",
        "toluene",
        "shop",
        "booth",
        "bay",
        "pestic",
        "chemical",
        "paint",
        "sewage",
        "sewer",
        "septic",
        "cesspit",
        "flood",
        "glaze",
        "use",
        "using",
        "mix",
        "spray",
        "handl",
        "breath",
        "white spirit",
        "stripper",
        "glue",
        "varnish",
        "lacquer",
        "resin",
        "degreaser",
        "fumes",
        "touched",
        "handled",
        "got",
    ),
    "dark_urine": (
        "water",
        "pee",
        "pea",
        "wee",
        "urine",
        "piss",
        "loo",
        "toilet",
        "ihi",
        "orina",
        "xixi",
        "pipi",
        "urin",
        "kencing",
        "shab",
    ),
    "no_sweat": ("sweat", "dry", "bone"),
    "confused": (
        "confus",
        "say",
        "speak",
        "talk",
        "fall",
        "fell",
        "keep",
        "kept",
        "ask",
        "repeat",
        "tell",
        "remember",
        "recogni",
        "nonsense",
        "gibberish",
        "saying",
        "talking",
        "spouting",
        "muttering",
        "rubbish",
        "drivel",
        "garbage",
        "mumbl",
        "babbl",
        "incoheren",
        "delirious",
        "know",
        "out",
        "with",
        "disorient",
        "sense",
        "slurr",
        "sway",
        "passed",
        "passing",
        "faint",
        "collaps",
        "seizure",
        "fit",
        "quiet",
    ),
    "heat": (
        "heat",
        "hot",
        "°",
        "degree",
        "out",
        "sun",
        "swelter",
        "scorch",
        "humid",
        "sauna",
        "boil",
        "bak",
        "roast",
        "stifl",
        "foundr",
        "furnace",
        "smelter",
        "steel",
        "glass",
        "boiler",
    ),
    "fever": (
        "fever",
        "temp",
        "shiver",
        "chill",
        "rigor",
        "flu",
        "ill",
        "unwell",
        "rough",
        "awful",
        "burning",
        "shaking",
        "teeth",
        "hot and cold",
    ),
    "spreading": (
        "spread",
        "streak",
        "creep",
        "moving",
        "travel",
        "growing",
        "bigger",
        "larger",
        "wider",
        "big",
        "past",
        "beyond",
        "outside",
        "large",
        "wide",
        "twice",
        "double",
        "three",
        "line",
        "mark",
        "circle",
        "outline",
    ),
    "fluid_loss": (
        "mak",
        "vómit",
        "vômit",
        "diarre",
        "diarrh",
        "vomiss",
        "keep",
        "keeping",
        "hold",
        "holding",
        "crohn",
        "colitis",
        "ibs",
        "flare",
        "bowel",
        "gut",
        "tummy",
        "bug",
        "vomit",
        "d&v",
        "d and v",
        "d n v",
        "v&d",
        "v and d",
        "throw",
        "threw",
        "sick",
        "diarr",
        "runs",
        "stomach",
        "gastro",
        "poisoning",
        "norovirus",
        "trots",
        "squirts",
        "spew",
        "puk",
        "chuck",
        "barf",
        "loo",
        "toilet",
        "bathroom",
        "lav",
        "keep",
    ),
    "statin": (
        "statin",
        "lipitor",
        "liptor",
        "lipator",
        "crestor",
        "zocor",
        "pravachol",
        "cholesterol",
        "atorva",
        "simva",
        "rosuva",
        "prava",
        "lova",
        "fluva",
        "pitava",
    ),
    "new_medicine": (
        "new",
        "ago",
        "remédio",
        "remedio",
        "novo",
        "nuevo",
        "nouveau",
        "nuov",
        "start",
        "began",
        "begun",
        "begin",
        "chang",
        "switch",
        "increas",
        "upped",
        "doubl",
        "raised",
        "put",
        "added",
        "prescrib",
        "since",
        "cut",
        "reduc",
        "lower",
    ),
    "drinking": (
        "units",
        "tins",
        "shots",
        "stubbies",
        "tinnies",
        "drink",
        "drank",
        "litre",
        "liter",
        "fifth",
        "handle",
        "alcohol",
        "pint",
        "bottle",
        "binge",
        "on it",
        "beer",
        "cans",
        "tins",
        "units",
        "shots",
    ),
    "frequent": (
        "every",
        "most",
        "nearly",
        "almost",
        "loads",
        "lot",
        "lots",
        "heaps",
        "tons",
        "so much",
        "har",
        "roz",
        "out of",
        "this week",
        "most nights",
        "most days",
        "nightly",
        "night after",
        "times",
        "nights",
        "twice",
        "all the time",
        "constantly",
        "often",
        "frequent",
        "this week",
        "again",
        "a week",
        "a night",
        "daily",
        "time",
        "per",
        "whenever",
        "each",
        "week",
    ),
    "sleep_loss": (
        "sleep",
        "getting",
        "life",
        "wit",
        "cope",
        "neend",
        "dread",
        "bed",
        "exhaust",
        "shatter",
        "tired",
        "awake",
        "getting",
        "half",
        "woken",
        "waking",
        "woke",
    ),
    "no_help": (
        "nothing",
        "tried",
        "still",
        "keep",
        "better",
        "worse",
        "improv",
        "change",
        "differ",
        "help",
        "work",
        "as bad",
    ),
    "walking": (
        "walk",
        "hundred",
        "way",
        "round",
        "around",
        "across",
        "stroll",
        "hik",
        "stairs",
        "upstairs",
        "uphill",
        "hill",
        "yard",
        "yds",
        "metre",
        "meter",
        "block",
        "end",
        "length",
        "far",
        "top",
        "bottom",
        *_DIGITS,
        "halfway",
        "half way",
        "part of the way",
    ),
    "rest_relief": (
        "stop",
        "rest",
        "sit",
        "stand",
        "stood",
        "lean",
        "pause",
        "wait",
        "goes",
        "ease",
        "fade",
        "settle",
        "disappears",
        "passes",
        "after a",
        "in a",
    ),
    "twitch": ("twitch", "fascicul", "jump", "flicker", "quiver"),
    "wasting": (
        "wast",
        "atroph",
        "thinner",
        "smaller",
        "skinn",
        "thin",
        "scrawn",
        "shrink",
        "shrunk",
        "muscle",
        "dent",
    ),
    "vague": (
        "weird",
        "funny",
        "strange",
        "odd",
        "off",
        "different",
        "wrong",
        "right",
        "unusual",
        "abnormal",
        "bizarre",
        "normal",
        "describe",
        "explain",
        "colo",
        "quite my",
        "not like",
        "not looking",
        "not feeling",
    ),
    "quinine": ("quinine",),
    "ear_ring": ("ear", "ringing", "tinnitus", "blurr", "vision", "see"),
    "cast": ("cast", "plaster", "in", "bandag", "splint", "strapp"),
    "child": (
        "son",
        "daughter",
        "boy",
        "girl",
        "kid",
        "child",
        "my",
        "our",
        "the",
        "toddler",
        "yo",
        "y",
        "yr",
        "year",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "grand",
        "nephew",
        "niece",
        *_DIGITS,
    ),
    "limp": ("limp", "hobbl", "won", "wont", "can", "cannot", "refus", "not"),
    "thyroid_op": (
        "thyroid",
        "schilddr",
        "parathyroid",
        "had",
        "have",
        "got",
        "operat",
        "opér",
        "operac",
        "operaç",
        "cirur",
        "cirug",
        "chirur",
        "lump",
        "nodule",
        "goit",
        "growth",
    ),
    "mouth_tingle": (
        "tingl",
        "numb",
        "pins",
        "prickl",
        "lip",
        "mouth",
        "fingertip",
        "fizz",
        "buzz",
    ),
    "spread_cramp": (
        "only",
        "and",
        "then",
        "spread",
        "even",
        "anymore",
        "any more",
        "well",
        "too",
        "arm",
        "hand",
        "stomach",
        "belly",
        "tummy",
        "chest",
        "back",
        "neck",
        "body",
        "everywhere",
        "all over",
        "finger",
        "through",
        "now my",
        "now his",
        "now her",
        "also",
    ),
    "journey": (
        "flight",
        "flying",
        "flew",
        "flown",
        "drive",
        "driving",
        "drove",
        "car",
        "road trip",
        "bus",
        "coach",
        "train",
        "journey",
        "trip",
        "jet",
        "haul",
        "plane",
        "cab",
        "lorry",
        "truck",
        "van",
        "rig",
        "wheel",
    ),
    "surgery": (
        "surg",
        "operation",
        "op",
        "replacement",
        "keyhole",
        "section",
        "caesarean",
        "cesarean",
        "hospital",
        "discharged",
        "removed",
        "replaced",
        "pinned",
        "plated",
        "out",
        "done",
        "fixed",
        "arthroscop",
    ),
    "immobile": (
        "bed",
        "laid up",
        "cast",
        "boot",
        "plaster",
        "brace",
        "crutch",
        "broken",
        "off my feet",
        "immobil",
        "move for",
        "stuck",
        "sat in",
        "sitting in",
        "been in",
        "left",
        "got out",
    ),
    "pregnancy": (
        "pregnan",
        "pregg",
        "months",
        "preggo",
        "expecting",
        "week",
        "wks",
        "wk",
        "trimester",
        "birth",
        "baby",
        "boy",
        "girl",
        "son",
        "daughter",
        "twins",
        "deliver",
        "newborn",
        "new mum",
        "new mom",
        "partum",
        "natal",
        "maternity",
        "night feeds",
    ),
    "hormones": (
        "pill",
        "birth control",
        "contracepti",
        "hrt",
        "hormone",
        "estrogen",
        "microgynon",
        "yasmin",
        "patch",
        "nuvaring",
    ),
    "cancer": (
        "cancer",
        "chemo",
        "tumo",
        "oncolog",
        "radiotherapy",
        "radiation",
        "lymphoma",
        "leuk",
        "myeloma",
        "metasta",
        "carcinoma",
        "malignan",
    ),
    "earlier_clot": (
        "clot",
        "dvt",
        "pe",
        "pulmonary",
        "thrombos",
        "thinner",
        "warfarin",
        "apixaban",
        "rivaroxaban",
        "xarelto",
        "eliquis",
        "edoxaban",
        "dabigatran",
        "clexane",
        "heparin",
        "anticoagul",
    ),
    "cramp": (
        "cramp",
        "waden",
        "krämpf",
        "again",
        "grab",
        "charl",
        "spasm",
        "seiz",
        "lock",
        "knot",
        "balled",
        "firm",
        "grip",
        "went",
        "still",
        "hard",
        "curl",
        "clench",
        "claw",
        "alien",
        "kram",
        "keram",
        "pulikat",
        "napulikat",
        "namulikat",
        "nagpulikat",
        "pinulikat",
        "pinupulikat",
        "pulikatin",
        "minulikat",
        "calambre",
        "cãibra",
        "caibra",
        "caimbra",
        "câimbra",
        "nas",
        "ananse",
        "こむら",
        "抽筋",
        "쥐가",
        "쥐가났",
        "komura",
        "chou",
        "chu",
    ),
    "injury": (
        "drop",
        "stub",
        "under",
        "lay",
        "lain",
        "lying",
        "laid",
        "slept",
        "sleeping",
        "passed",
        "collapsed",
        "trip",
        "knee",
        "elbow",
        "boot",
        "stud",
        "ball",
        "stumbl",
        "flying",
        "slipped",
        "slid",
        "missed",
        "went over",
        "rolled",
        "kick",
        "landed",
        "came",
        "collid",
        "kneed",
        "elbowed",
        "dead",
        "cork",
        "charley",
        "hit",
        "caught",
        "clipped",
        "smacked",
        "took",
        "got",
        "had",
        "smash",
        "whack",
        "blow",
        "struck",
        "bash",
        "bang",
        "stamp",
        "run",
        "tackle",
        "fell",
        "fall",
        "crash",
        "accident",
        "hit by",
        "knock",
        "broke",
        "copped",
        "cop",
        "fractur",
        "crush",
        "injur",
        "twist",
        "sprain",
        "collision",
        "trapped",
        "pinned",
        "into",
        "bruis",
        "stuck",
        "ran",
        "drove",
        "driven",
        "reversed",
        "backed",
    ),
    "hard_exercise": (
        "fitness",
        "match",
        "game",
        "race",
        "tournament",
        "final",
        "fixture",
        "bout",
        "fight",
        "beep",
        "bleep",
        "pt",
        "pft",
        "selection",
        "assault",
        "marathon",
        "ultra",
        "first",
        "hard",
        "intense",
        "brutal",
        "crazy",
        "huge",
        "long",
        "spin",
        "crossfit",
        "overdid",
        "trainer",
        "camp",
        "bootcamp",
        "mile",
        "k",
        "triathlon",
        "ironman",
        "leg day",
        "squat",
        "ruck",
        "route",
        "forced",
        "yomp",
        "full",
    ),
    "chronic": (
        "month",
        "year",
        "ages",
        "couple",
        "always",
        "constantly",
        "on",
        "while",
        "since",
        "winter",
        "chronic",
        "long",
        "cold",
        "these",
    ),
    "sudden": (
        "sudden",
        "nowhere",
        "just now",
        "within",
        "last hour",
        "last few hours",
        "this ",
        "tonight",
        "ago",
        "since",
    ),
    "lasting": (
        "day",
        "week",
        "still",
        "since",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ),
}
# a word (its apostrophes inside, and accented letters: "cãibra"), not a quote
# (and a run of Japanese, Chinese or Korean letters, which are written without spaces)
_TOKEN_RE: Final = re.compile(
    r"[a-zà-öø-ÿ][a-zà-öø-ÿ']*|°|\d|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+"
)
_PREFIX_LIMIT: Final = 12


def _prefix_table() -> dict[str, frozenset[str]]:
    """Each trigger's first word (the prefix a token must start with) -> its concepts."""
    table: dict[str, set[str]] = {}
    for concept, words in TRIGGERS.items():
        for word in words:
            first = word.split()[0] if word.strip() else word
            table.setdefault(first[:_PREFIX_LIMIT], set()).add(concept)
    return {prefix: frozenset(concepts) for prefix, concepts in table.items()}


_PREFIXES: Final = _prefix_table()
_LENGTHS: Final = sorted({len(p) for p in _PREFIXES})


def triggered(text: str) -> frozenset[str]:
    """The concepts whose words a normalised text contains (at the start of a word; a word
    of one or two letters only as a whole word); concepts without words always count."""
    found: set[str] = set(_ALWAYS)
    for token in set(_TOKEN_RE.findall(text)):
        hit = _TOKEN_CONCEPTS.get(token)
        if hit is None:
            hit = _token_concepts(token)
            if len(_TOKEN_CONCEPTS) < _TOKEN_MEMO:
                _TOKEN_CONCEPTS[token] = hit
        found |= hit
    return frozenset(found)


def _token_concepts(token: str) -> frozenset[str]:
    """The concepts one word can start."""
    found: set[str] = set()
    for size in _LENGTHS:
        if size > len(token):
            break
        if size <= _WHOLE and size != len(token):
            continue
        hit = _PREFIXES.get(token[:size])
        if hit is not None:
            found |= hit
    return frozenset(found)


# The concepts of each word seen, kept for the next message: people use a few thousand words
# (bounded, so a flood of made-up words cannot grow it without limit).
_TOKEN_CONCEPTS: Final[dict[str, frozenset[str]]] = {}
_TOKEN_MEMO: Final = 50_000


_WHOLE: Final = 2


_ALWAYS: Final = frozenset(set(CONCEPTS) - set(TRIGGERS))
