"""The warning screen, by concept: each sign in several wordings, read in context.

Levels come from the triage catalogue (content/en/knowledge/triage.yaml); the screen only
names signs. Each row is (message, the level its most urgent sign must have; None: none).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.loader import load_content
from bot.parsing.cramp import cramp_duration
from bot.parsing.triage.screen import screen
from bot.services.triage import assess

KNOWLEDGE = load_content().knowledge
E, T, B = "emergency", "today", "book"

TABLE: list[tuple[str, str | None]] = [
    # a clot in the leg: size, by comparison, word forms and typos
    ("my calf is swollen, red and hot", T),
    ("swollen calf", T),
    ("SWOLLEN LEG!!!", T),
    ("my calf is sweling", T),
    ("my ankle is puffy", T),
    ("one ankle looks puffier than the other", T),
    ("my left calf is bigger than the other one", T),
    ("one leg looks fatter than the other", T),
    ("right calf has puffed up since this morning", T),
    ("my right calf is about double the size of the left", T),
    ("<b>swollen</b> &amp; sore calf", T),
    ("🦵😩 swollen 😩", T),
    # ... colour, darker skin, warmth, veins
    ("the back of my calf is red", T),
    ("red and hot", T),
    ("my shin went purple", T),
    ("the skin on my calf looks darker than usual", T),
    ("there's a discoloured patch on my leg", T),
    ("my calf is hot to the touch", T),
    ("my leg feels hot", T),
    ("the veins in my calf are hard and sore", T),
    ("is it normal that my calf is hot and swollen after a cramp?", T),
    # ... with a risk context in another sentence
    ("Flew home from Singapore on Monday. Now one calf aches and looks bigger.", T),
    ("had my knee operation 10 days ago. the calf on that side is warm and tight", T),
    ("I'm 7 months pregnant. My left calf has ached for days now, it won't go away.", T),
    ("on chemo. my right leg has been aching for days and it won't ease", T),
    # a blocked artery: a leg or foot suddenly cold, pale, white, blue, numb, can't move
    ("my foot turned blue and cold and the cramp won't stop", E),
    ("cramping pain in my right leg, the foot is cold and pale and numb", E),
    ("leg suddenly cold and white and really painful", E),
    ("my toes have gone white and ice cold", E),
    ("the left foot is much colder than the right and looks mottled", E),
    ("my foot went numb and I can't move my toes", E),
    ("my leg is pael and cld", E),
    # the lower back: saddle numbness, bladder and bowel, both legs weak
    ("leg cramps and numbness around my bottom and I can't pee", E),
    ("cramps in both legs, legs feel weak and I wet myself", E),
    ("numb between my legs since this morning and my back is killing me", E),
    ("both legs are getting weaker and weaker, I keep falling", E),
    ("I lost control of my bowels and my legs feel numb", E),
    # the chest: a clot in the lung
    ("chest pain", E),
    ("I have chest pain and my calf hurts", E),
    ("I'm breathless and my leg is swollen", E),
    ("so brethless and my calf is sore", E),
    ("short of breath since this morning", E),
    ("coughing up blood", E),
    ("cramps in my arms and chest", E),
    ("tight feeling across my chest and my calf aches", E),
    # wounds and tetanus
    ("stepped on a rusty nail yesterday", T),
    ("I have a deep cut on my foot from gardening", T),
    ("cramps since I cut my foot on some metal", T),
    ("stepped on a rusty nail last week and now my leg is stiff", E),
    ("my jaw is stiff and it is hard to swallow", E),
    ("the dog bit my ankle on sunday, now my neck and back keep going into spasms", E),
    # poisons, bites, long exposure
    ("calf cramps after spraying pesticides", E),
    ("I swallowed some weed killer by mistake and my legs are cramping", E),
    ("got bitten by a snake on my ankle, calf is cramping", E),
    ("a spider bit me and now my legs are cramping", E),
    ("I took a handful of quinine tablets for the cramps", E),
    ("I work with lead every day and get calf cramps", T),
    # severe pain getting worse with a tight swollen muscle after injury or hard exercise
    ("got kicked in the shin at football, pain keeps getting worse and it's swollen and tight", E),
    # urine
    # muscle pain with dark urine is muscle breakdown, however mildly the pain is put (GP review)
    ("after the marathon my pee is dark brown and my legs ache", E),
    ("my pee is dark brown and im on atorvastatin, legs ache", E),
    ("cola coloured urine and unbearable pain in my thighs, can't walk after crossfit", E),
    # statins
    ("I was put on a new statin and now I get cramps", T),
    ("on atorvastatin and my legs ache all the time", T),
    ("should I stop my statin because of cramps?", T),
    ("I take statins", None),
    # long cramps
    ("cramp in my calf for 20 minutes and it won't ease", T),
    ("my calf has been cramping for 15 minutes, still going", T),
    ("cramp lasted 15 minutes last night, it's gone now", B),
    ("calf cramp last night, lasted about 12 minutes", B),
    # ... the cramp told by "one" alone
    ("had a terrible one last night in my calf, 25 minutes by the clock. gone now", B),
    ("another bad one in my foot this morning, went on for a good 20 mins, ok now", B),
    ("got one in my thigh at 2am that lasted nearly half an hour", B),
    ("had a quick one in my calf, over in a minute", None),
    ("17 hour flight tomorrow, one of the long ones, any tips for my legs?", None),
    # skin infection, numbness, weakness, spreading, fluid loss
    ("red hot patch on my shin that is spreading and I have a fever", T),
    ("my foot is numb", T),
    ("I can't feel my toes", T),
    ("my foot went dead", T),
    ("my leg keeps going asleep", T),
    ("numbness in my thigh after the cramp", T),
    ("my leg gave way on the stairs", T),
    ("my knee buckled this morning", T),
    ("I can't lift my foot properly", T),
    ("my legs feel weak and wobbly", T),
    ("cramps spreading to my arms and belly", T),
    ("calf cramps and now my hands and stomach are cramping too", T),
    ("cramps after vomiting all day", T),
    ("I've been throwing up and now my legs cramp", T),
    ("had a stomach bug and leg cramps since", T),
    # book: often, sleep, walking, medicines, tingling, wasting, drinking, tenderness
    ("cramps every night for weeks, I can't sleep", B),
    ("they come almost every night now and wake me up, should I worry?", B),
    ("my calf cramps when I walk and stops when I rest", B),
    ("cramps since I started a new medicine", B),
    ("cramps since starting water pills", B),
    ("pins and needles in my foot", B),
    ("my toes are tingling", B),
    ("my calf muscles are getting thinner", B),
    ("I think I'm losing muscle in my legs", B),
    ("my calf keeps twitching", B),
    ("muscles jumping in my thigh all evening", B),
    ("I drink heavily and get cramps", B),
    ("my calf is tender", B),
    ("calf still tender 4 days after the cramp", B),
    # negated, past, supposed and ordinary messages: no sign
    ("no swelling", None),
    ("calf cramp last night 7/10, no swelling or redness", None),
    ("my leg is not red", None),
    ("not swollen, not warm, just sore", None),
    ("no numbness or tingling", None),
    ("cramp at 3am, left calf, no weakness after", None),
    ("swelling: no", None),
    ("I don't have any swelling", None),
    ("cramp in my calf, it wasn't swollen", None),
    ("had a DVT five years ago, this was just a normal cramp", None),
    ("what are the signs of a blood clot?", None),
    ("how do I know if it's a clot and not a cramp?", None),
    ("my dad thought he was having a heart attack, it was a cramp in his side", None),
    ("hello", None),
    ("what causes cramps?", None),
    ("bad cramp in my left calf last night, 2 minutes, 7/10", None),
    ("red wine gives me cramps", None),
    ("warm bath helped my cramp", None),
    ("it's so hot today, cramp in my calf", None),
    ("I feel hot and sweaty after the gym", None),
    ("cramp lasted 2 minutes", None),
    ("thanks!", None),
    ("I walked 10k today and feel great", None),
    ("my calf was sore after the cramp", None),
    ("cramp in my right calf, 5/10, 30 seconds", None),
    ("I sweated buckets at the gym then my calves cramped", None),
    ("my calf twitched first and then it seized", None),
    ("the leg buckled when I stood on it during the cramp", None),
    ("long flight tomorrow, any tips to avoid cramps?", None),
    ("I'm pregnant and get cramps at night", None),
    ("on furosemide for the swelling and my calves cramp", None),
    ("my cramp felt like a heart attack in my leg", None),
    # the GP review's misses, in other words than its messages: quinine taken to excess or
    # with its toxic signs, a cast too tight, muscle ache with dark urine, a child's leg with
    # a fever or a limp, cramps spreading beyond the legs, low calcium after thyroid
    # surgery, animal bites
    ("swallowed a handful of my quinine by accident", E),
    ("i think i took too many of the cramp tablets", E),
    ("took twice the dose of my tablets by mistake", E),
    ("been on quinine for years and now my ears keep ringing", E),
    ("quinine at night and this morning my vision is blurry", E),
    ("thighs sore after spin class and my wee looks like cola", E),
    ("calves stiff and my urine has gone brown", E),
    ("my ankle is in a cast and my toes have gone numb", E),
    ("the bandage on my calf feels really tight and the pain is getting worse", E),
    ("our son (5) is limping and has a high temperature", T),
    ("my 3 year old refuses to put weight on her left leg", T),
    ("my little girl's leg is swollen and red and she's feverish", T),
    ("my 9 yo has had pain in one leg every day for weeks", B),
    ("my son gets leg aches at night, the gp said growing pains", None),
    ("my calves cramped and now it's spreading to both hands", T),
    ("cramps spread everywhere last night, even my fingers", T),
    ("parathyroid op on monday, fingertips tingly and my feet keep spasming", T),
    ("had my thyroid out 3 days ago and my lips feel numb", T),
    ("thyroid surgery 10 years ago, cramps at night", None),
    ("got bitten by a stray cat on the ankle and its swollen", T),
    ("my friend's dog bit my leg this morning", T),
    ("both my ankles are puffy by the evening", None),
    ("my toe went numb with the cramp but then it was fine", None),
    ("my foot went numb all of a sudden and it still is", E),
    ("the flu last month wiped me out but im ok now, calf cramp at 2am", None),
    ("muscles look smaller than they used to and they twitch", B),
    # found by the kept-apart corpus, fixed as concepts and tested in other words: urine
    # likened at length ("the colour of strong tea"), a snake bite told by its marks
    ("thighs killing me after the hike and my wee came out the colour of strong tea", E),
    ("legs wrecked after the race, urine looks almost like coffee this morning", E),
    ("something got my foot by the creek, two tiny fang marks and it's swelling", E),
    ("i think it was an adder, my ankle has two small puncture holes and burns", E),
    ("a snake latched onto my boot but didn't get through, no marks at all", None),
    # a twitch that starts a cramp is the cramp, not a sign of wasting
    ("on long swims it's the same, first a twitch in my foot then it locks", None),
    # found by the second kept-apart part, fixed as concepts and tested in other words:
    # a new urge to pass water, or trouble starting, with back or leg pain
    ("lower back is agony and all of a sudden i'm desperate for the loo every hour", E),
    ("sciatica in my left leg and now i'm struggling to get my wee started", E),
    ("since the weekend my legs ache and i have a new need to wee all the time", E),
    ("got up for a wee at 3 and my calf cramped on the way back to bed", None),
    # a GP's review of those concepts: each rule reads its own sentence, and a need to go
    # more often has ordinary causes (pregnancy, more to drink)
    ("new need to wee at night since pregnancy which is normal i guess, calf cramps too", None),
    # ("all the time" is how often they wee: cramps at night alone are no sign)
    ("12 weeks pregnant and suddenly need to wee all the time, and leg cramps at night", None),
    ("12 weeks pregnant, need to wee all the time and get leg cramps most nights", B),
    ("drinking 3l a day means i suddenly need to pee every hour, still cramping", None),
    ("on water tablets now and suddenly need the loo all the time, cramps in my feet", B),
    ("my back went last week and now there's a new urge to pee that i can't hold back", E),
    ("dvt scare last year, scan was clear. left calf has been swollen and red since tuesday", T),
    ("clot scare in spring, the doppler came back clear. right calf swollen, hot for 3 days", T),
    ("had a clot scare in march, scan was clear, all fine now. cramp in my calf last night", None),
    ("is it just cramp or could it be from the swollen veins on my left calf, they're hard", T),
    ("restless legs for years, and now constant pins and needles in both feet for months", B),
    ("restless legs at night, a creepy crawly feeling, i have to move them", None),
    ("i drink heavily at weekends and then try to drink water after, cramps on sundays", B),
    ("does coffee cause night leg cramps? i drink loads of it", None),
    ("my old cramps had nearly gone but now they are back every night and waking me up", B),
    ("they have stopped me sleeping properly for weeks, cramps every night", B),
    ("the cramps have mostly gone since i started stretching before bed", None),
    ("cramps every night since i started the new blood pressure tablets", B),
    ("woke four times with my calves knotting. it's every night since i took up cycling", B),
    ("calf cramp again. it happens most nights lately and i'm shattered", B),
    # the GP's harmful misses that were there before: sciatica in both legs; a statin
    # "started back in" a year and taken still; "ached"; "is back in my foot" (returned)
    ("got sciatica in both legs since monday, cramps at night as well", E),
    ("both legs have sciatica type pain now, plus the usual calf cramps", E),
    ("sciatica down my left leg again, cramps in my calf at night", None),
    ("started statins back in january and now every muscle aches, cramps in both calves", T),
    ("went on rosuvastatin back in 2019 and lately my thighs are sore all the time", T),
    ("started statins back in 2019, stopped them last year, cramp last night", None),
    ("on crutches since my knee op 10 days ago and my calf has ached constantly for days", T),
    ("the numbness is back in my left foot since this morning and the cramps keep coming", T),
    ("the cramp came back an hour later, same calf, eased again", None),
    # cramps with an obvious cause on a long-standing statin are not the statin sign
    ("on simvastatin since 2015, cramped after my 10k run yesterday, obvious cause i know", None),
    ("been on atorvastatin for years, calf cramp at the end of a hard bike ride", None),
    ("been on atorvastatin for years and now my thighs ache all the time, cramps too", T),
    ("started rosuvastatin last month and my calves cramp after every run", T),
    # a cramp told by when it began and the clock time it still holds
    ("calf cramp started at 10:30 and still going at 11:15", T),
    ("cramp in my calf since half past 11 and its quarter past 12 now, still rock hard", T),
    ("hamstring locked up from 3.50 and it is still tight at 4.20, can't straighten it", T),
    ("calf cramp started at 10:30 and it eased by 10:32", None),
    ("my foot went a bit bluish in the sea then warmed up fine once i was out", None),
    ("toes went white in the cold pool but the colour came back after a few minutes", None),
    ("my foot went cold and blue an hour ago and it's still like that", E),
    # "back in" as a time, not "the feeling back in my legs"
    ("after walking i have to rub the feeling back in my feet and my groin is numb", E),
    ("back in 2019 i had numbness in my foot after the op, all fine now", None),
    # pain put as "searing" or "on fire" with dark urine
    ("hamstrings searing since boot camp and my urine is brown", E),
    ("my calves are on fire after the ultra and my pee looks like coke", E),
    # a colour spelt "bluish"; breath that cannot be caught
    ("after the cramp my toes look bluish and feel icy", E),
    ("couldn't get my breath at all on the sofa earlier, sudden and scary", E),
    ("i can't catch my breath and my calf is sore", E),
    # a flight told as "flew home" or "flown", crutches, with one leg that hurts more and more
    ("flew home on friday and my right calf aches more each day", T),
    ("twisted my ankle, on crutches, and the calf above is getting worse every day", T),
    ("he has flown to spain and his thigh pain keeps getting worse", T),
    # cramps through the whole body
    ("the cramps are going right through my whole body tonight", T),
    # still on a statin, though a past time is named with it
    ("on atorvastatin since 2015, changed brand a few months back. thighs ache for no reason", T),
    # claudication: pain comes on walking and goes with a short rest
    ("my calf grips up when i walk to the shops, i stop at a wall for a bit and it eases", B),
    ("walking uphill my calves cramp, if i stand still for a minute they go", B),
    # cramps since being put on a medicine
    ("night cramps since i was put on amlodipine", B),
    # sleep lost, told in a sentence of its own
    ("my calves cramp up at night. keeps me from sleeping", B),
    # a long cramp told as the wait for it to let go, now passed
    ("both calves cramped on the hill and i waited 15 minutes for them to let go, fine now", B),
    # a pregnancy with an ordinary cramp: no clot sign
    ("34 weeks, right calf cramped at 3am, excruciating", None),
    ("pregnant, had a calf cramp this morning, it'll ache for days i bet", None),
    ("I'm 7 months pregnant and my calf has hurt more each day for a week", T),
    # a cause asked about; water or coffee is not heavy drinking; cramps under control
    ("my arch cramps in class, is it just weak muscles?", None),
    ("i drink loads of water and still get cramps", None),
    ("does tea give you cramps? i drink a lot of it", None),
    ("i drink loads every weekend, beer mostly, and wake up with cramps", B),
    ("stretching every night and the cramps have almost stopped", None),
    # a twitchy calf after a cramp, as if it will go again
    ("cramp at 5am, calf has been twitchy since like it's about to go again", None),
    # "twitchy" as nerves, not muscles twitching
    ("had an awful calf cramp at 4am, these days it makes me twitchy about clots", None),
    ("cramp-free night at last, i'm still a little twitchy about bedtime though", None),
    ("my thigh has been twitching on and off for weeks", B),
    # restless legs told apart from pins and needles
    ("not cramps, it's my restless legs, fizzing in my calves and only moving helps", None),
    # a clot scare told as over
    ("last spring my calf swelled up, the scan was clear, turned out to be a torn muscle", None),
    ("had a clot scare last year, the scan was clear, but now my calf is swollen again", T),
    # a bite or sting by something unseen, then a body-wide reaction
    ("a spider bit me on the wrist in the shed, now my stomach muscles are cramping hard", E),
    ("got bitten by something in the garden an hour ago and now my whole belly is rigid", E),
    ("got bitten by mosquitoes all evening and then a calf cramp woke me at 2", None),
    # breathlessness in other words; a hand at the chest
    ("my wife grabbed her chest and can barely breathe, her calf was sore since the flight", E),
    ("struggling to get a breath since this afternoon, left calf swollen after the long drive", E),
    ("had a calf cramp earlier and it eased, but since then i can barely breathe", E),
    ("calf cramp yesterday that went away, now gasping for air walking to the kitchen", E),
    # ... but the breath a cramp takes while it holds is the cramp
    ("calf cramp at 3am was so bad i could barely breathe till it let go", None),
    ("the cramp hurt so much i couldn't breathe for a second, fine now", None),
    ("woke up gasping with a cramp in my foot, stretched it out and it passed", None),
    ("grabbed my calf and held my breath until the cramp passed", None),
    # a cold foot with tingling, after a warning to come back if it went cold
    ("on the pill, calf has been tender for a week, and today my foot is cold and tingling", E),
    ("the doctor said come back if the foot went cold. it's cold now and the toes look bluish", E),
    # long cramps whose pain keeps growing: not easing
    ("left calf keeps cramping, 4 times since lunch, each over 10 minutes and getting worse", T),
    # a wound or a weakness named only as a figure of speech
    ("worst cramp of my life in both hands, and i've sliced my palm open on a chisel", None),
    ("calf cramp hurt worse than when i broke my ankle, gone now though", None),
    ("i can't stand the taste of tonic water, anything else that works for cramps?", None),
    ("can't stand bananas, what else has potassium", None),
    ("both my hands locked up yesterday, couldn't move my fingers until it passed", None),
    # heatstroke: hot dry skin, confusion in everyday words, heat given as a number
    ("grandad had leg cramps at the fair, 105 degrees, now he's stopped sweating and mumbling", E),
    ("my son cramped at football in 102 heat, skin hot and dry, doesn't know where he is", E),
    ("roofing all afternoon, legs cramping, now i'm not sweating any more and feel out of it", E),
    ("wife cramped on the trail, she's burning up, skin bone dry, talking gibberish", E),
    ("its 98 out and my calves cramped on the hike, drank loads and feel fine now", None),
    # the nerves at the base of the spine: wiping, a bladder that will not empty
    ("lower back agony since friday and this morning i couldn't feel the paper when i wiped", E),
    ("bad back for weeks, leg cramps, since this morning nothing comes out when i try to pee", E),
    ("sciatica both sides and tonight i tried to wee and only a dribble came out", E),
    ("leg cramp last night, also i'm 70 and can barely pee these days, prostate they say", None),
    # both legs giving way suddenly, whoever's legs they are
    ("my dad suddenly can't stand up, both his legs just give way under him", E),
    ("grandma's legs won't hold her up since this afternoon, both of them, out of nowhere", E),
    # walking a distance, then a cramp that rest eases
    ("i manage about 300 metres before my calf cramps and i have to stop, resting it goes", B),
    ("i can only walk to the end of the road then my calf seizes, standing still it goes off", B),
    ("walking the dog my calves cramp after 10 minutes, i stop for a bit and it's fine", B),
    ("ran 10k, cramp in my calf at 8k, stopped and it eased", None),
    # a long-standing statin and a cramp after hard work in the garden or a move
    ("on atorvastatin for years no problem, got a calf cramp after a day of gardening", None),
    ("been taking rosuvastatin 6 yrs, bad calf cramp after moving house all weekend", None),
    ("started simvastatin last month, cramp after digging the garden", T),
    ("on atorvastatin 5 years, my thighs ache all the time and a cramp after gardening", T),
    # a medicine asked about is not cramps that came with it
    ("my doctor put me on furosemide last week, can it give you leg cramps?", None),
    ("just been put on bendroflumethiazide, i wonder if it causes cramps", None),
    ("started ramipril 2 weeks ago, i've had cramps every night since, could it cause them?", B),
    # tingling toes in the cold; a bite's bump; cramping fingers after a sting
    ("cold feet all winter and some tingling in my toes when it's freezing out", None),
    ("pins and needles in both feet for months now, not just in the cold", B),
    ("got bitten by something in the garden, itchy red bump on my ankle", None),
    ("mosquito bite on my calf, it's a swollen red bump and itches like mad", None),
    ("wasp stung my hand and now my fingers are cramping a bit", None),
    ("legs cramped all night, now even my arms are cramping", T),
    # a wound named to say how bad the pain was
    ("both hands locked up, worst pain i've ever felt and i've cut my thumb open before", None),
    ("stepped on a rusty nail this morning and now my jaw feels stiff", E),
    # a blow, then a tight swollen muscle with pain that keeps getting worse
    (
        "a cricket ball hit my shin at practice, now it's swollen tight and"
        " the pain is worse by the hour",
        E,
    ),
    (
        "took a whack to the calf from a hockey stick, leg is rock hard and"
        " swelling and hurting more and more",
        E,
    ),
    ("bashed my shin on the bed frame, it's bruised", None),
    # heatstroke: the whole person red and hot, not a leg
    (
        "after the 10k my sister is beetroot red and burning hot, not"
        " sweating, keeps asking where we are",
        E,
    ),
    (
        "dad came in from mowing, he's bright red and hot, dry skin, and"
        " doesn't know what day it is",
        E,
    ),
    ("i'm bright red after the sauna and my calves cramped", None),
    # pain on breathing in, whatever it is put down to
    (
        "think I tweaked something in my chest, it catches when I take a deep"
        " breath and my calf is sore",
        E,
    ),
    ("pulled a muscle in my chest lifting, stabbing pain every time I breathe in", E),
    ("got a stitch on my run, hurt to breathe in for a bit", None),
    ("I'm puffed just getting dressed and my left leg is aching", E),
    # a cramp that began a while ago and still holds
    ("my foot cramped about 15 minutes ago and it's still knotted, nothing helps", T),
    # a figure of speech, not a colour or heat of the skin
    ("the calf cramp at 2am was white hot, then it went after a minute", None),
    ("like a red hot poker through my hamstring for 30 seconds", None),
    # someone else's tablets taken, or tablets gone from the pack: poison swallowed
    ("my 3 year old got into the bathroom cabinet and ate a few of the pills, she seems ok", E),
    ("think my son has had some of grandad's quinine, 4 gone from the strip", E),
    ("found my toddler chewing nan's heart tablets, no idea how many", E),
    ("I took my quinine tablet at bedtime and still got a calf cramp at 2", None),
    ("had one of my usual tablets and then a foot cramp", None),
    # holdout20's concepts: "can't take a full deep breath"; heat with "quit sweating a while
    # back" (stopped then, still so); a patch "now as big as my palm" on the back of the leg;
    # puncture holes with a snake seen near
    ("chest feels pulled and I can't take a full deep breath in, left calf aches", E),
    ("roofing all day, stopped sweating a while back, skin hot and dry, he's talking rubbish", E),
    ("pink patch on the back of my left leg, now it's as big as my hand and I've got a fever", T),
    ("felt a sting on my foot and saw three little puncture holes, a snake was by the log", E),
    ("had a clot a while back, fine now, just night cramps", None),
    # holdout21's concepts: tablets gone from a pack with a child about (not an adult counting
    # their own); swelling as what a treatment is for; cramps beyond the legs however said;
    # "number" is not "numb"
    ("my little one has been in nan's bag, the strip of her quinine has 3 gone", E),
    ("the bottle of grandad's heart pills has two missing and the toddler was playing with it", E),
    ("the strip has 2 gone, I must have miscounted my own quinine", None),
    ("do flight socks help cramps or are they just for swelling?", None),
    ("is the cream only for swollen ankles or does it help a cramp too?", None),
    ("after two days of the runs it's not just my legs any more, my hands are locking up", T),
    ("calves cramping on the machine and even my tummy muscles started cramping", T),
    ("pregnant with number 3 and my left calf cramped this morning", None),
    ("a number of cramps this week, all in my right foot", None),
    # the GP's 18th review: a child with tablets out of their pack or an open bottle, however
    # told; an activity's length after "cramped up" is not the cramp's
    ("my 2yo got into my mum's bag, blister of her heart pills with 3 popped out", E),
    ("found my little one with the lid off my sleeping tablets, looks like a few are missing", E),
    ("caught our toddler sucking on nan's water tablets", E),
    ("popped out 2 of my own quinine last night for the cramps, still woke at 3", None),
    ("hand cramped up writing my dissertation for 3 hours, fine after a shake", None),
    # holdout22's concepts: more than one nail stepped on; a bite whose creature someone else
    # names after a comma; a child into someone's pill box; how often then and now in a
    # sentence of its own; "that" before the medicine; both ankles puffy "both of them";
    # a routine's hours a day; a co-op is no operation
    ("trod on three rusty nails in the old barn, went through my trainer", T),
    ("felt a nip at the woodpile, neighbour reckons it was a funnel-web, mouth's tingling", E),
    ("my 3 year old got into grandad's dosette box this morning, two days are empty", E),
    ("calf cramps are getting silly. used to be once or twice a year, now most nights", B),
    ("gp put me on that new water tablet last month and ever since my calves cramp", B),
    ("calves puffy in the evenings, both of them, always have been. cramp last night", None),
    ("8 hrs a day on my feet at the warehouse, calf cramped after my shift", None),
    ("co-op student, hamstring cramped after squats, calf a bit swollen from the knock", None),
    # the GP's 19th review: a pill box named without an apostrophe, its days empty; a nail
    # that went "thru" the trainer a few words after it is named; "ever since" at the end
    ("my 3yo got into grandads pill organiser, two of the days are empty", E),
    ("stood on a board with nails in it, one of them went thru my shoe, deep puncture", T),
    ("went on lisinopril a few months back and had foot cramps most nights ever since", B),
    # holdout23's concepts: "copped a boot" is a blow; stepping back onto a tool, deep holes;
    # a pill box "open and EMPTY" or a purse with pills in it, with a child; a battery swollen
    # is no leg; soreness foreseen with "ill be"; a scorpion found in a shoe, with pain there
    ("copped a knock to the shin at rugby, now it's tight and shiny, pain keeps getting worse", E),
    ("stepped back onto the garden fork, two deep holes in my foot, no idea about tetanus", T),
    ("the kids got into nan's purse and her blood pressure pills are all over the floor", E),
    ("my 4yo was in grandad's room and his pill box is open and empty", E),
    ("laptop battery's swollen, my calf cramped at 2 and it's fine now", None),
    ("calf cramp at 5am, 34 weeks, ill be sore for days now, always am", None),
    ("foot stinging and swelling since this morning, then a scorpion fell out of my boot", E),
    (
        "found a spider in my shoe this morning, shook it out, all fine. calf cramp last night",
        None,
    ),
    # little sleep told without its cause, in a message with night cramps; woken by an alarm
    # to tend them; a new medicine told by its dose; the baby's nights are not a child's pain
    ("night cramps since my second chemo cycle, I barely sleep now", B),
    ("his leg cramps keep getting worse, he sleeps sitting up in the recliner now", B),
    ("since they started me on levothyroxine 50mcg last week, cramps out of nowhere", B),
    ("I barely sleep since the new job, had one cramp in my calf last week", None),
    ("the baby wakes me every night, had one calf cramp last week", None),
    # the GP's 20th review: a blow told as past ("yday") before a tight shin getting worse;
    # a pack "half empty" with a toddler told as "lil one" or "she's 2"; drinks counted a
    # night; cold weather is not a cold foot
    ("took a knee to the thigh at training saturday, now rock hard, swollen, pain worsening", E),
    ("lil one got hold of my bag, the strip of my tramadol is half empty, he's 3", E),
    ("i put away about 8 pints most nights and the leg cramps are constant", B),
    ("freezing cold out this morning, calf cramped on the school run, fine now", None),
    ("broke my ankle in 2019, had a calf cramp last night, fine now", None),
    # heat illness in a story set years back is history; told now again, it counts
    ("did the sydney marathon back in 98, stopped sweating around 30k and went dizzy", None),
    ("ran a race in 2019 in the heat. now on the roof I've stopped sweating, hot and confused", E),
    # holdout26's concepts: a toddler's age in months; tablets "at least 2 are missing"; a
    # foot that lifts less and less over days; "the cut-off" is no cut
    ("my 18 month old got into grandad's pill box in the kitchen, at least 3 are missing", E),
    ("over the past week it's got harder to lift the front of my left foot, calf cramps too", T),
    ("ran the ultra in 2019, calves cramped badly, nearly missed the cut-off. fine since", None),
    # the GP's 22nd review: muscles denied in a list ("no cramps or stiffness yet"); "d&v";
    # hands "cramping up too"
    ("trod on a rusty nail, deep and dirty, no idea about tetanus, no spasms or stiffness yet", T),
    ("d and v since tuesday, now both calves cramping and my hands keep cramping up too", T),
    # a cramp of the belly or ribs that hurt to breathe while it held is a stitch; still hurting
    # to breathe hours later is not
    ("my side cramped so hard it hurt to breathe, gone now. hadn't eaten in hours", None),
    ("stomach cramped so bad it hurt to breathe, still hurts to breathe hours later", E),
    # holdout25's concepts: cold feet warmed with socks or a blanket; a cramp that started
    # "25 min back" and still holds
    ("feet were freezing in bed so I put bed socks on, calf cramp around 2", None),
    ("left foot suddenly ice cold, wrapped it in a blanket but it's still white and numb", E),
    ("calf cramp started 20 min back and it's still rock hard, nothing helps", T),
    # the GP's 21st review: a blow told by what hit where; "no sleep" after someone else's one
    # cramp; how often a remedy is taken
    ("boot to the shin at five-a-side on sunday, shin's tight as a drum, pain worsening", E),
    ("husband had a cramp at 2am and yelled the house down, I've had no sleep lol", None),
    ("i take my magnesium tablets every night, still got a calf cramp last night", None),
    # holdout24's concepts: tiredness after one night's cramp is not cramps that spoil sleep;
    # an animal's cramp is someone else's
    ("my wife screamed with a thigh cramp at 2am, I'm fine, just shattered today", None),
    ("had a cramp at 3, now I'm exhausted", None),
    ("leg cramps every night this week and I'm exhausted", B),
    ("calf cramps like 4 nights out of 7 lately", B),
    ("3rd night this week. calf seized at 2 and again at 4, I'm exhausted", B),
    ("scored 4 out of 7 in the pub quiz, calf cramp last night", None),
    ("having 6 beers a night most of the week and my calves are cramping loads", B),
    # a medicine started a while back, cramps ever since: a new medicine (book)
    ("gp put me on amlodipine a few months back and ever since I get calf cramps", B),
    ("started on water tablets 6 weeks ago and ever since my calves cramp at night", B),
    ("had a clot 5 years ago and ever since I wear flight socks, calf cramp last night", None),
    # the GP's 17th review: cauda equina in dialect ("gone proper wobbly", "wet meself"); a
    # snake seen slithering off with two marks; fizzy lips after the thyroid came out; a
    # cramp that "kicked in at half 2"; findings denied in a list; someone on a screen
    ("back's bad and both my legs have gone wobbly, getting worse, and I've wet meself", E),
    ("felt a nip on my calf in the dunes, an adder slid off, two little red marks now", E),
    ("thyroid out last week, my lips are buzzing and my hands keep cramping", T),
    ("cramp kicked in at quarter to 4, it's 4:20 now and still rock hard", T),
    ("my feet aren't pale or cold or numb, they just cramp in ballet", None),
    ("watching holby and a patient's leg went white and cold, my cramps are nothing", None),
    ("watching tv and my calf went white and cold, can't feel my toes", E),
    # holdout19's concepts: the knot a cramp made measured by a ball; swelling named as what
    # a medicine was started for
    ("calf cramped into a knot the size of a golf ball at training, still tight today", None),
    ("a lump the size of a golf ball on my calf, red and hot", T),
    ("do diuretics cause cramps? mum started them in May for her puffy ankles", None),
    # the GP's 16th review: worse told as "more and more bad" after a kick in the shin;
    # "3 or 4 time every week" and "nothing help"; hours spent on a console are not a cramp's
    ("my son get kick in his calf at rugby, now it tight and swell, pain getting more bad", E),
    ("cramps in my feet 2 or 3 time per week for months and nothing help", B),
    ("5 hours on the xbox and my thumb cramped up, how do I stop it", None),
    # holdout18's concepts: heatstroke in dialect ("quit sweatin", "hot n dry"); a fork or a
    # nail through the boot into the foot; a red patch that has grown, with fever; a cramp that
    # nothing is "making let go"; "all over the place" and "bars every night" as idioms
    ("my uncle quit sweatin out on the tractor, skin hot n dry and he aint making sense", E),
    ("a garden fork went straight through my trainer into my foot, dirt everywhere", T),
    ("red mark on my shin is bigger than my hand now, hot, and I've got a temperature", T),
    ("calf cramp since 9:10, it's 9:30 and nothing is making it let go", T),
    ("my toes cramped all over the place in the pool this morning, fine now", None),
    ("festival weekend, dancing every night, woke up with a calf cramp", None),
    # the GP's 15th review: a child who got into tablets and swallowed some; a cramp still
    # locked a while later; cramps no better after weeks of self-care
    ("toddler got into grandma's blood pressure pills, we think she had 2 or 3 of them", E),
    ("my son found my quinine tablets and swallowed a few of them", E),
    ("my daughter's foot cramp is still knotted 25 minutes later and rubbing does nothing", T),
    ("calf still in spasm half an hour later, I can't shift it", T),
    ("6 weeks of stretching every night and the cramps haven't improved one bit", B),
    ("I have cramps most weeks, tried magnesium and still no better", B),
    ("had two of them last night, cramps I mean, both calves", None),
    ("cramp at 3 in my calf, still a bit sore 20 minutes later but it let go", None),
    # the GP's 14th review: thinner legs measured against the past (not a past event); a foot
    # gone floppy over days (new weakness, not a sudden blocked artery); a leg that is numb and
    # "can't move it" now, after a cramp; a long-standing statin and a pulled muscle
    ("mum's calves are thinner than they used to be and she gets cramps most nights", B),
    ("my thighs have got skinnier over the last year and I get cramps and twitches", B),
    (
        "over the past 4 days my left foot slaps down and I can't lift my toes, top of it is numb",
        T,
    ),
    ("cramp in my calf last night, now my foot is numb and i cant move it", E),
    ("my leg is cold and numb and I can't move it", E),
    ("cramp in my foot right now and i cant move my toes, its numb", T),
    ("on atorvastatin for 10 years, strained my calf at football and it cramped after", None),
    ("been on simvastatin for years, moved the wardrobe upstairs and got a thigh cramp", None),
    ("started atorvastatin last month, pulled my calf and now it cramps", T),
    # a statin only offered or planned is not a statin the writer takes
    ("my GP wants me to start a statin, do they cause leg cramps?", None),
    ("going on simvastatin next month, worried about cramps", None),
    ("should I stop my statin because my legs keep cramping?", T),
    (
        "the GP wants me on simvastatin but I get cramps every night, will it make them worse?",
        B,
    ),
    ("doc is thinking of putting me on a statin, I get leg cramps a lot, is that a problem", None),
    ("nurse suggested starting rosuvastatin, would a statin make my night cramps worse?", None),
    (
        "on atorvastatin 2 years, the doctor wants me on a higher dose, thighs ache all the time",
        T,
    ),
    # twitching that is part of the spasm
    ("my neck went into spasm at my desk and I could see the muscle twitching", None),
    # a routine that keeps cramps away
    ("my granddad has a spoon of mustard every night and says it keeps the cramps at bay", None),
    # breathless while only getting ready for exercise, not after it
    ("packing my running kit this morning and suddenly i can't get my breath, heart pounding", E),
    ("was about to head to the gym when I got really short of breath and dizzy", E),
    ("calf sore for a week, this morning I was unable to catch my breath and blacked out", E),
    ("getting out of breath climbing stairs, legs ache after", None),
    # a bite by a creature named as such, whichever way round it is told
    ("got bitten by a copperhead on my ankle an hour ago", E),
    ("a redback got me on the hand while gardening, now my arm aches", E),
    ("felt a sting on my ankle in the garage and saw a little black spider with red marks", E),
    ("something nipped my toe on the beach. my husband says it was a sea snake", E),
    ("the tiger snake that bit my dog is still in the yard", None),
    ("a rattler struck at my boot but missed, calf cramped from the fright", None),
    ("I have spider veins on my calves and had a cramp last night", None),
    # a bite days ago that a hospital has seen to
    ("stung by a scorpion two weeks ago, the ER checked me over, when can I hike again?", None),
    ("bitten by an adder last week, had antivenom, calves cramp most nights now", B),
    ("bitten by a snake 20 minutes ago, hospital said to come in", E),
    # a blow told by what hit: a knee, an elbow, a ball
    ("got kneed in the thigh at rugby, now it's rock hard and the pain keeps getting worse", E),
    ("my son caught a knee in his thigh at football, swollen and hurting more and more", E),
    ("got a dead leg at training yesterday, bit sore today", None),
    # a cramp's time told by what was done until it let go
    ("took ten or fifteen minutes of stretching before the cramp in my calf eased", B),
    ("did 30 minutes of stretching before bed and still got a calf cramp at 3am", None),
    # dark urine told further from the word, in everyday colours
    (
        "after the half marathon my wee this morning was the colour of strong black tea,"
        " legs ache",
        E,
    ),
    # lead told by the job
    ("i melt down scrap for the lead to make fishing weights and my legs cramp a lot lately", T),
    ("I solder stained glass with lead came all day, getting cramps and tummy pains", T),
    ("took the dog out on the lead and my calf cramped", None),
    # ... by a blood test, or by old paint burnt, cut or stripped
    ("had bloods done, they said my lead was high. legs cramp most nights now", T),
    ("my blood lead came back raised and now I get leg cramps every night", T),
    ("work on bridge demolition, torching painted girders all week, calves cramping at night", T),
    (
        "stripping the old paint off our victorian sash windows for weeks, now cramps every night",
        T,
    ),
    ("painted the bedroom yesterday, calves cramped this morning", None),
    ("walked the dog, his lead was tangled, then my calf cramped", None),
    ("my blood sugar was high and my calf cramped", None),
    # a cramp told as a knot that still holds
    ("my hamstring is in a massive knot and it's still going, 15 mins now", T),
    # pain going uphill that settles with a stop, told across commas
    ("whenever I go up a hill my calves cramp, I stop for a bit, it eases, then it comes back", B),
    # woken often by the leg, without the word cramp
    ("three nights a week I wake up yelling because my calf feels like it's being crushed", B),
    ("I wake up twice a week to pee", None),
    ("my calf cramped again tonight at netball, no big deal", None),
    # a change that went back to normal, skin flushed by a hot bath
    ("got out of a hot shower and my legs were red and blotchy, gone after 20 minutes", None),
    ("after a hot bath my left calf is red and swollen and sore", T),
    ("my foot suddenly went white and cold and numb an hour ago", E),
    # a wound with tetanus jabs known to be up to date
    (
        "cut my hand on a knife 2 days back, had a tetanus injection 9 months before,"
        " need another?",
        None,
    ),
    ("stood on a rusty nail this morning, no idea when my last tetanus jab was", T),
    ("stood on a rusty nail this morning, tetanus jab last year, now my jaw is stiff", E),
    # after a GP's second review
    ("gave my brother a dead leg at footy, he's fine now, my calf cramped after", None),
    ("there's a knot in my thigh that's been locked for 15 minutes and won't release", T),
    ("the knot in my foot took a quarter of an hour to go this morning", B),
    ("my pee is dark yellow in the mornings, I know I don't drink enough, calves ache", None),
    ("legs sore after the 10k but my wee is pale and clear", None),
    ("after the ultra I nipped to the toilet and it was brown, legs killing me", E),
    ("went to the loo, then had a cup of tea, calf aches", None),
    ("my toes went white in the cold sea then back to pink within minutes", None),
    ("scraped my shin on the patio, washed it, my jabs are all up to date", None),
    ("the dog wakes me every night, and I had a foot cramp last week", None),
    ("most nights my calf locks and I'm up hopping round the room", B),
    (
        "got an elbow to the thigh at netball, it's going tight and the pain is way worse than"
        " an hour ago",
        E,
    ),
    ("came off my scooter onto my shin, swollen tight and getting worse by the hour", E),
    ("I smash up old car batteries for scrap and my legs cramp every night", T),
    ("work at a petrol station selling unleaded all day, cramps at the end of a shift", None),
    # after the seventh kept-apart part was scored
    ("got bitten on the ankle by a snake 20 mins ago, didn't get a good look at it", E),
    ("stood on a scorpion in the shower, now my leg is spasming and my lips are numb", E),
    (
        "took a boot to the shin at football tonight, it's way worse now, rock hard and"
        " swollen tight",
        E,
    ),
    ("calf cramp at 4am, that leg is dead to me now lol", None),
    ("knocked my shin on the coffee table, nasty purple bruise, not a cramp thing", None),
    (
        "my wife fell off the bed clutching her calf yelling it was turning inside out 😂 I can't"
        " breathe",
        None,
    ),
    (
        "my hand locked up for 5 minutes, worst pain of my life and I once cut myself on a"
        " table saw",
        None,
    ),
    ("my left calf is purple and swollen after the flight and aching", T),
    # a spray that reached the skin or the lungs, whatever it was
    (
        "spraying the orchard and my mask slipped, breathed loads in, now legs cramping and"
        " sweaty",
        E,
    ),
    ("spraying the roses yesterday, calf cramp last night", None),
    ("the kids sprayed me with the hose and I got soaked, calf cramped after", None),
    # the length of a walk or a game is not the cramp's
    ("2 hrs of pickup ball, shower, bed, woke at midnight with both shins cramping", None),
    # water, told beside the colour of one's pee, is not heavy drinking
    ("legs sore after training, my pee is pale now I'm drinking loads", None),
    # a child named for another reason, the cramp the writer's own
    ("the twins wake me every night, and I had a hamstring cramp once last week", None),
    ("toddler won't walk on her left leg since this morning and has a temperature", T),
    # an animal that was bitten is the vet's
    (
        "our cat got bitten by an adder, the vet says she'll be ok, my calf cramped last night",
        None,
    ),
    ("the neighbour's dog bit my calf this morning", T),
    # winded by a fall, breathless at exercise that settled, cramps on a statin in the heat
    ("landed on my back at rugby and got winded for a few seconds, hamstring cramp later", None),
    ("out of breath in my spin class, settled when we stopped, foot cramped after", None),
    ("on simvastatin for 10 years, calf cramp after a day in the garden in the heat", None),
    # breathless at exercise beside a clot's signs in the leg is not the exercise
    ("got really breathless at netball tonight and my left calf is swollen and warm", E),
    ("breathless on my run, I'm 32 weeks pregnant, calves ache after", None),
    # a spray that leaked, splashed or got in the mouth; a long job with pesticides
    ("the backpack sprayer leaked down my leg all afternoon, now I'm sweating and twitching", E),
    ("weedkiller spray blew back into my face, now calves cramping and I feel sick", E),
    ("worked in pest control for 15 years, cramps in my legs most nights", T),
    # hours of another task; a cramp held from one clock time to another
    ("mowed for 3 hours on saturday, one quick cramp in my toes that night", None),
    ("calf cramp woke me at 5 and it was still locked at half 5", T),
    # pale urine, a sick child keeping one up, an animal bitten by another
    ("my wee's pale now I'm drinking more, calves still cramp sometimes", None),
    ("my son was poorly all night so no sleep, then a foot cramp at 6", None),
    ("our dog got bitten by a fox, and I had a calf cramp last night", None),
    # a pause told by where one stands; a medicine told by what it is for
    (
        "can't walk to the shops now without my calf seizing, I lean on a wall for a minute and"
        " it goes off",
        B,
    ),
    # a sign in quotes is still the sign
    ("my left calf is 'swollen' and \"hot\" the nurse said", T),
    ("'can't catch my breath' he keeps saying, and his calf is sore", E),
    # a pause told in other words; quoted words; a purple inhaler
    (
        "my calves knot up halfway round the park, I sit on a bench to let it settle then"
        " carry on",
        B,
    ),
    ("can't get round the supermarket without my calf locking, fine once I stop a minute", B),
    ("my chest is \"tight\" and I'm 'puffed' sitting still, calf sore all week", E),
    ("started the purple inhaler last month, cramps in my legs most nights since", B),
    # after the eighth kept-apart part was scored
    ("two days after the bootcamp my thighs are agony and my wee looked like an espresso", E),
    ("calf cramped on my run, then it spread: now my hands and fingers keep cramping", T),
    ("labouring in the sun all day, skin's hot and dry, he's talking rubbish", E),
    ("talking rubbish at the pub last night lol, calf cramp at 2", None),
    ("about 20 minutes in to the film my foot cramped, gone in a minute", None),
    ("the doctor put me on bisoprolol for my heart last month and since then my calves cramp", B),
    # holdout8's over-alarms, as concepts: twitching still felt just after a cramp; legs like
    # jelly after a climb; the tenderness of a bruise; a journey's length; tingling as the
    # first part of the cramp (and the same signs where they still count)
    ("right calf went about 5 minutes ago and I can still see it twitching", None),
    ("my calves are still twitching on and off for weeks now and look thinner", B),
    (
        "finished my first half marathon! legs like jelly and sore, cramp in my calf at the end",
        None,
    ),
    ("woke up and my left leg is like jelly, it just gave way in the kitchen", T),
    ("banged my thigh on the desk corner, big bruise, tender when I touch it", None),
    ("my calf is tender to the touch and swollen, no idea why, flew back from Dubai Monday", T),
    ("driving up to Inverness tomorrow, 9 hours door to door. my calves cramp sometimes", None),
    ("had a calf cramp yesterday that lasted 15 minutes before it let go", B),
    ("left foot went tingly then cramped hard at the traffic lights, a minute or so", None),
    ("pins and needles in both feet for two months, and cramps at night as well", B),
    # "back from" a trip is not the body's back
    ("my calf is really tender to press and now swollen, got back from Perth Sunday", T),
    # after a GP's fifth review: a denied cause never excludes a sign; pain out of proportion
    # after a blow; a leg that keeps giving way beside cramps; a cramp on for the past half
    # hour; hours spent somewhere; twitching for seconds after a cramp
    ("no gym or anything, but both legs went like jelly this afternoon and I can hardly stand", T),
    ("calf sore to press and puffy, and no I didn't bang it, no bruise at all", T),
    ("took a football to the shin, it's tight and swollen and the painkillers aren't helping", E),
    ("my right leg has kept buckling on the stairs for two days, and my calf cramps too", T),
    ("calf has been cramping nonstop for the past 40 minutes", T),
    ("6 hrs at the desk then a quick calf cramp, gone in a minute", None),
    ("hamstring cramp in the night and afterwards it twitched for a few seconds", None),
    # holdout9's misses, as concepts: "it's gone midnight" is a clock time, not easing;
    # cramps in the hands after heavy fluid loss; a finding a doctor or a scan explained;
    # hours as what something was, a rate, a journey told by its landing
    (
        "took a knee to the thigh at football, it's gone midnight and the thigh is rock hard,"
        " swollen and way worse",
        E,
    ),
    ("two days of vomiting and diarrhoea and now my fingers keep curling into claws", T),
    ("the scan ruled out a clot, the swelling turned out to be a torn muscle, healing now", None),
    ("GP said the twitching in my calves is benign, feeling better about it", None),
    ("the scan ruled out a clot last month but now my calf is swollen and hot again", T),
    ("my calf was a bit puffy after the long drive but the swelling's all gone now", None),
    ("after a 5 hr shift on the tills my calf cramped for about a minute", None),
    ("on dialysis they took off 800 ml an hour and both calves cramped, eased in 3 minutes", None),
    ("landed from Dubai this morning, 7 hrs. calf cramp after, gone in a minute", None),
    # after a GP's sixth review: "ruled out a clot" alone clears nothing, and an explained
    # finding with other signs or a change still counts; "it's gone 1am"; "can't get it to let
    # go"; fluid loss and cramps of the same person; belly cramps of a bug
    ("the scan ruled out a clot but this morning my calf is swollen and hot", T),
    ("the swelling turned out to be a cyst that burst, now the whole calf is red and hot", T),
    ("doc said the redness on my shin is just eczema, cramps are fine", None),
    ("its gone 1am and the shin I got kicked on is tight, swollen and getting worse", E),
    ("calf cramp started 20 minutes ago and is still going, can't get it to let go", T),
    ("my daughter's been sick with diarrhoea for two days and now her hands are cramping", T),
    (
        "my son has had diarrhoea all week, and I had a calf cramp last night, gone in seconds",
        None,
    ),
    ("bit of a tummy bug with cramps, only been to the loo twice", None),
    ("calf cramp 20 mins and counting", T),
    # holdout10's misses, as concepts: "ten minutes if not more"; someone's sleep lost to
    # cramps told as a recliner and no rest; a pause told with more words; swelling going down
    ("calf cramp this morning, a good 10 minutes if not more, gone now", B),
    (
        "my dad's 80 and his leg cramps at night are getting worse, he's sleeping in the armchair"
        " and neither of us is getting any rest",
        B,
    ),
    (
        "when I walk to the post office my calf aches after a few hundred yards, I stand and look"
        " at my phone for a minute and it goes",
        B,
    ),
    (
        "had my hip done 5 weeks ago, swelling is going down nicely, calf soft and not hot, cramp"
        " last night",
        None,
    ),
    # after a GP's seventh review: rest lost for another reason; "if not more" is no denial;
    # a swollen, tight calf getting worse after a run
    ("sleeping in the recliner since my shoulder op as it's comfier, the odd cramp", None),
    ("neither of us is getting any rest with the roadworks outside, foot cramp yesterday", None),
    ("it's been ten minutes if not more and the cramp is still there", T),
    (
        "cramp after my run, calf still going after 15 mins, now tight and swollen and getting"
        " worse and worse",
        E,
    ),
    # holdout11's misses, as concepts: "getting worse no better" is no denial; the final g
    # dropped ("gettin"); "pinker", "hotter than the right one"; cramps "most days" when getting
    # into bed; twitchy "the rest of the set"; "minutes of rolling around before it let go"
    (
        "took a knock on the shin at footy, front of my leg is rock hard, pain gettin worse no"
        " better",
        E,
    ),
    ("28 weeks, my left calf looks pinker and feels hotter than the right one since yesterday", T),
    (
        "every time I get into bed after a late shift my calves cramp, most days now, I'm"
        " exhausted",
        B,
    ),
    (
        "foot cramped in the pool warm-up, toes all over the place, calves twitchy the rest of"
        " the session",
        None,
    ),
    ("calf cramp at 3, a good 20 minutes of rolling about before it let go, fine now", B),
    # after a GP's eighth review: "hotter" and "most days" only of a leg and of the cramps;
    # Scots negations; no better with self-care
    ("the back bedroom is hotter than the other one so I slept badly, one quick cramp", None),
    ("I'm at the allotment most days, had a foot cramp yesterday, first in months", None),
    ("most days I get cramp in my feet now, usually at night", B),
    ("been crampin 20 minutes and it still hasnae eased", T),
    ("my night cramps are no better even with the stretches and the magnesium", B),
    # holdout12's misses, as concepts: a bite told with many words before the creature; a nail
    # with two words before it; ringing ears in other words; "since twenty minutes now"; the
    # hand that feels the leg is not the site; "hurts more than"; a statin asked about;
    # hours of wearing something
    ("bitten on my ankle by what the ranger reckons was a tiger snake, leg cramping now", E),
    (
        "trod on a rusty old fence nail a week ago, now my jaw is stiff and my neck keeps"
        " spasming",
        E,
    ),
    ("mum took her quinine twice by mistake and now her ears are ringing", E),
    ("my left calf is cramping since twenty five minutes now and will not release", T),
    (
        "long flight last week, my calf is puffier than the other and warm when I put my hand on"
        " it",
        T,
    ),
    ("banged my shin, big purple bruise, the bruise hurts more than the cramp did", None),
    ("do statins cause cramps? my dad's just been put on atorvastatin", None),
    ("calf cramp this morning, blaming the heels I wore for 10 hours yesterday", None),
    # after a GP's ninth review: ringing ears asked about; a clause before "by"; "since twenty
    # minutes now" alone; what was worn for hours
    ("can quinine make your ears ring? the gp mentioned it for my cramps", None),
    ("my daughter got bit on the foot while we were out walking by what looked like an adder", E),
    ("calf cramping since twenty minutes now", T),
    ("calves cramping after the boots I wore for 9 hours at the wedding", None),
    # holdout13's misses, as concepts: "it's gone tight" is a change, not easing; "drank too
    # much" on dialysis is fluid; how often a remedy is taken; numb for a second and gone;
    # "a cramp for an hour last night" is still an hour
    (
        "got kicked on the shin at rugby, it's gone rock hard and swollen and the pain keeps"
        " getting worse",
        E,
    ),
    (
        "cramped on the dialysis machine, drank far too much this weekend, eased in a few minutes",
        None,
    ),
    ("is a spoon of mustard every night for cramps worth it?", None),
    ("toes curled and my foot went numb for a second, then it was completely gone", None),
    ("had a cramp for an hour last night, gone now", B),
    # after a GP's tenth review: numbness on and off for a few days is new; the alien as a cramp
    ("my toes keep going numb on and off since the weekend, cramps at night too", T),
    ("there's an alien in my calf for 20 mins now and it won't ease off", T),
    # holdout14's misses, as concepts: a colour of something else; water is not alcohol; the
    # calf muscle's name is not a stomach bug; being sick and running to the loo in other
    # words; chest aching and not getting a proper breath; soreness after each cramp
    ("forty and already grey hair, reading glasses and calf cramps 🙄", None),
    ("my foot has gone grey and cold and I can't feel my toes", E),
    ("half marathon in the heat, drank too much plain water, quads cramped", None),
    ("been drinking too much wine every night and my calves cramp", B),
    ("physio says my gastroc is tight, that's why my calf cramps", None),
    ("puking since last night with a bug, now both calves keep cramping", T),
    ("rushing to the toilet all day, cant keep anything down, and my hands are cramping", T),
    ("calf cramps for weeks, now my chest is aching and I can't get a proper breath", E),
    ("pregnant and the cramps leave my calf feeling bruised for days after", None),
    ("pregnant, calf bruised and aching for days after the long flight", T),
    # after a GP's eleventh review: "tight chest" as a phrase; "it was hot" with nothing
    # before it for "it" to be is the weather
    ("bit of a tight chest since this morning and my calf aches", E),
    ("heavy chest and out of breath walking up the stairs, on the pill", E),
    ("chest day at the gym, tight chest muscles, then my calf cramped", None),
    ("it was boiling hot at the match, calf cramped in the second half", None),
    ("left calf aches and it's hot when I touch it", T),
    # holdout15's misses, as concepts: blood told by its colour; "the cold" is the weather;
    # idioms of blue; a colour of food; can't move it for the minute the cramp held; "kram";
    # sleep lost anywhere in a message about cramps
    ("knee op two weeks ago, calf aching, and this morning I coughed up pinkish stuff", E),
    ("coughing up rusty phlegm and short of breath since the flight", E),
    ("calf cramped on the walk home, probably the cold", None),
    ("my foot cramp came out of the blue last night, gone now", None),
    ("he yelled blue murder when his calf cramped at 3am", None),
    ("been living on white rice and noodles, calves cramping at night", None),
    ("calf cramp at 2am, couldn't move my leg for about a minute, fine now", None),
    ("kena kram kat betis malam tadi, sakit sangat, I cannot move my leg for a few seconds", None),
    (
        "dad's cramps get worse every month. mum's up half the night rubbing his legs and"
        " neither of them is sleeping",
        B,
    ),
    # after a GP's twelfth review: a long cramp told as going on "for an hour now" or "still
    # there after 45 mins"; weakness after a cramp that is still there, or a foot that
    # catches or drags; "a cold" the illness; "a bit blue" the mood; "rusty phlegm" is not a
    # wound; "daily night", "not getting proper sleep"
    ("my calf cramp has been going for an hour now", T),
    ("foot cramp still there after 40 mins, nothing works", T),
    ("left leg still weak since that cramp yesterday, and my foot keeps catching on the kerb", T),
    ("after the cramp my foot keeps dragging when I walk", T),
    ("got over a stinking cold last week, foot cramp this morning", None),
    ("my head cold is nearly gone, had a calf cramp in the night", None),
    ("been feeling a bit blue and the night cramps don't help", None),
    ("my left foot is cold and a bit blue since this morning", E),
    ("father gets cramps in his calves daily night, not getting proper sleep", B),
    # holdout16's misses, as concepts: a slip or a fall before a tight, worsening leg; crops
    # sprayed without a mask, then cramps and sweating; cramps that started in the legs and
    # spread; stopping and standing still until it's gone; tingling as the start of a cramp,
    # later in the story too; a medicine named with two words before it
    (
        "missed the last step on tuesday, shin now swollen, tight and the pain keeps getting"
        " worse",
        E,
    ),
    (
        "sprayed the field with the knapsack sprayer all day, now my legs cramp and I'm"
        " drooling and sweating",
        E,
    ),
    ("started in my calves but now my arms and belly are cramping too", T),
    ("can't walk 200 yards without my calves cramping, I stop, stand a minute and it's gone", B),
    ("felt a tingle in my calf and next thing it's a knot, gone in 2 min", None),
    ("calves tingling from 30k, then at 35k both calves went into cramp", None),
    ("GP put me on a new blood pressure pill last month and my feet cramp every night now", B),
    # after a GP's thirteenth review: spraying told by what was sprayed; protected, or long
    # ago, is not contact; drooling after spraying; "tripped over"; "getting more swollen by
    # the hour"; "go to arms and whole body"; five-a-side as the obvious cause on a statin
    ("spraying the vines all morning with no mask, now sweaty, twitchy and cramping", E),
    ("sprayed the potatoes at work, strong chemical smell, calves cramping tonight", T),
    ("did the crop spraying in the full suit and mask, feel fine, odd cramp last night", None),
    ("tripped on the kerb, calf getting more swollen by the hour and it's rock tight", E),
    ("first my legs cramp and then it goes to my arms and whole body", T),
    # the cramp starting in the legs "then" taking the arms or belly, in other verbs
    ("the cramp starts in my calves and then catches my arms, three nights now", T),
    ("cramp starts in my feet and then it gets my hands as well, every night this week", T),
    ("cramps in my thighs, then they grabbed my stomach too", T),
    ("cramp in my calf, then got my hands on the foam roller and it eased", None),
    # worsening pain told by its rise, and a soldier's loaded march as hard exercise
    ("12 mile tab in full kit today, my shin is tight and swollen and the pain keeps climbing", E),
    ("ruck march this morning, front of my shin rock hard and the pain keeps going up and up", E),
    ("ran a 10 mile race, calf cramped at mile 8, sore now but easing", None),
    ("my step count keeps climbing, calves cramp at night though", None),
    # a blow told as "a belt of a hurley", a long trek as hard exercise
    ("caught a dig of a hockey stick on the shin, it's swollen and the pain keeps climbing", E),
    ("long trek in the hills, shin tight and swollen and the pain is increasing by the hour", E),
    ("long walk yesterday, calves a bit tight today but easing", None),
    # spread told by other verbs, the cramp told by fingers curling or the body clenching
    ("cramps started in my feet, now it's crept up into my belly and arms", T),
    ("began in my calves, then moved into my hands, my fingers keep curling up", T),
    ("i keep clenching my fists when my calf cramps", None),
    # the heat or cold of the surroundings is not the leg's
    ("the lake was way colder than I thought, both calves cramped, warm now", None),
    ("slept in a freezing tent, right calf cramped at 2", None),
    ("the sun was hot hot today, small cramp in my calf after the match", None),
    ("the sea was freezing and now my foot is ice cold and white", E),
    ("my calf is hot and swollen, the weather has been hot too", T),
    # the seat told as where one sits, retention as "haven't been able to pee"
    (
        "sciatica for a week, now both legs weak and numb where you sit, haven't been able to pee",
        E,
    ),
    ("back pain all week and i haven't been able to pee properly since this morning", E),
    ("calf cramped on the sofa where you sit all evening", None),
    # a nail through a gumboot or workboot into the foot
    ("nail went through my gumboot into my heel in the yard, dirty, no idea about tetanus", T),
    ("my nail polish went all over my shoes and then my calf cramped lol", None),
    # after a cramp that passed: a hedged numbness with soreness or heaviness is what it left;
    # a foot that won't move at all is not; warmth told as reassurance is not a clot's
    ("cramp let go after a minute, calf kind of numb and achy now", None),
    ("the cramp settled in the end, calf sort of numb and heavy but easing", None),
    ("cramp passed but now my foot is numb and i can't feel my toes", T),
    ("since the cramp my foot won't move at all and my toes won't either", E),
    ("after the cramp i can't lift my foot properly, it feels weak", T),
    ("foot is warm and pink, toes wiggle fine, just the calf aching after a cramp", None),
    # contact denied, time spent on one's feet or out surfing, how often a child plays
    ("I work with chemicals at the plant but never any spills, calf cramped after my shift", None),
    ("on my feet 12 hours at the till, foot cramped once I got home", None),
    ("always get a cramp in my arches once I've been out surfing an hour or so", None),
    ("my daughter trains 5 times a week and now complains her legs hurt, growing pains?", None),
    ("my son's legs hurt every night and wake him, he's 6", B),
    # "they" who tell, not cramps that come
    ("drinking 3 litres like they tell us, peeing constantly, calf cramped once last night", None),
    # spraying as years of work is long contact; a splash on the skin with sickness is poison
    ("been spraying pesticides daily for years, since a few weeks cramps and some twitching", T),
    ("got splashed with sheep dip this morning, now cramping all over and being sick", E),
    ("sprayed the crops with organophosphate this morning without a mask, now twitching", E),
    # a cramp still going since "one" X minutes ago; still sore after it is not still going
    ("had a horrible one in my calf about 20 mins ago and it's still going", T),
    ("had a bad cramp 3 hours ago, my calf is still a bit sore", None),
    ("calf cramp lasted a good quarter hour before it let go, gone now", B),
    ("cramp after five-a-side, on atorvastatin for 10 years, no other aches", None),
    # after a GP's twenty-third review: an insect's sting with swelling round it is the sting's;
    # a numb seat that went on standing is the pressure of sitting
    ("bee got me on the shin in the garden, its puffy and red around the sting. cramp at 2", None),
    ("mozzie bites all up my left calf, swollen and itchy, plus a calf cramp in the night", None),
    ("stung by a hornet on the calf yesterday, now the redness is spreading and i feel hot", T),
    ("long flight home, bitten by sandflies, now my left calf is swollen and sore", T),
    ("my left calf is swollen, a wasp was buzzing round earlier but i dont think it stung", T),
    ("train to edinburgh 6 hrs, numb backside by the end but it went when i got up", None),
    ("bum goes numb on long bike rides, wears off once im off the saddle. quads cramp too", None),
    ("numb bum after the drive, fine after a walk, but since then i can't pee", E),
    ("my bottom and inner thighs have gone numb since this morning and it isn't wearing off", E),
    ("my bum and the backs of my legs are numb since yesterday", E),
    ("sat on my bum all day, and my calf went numb when i crossed my legs", None),
    # after a GP's twenty-fourth review: a foot that drops told by what it can't do; a wound
    # of someone else's; a denied list of tetanus's signs; a bottle of spirits at a time;
    # urine coloured by food; the blue of a knock that is getting better
    ("since tuesday i cant lift the front of my right foot properly, i keep tripping", T),
    ("my left foot kind of slaps down when i walk since the weekend", T),
    ("my calf has felt weak since the cramp last night", None),
    ("my son cut his knee on a rusty gate, its deep, no idea about his jabs", T),
    ("she cut her hair short and then got a calf cramp at 3", None),
    ("cut my leg on barbed wire yesterday, deep, no stiff jaw or spasm yet", T),
    ("stepped on a nail 5 days ago, now muscle spasms in my leg and a stiff jaw", E),
    ("i get through a bottle of whisky most weekends and my calves cramp at night", B),
    ("bought a bottle of gin for my mum's birthday, calf cramp last night", None),
    ("had beets for dinner, pee is red this morning, calf cramp at 4 though", None),
    ("had beetroot juice before the race. now my pee is brown and my legs are agony", E),
    ("dropped a weight on my foot yesterday, bit blue but less sore, walking fine", None),
    ("dropped a weight on my foot, now the foot is blue and cold and i cant feel my toes", E),
    # after a GP's twenty-fifth review: text-speak; "lol" about something else beside a clot's
    # signs; a whole handful of tablets; numbness that wore off; a statin stopped years ago
    ("cnt brth since lunch n my left calf is swole since the coach trip", E),
    ("i cant breathe 😂 my calf cramped mid squat and i fell over", None),
    ("startd simvastatin last month n now my thighs r achy n weeak, cnt get up stairs", T),
    ("gran took a whole handful of her quinine tablets by mistake an hour ago", E),
    ("legs went numb sitting on the floor at the kids' recital, wore off when I stood up", None),
    ("I came off atorvastatin three years ago, still get the odd cramp swimming", None),
    ("stopped my statin last week because my legs ached, still aching", T),
    ("came off atorvastatin 6 months ago but restarted it last month and now my thighs ache", T),
    ("was on simvastatin years ago, back on it since march, legs ache", T),
    # after holdout27 and holdout28 were scored: a dose cut; numbness of the seat gone the
    # moment they walked; puffy ankles that go down overnight; what socks are for, asked; the
    # face compared with the leg; a ski run; walking hard because it is sore
    ("GP cut my water tablets down last week and the cramps are a bit better", None),
    ("long drive to edinburgh, bum went numb from the seat but fine the moment I got out", None),
    (
        "ankles a bit puffy after a long shift on my feet, goes down overnight with my feet up",
        None,
    ),
    ("do compression stockings stop cramps or do they just help the swelling?", None),
    ("my face is more swollen than my leg after that dental work lol, calf cramp at 3", None),
    ("both quads cramped halfway down the blue run, first day on skis", None),
    ("did a spin class, legs so sore today i can barely walk", None),
    ("my left leg is more swollen than my right leg since the flight", T),
    ("my right leg suddenly went weak and I can hardly walk", T),
    # after a GP's twenty-sixth review: the seat named right after "can't feel"; a small clean
    # cut; both ankles puffy together; numbness on and off for months
    ("my legs keep going numb and now i can't feel it when i wipe", E),
    ("nicked my thumb shaving, tiny cut, had a calf cramp last night too", None),
    ("cut my finger on the bread knife, deep and won't stop bleeding, no idea about tetanus", T),
    ("her feet go a bit swollen in the evenings in this heat, any tips?", None),
    ("my toes have gone numb on and off for months now", B),
    ("my feet have been numb for years with my diabetes, the podiatrist checks them", None),
    # a leg called weak as its name (after a stroke, polio, an injury) is no new weakness;
    # a leg found weak, or a named weak leg with something new, still is
    ("ever since the stroke his weak leg jerks and goes stiff in bed", None),
    ("polio when i was little, my weaker right leg is the one that aches after long walks", None),
    ("the weaker left leg from my old motorbike crash throbs when it rains", None),
    ("dad has MS and his weak leg shakes when he stands too long", None),
    ("her weak side stiffens up at night since the accident, the physio knows", None),
    ("woke up with a weak leg and it drags when i walk", T),
    ("my weak leg suddenly gave way on the stairs today", T),
    ("my left leg has gone weak since this morning", T),
    # twitching in the same swim, ride or race as the cramps is the cramps' edge, not a sign;
    # twitching that goes on for weeks, or keeps coming, still is
    ("toes cramped on the first lap. by the last length my calves were twitching as well", None),
    ("hamstring locked at mile 20 of the marathon, the other one twitching by the finish", None),
    ("both quads seized on the climb. left one still visibly twitching at the top", None),
    ("my calves have been twitching for weeks, had a cramp after my run yesterday", B),
    ("calf keeps twitching every evening since I started running, cramped last night", B),
    # a spike told as going "straight" or "clean" through the boot or shoe into the foot
    ("a roofing nail went straight through my work boot into my heel, no clue about tetanus", T),
    ("rusty screw went clean through my trainer into my foot this morning, deep", T),
    ("the nail went straight in, deep, never had a tetanus jab in my life", T),
    # an old clot in its own clause does not make today's swelling old
    ("had a DVT 6 years back, my left calf is puffy and warm today", T),
    ("her ankle is swollen and red, she had a clot ten years ago", T),
    ("my leg's swollen and sore, i had a blood clot in 2018 after my knee op", T),
    ("five years ago, my calf swelled up and they found a clot", None),
    # an earlier pregnancy is the past; cramps wished away have no length
    ("with my eldest i had calf cramps every night, this time at 25 weeks none yet", None),
    ("in my last pregnancy I got cramps every single night, 12 weeks now and fine", None),
    ("12 hour flight tomorrow, hoping not to get cramps in my calves", None),
    # spray drift in the face, then the signs of poisoning
    ("the tractor's spray drift came right into my face, now I'm drooling and twitching", E),
    ("fumes went straight into my lungs mixing the sheep dip, now cramps and sweating", E),
    # a bite not seen: felt as a prick or a blow, with a creature named, fang marks, or a
    # body-wide reaction; not a blow in a game
    (
        "felt a tiny pinprick on my ankle in the woodpile, 2 hrs later my belly muscles are rigid "
        "and I'm sweating buckets",
        E,
    ),
    ("something struck my ankle on the bush track, there are two small puncture marks now", E),
    ("felt a sting on my foot in the garage, then saw a black spider with a red mark", E),
    ("something hit my calf during the hockey match, 2 red marks from the stick", None),
    # a foot that catches, a knee lifted higher to clear it, a shin that feels dead
    ("for a few days my right toes keep snagging on the carpet and I trip", T),
    ("I have to bring my left knee up higher or the foot scrapes the ground, since tuesday", T),
    ("the outside of my shin feels kind of dead since yesterday", T),
    # pins and needles since a season of last year are long-standing
    ("my feet have had pins and needles since last winter, and cramps at night", B),
    # warm beside another finding, and tenderness after a cramp told without the word
    ("my calf is tender and warm, no idea why", T),
    ("right calf is achy to the touch and warm since the long drive", T),
    ("calf went rock hard at 3am, let go after a minute, tender this morning", None),
    # a spray carried over from next door, then cramps: contact with a toxin
    (
        "the farmer's weedkiller blew across the lane into our garden this morning, now my "
        "legs keep cramping",
        T,
    ),
    ("the bonfire smoke blew over the hedge, calf cramp later in bed", None),
    # skin a plant or the sun stung tingles; that is not pins and needles
    (
        "got stung by a jellyfish on my shin, it's all tingly, and my calf cramped swimming back",
        None,
    ),
    ("sunburnt my legs at the beach, they tingle, calf cramp last night", None),
    # one calf measured bigger than the other; warmth felt under the hand
    ("after my hip op I measured my calves, the left one is 2 cm bigger than the right", T),
    ("both my calves checked tonight: the right one is an inch wider and warm under my palm", T),
    ("bought trainers half a size bigger, calf cramp last night", None),
    # a cramp that went on into the arms or the belly, in English written second
    ("cramp in my calf at night, then it went also in my hands and my belly, all hard", T),
    # spirits or wine by the litre, told with how often
    ("half a litre of whisky most nights, and my feet cramp in the evenings", B),
    ("picked up a litre of vodka for the party, calf cramp last night", None),
    # a colour in the name of a place
    ("holiday in the Red Sea, calf cramp snorkelling yesterday", None),
    ("calf cramp on the drive to Red Deer, walked it off", None),
    # after GP review 32: a calf measured "3cm more", "more big than left" (English written
    # second); a size known for years is no clot's
    ("ten days after my hip op the physio's tape says my right calf measures 2cm more", T),
    ("since the operation the left leg is more big than right and warm", T),
    (
        "my left calf has been an inch bigger than the right for years from rugby. cramp in it "
        "today",
        None,
    ),
    ("my right calf is bigger than my left, been like that for years, now it's hot and red", T),
    ("more fat than muscle these days lol, calf cramp last night", None),
    # cramps beyond the legs: "not only legs, also arms"; legs and arms cramping together
    ("on chemo, the cramps are not only in my legs now, also my hands and belly", T),
    ("after the harvest in the sun my legs and hands keep cramping up", T),
    ("my legs and arms ache after the gym, calf cramp last night", None),
    # alcohol by amounts told with how often; one big night is not heavy drinking
    ("he has 3 bottles of wine a night and keeps waking with leg cramps", B),
    ("about 10 tins of cider a day and my feet cramp", B),
    ("the app says I'm at 70 units a week, legs cramp a lot", B),
    ("leaving do on friday, drank loads, calf cramp on saturday night", None),
    ("drink 6 cans of diet coke a day, calves cramp", None),
    # a colour in a name: the Blue Mountains, a glass of red
    ("walking in the Blue Mountains last week, calves cramped on the way down", None),
    ("glass of red with dinner, woke at 3 with a calf cramp", None),
    ("honestly it's a bottle of white every night, and my calves cramp", B),
    # after holdout33 was scored: muscles "screaming since" a class, with dark urine; breath
    # told as "puffing just walking"; a cramp "went into cramp 25 mins ago" still locked
    ("first bootcamp on monday, quads have been screaming since, and my wee is like cola", E),
    (
        "ache in my calf since the flight, now a sharp pain when I breathe in and I'm puffing "
        "just going up the stairs",
        E,
    ),
    ("ran a 10k, huffing and puffing at the end, calf cramped after", None),
    ("my right foot went into cramp about 20 minutes ago and it's still locked solid", T),
    ("my hands feel a bit crampy after long gaming nights (5-6 hrs), I shake them out", None),
    # a child's pain the catalogue's sign is not (both legs, gone by morning, playing fine),
    # and one that is (still there in the morning)
    (
        "my 5 yo says her legs ache at night, both of them, fine by the morning and playing "
        "happily",
        None,
    ),
    (
        "my 6 year old keeps waking with pain in his right shin, still sore in the morning",
        B,
    ),
    # how often something else is eaten or taken
    (
        "dad's been eating a banana with breakfast every day and says his night cramps stopped",
        None,
    ),
    # after GP review 33: a fitness test is hard exercise; breathing "very hard" when walking;
    # a blue inhaler is no blue leg; tablets of grandma's without the apostrophe; a child named
    # without "my"; a child's pain still sore on waking, or getting worse
    (
        "did the beep test at school yesterday, now my shin is rock hard and the pain keeps "
        "getting worse",
        E,
    ),
    (
        "since the long flight my calf is swollen and I'm breathing really heavy walking upstairs",
        E,
    ),
    ("use my blue puffer for asthma sometimes, calf cramp last night", None),
    ("my little boy might have eaten some of nannas water tablets, he's very sleepy", E),
    (
        "daughter is 7, pain in her left knee only and still aching when she gets up in the "
        "morning",
        B,
    ),
    ("my 9 year old's leg pain is getting worse every week, always the same shin", B),
    # after GP review 34: a time "ago" after "since" is where something began, and it goes on
    # now; a past event told without its subject after a comma is its own clause
    (
        "ever since my husband passed 3 years ago the cramps wake me most nights and nothing "
        "helps",
        B,
    ),
    ("left calf swollen and hot since my knee op a few months back", T),
    ("since my c-section 2 months ago one calf has been puffy and sore", T),
    ("right calf is red and swollen, had my hip done 2 months ago", T),
    ("my calf's tender and warm, got back from australia a couple of years ago", T),
    ("had a swollen leg 2 years ago after a flight, fine now, calf cramp last night", None),
    ("I had my knee replaced a year ago and my calf is swollen and hot today", T),
    ("gave birth 3 months ago but my left calf is red and puffy this week", T),
    ("had a clot 2 years ago and my leg was swollen then, fine now", None),
    # a medicine started long ago is taken still, unless stopped
    ("started atorvastatin 2 years ago, legs weak and aching for a week now", T),
    ("was put on simvastatin a few years back and my thighs ache and feel weak", T),
    ("when i started running i used to cramp all the time, none in ages now", None),
    # after GP review 35: a child's limp told of the child is a same-day sign; an age in
    # brackets after a grandchild is a child; the past of another clause is not a recent
    # finding's ("cut my leg yesterday, last tetanus jab maybe as a kid")
    ("my 7 year old son is limping this morning and says only his left leg hurts", T),
    ("today shes limping, my daughter is 5 and her right leg has hurt for a week", T),
    ("granddaughter (6) has had pain in one knee for three weeks", B),
    (
        "gashed my shin on a rusty gate this morning, deep and muddy, last tetanus jab was "
        "probably at school years ago",
        T,
    ),
    ("pregnant again, the 3yo slept through while I hobbled round with a calf cramp", None),
    # after GP review 36: second-language English and other languages
    ("my daughter she drink some of the bleach from under the sink, now crying and vomit", E),
    ("papa swallow the weed killer by mistake, he is sweating and his legs cramping", E),
    ("kinagat ng ahas ang tatay ko sa bukid, his foot is swelling", E),
    ("kena patuk ular kat kaki masa kat kebun, now cramp and swelling", E),
    ("grandma took her cramp tablets all at once, maybe 8, now she is confused", E),
    ("he took plenty of the quinine tablets last night, now his ears are ringing", E),
    ("the cramps not only in my legs, they are also in my hands and stomach now", T),
    ("when me walk to di shop mi calf cramp, when mi stop it ease off, months now", B),
    ("i drink lots of water every day and still get calf cramps at night", None),
    # after GP review 37: the urine's colour is not the leg's; a colour of a thing owned; how
    # often something is drunk; legs weak "and wobbly" after a workout; a chest tight a moment
    # on a hill, gone at once; a cramp that began "more than" N minutes ago and still holds
    ("my wee was a bit red after the beetroot soup, calf cramp last night", None),
    ("hot day, pee went dark yellow, drank loads and now it's pale again, one foot cramp", None),
    ("rode my old blue bike to work, calf cramped at the lights", None),
    ("bought a red helmet and did my first sportive, calves cramping now", None),
    ("i have a glass of white with dinner most nights, why do my calves cramp", None),
    ("leg day today, legs weak and like jelly on the stairs, then a cramp in the shower", None),
    (
        "chest went tight for a second on the big hill but it eased straight away when i "
        "slowed down, calf cramp after",
        None,
    ),
    ("foot cramped over 20 minutes ago and still won't let go, stretching not working", T),
    ("my calf went into a cramp at least 15 mins ago and it is still rock hard", T),
    # after GP reviews 38 and 39: tablets taken "many of his", or by the dozen; rest relief
    # told of someone else ("when he stops"); the writer's own aching beside someone else's
    # treated clot; a cramp told "15 mins later still cramping"; wobbly legs after a long walk
    (
        "grandad took loads of his heart pills by mistake, maybe 15 of his tablets, hes very "
        "drowsy",
        E,
    ),
    ("my wife swallowed 30 or so of her sleeping tablets", E),
    ("mum's calf aches walking to the bus stop and eases when she stops for a minute", B),
    (
        "my dad is in hospital on blood thinners for a clot in his leg, my own calves ache all "
        "day from the plastic chairs",
        None,
    ),
    ("right calf went at training, 12 minutes later still cramping, nothing works", T),
    ("walked 25km of the pilgrimage today, legs wobbly and tired but fine", None),
    # after GP reviews 40 and 41: chest pain "in the middle of my chest"; twitching for months
    # beside cramps; tablets swallowed "maybe 5 or 6 of"; a child named "daughter 9" or "teen
    # son"; a child's limp told with "his left leg"; a child's pain "when he wakes up"; pain in
    # both legs getting worse in pregnancy is no clot in one leg
    ("crushing pain in the centre of my chest since lunch, left calf cramping too", E),
    ("had twitches in both calves for months now and the cramps are more often", B),
    ("little one swallowed maybe 3 or 4 of nanas blood pressure pills", E),
    ("son 7 fell off his bike, won't put weight on his right foot", T),
    ("teenage daughter hurt her knee at netball, sore on the left leg only and still limping", T),
    ("my 6 year old still has pain in his shin when he wakes up, for a fortnight now", B),
    ("30 weeks pregnant, cramps in both calves getting worse every night, so tired", B),
    # after GP reviews 42 and 43: very short messages ("took all my quinine tabs", "evry"
    # typed in a hurry, "cramps everywhere"); a red patch gone past the line drawn round it;
    # trips to the loo on a water tablet are urine; a son-in-law is no child; years on a statin
    # told in words; a statin stopped and the aches gone; "the odd cramp ... twice a week"
    ("swallowed all his heart tabs", E),
    ("vomiting since dinner, cramps everywhere now", T),
    ("leg cramps wake me up evry night for weeks", B),
    (
        "red sore patch on my calf with a fever, it's spread past the pen line since this morning",
        T,
    ),
    ("new water tablet, running to the loo all day, calves cramp at night since", B),
    ("on atorvastatin for about eight years, one cramp after a long hike, fine now", None),
    ("gp took me off simvastatin in march and the aches have gone, cramp last night though", None),
    ("i get the odd cramp after netball, maybe once or twice a week", None),
    # from holdout34's misses (our own wordings): a jab felt and a snake seen there; a scorpion
    # in Spanish, "stinged"; a long journey by coach told with its hours; "no air"; stabbing in
    # the chest told after the breath; a crush ("rolled over my shin"); a needle in the foot
    ("felt a sting on my foot in the long grass and there's a brown snake right beside me", E),
    ("un alacrán me picó, a scorpion stinged my hand, now my arm is twitching", E),
    ("back from spain on the coach, 28 hours, my left calf is swollen and sore", T),
    ("since the long bus ride my calf aches and on the stairs i have no air", E),
    ("when i take a deep breath there's a sharp pain in my chest, calf is sore too", E),
    (
        "a trolley rolled over my foot at work, now the top of my foot is swollen, tight and the "
        "pain keeps getting worse",
        E,
    ),
    ("found a sewing needle in my heel from days ago, no idea when my last tetanus was", T),
    ("on my feet nursing for 12 hours and my left calf cramped at handover, 30 seconds", None),
    ("cramps in my feet on and off for a couple of hours last night, fine now", None),
    # after GP review 44: spiders in Malay, Tagalog and Spanish; bitten in Malay and Spanish;
    # a needle stick; a thorn in Tagalog with the last jab long ago; "walang" (without) before a
    # finding; "worse than ever" after a kick; a recent booster is a known jab
    ("kena gigit labah-labah semalam, now sweating and cramps going up to my belly", E),
    ("me mordió una araña en la pierna, now my leg cramps", E),
    ("pricked by a needle in the bin at work, no idea when my last tetanus was", T),
    ("natusok ng pako ang paa ko, last tetanus shot 25 years ago, now cramping", T),
    ("8 hour bus ride, walang swelling sa legs, just stiff", None),
    ("took a boot to the shin, now it's tight and swollen and the pain is worse than ever", E),
    ("stood on a nail at the allotment, had a tetanus booster 3 years ago, calf cramp now", None),
    # a distance flown is no exercise that would explain breathlessness
    ("just flew 4000 miles home, short of breath walking to the car", E),
    # a cramp "worse than ever" is how bad it was, not pain that grows (with a risk context)
    ("long flight on friday, calf cramp this morning worse than ever, fine now", None),
    ("since my hip op the night cramps in my right calf are worse than ever", None),
    # after GP reviews 45 and 46: new numbness told as new beside an old condition in another
    # clause; a denied *new* finding; sewage and flood water; twitching that has gone on for
    # weeks; a tetanus jab given for the wound (and not given)
    ("had sciatica for ages but since 3 days my right foot is numb, it's new for me", T),
    ("back pain for years, and now my left leg has gone numb since this morning", T),
    (
        "my toes have been numb for years, never had this before in my shin though, "
        "numb since today",
        T,
    ),
    ("type 1 diabetic, no new tingling or weakness, just night cramps, any tips", None),
    ("no sudden swelling, only a cramp in my calf after the gym", None),
    ("waded through flood water to get the car yesterday, now my calves keep cramping", T),
    ("i unblocked the sewer drain by hand on monday and since then cramps in both legs", T),
    ("emptied our septic tank at the weekend, thighs cramping today", T),
    ("my calf has been twitching for 10 days, and the cramps are more often too", B),
    ("thigh twitchy for weeks now, cramp in it last night", B),
    ("my legs have been twitching for days with more cramps than usual", B),
    ("cut my heel on rusty metal, a&e gave me a tetanus booster, calf cramp tonight", None),
    ("my son trod on a nail at the beach, they gave him a tetanus shot, i get toe cramps", None),
    ("trod on a rusty nail yesterday, they didn't give me a tetanus jab, now calf cramps", T),
    # after GP reviews 47 and 48: many tablets told by their count ("like 10 of my mum's
    # quinine tablets") or taken by mistake, and a usual dose or supplements left alone; heavy
    # drinking told "drink heavy"; a long cramp in second-language English ("since 15 minute,
    # not stop"); a relative named bare as the subject is someone else
    ("grandad swallowed maybe 9 of his quinine tabs tonight, he's confused", E),
    ("i took about 6 of my cramp pills at once cos it wouldn't stop", E),
    ("she took like 7 of her sleeping tabs, she's very drowsy", E),
    ("my husband took around 12 of the quinine tablets from the cupboard", E),
    ("by mistake i took three of my husband's blood pressure pills", E),
    ("took 2 tablets for the cramp, calf still sore", None),
    ("take 4 magnesium tablets at night and still get calf cramps", None),
    ("i'm on 5 pills a day for my heart and get cramps at night", None),
    ("my dad drinks very heavy, every night, and his legs cramp all the time", B),
    ("been drinking pretty heavy lately, legs cramping at night", B),
    ("calf have cramp since 20 minute, stretching not help", T),
    ("my foot is cramping since 12 mins and doesn't stop", T),
    ("nan took a handful of her tablets and now says her ears are ringing", E),
    # after GP reviews 49 and 50: swelling told by what the leg wears, on one side; "if" with
    # the finding as its verb is supposed (but not "is something wrong if ..."); a finding in
    # a programme; numb and weak since yesterday, its warmth told as normal
    ("my right trainer is digging in and the left one isn't, calf achy, 2 weeks after my op", T),
    ("leggings feel tighter on the left leg than the right since the long drive", T),
    ("on hrt, noticed sock marks only on my right ankle, calf sore", T),
    ("my new boots are tight and i got a cramp in my calf walking to work", None),
    ("if my calf goes hot and red after the flight should i go to a&e?", None),
    ("if my foot turns blue i'll ring 999, right now it's just a cramp", None),
    ("is it normal if my calves cramp every night and wake me up?", B),
    ("in a movie a climber's leg went blue and cold, how real is that", None),
    (
        "in casualty tonight a bloke coughed up blood after a long flight, can cramps do that?",
        None,
    ),
    ("left foot weak and numb since yesterday, can't lift the front of it, warmth normal", T),
    ("numb and weak foot since yesterday and i cant move my toes much, colour looks normal", T),
    ("if my leg swells up on the plane do i need to go to hospital", None),
    # after GP reviews 51 and 52: a medicine eaten by a child, told by its name; tablets of
    # someone else's taken by mistake, however far the words between; a statin's name typed
    # wrong, and what it "makes" the legs do; a new medicine told by its family's ending;
    # cramps begun in the arms or belly as well; a story told; how often the cat sleeps there
    ("my little boy ate some of grandad's ramipril, we found the packet open", E),
    ("the baby might have eaten one of my metoprolol, what do i do", E),
    ("took my own pills and then by mistake my wife's heart tablets as well", E),
    ("atorvastin makes my thighs ache for no reason, should i keep taking it", T),
    ("simvastaton makes my calves sore and weak", T),
    ("started lansoprazole 3 weeks ago and now i get cramps most nights", B),
    ("put on candesartan last month and since then my legs cramp", B),
    ("calf cramps as usual, but tonight they started in my fingers and arms as well", T),
    (
        "my physio told me a story about a runner whose calf swelled up and went hot after "
        "a flight",
        None,
    ),
    ("my dog lies across my feet every night, i get the odd calf cramp", None),
    # after GP reviews 53 and 54: the saddle told shyly, a bladder that gives no warning, an
    # accident not felt; cramps "aren't getting any better"; told to check for a sign; cold told
    # "like ice" that won't warm up; colour that came back, went away or was normal again
    ("numb in my nether regions since the disc slipped", E),
    ("since my back went i cant tell when i need the loo", E),
    ("dad had an accident in his trousers and never felt it, his back has been bad", E),
    ("the cramps aren't getting any better despite the stretches and magnesium", B),
    ("physio told me to check for numbness in the saddle area, none so far", None),
    ("my left foot feels like a block of ice and won't warm up, it started an hour ago", E),
    ("toes went white in the freezer aisle, came back in a minute", None),
    ("my legs go blotchy in a cold bath, goes away after", None),
    ("toes went purple after the snowball fight, were normal again in ten minutes", None),
    # from holdout35's misses (our own wordings): "cramp" in Japanese, Chinese, Korean and
    # Vietnamese, held past 10 minutes; a redness told as usual or a medicine's known effect
    ("ふくらはぎがこむら返り, left calf, 20 min now still locked", T),
    ("小腿抽筋 right calf, 15 minutes now, still hard, stretching not working", T),
    ("종아리에 쥐가 났어요 left calf, 12 min now and still cramping", T),
    ("right calf chuột rút, 20 minutes now and still hard", T),
    ("after the ice bath my feet go bright red, that's normal for me, and my calf cramped", None),
    (
        "on chemo tablets, palms and soles a bit red from the chemo, same for weeks, toe cramp",
        None,
    ),
    ("my left calf is red and warm and that is not normal for me", T),
    # after GP review 55: a count of a named medicine in second-language English; numbness
    # "can't really feel" in the saddle; a cramp that "start 20 minute ago" and does "not go
    # away"; a poisoning long over and seen to; a colour back to pink
    ("my father he swallow maybe 12 tablet of amlodipine, he is dizzy", E),
    ("i cant really feel my privates since the back went, and both legs are weak", E),
    ("my foot cramp start 15 minute ago and still not go away", T),
    (
        "my uncle once took too many of his heart pills and ended up in hospital, do they "
        "cause cramps?",
        None,
    ),
    ("toes went white in the cold shower then pink again, calf cramp after", None),
    # after GP reviews 56 and 57: a blow told in the past and the leg now ("it's ... now"); a
    # pain compared with a time before is now; collapse or confusion with a hot body after a
    # race; a temperature the person feels is not the leg's; self-care tried and no better;
    # a whole pack of tablets, and too many in other languages; new weakness beside old cramps;
    # a size always so
    (
        "took a studs-up tackle on the calf saturday, it's hard and swollen now and the "
        "pain keeps getting worse",
        E,
    ),
    (
        "hit my shin on the trailer yesterday, the swelling is tight and the pain is way "
        "worse than when it happened",
        E,
    ),
    ("banged my knee yesterday, it's a bit bruised, the pain is better today", None),
    ("this cramp hurt more than the time i broke my wrist, all gone now", None),
    (
        "my daughter finished the half marathon and fainted, she's burning up and "
        "talking nonsense",
        E,
    ),
    ("after the crossfit comp he collapsed, his skin is really hot and he's confused", E),
    ("ran 20 miles today, legs cramped at the end, felt hot but fine after a drink", None),
    ("feeling freezing tonight and both calves keep cramping", None),
    ("felt so hot after spin class and my left calf cramped", None),
    ("i feel really hot tonight and my right calf cramped twice", None),
    ("tried stretching and magnesium for 6 weeks, still getting the cramps, no better", B),
    (
        "tried tonic water and magnesium for a fortnight and still getting calf cramps "
        "most nights",
        B,
    ),
    ("calf cramp last night, sore today, no better or worse than usual", None),
    ("gran's on quinine and we think she took the whole packet this afternoon", E),
    ("mi abuelo tomó demasiadas pastillas de quinina, tiene calambres", E),
    ("ma mère a pris trop de comprimés, she is very sleepy", E),
    ("took my pills as normal and ate the whole box of chocolates, then a calf cramp", None),
    (
        "mum has had night cramps for ages but the last few days her left leg has gone "
        "weak and she keeps tripping",
        T,
    ),
    ("my right leg has been weak since the stroke years ago, cramp in it last night", None),
    ("my left calf has always been a bit bigger than the right, cramp in it last night", None),
    ("one thigh is bigger than the other from years of rowing, cramped after training", None),
    ("my right calf was always bigger but now it's hot, red and even bigger since the flight", T),
    # worn down by being woken; a remedy of months that changed nothing (not one cramp that a
    # stretch did not shift)
    ("three or four times a month for years, sick of being woken up by these cramps", B),
    ("had a single cramp last night, tired of waking up early for work anyway", None),
    ("my cramps are bad. the gp put me on magnesium months ago, no change at all", B),
    ("calf cramp at 3am, stretched it but that didn't help, lasted 5 minutes", None),
    ("legs weak for years with my ms and no change lately, any tips for the night cramps", None),
    (
        "charley horse yesterday, calf still stiff today. stretches, heat, massage, nothing helps",
        None,
    ),
    # after GP reviews 58 and 59: many tablets drunk or swallowed (not the many tablets of a
    # daily habit); a sign that is "now fine" in second-language English; swelling that
    # "hasn't gone down"; stretches started are not a medicine; "no muscle aches" on a statin;
    # a frequency the cramps came down from; twitching for the rest of the day after one
    # cramp; sleep lost to something else
    ("my wife drank many of her sleeping tablets, maybe 15, she is very sleepy", E),
    ("he swallow loads of his heart pills this morning", E),
    ("my mum takes lots of tablets for her heart and gets calf cramps at night", None),
    ("he's on loads of pills for his blood pressure and gets night cramps", None),
    (
        "my calf was swollen and warm 2 weeks ago, scan no clot, now all fine, small cramp today",
        None,
    ),
    ("left calf still puffy and sore, it hasn't gone down overnight", T),
    ("cramps loads better since i started the evening stretches, just one this week", None),
    ("restarted simvastatin a month ago, no muscle aches at all so far", None),
    ("went from cramping 5 nights a week down to about once a month since the magnesium", None),
    (
        "bad cramp in my calf monday morning, it was twitchy the rest of the day "
        "but nothing since",
        None,
    ),
    (
        "menopausal and no sleep with the hot flushes, had a calf cramp at 4 that eased quickly",
        None,
    ),
    # from holdout36's misses (our own wordings): the sea's swell; a leg dead for a while after
    # a cramp, all good now; legs like jelly after a game
    ("paddling out, my left calf seized when the swell hit, stretched it out on the board", None),
    ("cramp in my right calf at 5am, foot felt dead for a bit after, all good now", None),
    ("five-a-side tonight, both calves locked near the end. legs like jelly now", None),
    # after GP review 61: a bite not seen, with snakes about; hands "clenching up too" beside
    # cramping legs; hauling and carrying are hard work (a long-standing statin's cramp has
    # its cause); a farm chemical handled for years is long contact, not a poisoning
    ("dunno what bit me on the trail, two fang marks on my shin, there are adders round here", E),
    ("digging all day, cramps in both calves and now my fingers keep locking up too", T),
    ("on atorvastatin for 10 years, lugging bags of cement all day, calf cramp tonight", None),
    ("been using weedkiller on the farm for years, and night cramps lately", T),
    # after GP review 63: a share of a pack taken at once; two pints is not heavy drinking
    ("the cramp was that bad i necked half a packet of co-codamol an hour ago", E),
    ("took most of the box of ibuprofen this morning for my leg", E),
    ("took 2 ibuprofen from a new box for the cramp", None),
    ("on atorvastatin for years, calf cramp after a long bike ride and 2 pints", None),
    # from holdout37's misses (our own wordings): a creature named in another language with
    # the English in brackets; a hook or a blade deep into a hand; a settled sign; legs like
    # jelly after one calf cramped on a climb; a symptom asked about as an effect; a remedy's
    # nightly habit; new numbness and weakness in a hand
    ("my brother got bitten by an ahas (a snake) on the farm, his leg is swelling", E),
    (
        "a fish hook went right into my thumb on the boat, dirty, no idea when my last "
        "tetanus was",
        T,
    ),
    (
        "my calf was red and puffy after a knock last month, doctor checked it, fully settled now",
        None,
    ),
    ("hill walk today, my right calf cramped on the climb, now my legs are like jelly", None),
    ("does low vitamin d give you cramps or just the tingling in the feet?", None),
    (
        "cramp last night, my gran says drink pickle juice every night before bed, does it work?",
        None,
    ),
    ("since tuesday my thumb and first finger are numb and weak, never had this before", T),
    ("my fingers go numb when i sleep on my arm, fine once i shake it", None),
    # after GP reviews 64 and 65: a whole or half pack in French, Spanish, Portuguese, German;
    # creatures and pets named in other languages; "is new" and "a few days ago" beside old
    # cramps; a remedy that has "done nothing", cramps "just as bad"; a size since "my rugby
    # days"; someone else's tablets ("some of her quinine"); "drinks heavily"
    ("il a avalé toute la boîte de ses comprimés ce soir", E),
    ("mi madre se tomó media caja de pastillas para dormir", E),
    ("meu pai tomou a caixa inteira de comprimidos", E),
    ("er hat die halbe Packung Tabletten genommen", E),
    ("was bitten by a vipère on the walk, my ankle is swelling up", E),
    ("the neighbour's hund bit my calf, deep teeth marks, no idea about tetanus", T),
    ("cramps for ages but the numbness in my right foot is new, started two days ago", T),
    ("quinine for a month and it has done nothing, the cramps are just as bad", B),
    ("my right thigh is chunkier than the left since my hockey days, cramp after training", None),
    ("my son swallowed some of her heart pills at grandma's", E),
    ("my husband drinks heavily most nights and his legs cramp at night", B),
    ("had one of my usual tablets and then a foot cramp", None),
    # a pain in a sentence of its own, naming no child, is the writer's: "a child's leg pain"
    # is not named for a mother's cramp or her clot
    ("the twins are up every hour at night. had a calf cramp at 5 that eased quick", None),
    ("my grandson (8) has had pain in one shin for three weeks, still there in the morning", B),
    # after GP reviews 66 and 67: a creature written as its emoji; blue as a mood; weak and
    # aching on a statin (the muscles, not the nerves); cramps begun in the legs and now in
    # the arms or belly; a statin's brand misspelt; walking pain eased by rest on a statin of
    # years (the arteries); a cast no longer on
    ("a 🐍 got me on the shin by the river, two little holes and it's swelling", E),
    ("stung by a 🦂 in my sandal an hour ago, my foot is on fire and my leg is twitching", E),
    ("our cat chased a 🐍 round the garden this morning, then I had a calf cramp", None),
    ("🕷 in the bath again lol, foot cramp at 4am, went after a minute", None),
    ("i'm a bit blue today and had a foot cramp this morning", None),
    ("felt really blue all week, calf cramped in bed last night, eased quickly", None),
    ("my big toe went blue and cold after the cramp and it's still like that", E),
    ("on crestor for years and suddenly both my legs ache and feel weak, no idea why", T),
    ("the cramp started off in my calves but now it's in my hands and forearms", T),
    ("the cramping began in my feet and now my belly is cramping", T),
    ("on lipator for 3 years and for a week my thighs ache constantly for no reason", T),
    (
        "on simvastatin for ten years, calf pain comes on after about 300 metres of "
        "walking and goes when i stop",
        B,
    ),
    (
        "the cast came off on monday and my calf feels tight, little cramps when i point my toes",
        None,
    ),
    ("out of the cast for two weeks now, the calf is tight and I get small cramps", None),
    ("the cast on my shin feels really tight and my toes have gone numb", E),
    # after GP reviews 68 and 69: heat of food; races called runs; a foot weak and numb over
    # days (new weakness, not a blocked artery); walking pain told as 'murders me'; figures of
    # speech (numb with fear, red-faced); a cold told as over ('were cold yesterday')
    ("my leg cramped after a very hot curry and two beers, went in a minute", None),
    ("ran all the runs at the club relay, my calf cramped on the last leg, gone now", None),
    ("for the past couple of days my foot has been numb and I can't lift my toes", T),
    ("my calf murders me after about 100 metres of walking and settles when I stop for a bit", B),
    ("numb with fear after the news, and then a foot cramp that passed", None),
    ("went all red-faced when my calf cramped in the meeting, eased after a minute", None),
    (
        "my toes were so cold yesterday, and then a calf cramp this afternoon that went quickly",
        None,
    ),
    ("my toes were cold yesterday and now the whole foot is white and I can't feel it", E),
    # after GP reviews 70 and 71: rest that eases "as soon as" they stop; how often they get up
    # for something else ("up three times a night to the loo")
    (
        "on atorvastatin for six years, my calf aches walking up the hill and eases as "
        "soon as I stop",
        B,
    ),
    (
        "I'm up three times a night to the loo anyway, and last night my foot cramped when I "
        "got up, went quickly",
        None,
    ),
    ("my calves cramp as soon as I lie down, three times a night, for a month now", B),
    # after GP review 72: a lung sign asked about as an effect, not felt
    (
        "can leg cramps give you chest pain? asking out of interest, mine was just a calf cramp",
        None,
    ),
    ("does a clot make you short of breath? I'm fine, only a foot cramp yesterday", None),
    ("i've got chest pain right now and my calf cramped, could a cramp cause that?", E),
    # after GP reviews 74 and 75: 'a whole load/heap of' tablets; a tight swollen arm muscle
    # with worsening pain after a blow or the weights room; an arm or hand suddenly numb (the
    # same day: the blocked-artery sign is a leg's, as its source gives it), not from lying on
    # it or a cramp that eased; twitching a doctor called harmless ('said its nothing serious')
    ("grandad swallowed a whole heap of his quinine tabs this morning, he's being sick", E),
    (
        "did pull-ups till failure and now my forearm is rock hard, swollen, and the pain "
        "keeps getting worse",
        E,
    ),
    ("took a knock to the forearm at hockey, it's tight and swollen and hurting more and more", E),
    ("all of a sudden my left hand went numb about an hour ago and it's still numb", T),
    (
        "woke with my arm numb from lying across it, fine after a shake, then cramp in my foot",
        None,
    ),
    ("my fingers cramped writing my exam this morning and went a bit numb, fine now", None),
    (
        "calves have twitched for years, the neurologist checked me and said its nothing "
        "serious, same as ever",
        None,
    ),
    ("i take a lot of tablets for my heart and my calves cramp most nights for months", B),
    # after GP reviews 76 and 77: 'wasn't sitting on it' is no position; a sign asked about as
    # 'a sign of' something; a doctor's 'said its normal' before 'tell me again'; loads of a
    # medicine by name, or ten or more 'altogether'; a collapse beside a furnace; weakness
    # told as new beside a cramp
    (
        "i wasn't sitting on it or anything but my left hand suddenly went numb an hour ago and "
        "it still is",
        T,
    ),
    ("is a swollen calf always a sign of a clot or can it be other stuff", None),
    (
        "my gp checked the twitching in my thighs last year and said its normal, can you tell me "
        "again why it happens",
        None,
    ),
    (
        "took a load of ibuprofen and co-codamol together last night, maybe 14 tablets "
        "altogether, feel awful",
        E,
    ),
    (
        "12 hour shift by the furnace at work, my colleague collapsed and was confused, he'd "
        "been cramping all afternoon",
        E,
    ),
    (
        "on a juice cleanse for a week, my legs cramp and feel weak, couldn't climb the stairs "
        "today, which is new",
        T,
    ),
    ("calf cramp this week, leg went weak while it held, fine after", None),
    # after GP reviews 78 and 79: tablets counted short beside a child ('two of her quinine
    # tablets are gone'); a race's finishing time is not a cramp's length (a long cramp, book)
    (
        "my toddler was in gran's handbag and two of her quinine tablets are gone, he's acting "
        "normal though",
        E,
    ),
    (
        "did the 10k this morning, finished in 52 minutes, calf cramped right at the end and let "
        "go after a walk",
        None,
    ),
    (
        "great marathon, came in at 3 hours 40, both calves cramped at mile 22 but eased after a "
        "minute, any tips?",
        None,
    ),
    # after holdout38 was scored: double doses taken for days ('taking double his lithium');
    # 'burning hot' as how a cramp felt; a graze told as 'nothing deep'
    ("she's on lithium and muddled her dosette, been taking double for three days, now wobbly", E),
    ("i've been taking double espresso shots to get through exams and my calves cramp", None),
    (
        "my dad mixed up his blister packs and has been taking double his lithium for a week, "
        "now he's shaky and being sick",
        E,
    ),
    (
        "cramp in the arch of my foot during the spin class, burning hot, let go after a minute",
        None,
    ),
    ("fell off my bike and grazed my knee, nothing deep, then a calf cramp last night", None),
    ("my calf is burning hot and swollen since the cramp yesterday", T),
    ("stepped on a rusty nail, not too deep, no idea about my tetanus, cramps since", T),
    # someone named with an age and no "my": their fluid loss and their cramps
    (
        "Wife, 79, has been sick and had the runs since Tuesday and now she has cramps in both "
        "calves",
        T,
    ),
    ("dad (88) has had vomiting for a day and his legs keep cramping", T),
    # cramps once only in the legs, now in the arms or body: spreading, told against the past
    ("it used to just be my feet that cramped but now my arms and hands are cramping too", T),
    ("cramps were only ever in my calves, now my hands and my belly muscles cramp as well", T),
    # muscles that have gone thin, in everyday words (not hair or a face)
    ("my thigh muscles have gone so thin this year and I get cramps in them", B),
    ("his legs are getting really skinny and his calves flicker all the time", B),
    ("my hair has gone thin since the menopause and I get foot cramps", None),
    # an ability limited in speed or needing a hold: how a frail person moves, not new weakness
    ("she's 93 and can't get out of a chair without help, what helps her calf cramps", None),
    ("I can't stand up quickly because of my knees, cramps at night in my calves", None),
    ("I can't get up quick from the floor since my hip op, foot cramps in the evening", None),
    ("since last night my right leg won't hold me up without the frame, mum says", T),
    # a crush with dark urine, without a word for pain
    (
        "arm was stuck under the tractor most of the afternoon, it's puffed up and my urine has "
        "gone the colour of cola",
        E,
    ),
    # a cramp still holding, its start told with where it began
    (
        "my hamstring seized up at training half an hour ago and it's still knotted, nothing "
        "helps",
        T,
    ),
    # a wound told as torn open
    (
        "split my knee open on a rock at the beach, it's deep with sand in it, no idea about "
        "tetanus",
        T,
    ),
    # an event at a child's place, not a child
    (
        "spent the day at my son's allotment digging, calf cramp tonight that kept coming back "
        "for a minute",
        None,
    ),
    ("at my daughter's graduation all afternoon in heels and my foot cramped, fine after", None),
    # swelling on both sides, known for years: not a clot in one leg
    (
        "my ankles have been swollen both sides for years, the nurse knows, and I had a foot "
        "cramp this morning",
        None,
    ),
    # a lifetime's worst measured against an old wound
    ("most painful cramp I've ever had and I've stepped on a rusty nail", None),
    # household products swallowed, told by what or where they are kept
    ("toddler got into the cupboard and chewed a dishwasher tablet, she's dribbling", E),
    ("my daughter drank something from the bottle under the kitchen sink", E),
    # blood coughed up, told with how little
    (
        "coughed up a small amount of blood this morning and my calf's been swollen since my "
        "flight",
        E,
    ),
    # spines left in a foot
    ("trod on a sea urchin, spines deep in my foot, can't remember my last tetanus", T),
    ("a cactus spine went deep into my heel, tetanus up to date", None),
    # a medicine named by its family's ending
    (
        "started mefloquine last week for the trip and my calves have cramped since, never had "
        "that before",
        B,
    ),
    ("started doxycycline for my skin a week ago and get leg cramps since, never used to", B),
    # a dose taken twice over
    ("mum is 85 and keeps forgetting, she's taken her pills twice today", E),
    # an illness told with no one named, then whose legs cramp
    (
        "tummy bug going round, sick and diarrhoea since yesterday, and now his calves keep "
        "cramping",
        T,
    ),  # a long cramp, then a change in the foot: "now" ends the long part
    (
        "cramp in my calf for ages and now my foot is pale and freezing and I can't move my toes",
        E,
    ),
    # tablets, typed in a panic
    ("accidentally took way too mny of my quinnine tablts last night, ears buzzing", E),
    # urine in a word of another language people mix in
    (
        "after the bootcamp my legs are so sore and weak, and yung ihi ko is dark brown like cola",
        E,
    ),
    # an operation on the thyroid, told in learner's English
    ("I had operation on my thyroid last week and now my lips tingle and my fingers cramp", T),
    # heavy things moved on a long-standing statin: the obvious cause
    (
        "on atorvastatin for 8 years, carried boxes up to the loft all day and got a calf cramp "
        "tonight",
        None,
    ),
    # a treatment's schedule is not how often the cramps come
    ("I go for physio twice a week for my knee and I had a calf cramp last night", None),
    (
        "on haemodialysis three times a week and my legs cramp now and then, the renal team knows",
        None,
    ),
    # the back of the part just named, not the back
    (
        "after a long coach trip my right calf is bigger than the left and warm, and pinkish "
        "round the back",
        T,
    ),
    # urine told with the verb: "then I peed and it was like flat coke"
    ("huge leg day, quads agony and stiff as boards, then I peed and it was like flat coke", E),
    # bigger than it was: spreading
    (
        "red warm swollen patch on my calf, bigger than this morning, and I've got a fever and "
        "the shakes",
        T,
    ),
    # "barely any" cramps, and "can barely feel"
    ("since I started the new blood pressure pill I've had barely any cramps", None),
    ("I can barely feel my left foot since this morning", T),
    # lead poured or melted to cast: the verb, not a plaster cast
    (
        "I pour molten lead to cast fishing sinkers in my garage most weekends, and my legs "
        "cramp at night",
        T,
    ),
    ("melted down old lead flashing to cast weights for years, now cramps most nights", T),
    # a cast too tight (worse, tingling), not swelling alone in a boot
    ("my ankle's in a walking boot for 10 days and the calf is now swollen and warm", T),
    ("leg's in plaster and the pain keeps getting worse, toes tingling", E),
    # the sea's stingers: the sting's own redness
    ("got stung by a jellyfish on my shin, its red and itchy, had a quick cramp too", None),
    # a share of a pack of tablets named before
    ("my brother swallowed half of the packet, his baclofen, he's very drowsy", E),
    # "an accident with my bladder"
    ("had an accident with my bladder today and my legs both feel weak and numb", E),
    # dirt got into a sore
    ("my diabetic foot ulcer got manure in it on the farm, tetanus unknown", T),
    # a loss known for years and unchanged, or told with the condition that left it
    (
        "numb patch on my left shin since my knee replacement 6 years ago, unchanged, and I get "
        "night cramps",
        None,
    ),
    (
        "my wife has had MS for years, her right leg is weak as always, what stretches help her "
        "cramps?",
        None,
    ),
    (
        "my husband had a stroke last year and his left leg is weak, what helps his night cramps?",
        None,
    ),
    # a statin taken as a rule (doses missed), and a cramp with an obvious cause
    ("forgot my atorvastatin for a few days on holiday and had one cramp after a long swim", None),
    ("on rosuvastatin 7 years, walked further than usual on the beach and got a calf cramp", None),
    # the bladder and the seat in everyday words, beside a back and both legs
    (
        "my back went lifting the wheelie bin, now both legs feel heavy and I can't tell if I "
        "need a wee",
        E,
    ),
    ("went to the loo and hardly anything came out, my back is agony and both legs are tingly", E),
    # a long walk as a statin cramp's obvious cause: "a 15 mile sponsored walk"
    (
        "on a statin for years, did a 15 mile sponsored walk yesterday and my legs are stiff "
        "both sides, easing today",
        None,
    ),
    # pins and needles that went back to normal
    (
        "knelt gardening and my foot went to sleep, pins and needles, then it fizzed back to "
        "normal",
        None,
    ),
    # big calves, both the same; thighs grown from lifting (not a medicine started)
    (
        "my calves are like balloons next to my brother's, played football since I was 7, both "
        "the same",
        None,
    ),
    (
        "jeans tight round my thighs since I started weightlifting, both legs the same, odd cramp",
        None,
    ),
    # sleep lost to the fear of a cramp, not to cramps
    ("can't sleep because I'm scared the cramp will come back tonight", None),
    # someone's past cramps, then the writer's own, often
    ("my mum used to get cramps every night, and now mine wake me most nights for weeks", B),
    # a gym's pump, told alone; and a calf swollen, red and warm after the gym
    ("my calf is so swollen from the gym lol", None),
    ("after leg day my left calf is swollen, red and warm and it hurts", T),
    # an animal as the patient: a vet's, no person's level (and a person bitten with it is)
    (
        "our spaniel's front leg is all swollen and he won't put weight on it, he's a 6 yr old "
        "spaniel",
        None,
    ),
    ("my cat's back legs went cold and floppy, the vet is on the way", None),
    ("my daughter and the dog were both stung by a scorpion in the garden", E),
    ("next door's dog bit my calf, it's deep and I've no idea when my last tetanus was", T),
    # walked into something, a big bruise, then pain growing worse with a hard swollen calf
    (
        "bumped into the bed frame last night, big bruise on my calf, and now the pain keeps "
        "getting worse and the calf is rock hard and swollen",
        E,
    ),
    # the redness of a named skin trouble, told alone
    (
        "my eczema flares on my shins every winter, red and itchy, and I get the odd night cramp",
        None,
    ),
    # a bite unseen, told as "something got" a part, with a snake seen
    (
        "something got the back of my calf on the trail, saw a black snake slide away, calf now "
        "cramping",
        E,
    ),
    # "it's gone to sleep" is the numbness, not a recovery
    (
        "since lunch my right foot is much colder than the left and a bit blue, numb like it's "
        "gone to sleep",
        E,
    ),
    # weight sweated off (a jockey's), not sweating that stopped
    (
        "used to sit in the sauna to make weight, then I stopped sweating it off and the cramps "
        "stopped",
        None,
    ),
    # how far along a pregnancy is, not how long a pain has lasted
    ("pregnant with twins, 30 weeks now, can I take magnesium for leg cramps?", None),
    # a jockey wasting to make a weight, not muscles wasting
    ("jockey here, wasting hard all week for a light ride, calf cramped in the sauna", None),
    # a thing's colour with a name between ("the purple fostair inhaler"), and "moved me onto"
    (
        "my nurse moved me onto the purple fostair inhaler 2 weeks ago and I've had calf cramps "
        "every night since",
        B,
    ),
    # every night and lost sleep in Hindi words mixed into English
    ("har raat calf cramps, neend kharab, bahut pareshan hoon", B),
    # a remedy tried daily that failed is not another habit's frequency
    ("my legs always cramp, I drink loads of water every day but no improvement", B),
    # tingling a rub or a spray makes
    ("this menthol rub makes my skin tingle, does it actually help cramps?", None),
    # cramps begun in the hands or the trunk, with more said between
    (
        "calf cramps for years, but now they've started in my hands and once round my ribs, "
        "never had that before",
        T,
    ),
    # "overdosed" as slang for a workout
    ("overdosed on the gym this week lol, legs are dead and my calf cramped on the stairs", None),
    # breathlessness told by what it stops; a band round the chest; blood by its colour in a hanky
    (
        "my right calf is swollen since the long drive and now I can't finish a sentence "
        "without stopping for breath",
        E,
    ),
    (
        "like a tight band around my chest when I breathe in, and my calf has been sore since "
        "the op",
        E,
    ),
    ("coughed into my hanky and there was pink in it, my calf is swollen after the flight", E),
    (
        "had to stop halfway up the stairs today, never happens, and my left leg is puffy since "
        "the coach trip",
        E,
    ),
    # swelling by a likeness; an old clot and "this looks like it did" now
    ("my left calf looks like a tree trunk next to the right since the cast came off", T),
    (
        "I had a DVT last year and this looks like it did, left calf hot and fatter than the "
        "right",
        T,
    ),
    # walking as the relief, not the trigger; a sport's schedule taught or coached
    ("my feet cramp sitting on long train journeys, goes once I walk about", None),
    ("I coach netball 4 times a week and now and then my calf cramps during a session", None),
    # someone else's tablets got into, the owner's "s" with no apostrophe
    ("the baby got into grandpas heart pills, no idea how many", E),
    ("i think my 2 year old got into nans tablets while we were out", E),
    # tightness on breathing in, and breath that cannot be caught, after a hedged denial
    (
        "since the drive my left calf is puffy. no chest pain really, just feels tight when i "
        "breathe in",
        E,
    ),
    ("calf swollen since the operation and i just cant seem to catch my breath", E),
    ("my hamstrings feel tight when i breathe into the stretch, then my calf cramped", None),
    # a cut told by what it is like, and a leg caught on something sharp
    ("did my shin on a fence post, cut is really deep and filthy", T),
    ("caught my leg on barbed wire at the allotment, jabs probably out of date", T),
    # a cramp told by its likeness, then tender: its aftermath
    ("my foot was like a brick for a minute in the night, just tender now", None),
    ("my calf was rock hard for a few mins at 4am, bit tender now", None),
    # heavy sweating with little to drink, then cramps; sweating alone is not fluid lost
    ("sweated like crazy mowing all afternoon, hardly drank a thing, now both calves cramping", T),
    ("ran out of water on the trail, sweating buckets, my thighs keep cramping now", T),
    ("sweated buckets at spin class, one calf cramp at the end, gone now", None),
    # a remedy's measure and how often it is taken
    ("is mustard good for cramps, my uncle swears by a spoonful every night", None),
    ("do magnesium baths work for cramps? my sister has a capful of the flakes every night", None),
    # fumes of a fire burning indoors, told by what they do (carbon monoxide)
    (
        "the paraffin heater was on in the shed all afternoon, now dad has a headache and is "
        "really drowsy",
        E,
    ),
    (
        "all three of us have headaches and keep being sick since we lit the charcoal bbq in "
        "the tent",
        E,
    ),
    ("lit the gas fire and put my feet up, calf cramped in the night", None),
    # wild mushrooms or berries eaten, then ill
    (
        "we fried up some foraged berries from the hedge and now my daughter is vomiting, her "
        "legs cramping",
        E,
    ),
    (
        "neighbour gave us wild mushrooms, ate them at tea, now we both have stomach cramps "
        "and diarrhoea",
        E,
    ),
    ("had mushrooms on toast for breakfast and my calf cramped on the walk to work", None),
    # years of solvents at work, and cramps
    (
        "worked twenty years in a paint booth, solvents every day, now cramps in both legs "
        "every night",
        T,
    ),
    ("my husband works with paint thinners in a small garage, now his legs cramp every night", T),
    # pee as dictation writes it, with its colour
    ("after the marathon my legs are weak and my pea is the colour of strong tea", E),
    # a pregnancy's week is not an age told of the past ("at 28 weeks", not "at 28")
    (
        "took the coach home at 28 weeks pregnant, 3 days later my right calf is puffy and "
        "sore, left is normal",
        T,
    ),
    (
        "got the train up north at 33 weeks, next day my left calf is warm and swollen, right "
        "one fine",
        T,
    ),
    # cramps in the plural come and go: not a pain that stays
    (
        "pregnant and my legs have been restless for weeks now, plus calf cramps, is that normal",
        None,
    ),
    # the gym's words: a diet's cut, "swole" as muscly
    ("on a cut for my first show, could the low carbs be giving me cramps?", None),
    ("getting swole hurts, my calves ache after the leg press", None),
    ("my ankle is swole and hot since the long flight, the other ones normal", T),
    # a vein told hard a few words on ("the vein behind my knee has gone hard")
    (
        "still sore in my left calf from yesterday and the vein behind my knee has gone hard "
        "and lumpy, i'm on hrt",
        T,
    ),
    # a cramp's end told with a bare number, the unit named before: its length, not the wait
    (
        "its been half an hour now, the cramp let go after about 4 and my foot's just a bit achy",
        None,
    ),
    # a sign already treated and getting smaller
    (
        "the nurse started me on antibiotics for the infected bite on my ankle, swelling is "
        "shrinking nicely. calf cramped last night though",
        None,
    ),
    # pills taken in a night's slang, a whole strip, a limb lain on for hours out cold
    (
        "he dropped about 6 pills at the festival and now he's shaking and his legs keep cramping",
        E,
    ),
    ("he's swallowed a whole strip of his dad's heart tablets", E),
    (
        "passed out on the sofa after the party with my leg bent under me for hours, calf is "
        "rock hard and swollen and the pain keeps getting worse",
        E,
    ),
    # a worry about someone, then what is so; since a change a while ago, up to now
    (
        "worried about my husband, over the last year his calves have got thinner and he "
        "struggles on the stairs",
        B,
    ),
    (
        "since i packed in the vaping and stopped drinking at weekends a few months ago my "
        "legs twitch loads and cramp a few times a week",
        B,
    ),
    # exercises done nightly are not the cramps' frequency
    ("I do press-ups and sit-ups every night and get the odd calf cramp in bed", None),
    # the lung's signs denied together ("no breathing problems or chest pain")
    (
        "back from a 7 hour drive, my right calf is warm and puffy. no breathing problems or "
        "chest pain though",
        T,
    ),
    # a staple or nail gun through a shoe, deep and dirty, tetanus unknown
    (
        "a staple gun went through my trainer into my big toe at work, deep and grubby, no "
        "idea when my last tetanus was",
        T,
    ),
    # soaked in a chemical, some of it breathed in
    (
        "the hose split and soaked my legs with weedkiller, breathed some of it in too, now "
        "dizzy and my calves are cramping",
        E,
    ),
    # the whole strip taken, the tablets named in a sentence before
    (
        "mum has quinine for her cramps. this morning she swallowed her whole strip, says she "
        "forgot she'd had one",
        E,
    ),
    # self-care followed as the leaflet said, cramps no better, a life worn down
    (
        "been doing the stretches every night like the leaflet said for a month, the cramps "
        "are no better and it's getting me down",
        B,
    ),
    # a statin of years with nothing changed, a cramp with an obvious cause
    (
        "on simvastatin, 10+ years now, nothing changed, calf cramped after a long bike ride "
        "in the heat and went with a stretch",
        None,
    ),
    # how long the work before a cramp took is not the cramp's length
    (
        "got a cramp in my calf after kneeling to tile the bathroom floor for 2 hours, gone now",
        None,
    ),
    # a calf that grabs on walking and goes with standing
    (
        "smoker for 30 years, when I walk to the shops after about 200 metres my calf grabs "
        "and I must stop, a minute standing and it goes",
        B,
    ),
    # most of a bottle of spirits a day, told by its size
    ("since I lost my job I'm drinking most of a 40 of vodka a day and my calves cramp", B),
    # what stockings help with, asked; a journey told on; a person called weird
    (
        "nurse here, on my feet 12 hours a shift. do compression socks help cramps or just "
        "with the swelling?",
        None,
    ),
    (
        "off to sydney via singapore then on to melbourne, 24 hours all up. totally fine, just "
        "worried about cramps on the plane",
        None,
    ),
    (
        "my friend swears by pickle juice when her calves cramp, is there anything in it or is "
        "she just weird",
        None,
    ),
    # a joint replaced: the operation's risk; both legs compared to tell one from the other
    (
        "my nan had her knee replaced 10 days ago. I compared both calves and the right one is "
        "bigger and warmer than the other",
        T,
    ),
    # a rate is not a pain lasting ("walking 3 miles a day now")
    (
        "had my hip replaced 2 months ago, walking 3 miles a day now, odd cramp at night, any "
        "stretches?",
        None,
    ),
    # swearing is not a colour ("turned the air blue"); a cramp told by its grip, then tender
    ("my calf cramped so bad i turned the air blue, foot stiff as a board, gone now", None),
    ("calf clamped in a vice grip for a minute in the night, it's tender this morning", None),
    # drink told by its cans or tins, beside training; cramps "a lot lately"
    ("honestly i drink about 6 tins most nights and my feet cramp, can i still go training", B),
    ("my feet have been cramping a lot lately, is there anything i can do", B),
    # a colour gone at once, a redness rubbed in and faded
    (
        "toes cramped and looked a bit blue for a second then pinked straight back up when i "
        "moved, all normal now",
        None,
    ),
    (
        "rubbed my calf so hard during the cramp it went red, that faded within the hour, just "
        "a bit tender now",
        None,
    ),
    # a fall from what one stands on, a blow taken on the shin; hours later tight and worse
    (
        "came off the stepladder onto the edge of the bath last night, took it right on the "
        "shin. now the whole lower leg is rock hard and tight, pain keeps getting worse",
        E,
    ),
    (
        "caught it full on the shin with the lawnmower handle this morning, tonight its swollen "
        "and tight and the pain is getting worse and worse",
        E,
    ),
    ("came off a scaffold board last week, small bruise on my shin, fading, all fine", None),
    # confusion in everyday words, in someone overheated
    (
        "my mate at the festival has stopped sweating, skin is hot and dry, and now hes saying "
        "random stuff",
        E,
    ),
    (
        "my dad has been out in the heat all day on the allotment, now hes saying random things "
        "and doesnt know what town hes in",
        E,
    ),
    # made to stop or stand for a minute, and it goes: rest relief
    (
        "every lunchtime walk round the block my right calf cramps and burns after 5 mins, I "
        "have to lean on a wall for a minute. then it goes and I can walk again",
        B,
    ),
    (
        "my calf aches after walking about 200 yards and i need to stop for a couple of minutes "
        "before it lets up",
        B,
    ),
    # bloating is the belly's, unless a leg is named with it
    ("feeling bloated and foggy today, my calf cramped for 20 seconds at my desk", None),
    ("bloated after the curry, then my left calf cramped for a bit in bed", None),
    ("my ankles look bloated tonight and one calf is sore", T),
    # the breath knocked out for a moment is not breathlessness
    ("a stomach cramp winded me for a few seconds when I reached up", None),
    ("my side cramped when i twisted and it winded me, fine after a minute", None),
    # stiffness told as over, beside a wound with unknown jabs: the wound's (same day)
    (
        "cut my shin on a rusty gate, legs were stiff after the run but ok now, havent had a "
        "tetanus jab in years",
        T,
    ),
    ("cut my shin on a rusty gate yesterday, now my jaw feels stiff", E),
    # weakness a cast or a boot left: the wasting's (book), not new weakness
    (
        "broke my leg in spring, plaster came off a month ago and my calf is still weak and "
        "thinner than the other",
        B,
    ),
    # tender just after a knock: the knock's
    ("knocked my knee on the table, its a bit tender, can walk fine", None),
    ("fell off my bike and landed on my thigh, tender and a small lump, walking ok", None),
    (
        "had the runs for 3 days and cramps on and off, then in the past hour my left "
        "foot went pale and cold and numb",
        E,
    ),
    (
        "my daughter's had a bug since last night and can't keep anything but sips down, "
        "her calves keep locking up",
        T,
    ),
    ("not keeping even water down since the weekend and both my calves keep cramping", T),
    ("colitis flare, been going 10 times a day, now my calves cramp", T),
    ("i cant keep my weight down and my calves cramp at night", None),
    ("had a few too many at my sister's wedding, calf cramp in the night, fine now", None),
    ("one too many ciders at the fair and my foot cramped on the walk home", None),
    ("my son had a few too many of my sleeping tablets", E),
    (
        "right leg has been weak since my stroke in 2016, no change at all, calf cramps "
        "at night, will stretching help",
        None,
    ),
    (
        "my dad has motor neurone disease, the twitching in his legs has been there since "
        "diagnosis and the neurologist knows, he had a calf cramp last night",
        None,
    ),
    ("i have ms and the twitching in my calf is new this week", B),
    (
        "tried stretching, tonic water and bananas for my night cramps, nothing has made "
        "a difference",
        B,
    ),
    ("getting cramps in my calves and my hands keep clenching up today", T),
    (
        "usually just my calves cramp, but the last few days im getting them in my hands "
        "and my belly muscles too",
        T,
    ),
    (
        "retired last year and ive been drinking quite heavily since, my calves cramp at night",
        B,
    ),
    # the cramps told as they used to be, spreading now
    (
        "on lamotrigine, my cramps used to stay in my feet but now its spreading into my arms "
        "and belly too",
        T,
    ),
    # a medicine started for the cramps is not one that brought them on
    ("the doctor started me on quinine for the night cramps, when will it kick in", None),
    ("started magnesium tablets for my leg cramps last week, any side effects?", None),
    ("started ramipril last month and ever since my calves cramp at night", B),
    # a worry about someone told before "worried about"
    (
        "its my mum im worried about, shes 80 and her cramps wake her most nights and nothing "
        "helps",
        B,
    ),
    # the weather as "it", in a condition, is not a warm leg
    ("what should my son drink at football if its hot, he got a cramp last match", None),
    # the tenderness a cramp leaves, on a statin taken for years, after an obvious cause
    (
        "been on atorvastatin for 8 years, calf cramped after a long bike ride yesterday, gone "
        "now just a bit tender",
        None,
    ),
    # a dose taken again, the first forgotten
    (
        "nan took her evening tablets at 7 then forgot and took another lot at 9, now shes "
        "really sleepy",
        E,
    ),
    ("grandad forgot he'd already taken his pills and had them again", E),
    ("had another lot of cramps last night, took another lot of stretches", None),
    # the writer's own thought after watching a screen: the calf is the writer's
    (
        "kicked in the shin at 5 a side, came home and watched telly and thought it was just a "
        "cramp but now the calf is rock hard, swollen and tight and the pain keeps getting worse",
        E,
    ),
    # weakness told with days of it, beside a cramp: not the cramp's grip
    ("for the last 3 days my left foot feels weak, never had that b4, plus the odd cramp", T),
    # a hormone given by patch or needle is a medicine started
    ("started hormone patches 2 months ago and been getting leg cramps since", B),
    # drinking loads on one day away
    ("walked 25k on holiday in the heat and drank loads of beer, calves cramped that night", None),
    # "I'm afraid" as the politeness of a confession, not a fear
    (
        "i'm afraid i got muddled with my dosette box and took my quinine twice, ears ringing now",
        E,
    ),
    ("I'm afraid of getting a clot on the flight next week", None),
    # a long lie on the floor, and urine called "water"
    (
        "took a tumble on sunday and lay on the bathroom floor for hours, now my thighs ache, "
        "theyre weak and my water is dark brown",
        E,
    ),
    # spirits by the half bottle, told by how often
    (
        "i do like a drink, half a bottle of scotch most nights, and these leg cramps are "
        "wearing me down",
        B,
    ),
    # anybody's leg after "if your"; the writer's own after "because"
    ("is it normal if your leg swells up after a long coach trip? off to spain in june", None),
    ("what does a clot feel like because my left calf is tight and red and puffy", T),
    # a sign named in a question, then denied: asking generally
    (
        "does chest pain ever come with a bad cramp? just wondering generally, i dont have it",
        None,
    ),
    ("how do you know if cramp is serious? asking out of interest, i dont have any pain", None),
    # a wee slow to start or barely felt, with both legs weak and numb: the spinal nerves
    (
        "deadlifts yesterday, back sore, legs weak and numb and getting worse, when i peed this "
        "morning i could hardly feel it",
        E,
    ),
    (
        "heavy squat session, now my lower back aches, both legs feel numb and weak and its "
        "taking ages to start a wee",
        E,
    ),
    ("takes me ages to get a wee going these days, im 70, prostate they reckon", None),
    # venomous snakes by their local names
    (
        "on the trail in costa rica something got my foot, the guide reckons a fer-de-lance, foot "
        "swelling fast",
        E,
    ),
    ("gardening in the cape and i think a puff adder bit my hand", E),
    (
        "something bit my ankle clearing the yard, my uncle says it was a fer-de-lance, its "
        "swelling up",
        E,
    ),
    ("got bitten on the ankle walking the dog, my husband says it was a mosquito", None),
    # too many of a medicine named before, told by a pronoun
    (
        "my grandad is on quinine for cramps and he got confused and took loads of them last "
        "night, feels sick",
        E,
    ),
    ("i bought magnesium tablets and took loads of them over the month, no change", None),
    # nicotine liquid swallowed; purging; muscles thin and wasted
    ("my 2 year old drank some of my vape liquid, hes being sick and twitchy", E),
    (
        "been making myself sick most days this week and now my calves keep cramping up",
        T,
    ),
    ("over the past year my calves have gone thin and wasted and i get cramps", B),
    ("got wasted at the party and my calf cramped on the dance floor", None),
    # knots a muscle ties itself in; 'aren't just in my legs'; a walk told by a place's length;
    # walking on sand or cotton wool; breath back at once after an effort; a jaw stiff from
    # the teeth; twitching counted in ones and twos; 'won't go away' said of pins and needles
    (
        "the last month my calves twist themselves into knots nearly every night and i'm "
        "knackered at work",
        B,
    ),
    ("most nights my foot ties itself up in knots, it's wrecking my sleep", B),
    ("my calf tied itself in a knot on the treadmill this morning, gone now", None),
    ("his cramps aren't just in his legs now, his hands curl up as well", T),
    ("the cramps weren't just in my legs anymore last night, my fingers clawed up too", T),
    ("my cramps aren't just at night, they come in the day too", None),
    (
        "i get to about the far end of the car park and my calf aches so much i have to stand "
        "still, then it eases and i carry on",
        B,
    ),
    (
        "my calf gets a burning ache by the time i walk as far as the bus stop, i have to stop "
        "for a minute and it goes",
        B,
    ),
    ("walked the length of the beach yesterday and my calf cramped in bed later", None),
    ("for weeks my soles have felt like i'm walking on cotton wool", B),
    (
        "feels as if there's grit in my socks all the time, has done since the summer, and my "
        "calves cramp at night",
        B,
    ),
    ("walking on sand at the beach always gives me calf cramps", None),
    (
        "sprinted up the stairs to catch the train, breathless for a couple of minutes and then "
        "fine, calf cramped on the way home",
        None,
    ),
    (
        "ran for the bus and was out of breath for a minute, then fine, but my left calf is "
        "swollen and hot since the flight",
        E,
    ),
    (
        "sat on the sofa and was suddenly out of breath for a minute, then fine, it keeps "
        "happening",
        E,
    ),
    (
        "my jaw's been stiff for weeks, dentist says I clench at night, and my calves cramp too",
        None,
    ),
    (
        "stepped on a rusty nail last week and now my jaw feels stiff, i grind my teeth anyway "
        "but this is different",
        E,
    ),
    ("my thigh twitched once or twice after spin class, is that a worry?", None),
    ("my calf has twitched a few times a day for the last month", B),
    ("numbness in my toes on and off for months, it won't go away", B),
    ("my calf cramp won't go away, it's been 20 minutes", T),
    # urine's colour told later in its sentence; spirits by the litre in second-language English;
    # sleep lost tonight to the one cramp that woke them; an eyelid twitching
    (
        "did a double shift shovelling gravel in the heat, today my thighs are agony and when i "
        "went for a wee this morning it was the colour of strong tea",
        E,
    ),
    (
        "after the spin marathon my legs are so sore i can hardly stand, peed just now and "
        "honestly it came out the shade of coke",
        E,
    ),
    ("weed a lot today after all that tea, calves cramped a bit on the walk home", None),
    ("i drink about half litre of vodka every day for years and my calves cramp most nights", B),
    (
        "my husband has 1 litre wine most nights and now cramps in his legs at night, is it the "
        "drink",
        B,
    ),
    ("bought a litre of vodka for the party and my calf cramped while dancing", None),
    ("calf cramp woke me an hour ago, now i cant sleep", None),
    ("woke up with a cramp in my foot and cant get back to sleep", None),
    ("cramps keep waking me, now i cant sleep properly for weeks", B),
    (
        "stopping my sleeping pills, my eye has been twitching all week but the leg cramps have "
        "calmed down",
        None,
    ),
    ("got a twitch in my left eyelid for days now, stress i guess, no cramps lately", None),
    ("my eyelid is fine but my calf muscles have been twitching for weeks and look thinner", B),
    # cramps listed in the legs and elsewhere, told as new; drink by litres and counts after the
    # evening; sore after a hike; 'won't go away' said of what a cramp left or of a rash; colour
    # on the surface (a tan, a dye) or back to its usual
    ("cramping in both legs, my neck and my hands since this afternoon", T),
    ("cramps in my calves and my stomach all evening, never had that before", T),
    ("my legs cramp and my arms ache from carrying the shopping", None),
    ("he gets through three litres of strong cider a day and has cramps every night", B),
    ("most evenings it's ten pints or so down the club, and the leg cramps are bad", B),
    ("bought two litres of cider for the barbecue and my calf cramped during the football", None),
    ("my thighs are sore to the touch after the half marathon yesterday, is that normal", None),
    ("the ache in my calf after this morning's cramp just won't go away", None),
    ("my calf cramp won't go away and now it's sore", T),
    (
        "a blister on my heel from new boots won't go away, and i got a calf cramp on the walk",
        None,
    ),
    (
        "my shins look blue-ish but it's the dye from my new leggings, it came off in the shower",
        None,
    ),
    ("one calf is darker than the other, it's not from tanning, and it's swollen and warm", T),
    (
        "my feet went white in the snow but went back to their usual colour once i was inside by "
        "the fire",
        None,
    ),
    # a repeat told as a diary line, and a sentence pointing back at it ('this is 4 or 5 nights');
    # a colour's cause told in the next sentence; 'all normal now, pink and warm'; the writer's
    # own cramp while carrying a child
    (
        "Again at 2.30 this night, left calf, before the clock jumped. This is 4 or 5 nights "
        "every week since December. My sleep is destroyed.",
        B,
    ),
    ("again at 3am, right calf. thats most nights for two months now and im wrecked", B),
    ("again my calf is fine today after the stretches", None),
    ("cramp in my foot at 4am. this has been most nights since the summer", B),
    (
        "my right foot looked blue when i got up. turned out it was the dye from my new socks, "
        "scrubbed right off",
        None,
    ),
    ("my right foot is blue and cold and numb. it was fine an hour ago", E),
    (
        "fingers went white and numb holding the ice scraper, came back after a few minutes "
        "indoors, all fine now, pink and warm",
        None,
    ),
    (
        "calf cramped as i was carrying my toddler up the stairs, agony for a few seconds then "
        "gone",
        None,
    ),
    (
        "my son is 6 and has been limping since yesterday, his calf is swollen and he has a "
        "temperature",
        T,
    ),
    ("toes went numb in tight ski boots, boots off and all normal now, pink and warm", None),
    (
        "my left calf is red and warm and swollen, the right one is all normal, pink and warm",
        T,
    ),
    # learners' English ('he speak strange things and fall down', 'they operate my thyroid',
    # 'it not go away', 'I stop and it pass', 'since half year'); breath still short long after an
    # effort; a journey's hours; a statin of years with an obvious cause; a size unchanged for
    # years; a colour put on the skin told in the next sentence
    (
        "We work construction all day in sun, my colleague had cramps, now his skin is hot but "
        "no sweat, he speak strange things and fall down.",
        E,
    ),
    (
        "After football match my shin is very hard and swollen and pain become more and more "
        "strong, painkiller not help at all.",
        E,
    ),
    (
        "I have cramp in calf since 30 minutes, it not go away, I stretch and massage but "
        "nothing.",
        T,
    ),
    (
        "Last week they operate my thyroid, today my lips are tingling and my fingers make cramp.",
        T,
    ),
    (
        "When I walk 200 meters my calf makes me pain, I stop and after few minutes it pass, "
        "then again same.",
        B,
    ),
    (
        "Since half year my calf muscles slowly become thin and weak and there is little jumping "
        "under skin.",
        B,
    ),
    (
        "Tomorrow I fly from Istanbul to New York 10 hours, what I can do so my legs not make "
        "cramp?",
        None,
    ),
    (
        "I take simvastatin 5 years, yesterday after long walk in mountains I have cramp in "
        "night, it pass quick.",
        None,
    ),
    (
        "I walked up the stairs and got breathless, but it's been 40 minutes sitting down and I "
        "still can't catch my breath, and my calf has been sore for days.",
        E,
    ),
    (
        "There's a blue patch on my calf this morning. Turns out my son drew on me with a marker "
        "pen while I napped.",
        None,
    ),
    (
        "My shins are bright red. We were painting the fence and I got splashed with the red "
        "paint.",
        None,
    ),
    (
        "My lymphoedema has made my left leg bigger than my right for eight years, no change at "
        "all. How much should I drink each day?",
        None,
    ),
    (
        "working in the fields in big heat, my dad is talking strange things and then fell down, "
        "his skin is hot and dry",
        E,
    ),
    (
        "they operated my parathyroid on monday and now my mouth is tingly and my hands are "
        "cramping",
        T,
    ),
    (
        "my mum fell down the stairs yesterday, bruised her shin, and had a calf cramp in the "
        "night",
        None,
    ),
    ("calf cramp since 15 minutes and it not stop, stretching does nothing", T),
    (
        "walking to the mosque, 300 metres, my calf make pain, i stand and it pass, every day "
        "same",
        B,
    ),
    ("since many months my thigh muscles become smaller and weak", B),
    ("next week we drive to Poland 14 hours, how to stop cramps in the car?", None),
    (
        "been on atorvastatin for years, cramped after a 20 mile bike ride yesterday, fine now",
        None,
    ),
    ("been on atorvastatin for years, now my thighs are weak and aching for no reason", T),
    ("my calf looks purple. it was felt tip, my daughter drew a flower on me", None),
    ("my calf is red and hot and swollen. we were painting yesterday", T),
    (
        "my right leg has been bigger than the left for 10 years and it's never changed, the "
        "vascular team know",
        None,
    ),
    # a son or daughter telling of cramps in general, not their own
    (
        "I am on metformin since 8 years. my son is telling that low B12 is causing leg cramps, "
        "is it true?",
        None,
    ),
    ("my daughter says her calves cramp most nights, she is 9, for weeks now", B),
    # a trick of the light; colour and feeling back after the cold; a deep cut on a rock; kneeling;
    # sore after skiing; learners' 'not stop', 'they take out my thyroid', 'muscle is jumping',
    # 'since 20 years'; weakness come on slowly (book); paint and henna put on; water with toxic
    # algae
    (
        "In a photo my legs looked bluish but I think it was the blue bathroom light, in "
        "daylight they look normal and feel warm, just had a cramp last night",
        None,
    ),
    (
        "Did my first winter sea swim this morning, my toes went white and numb in the water but "
        "after 10 minutes in the warm car they were pink again and feel completely normal now",
        None,
    ),
    (
        "Cut the sole of my foot on rocks surfing, it's deep and full of sand and grit, feel "
        "fine otherwise but I have no idea when I last had a tetanus jab",
        T,
    ),
    (
        "Kneeled on my paddleboard for an hour and my leg went to pins and needles, it was gone "
        "a few minutes after I stood up and walked around",
        None,
    ),
    (
        "Skied hard all day yesterday, my thighs are sore and tender today like after any big "
        "day, my urine is a normal colour",
        None,
    ),
    ("Cramp in my calf since 40 minutes, not stop. I stretch and massage, nothing help.", T),
    (
        "Last week they take out my thyroid in hospital. Now tingling around my mouth and my "
        "hands make cramp.",
        T,
    ),
    (
        "Small muscle in my calf is jumping all the day since some weeks, and I have cramps also.",
        B,
    ),
    ("I have 72 years. My leg muscles become thin and weak slowly over this year.", B),
    (
        "My left leg is bigger than right since 20 years, doctor checked with scan long ago, "
        "nothing changed. I only ask about night cramps.",
        None,
    ),
    (
        "My calf is blue today. Yesterday my daughter painted my legs with face paint for the "
        "football match and it not wash off well. Small cramp last night, gone.",
        None,
    ),
    (
        "My calf is red-brown. I put henna on it for wedding two days ago. Also I get night "
        "cramps sometimes, short.",
        None,
    ),
    (
        "took a photo of my feet and they look purple but it was the camera filter, they feel "
        "normal and warm",
        None,
    ),
    (
        "my foot is blue and cold and i can't feel it, it's not the light, it's been like this "
        "an hour",
        E,
    ),
    (
        "after the ice bath my toes were white but pink again after 5 minutes, feel totally "
        "normal now",
        None,
    ),
    (
        "cut the bottom of my foot on a shell at the beach, it's deep and full of sand, not sure "
        "about tetanus",
        T,
    ),
    (
        "kneeled in the garden for an hour, legs went to pins and needles, it was gone a couple "
        "of minutes after I got up",
        None,
    ),
    ("after a hard day snowboarding my thighs are tender to touch today, is that normal?", None),
    ("cramp since 25 minutes in my foot, not easing.", T),
    (
        "they took my thyroid out on friday, now my fingers are tingling and my hands keep "
        "cramping",
        T,
    ),
    ("my thigh muscle is jumping under the skin every day since some weeks", B),
    ("my calf muscles got weak and thin gradually over the last year", B),
    ("my right calf is bigger since many years, always the same, the doctor knows", None),
    ("my shin looks green today. my son painted on me with his felt tips", None),
    ("my calf is dark red and swollen and hot. i had put henna on my hands last week", T),
    ("my legs have been getting weaker gradually over the last few months", B),
    ("my legs felt weak after the flu for a day, fine now", None),
    (
        "Swam in a lake that had a warning sign about toxic blue-green algae and since then I've "
        "had cramps in my legs",
        T,
    ),
    (
        "the lake had a blue-green algae warning so we didn't swim, walked round it instead and "
        "my calf cramped later",
        None,
    ),
    (
        "there was an algal bloom at the reservoir and i swam in it anyway, now both my legs "
        "keep cramping",
        T,
    ),
    (
        "the council put up a blue-green algae warning at the lake today, anyway my calf cramped "
        "on my run",
        None,
    ),
    ("is it safe to swim when there is blue-green algae? i get calf cramps swimming", None),
    (
        "gashed my foot open on oyster shells at low tide, it's deep and full of grit, can't "
        "remember my last tetanus shot",
        T,
    ),
    (
        "slashed my shin on a rusty sheet of corrugated iron clearing the shed, deep and "
        "dirty, never had a tetanus booster that I know of",
        T,
    ),
    (
        "sliced the sole of my foot on broken glass in the river, it is deep and muddy, "
        "tetanus jabs no idea",
        T,
    ),
    ("sliced my finger chopping carrots, tiny nick, plaster on, fine", None),
    (
        "had surgery last week to remove half my thyroid and since last night my fingertips "
        "and lips are tingling and my hands cramp up",
        T,
    ),
    (
        "operation on Monday to take out two of my parathyroids, today my hands keep going "
        "into spasm and the tingling round my mouth won't stop",
        T,
    ),
    (
        "my mum had an operation years ago to take out her thyroid, she's fine, I just get "
        "calf cramps after football",
        None,
    ),
    (
        "my calf cramps and burns when I walk up to the allotment, if I stand and lean on the "
        "gate for a few minutes it eases and I can carry on",
        B,
    ),
    (
        "halfway round the park my calf starts to cramp, I stop and rest on a bench for a "
        "couple of minutes and it goes away",
        B,
    ),
    (
        "does the calf pain come with walking? yes after 300 yards. does it ease? yes, after a "
        "rest of a minute or two",
        B,
    ),
    (
        "calf cramp at 3am, stood up and leaned on the wardrobe for a few minutes and it went off",
        None,
    ),
    (
        "form for my grandad: hot skin - yes / sweaty - no / muddled - yes / legs cramping - "
        "yes. Out in the garden all afternoon in the heatwave",
        E,
    ),
    ("checklist: in the heat all day - yes; sweating: no; confused: yes; cramps: yes", E),
    (
        "symptom checker: swelling - no / redness - no / warmth - no / cramp last night - yes, "
        "left calf",
        None,
    ),
    (
        "swelling - yes / warm to touch - yes / red - no / one leg only - yes, right calf "
        "since the long flight",
        T,
    ),
    (
        "after the half marathon: quads agony and weak, can't get up the stairs / pee: brown "
        "like coke / fluids: sipping",
        E,
    ),
    ("day after a crush injury at work: thigh very painful and weak, urine - dark brown", E),
    ("after the run: legs sore / urine: pale yellow / drinking: plenty", None),
    (
        "set off a flea bomb in the flat and went back in too soon, breathed loads of it in, "
        "now dizzy, throwing up and my calves are cramping",
        E,
    ),
    (
        "was cleaning the bathroom with bleach and ammonia together and breathed a lot of it "
        "in, chest tight and legs cramping",
        E,
    ),
    (
        "fumigated the greenhouse last week with a smoke bomb, stayed well away, just normal "
        "calf cramps from gardening",
        None,
    ),
    (
        "sprayed pesticide on the orchard last week wearing my respirator and gloves like "
        "always, no spills, no problems, had a calf cramp last night from the ladder",
        None,
    ),
    (
        "sprayed weedkiller with gloves but no mask this morning, now my legs are twitching "
        "and I'm sweating buckets and drooling",
        E,
    ),
    (
        "my daughter swam in the reservoir despite the blue-green algae notice, swallowed a "
        "lot of water, now she's wheezing and can't catch her breath and her legs are cramping",
        E,
    ),
    (
        "went kayaking on a lake with an algae warning, fell in and got a mouthful, my calves "
        "have been cramping since",
        T,
    ),
    (
        "my thigh twitched for a bit after the squats, stopped after a couple of minutes, all "
        "fine",
        None,
    ),
    (
        "my calf has been twitching every day for 3 weeks, stops after a few minutes then "
        "starts again",
        B,
    ),
    (
        "as a carpet fitter I kneel all day, my feet get pins and needles that go within a "
        "minute of standing, plus the odd calf cramp",
        None,
    ),
    (
        "pins and needles in both feet for months, goes after a few minutes of walking but "
        "always comes back",
        B,
    ),
    ("no cuts or wounds anywhere, jaw just sore after the dentist pulled a wisdom tooth", None),
    ("calf cramp last night, no rash, bites or cuts on the leg", None),
    (
        "did a 20k hike in the heat, my pee was dark like tea at lunch. no cramps, no aches "
        "anywhere. drank lots and it's pale again now",
        None,
    ),
    (
        "my pee was dark like cola this morning. my left foot went cold and it's pale now and "
        "it hurts",
        E,
    ),
    (
        "fell asleep with the hot water bottle on my calf, there's a red patch on the skin, "
        "not swollen, not painful",
        None,
    ),
    ("sat too close to the fire with my legs out, shins are red and blotchy, doesn't hurt", None),
    (
        "used a heat pad on my sore calf last night, now the calf is red, hot and swollen and "
        "it hurts to walk",
        T,
    ),
    (
        "I have MS so my legs are stiff all the time, but last night was a real cramp in the "
        "left calf, 2 minutes",
        None,
    ),
    ("my calves are tight and cramp all the time, most nights it wakes me", B),
    (
        "thank you for the stretching tips, my dad had cramps every night for ages and now he "
        "has one a week instead of every night",
        None,
    ),
    (
        "my cramps are down from most nights to once a fortnight since I started the calf "
        "stretches",
        None,
    ),
    (
        "leg cramps most nights for a year, had a good spell instead of every night but now "
        "every night again and no sleep",
        B,
    ),
    (
        "there was an algae warning on the loch so we paddled in the sea instead, just a toe "
        "cramp after",
        None,
    ),
    (
        "ignored the algae warning on the canal, went in to get the dog and swallowed some, "
        "calves cramping since",
        T,
    ),
    (
        "camping in the Highlands, my son got bitten on the shin by what the ranger reckons "
        "was an adder, it's puffing up fast",
        E,
    ),
    (
        "bitten on the foot by what I'm fairly sure was a rattler, the foot is swelling and "
        "tingling",
        E,
    ),
    (
        "my toddler got into nan's handbag and swallowed a handful of her quinine tablets, "
        "he's acting normal so far",
        E,
    ),
    ("took whole packet of quinine by mistake this morning, ears ringing", E),
    (
        "the lead singer fainted on stage in the midday sun and had a fit, she's very hot and "
        "confused now",
        E,
    ),
    ("our lifeguard collapsed on the beach in the baking sun, burning up and talking nonsense", E),
    (
        "grandad fell over in the garden, he's roasting hot but his skin is bone dry and he "
        "doesn't know where he is",
        E,
    ),
    (
        "thigh gone rock hard since the game this afternoon, pain getting worse and worse, "
        "can't bend the knee",
        E,
    ),
    (
        "fogged the flat with a bug bomb and went back in too early, now dizzy and vomiting "
        "and my legs are cramping",
        E,
    ),
    (
        "set off a flea bomb this morning, stayed out for the full 4 hours like the tin says, "
        "back home now, just the usual calf cramp tonight",
        None,
    ),
    ("calf cramps spreading now, in my hands as well", T),
    ("cramping in my legs all afternoon and now in my stomach too", T),
    ("getting calf cramps on most runs for six weeks, stretching, salts, nothing has helped", B),
    ("stretching every night and magnesium but still cramping loads", B),
    ("stretching every night now and the cramps have mostly gone", None),
    ("played football for 2 hours, one cramp at the end, stretched it out and I'm fine", None),
    (
        "refereed a whole 80 minutes of rugby in the rain, hamstring cramped in the last "
        "minute, bit tender now",
        None,
    ),
    (
        "skinned my knee on the climbing wall, small graze, cleaned it, she's up to date with "
        "all her vaccinations. cramp in my calf after",
        None,
    ),
    (
        "health form: cramps - yes, a few a month / swelling - no / warmth or redness - no / "
        "breathless - no",
        None,
    ),
    ("no scratches, cuts or bites on the legs, just a normal cramp after the run", None),
    (
        "bad cramp yesterday after laying bricks in the sun, my wee was very dark, but I've "
        "had 3 litres and it's clear again now and I feel great",
        None,
    ),
    (
        "my wee is dark brown after the marathon and my thighs are agony and weak, it's a bit "
        "lighter now after drinking",
        E,
    ),
    ("swollen ankles after the coach trip, no pain, went down overnight", None),
    ("feet a bit puffy after the long flight, both the same, no pain", None),
    ("after the 10 hour flight my left calf is swollen and sore, the other one is fine", T),
    ("red mottled marks on my shins from sitting too close to the fire all winter, no pain", None),
    ("there's a pink square on my calf where the heat pad was, not hot or swollen", None),
    (
        "foot went white and freezing out of nowhere and stays that way even with the heat pad "
        "on it",
        E,
    ),
    ("doctor wants to add simvastatin next month, I get the odd cramp, will it get worse?", None),
    ("on lithium for years, levels fine, not stopping it, can it cause cramps?", None),
    ("calf cramp 20 minutes now and not stopping", T),
    (
        "my dad has dialysis three times a week and cramps during most sessions, the nurses "
        "sort it",
        None,
    ),
    (
        "I timed it on my smartwatch: my calf starts hurting after about 200 metres of walking "
        "and goes off after a couple of minutes standing still.",
        B,
    ),
    (
        "on the way to the bus stop my left calf aches like mad, eases after a minute or two "
        "of standing and then I can go on",
        B,
    ),
    (
        "calf burns walking up to the shops every day, settles after a few minutes resting on "
        "the wall",
        B,
    ),
    ("calf cramp in bed, went off after a couple of minutes standing on the cold floor", None),
    (
        "leg's been achy and fat since the flight home and I've just coughed a few red flecks "
        "into the sink, bit out of breath too",
        E,
    ),
    (
        "coughing up pinkish bits after my calf swelled up on the ferry, and I can't catch my "
        "breath",
        E,
    ),
    (
        "numb bum after sitting on the bleachers for the whole tournament, stood up and my "
        "calf cramped, fine now",
        None,
    ),
    (
        "numb around my bum and privates since this morning, not from sitting, and can't feel "
        "myself wee",
        E,
    ),
    (
        "rubbed tiger balm into my calf after a cramp and now the skin's a bit red and warm "
        "there, otherwise fine",
        None,
    ),
    ("diarrea y vómitos since Sunday and now my legs keep cramping", T),
    ("una operación de tiroides hace 3 días, now my lips are tingling and my fingers cramp up", T),
    ("quand je marche 300 metres, douleur in my calf, goes away after a rest, every day", B),
    (
        "started a new tablet for my blood pressure a month ago and since then cramps every night",
        B,
    ),
    (
        "over the past year both legs have got weaker and thinner, struggling with stairs, "
        "cramps too",
        B,
    ),
    ("didn't notice my 2 year old got into grandad's pills, half a strip of quinine is gone", E),
    (
        "I'm flying to Canada next week, it's about 9 hours, I get the odd cramp, should I "
        "wear flight socks?",
        None,
    ),
    (
        "as a paramedic I hear about clots, chest pain and collapse every shift. just a normal "
        "calf cramp after work for me, went in a minute",
        None,
    ),
    (
        "my brother tells horror stories about tetanus and snake bites from his army days. "
        "just want to know how to stop night cramps",
        None,
    ),
    ("had to keep still for the scan, then my calf cramped for a minute, fine now", None),
    (
        "my daughter started a new preventer inhaler last month and since then she gets calf "
        "cramps most nights",
        B,
    ),
    (
        "six weeks of stretching, magnesium and more water for my night cramps and nothing has "
        "changed",
        B,
    ),
    (
        "the podiatrist checked my feet and says nothing has changed since last year, just the "
        "odd calf cramp",
        None,
    ),
    (
        "my calf aches every time I walk to the station and it goes off a couple of minutes "
        "after I stop",
        B,
    ),
    (
        "my son's limping because his football boots are too tight and rubbed his heel raw, "
        "otherwise fine",
        None,
    ),
    (
        "calf still a little sore from last night's cramp but getting better, stretched it "
        "this morning",
        None,
    ),
    (
        "coughed up some mucus that was bright red this morning and my leg has been swollen "
        "since the flight",
        E,
    ),
    ("dolor de pecho and I can't breathe properly, my calf has been swollen for 2 days", E),
    ("me falta el aire since this morning and my left calf is hot and swollen", E),
    ("Schilddrüsenoperation letzte Woche, now tingling lips and my hands cramp into claws", T),
    ("sat round the fire at the campsite and my shins went red and blotchy, doesn't hurt", None),
    (
        "numb bum after a long bike ride on a hard saddle, back to normal once I got off, no "
        "back pain",
        None,
    ),
    (
        "every few hundred yards my calf burns and I have to stand still for a minute before "
        "it goes",
        B,
    ),
    (
        "this past year my thighs feel weaker and weaker, stairs are a struggle, and the "
        "cramps are worse",
        B,
    ),
    (
        "my left leg feels weaker than the right after the sprain last week but it's getting "
        "better every day",
        None,
    ),
    ("does calf pain when you walk that eases with rest always mean bad circulation?", None),
    ("my left foot suddenly went white as a sheet and icy cold, it really hurts", E),
    ("my ego is more swollen than my legs after that win, one tiny calf cramp at the end", None),
    (
        "my heart swelled with pride at her graduation, stood for hours and got a calf cramp "
        "after",
        None,
    ),
    (
        "went white as a ghost when the dog ran into the road, then my calf cramped as I "
        "chased him",
        None,
    ),
    ("my old white football socks are too tight and my calves cramped in the match", None),
    ("feet numb and prickly for about a year now, no change, plus cramps most weeks", B),
    # GP reviews 163-165 and holdout49: a child and someone's tablets; a dose doubled, not the work
    (
        "my granddaughter, she's 3. found her sat with my blood pressure tablets and two are "
        "gone from the strip",
        E,
    ),
    ("looking after my nephew, he's 4. the lid was off my quinine and he had some in his hand", E),
    ("my son swallowed some of my quinine, he's only little", E),
    ("think my toddler ate a couple of my amitriptyline", E),
    ("she doubled up on her heart tablets by mistake this morning and now she feels faint", E),
    ("dad doubled up on his quinine last night without thinking", E),
    ("my son is 30, he took one of my paracetamol for his headache", None),
    ("doubled up on shifts over christmas and got a calf cramp in the night", None),
    ("i've doubled up on my training this month and my calves cramp after runs", None),
    # a long-standing statin, with too little drunk or long shifts as the cramp's cause
    (
        "on atorvastatin for 8 years, fine. barely drank anything at work today and got a calf "
        "cramp tonight",
        None,
    ),
    (
        "been on simvastatin for years without bother. did two double shifts back to back, cramp "
        "in my foot last night",
        None,
    ),
    ("on simvastatin for years, hardly drank today, and my thighs ache all over and feel weak", T),
    (
        "started atorvastatin 3 weeks ago, hardly drinking in this heat, calves cramping and "
        "aching",
        T,
    ),
    # urine back to pale after drinking; "drunk" as the drinking, not the state
    (
        "hot day on the farm, wee was dark yellow this morning as i hadn't drunk much. calf "
        "cramped at lunch. had 2 litres since and it's back to pale",
        None,
    ),
    (
        "pee was really dark after the long ride, barely drunk anything. had a cramp in my "
        "hamstring. it's back to clear now after loads of water",
        None,
    ),
    ("after the marathon my pee went dark brown like cola and my legs are agony and weak", E),
    # an operation still to come
    (
        "having my thyroid out next month, will the op make my leg cramps worse? nothing wrong "
        "now",
        None,
    ),
    ("booked in for a thyroidectomy in january. any tips for night cramps in hospital?", None),
    ("had my thyroid out on monday and now my lips tingle and my hands are cramping", T),
    (
        "since the thyroid operation last week my fingers keep cramping and my mouth feels tingly",
        T,
    ),
    # a thing's colour, a feeling's swelling
    ("my new van is bright red, spent all day driving it and got a cramp in my right calf", None),
    (
        "the kitchen walls are dark red now, i was up a ladder painting them and my calf cramped",
        None,
    ),
    ("swollen with pride at my son's graduation, stood for 3 hours and got a calf cramp", None),
    ("my heart swelled with joy at the wedding but my feet cramped in those shoes", None),
    ("my calf is bright red and swollen since yesterday", T),
    # both calves bigger from training
    (
        "my calves look bigger since i started running last year, both of them the same, no "
        "pain. is that why they cramp?",
        None,
    ),
    # tonic water, one a night; an illness's tiredness
    (
        "my mum says tonic water stops cramps and i should drink one every night, is that true?",
        None,
    ),
    (
        "had the flu last month and i'm still exhausted all the time. quick calf cramp this "
        "morning, mild",
        None,
    ),
    ("since glandular fever i've been tired all the time, had a toe cramp earlier", None),
    ("my calves cramp every night and i'm exhausted all the time from it", B),
    # a foot that drops, told in everyday words
    ("since monday my right foot is flopping when i walk and i keep tripping", T),
    ("my left foot has gone floppy, cant lift the front of it and it catches on the stairs", T),
    ("i keep tripping, my foot just doesnt lift properly since the weekend", T),
    ("i keep tripping over the cat, and then a cramp in my calf last night", None),
    # GP reviews 166-168: a child and a pack got hold of, bubbles empty, tablets not found
    (
        "my 2 year old got hold of my blood pressure pills, three of the blister bubbles are "
        "popped",
        E,
    ),
    ("found my daughter, she's 3, with nana's tablets, cant find the ones that are missing", E),
    ("my toddler opened my cramp tablets, some of the foils are pushed through", E),
    ("little one (2) was chewing on my amitriptyline packet, not sure if she swallowed any", E),
    ("my daughter opened my post for me, calf cramp again last night", None),
    ("two of the bubbles in my bubble wrap are popped lol, calf cramp earlier", None),
    # a dose doubled by mistake, or one tablet too many told without the word
    ("by mistake i doubled my quinine, feel a bit odd", E),
    ("dad took 3 instead of 1 this morning, he mixed up his pill boxes", E),
    ("mum accidentally doubled her heart tablets and feels dizzy", E),
    ("the doctor doubled my ramipril last month and my calves have cramped since", B),
    # someone who cannot keep count, or shows what too many do
    ("dad has dementia, his tablet box is empty and it was full on friday", E),
    (
        "my brother has learning difficulties and his quinine packet is empty already, he's very "
        "drowsy",
        E,
    ),
    ("my quinine packet is empty, need to order more, cramps are back", None),
    # an operation still to come, told with "taken out" or "removed"
    ("getting my thyroid taken out in two weeks, will it stop my cramps?", None),
    ("my parathyroid is being removed next month, just worried about cramps after", None),
    # how someone who cannot say so shows chest pain or breathlessness, or tenderness
    ("dad has dementia, he keeps clutching at his chest and his left calf is swollen and red", E),
    (
        "nan keeps rubbing her chest and her breathing is all fast and shallow, her leg has been "
        "swollen for days",
        E,
    ),
    (
        "found grandad on the bathroom floor, been there since last night, he winces when i "
        "touch his legs and his wee is dark brown",
        E,
    ),
    ("rubbing vicks on my chest for this cold, and a calf cramp last night", None),
    ("breathing hard after the hill, calf cramped at the top", None),
    # calf pain on walking as someone else sees it
    (
        "my wife gets halfway to the shops then has to stop and rub her calf, after a minute "
        "she's fine, months now",
        B,
    ),
    (
        "he can only get halfway down the road before he stops and holds his calf, a rest and he "
        "can go on",
        B,
    ),
    ("got halfway to the shops and remembered my wallet, calf cramp last night", None),
    # a time compared with now
    ("my calves look much thinner than last year and I'm slowly getting weaker on the stairs", B),
    ("both thighs are weaker than a year ago, getting worse over months, and they twitch", B),
    # GP reviews 169-171: a time compared with now; what has got harder to do
    (
        "my daughter says my thighs look thinner than they did last summer, and getting out of a "
        "chair is getting harder, slowly over months",
        B,
    ),
    (
        "my calves are thinner than they were at christmas and the stairs have got harder, it's "
        "crept up over the months",
        B,
    ),
    (
        "my legs look thinner because i've been dieting since january, strength is just the "
        "same, odd calf cramp",
        None,
    ),
    (
        "lost 6 kilos on purpose with running this year, legs look thinner, cramp after a long "
        "run",
        None,
    ),
    # tablets used up before the child had the pack; every jab had
    (
        "the baby was chewing my old pill packet but it was empty, i finished them ages ago. "
        "cramp last night",
        None,
    ),
    (
        "my toddler got into my old tablet box, dont worry it was already empty. calf cramp this "
        "morning",
        None,
    ),
    ("my toddler got into my tablet box and it was nearly full, now some are gone", E),
    (
        "my daughter cut her knee at the park, it's clean and she's had all her jabs. she had a "
        "calf cramp at bedtime",
        None,
    ),
    (
        "my son stood on a rusty nail in the yard, it went in deep, not sure he's had all his "
        "jabs",
        T,
    ),
    # one climb's cramp, over, against a walk's pain as a pattern
    ("was carrying the washing up two flights and my calf cramped, went after a sit down", None),
    (
        "every time i walk up the hill to the bus my calf seizes and i have to stop, a minute's "
        "rest and it goes",
        B,
    ),
    # how often told with the cramps themselves; a drink's strength told
    ("been stretching every night for two months and still getting 5 cramps a week", B),
    ("i drink 6 cans of 4.5% cider every night and my legs cramp a lot", B),
    # two legs measured; oxygen read low
    ("my left calf is aching, tape says 40cm and the right is 36cm", T),
    ("measured my calves, right 39.5 cm, left 37 cm, and the right one is sore", T),
    ("measured both calves out of curiosity, 36cm and 36.5cm, cramp last night", None),
    ("my calf is swollen and sore and my oxygen meter says 87 percent", E),
    ("finger oxygen reading 98% and pulse normal, just a calf cramp earlier", None),
    ("how many cramps a week counts as too many? when should i see a doctor", None),
    # GP reviews 172-174: a long lie, urine told as "her water", a leg gone "full", kept in a chair
    (
        "found dad on the bedroom floor this morning, think he'd been there hours. his legs hurt "
        "when i touch them and his water in the bottle is dark brown",
        E,
    ),
    (
        "gran hasn't left her chair for a week since the flu, her right ankle has gone very full "
        "and it's sore in the calf",
        T,
    ),
    (
        "my legs feel full and heavy after a day on my feet at work, both the same, calf cramp "
        "at night",
        None,
    ),
    # lockjaw told by the teeth, swallowing by choking; a neck lump taken out
    (
        "cut my hand on a rusty gate a week ago, now my teeth feel clenched shut and my neck and "
        "calves keep going into spasm",
        E,
    ),
    ("stood on a nail last week and now i keep choking on water and my jaw feels tight", E),
    (
        "had a nodule in my neck removed on monday, now my lips are tingly and my hands keep "
        "cramping",
        T,
    ),
    ("having a lump in my neck looked at next month, calf cramp last night", None),
    # spreading told as "now my ... too"; a walk's pain told by what follows the pause
    ("cramps started in my feet but now my hands and my belly are cramping too", T),
    (
        "i can walk to the end of the lane then my calf aches so much i stop, after a minute it "
        "goes and i carry on, been like that for months",
        B,
    ),
    # all taken, or a pack full then empty
    (
        "grandma's box of tablets was full yesterday and now it's empty, she's confused and "
        "sleepy",
        E,
    ),
    ("i think i took them all, the whole strip of my quinine, feel sick", E),
    (
        "finished the course of antibiotics, took them all as prescribed, calf cramp last night",
        None,
    ),
    (
        "toddler had the lid off my tablets but i counted and they're all there, calf cramp this "
        "morning",
        None,
    ),
    # cellulitis told by an angry patch and shaking under the covers
    (
        "my shin has an angry red patch that's bigger than yesterday and i'm shivering under "
        "three blankets",
        T,
    ),
    ("my knee looks a bit angry after the fall but it's not spreading and no temperature", None),
    # the skin's own trouble: the sun, a sock's mark
    ("both shins hot and pink after a day at the beach, a bit tender, no fever", None),
    ("red line round my calf where my sock digs in, fades when i take them off", None),
    # urine dark then clear, with only stiffness
    (
        "legs stiff after the hike and my wee was dark this morning, drank loads and it's pale "
        "again",
        None,
    ),
    # the long-standing and the shoe's doing
    ("my left foot catches on the kerb in my new sandals, fine in trainers", None),
    (
        "my right thigh has always been thinner since i had polio as a child, nothing has changed",
        None,
    ),
    # a night's sleep is not a cramp's length; a medicine for something else, unchanged; counts
    # coming down
    ("cramp woke me at 2am, still got 7 hours of sleep, only now and then", None),
    ("been on blood pressure tablets for years, nothing changed, cramp once in a blue moon", None),
    ("started at 6 cramps a week, now 1 a week after a month of stretching", None),
    ("up three times a night to pass water, always have been, and the odd cramp in my foot", None),
    ("my calf cramps were 2 a week, now 5 a week and waking me", B),
    (
        "the care home staff took them all to the panto, grandad loved it, he gets the odd calf "
        "cramp at night",
        None,
    ),
    ("sat in the chair for ages at the barber's, then a little calf cramp when i stood up", None),
    # GP reviews 175-177: pain told as agonising beside black urine; swallowing told as choking or
    # "won't go down"
    (
        "found mum on the landing, not sure how long she'd been there, her thighs are agonising "
        "and her wee is nearly black",
        E,
    ),
    (
        "cut my foot on a rusty hinge last week, now every time i try to swallow my tea it just "
        "won't go down and my legs spasm",
        E,
    ),
    (
        "grazed my knee in the allotment 10 days ago, now i keep choking whenever i drink and my "
        "jaw feels tight",
        E,
    ),
    # a lump taken out of the neck; lips and fingertips together
    (
        "had a lump removed from my neck last thursday, now my lips and my fingertips are "
        "buzzing and my hands cramp",
        T,
    ),
    # weakness told as a foot slapping more each month
    ("my right foot slaps more every month, been going on for a year, whatever shoes i wear", B),
    # the skin's own redness: the sun, socks, a scrape
    (
        "legs are red from the sun after the pool yesterday, sore to touch, and a cramp in the "
        "night",
        None,
    ),
    ("red marks on my calves from my new boots, gone by the morning", None),
    ("knee is a bit red where i knocked it on the table, no swelling, calf cramp earlier", None),
    # known and unchanged; a booster given at the time; a small biter named
    ("i have MS, my legs are always a bit numb, nothing new, just a calf cramp last night", None),
    (
        "trod on a nail in march, cleaned and a tetanus booster at the time, all healed, cramps "
        "as usual",
        None,
    ),
    (
        "something bit my leg in the garden, probably a mosquito, itchy red bump, and a cramp "
        "last night",
        None,
    ),
    ("something bit my leg in the garden, no idea what, and since then my legs keep cramping", T),
    # a poisonous plant or wild mushrooms eaten (the illness may be in the next sentence);
    # signs told from the news, a paper or the radio; a remedy's effect asked of anyone; the
    # urge of restless legs; how often a group the writer meets gets cramps; someone else's
    # bite already in hospital; cramps each time the writer sleeps or lies down; cramps once
    # only in the legs now also in the hands; a thyroid 'operation for' and 'of'; a leg asleep
    # from sitting cross-legged
    ("my daughter ate a few of the red berries off the yew hedge, shes 3, what do i do", E),
    ("toddler chewed on a foxglove flower in the garden about 20 mins ago, seems ok for now", E),
    (
        "my dad swallowed some oleander leaves thinking it was a herb, now hes being sick and "
        "dizzy",
        E,
    ),
    (
        "we found some mushrooms in the woods and had them on toast. an hour later we're both "
        "throwing up and my calves keep cramping",
        E,
    ),
    (
        "picked mushrooms at the park this morning and fried them. now i have cramps in both "
        "legs and keep vomiting",
        E,
    ),
    ("my son munched some laburnum seeds at the playground, hes been sick twice", E),
    (
        "i think i ate hemlock, i mistook it for wild parsley and now my legs are cramping "
        "and weak",
        E,
    ),
    (
        "there's foxglove all over the garden, is it true it's poisonous? my kids play out there",
        None,
    ),
    ("picked mushrooms this morning, the shop kind, my calf cramped on the walk home", None),
    (
        "we went foraging for mushrooms last autumn. anyway my calf cramped last night for a "
        "minute",
        None,
    ),
    (
        "saw on the news a marathon runner collapsed in the heat and had cramps, scary stuff. "
        "stay hydrated folks",
        None,
    ),
    (
        "read in the paper that loads of people fainted at the festival in the heatwave. my "
        "legs cramp in the heat too, any tips",
        None,
    ),
    (
        "heard on the radio a lad collapsed at football training with cramps and confusion. "
        "are cramps ever dangerous?",
        None,
    ),
    (
        "on the news they said stay in, its a heatwave and i'm confused and my legs are "
        "cramping and i've stopped sweating",
        E,
    ),
    ("does magnesium glycinate actually help cramps or does it just give you the runs", None),
    (
        "my sister says magnesium oxide will have you running to the loo, is citrate any "
        "better for night cramps",
        None,
    ),
    (
        "is it true that too much magnesium sends you to the toilet all day? thinking of "
        "trying it for my cramps",
        None,
    ),
    (
        "started magnesium 3 days ago and i've had diarrhoea since, now both calves keep cramping",
        T,
    ),
    (
        "cramps in my feet pretty much every time i lie down, going on for months, stretching "
        "does nothing",
        B,
    ),
    ("whenever i try to sleep my calves cramp up, been like that for weeks now", B),
    ("every time i nap after a night shift my legs cramp, its been months", B),
    (
        "my legs want to move all the time in the evening and i get the odd cramp, is that "
        "restless legs?",
        None,
    ),
    (
        "my mum's legs need to move all the time at night, sometimes she cramps too, is that "
        "rls or cramps",
        None,
    ),
    (
        "the customers come in with cramps all the time after the long drive, we sell loads "
        "of bananas",
        None,
    ),
    ("the lads on site get cramps constantly in the summer heat", None),
    ("my patients complain of cramps every night, what do you recommend i tell them", None),
    ("me and the lads all get cramps every night since we started the new job on the rigs", B),
    (
        "my husband got stung by a weever fish last week, he was in a&e and is fine now. my "
        "calf cramped last night",
        None,
    ),
    (
        "my son was bitten by a snake on holiday, he's in hospital and doing ok now. i've got "
        "stress cramps in my calves",
        None,
    ),
    ("my son was bitten by a snake an hour ago, he's being sick and his leg is swelling", E),
    (
        "it was only my calves at first but now also in my hands, they cramp into claws since "
        "this morning",
        T,
    ),
    (
        "was just in my feet before but since the weekend even my stomach muscles go into "
        "cramp too",
        T,
    ),
    ("cramp only in my left calf last night but my hands were fine too, just cold", None),
    ("only my calves cramp, never my arms or hands, is that normal", None),
    ("the cramps come 3 or 4 times in the week even with magnesium and stretching every night", B),
    ("woke at 3 in the night with a calf cramp, gone in a minute", None),
    ("my left calf cramped at 1 in the night, about 90 seconds", None),
    (
        "had my thyroid op 10 days ago and today my lips feel tingly and my fingers keep "
        "going stiff",
        T,
    ),
    ("operation of thyroid last week, now the fingers make spasm and tingling around mouth", T),
    (
        "my leg goes to sleep when i sit cross legged for too long and then it tingles, goes "
        "in a minute",
        None,
    ),
    (
        "sat with my legs crossed through the whole film, pins and needles after, within a "
        "minute it was gone",
        None,
    ),
    # wild mushrooms 'he picked', berries 'off a bush' and the illness told as drowsy or unwell;
    # pins and needles 'not only when sitting'; how long a child's medicine has been taken is not
    # how long the pain has lasted
    (
        "my wife fried up some mushrooms she found on the lawn and now shes drowsy and her "
        "legs keep cramping",
        E,
    ),
    (
        "the kids ate berries off a bush in the park, no idea what kind, my youngest is "
        "sleepy and pale now",
        E,
    ),
    (
        "mushrooms we gathered on the walk went in the risotto, an hour on and i feel really "
        "unwell and my calves are cramping",
        E,
    ),
    (
        "berries from the garden, definitely raspberries, were lovely. my calf cramped in the "
        "night though",
        None,
    ),
    (
        "we picked mushrooms at the farm shop, the button ones, and my calf cramped after the "
        "walk home",
        None,
    ),
    ("pins and needles in both feet on and off for months now, not only when i'm sitting", B),
    ("numb tingly toes for about a year, even when i'm walking, not from sitting on them", B),
    (
        "pins and needles in my foot after sitting cross legged at the assembly, gone after a "
        "minute",
        None,
    ),
    (
        "my 12 year old has taken ritalin tablets for years, she had a calf cramp after "
        "netball today, fine now",
        None,
    ),
    (
        "my son's been on an inhaler for years for asthma, got a cramp in his calf at "
        "football, gone after a minute",
        None,
    ),
    ("my 9 year old has had pain in one knee and shin for years now and it's getting worse", B),
    # self-care that does little ('stretching doesnt help much', 'nothing i try helps') over weeks,
    # not during the cramp going on now; a job with old paint told in the present beside a
    # colleague's lead result of last year
    (
        "my feet cramp and the toes curl most mornings before my tablets kick in, months of "
        "it now, stretching doesnt help much",
        B,
    ),
    ("calves cramp every morning when i wake, been going on for weeks, nothing i try helps", B),
    ("i stretch every morning and had one small calf cramp last night", None),
    (
        "i sand old paint off window frames for a living, a mate at work had high lead last "
        "year, and i've had cramps in my legs for weeks",
        T,
    ),
    (
        "i work stripping old paint in victorian houses, one of the lads got lead poisoning "
        "last spring, my calves cramp most nights now",
        T,
    ),
    (
        "a colleague tested high for lead last year, i work in an office, my calf cramped "
        "last night",
        None,
    ),
    ("calf cramp right now and stretching doesnt help, what else can i do", None),
    (
        "in the middle of a cramp in my foot, massaging it doesn't seem to help, how do i "
        "make it stop",
        None,
    ),
    # a potter's lead glazes, solvents and pesticides used as the day's work; a chemical spilt
    # or splashed over the legs, then twitching, sweating or tight breathing; exposure 'back in my
    # twenties' or 'in my thirties'; a painter is not pain; cramps now in the arms 'and across
    # my back too'; warmth that helps; a toenail's or a splinter's redness; a few cuts in a cow
    # field or farmyard muck; a bruise 'getting better every day'; worse since a flight
    (
        "been glazing pots with my own lead glazes for years, no mask, and now cramps in my "
        "calves every night and stomach aches",
        T,
    ),
    (
        "i work with solvents every day at the print works, and my legs have started cramping "
        "at night",
        T,
    ),
    (
        "i handle pesticides daily on the estate, its my job, and the cramps in my thighs are "
        "new this month",
        T,
    ),
    (
        "using paint thinners all day in a tiny room with the door shut, now i feel drunk and "
        "confused and my calf cramped",
        E,
    ),
    (
        "the weedkiller spilt down my legs when the tank cracked, soaked through, now my legs "
        "keep twitching and cramping and i'm sweating buckets",
        E,
    ),
    (
        "i spray insecticide in the orchard, got a faceful this morning when the wind turned, "
        "now drooling and my legs are cramping",
        E,
    ),
    (
        "pesticide splashed all over me from a burst pipe, my breathing feels tight and my "
        "legs are twitching",
        E,
    ),
    (
        "i used to spray pesticides back in my twenties, retired now, odd calf cramp after a "
        "long walk",
        None,
    ),
    (
        "worked with lead pipes in my thirties as a plumber, 70 now, get a foot cramp maybe "
        "once a month",
        None,
    ),
    ("painting the fence all afternoon and my calf cramped on the ladder, gone in a minute", None),
    ("i'm a painter and decorator, calf cramp up the ladder today, about 30 seconds", None),
    ("cramps started in my feet on monday and now they're in my arms and across my back too", T),
    (
        "this week the cramps went from my calves and now i'm getting them in my hands and "
        "round my tummy as well",
        T,
    ),
    ("warmth really helps my cramps, a hot water bottle on the calf and it lets go", None),
    (
        "ingrown toenail, the side is a little bit red but not spreading, no fever, also the "
        "odd foot cramp",
        None,
    ),
    (
        "a few cuts on my feet from walking barefoot in the cow field yesterday and now my "
        "legs keep cramping",
        T,
    ),
    (
        "cuts on both shins from clearing brambles in the farmyard muck, no idea when my last "
        "tetanus was",
        T,
    ),
    (
        "bruised my thigh on the table, getting better every day, and a calf cramp last night "
        "for a minute",
        None,
    ),
    (
        "my calf cramped on the flight back from dubai on friday and the pain has got worse "
        "each day since, nothing else really",
        T,
    ),
    # a journey or an operation still to come is no cause of a pain now; an age asked about as
    # now ('normal at 70'); a foot warm again; fumes in a closed space; a swig of bleach; a
    # spill that never reached the skin; no symptoms and what lead does asked; jabs 'all done'
    (
        "flying to lanzarote tomorrow and my night cramps are getting worse, any tips for the "
        "plane",
        None,
    ),
    (
        "off on a long coach tour next week, my left calf has ached for a few days after "
        "gardening",
        None,
    ),
    ("booked in for my hip op next month, calf cramps getting worse at night lately", None),
    (
        "got back from a 12 hour flight on sunday and my left calf has ached ever since, "
        "getting worse",
        T,
    ),
    (
        "pins and needles in my feet for a year or more now, and cramps, i suppose that's "
        "usual at 75",
        B,
    ),
    ("numb tingly toes on both feet for months, i guess it's common at 68, and the odd cramp", B),
    (
        "cramp in my foot, it was cold from the stone floor but it's warm again and a normal "
        "colour, nothing else",
        None,
    ),
    (
        "toes went cold on the walk in the snow, they're warm now and pink, had a small cramp "
        "in the arch",
        None,
    ),
    (
        "been stripping varnish with paint stripper in the tiny shed with the door shut all "
        "afternoon, now im dizzy and confused and my calves are cramping",
        E,
    ),
    (
        "my nan took a swig from a squash bottle that had bleach in it, shes being sick and "
        "her legs are cramping",
        E,
    ),
    (
        "spilt some pesticide concentrate but it landed on my wellies, not on me, washed them "
        "off. calf cramp tonight from kneeling",
        None,
    ),
    (
        "the old house has lead pipes, no symptoms at all, i'm just wondering, do they cause "
        "leg cramps?",
        None,
    ),
    (
        "grazed my knee on the patio, a bit of redness right around the scrape, not "
        "spreading, no temperature, tetanus jabs all done",
        None,
    ),
    (
        "grazed my knee on the patio and now the redness is spreading up my leg and i have a "
        "temperature of 38.6",
        T,
    ),
    # a chilblain's purple is the skin's; tablets taken, then hard to keep awake or slurring; a
    # household product in a child's mouth; an engine run in a closed shed or garage; weakness
    # since new tablets, the foot dragging or slapping
    (
        "chilblains on my heels again this winter, dark purple and itchy, also the odd calf "
        "cramp, any link?",
        None,
    ),
    (
        "my right calf has gone a dusky purple colour and it's swollen and throbbing since "
        "yesterday",
        T,
    ),
    (
        "took 6 of my sleeping tablets and a few beers to stop the cramps, now i can barely "
        "stay awake and im slurring",
        E,
    ),
    (
        "my husband necked 5 of his diazepam with whisky because of his leg cramps and now he "
        "won't wake up properly",
        E,
    ),
    ("took 2 of my paracetamol for the sore calf after the cramp, feeling fine now", None),
    ("my toddler got some laundry gel in her mouth from a pod, shes coughing and crying", E),
    (
        "ran the diesel generator in the shed with the door closed for a couple of hours, now "
        "dizzy with a headache and my legs are cramping",
        E,
    ),
    (
        "the generator was running outside the tent all night, i had a calf cramp at 3am, "
        "fine now",
        None,
    ),
    (
        "since he started the new pills his left foot drags and he keeps tripping, and his "
        "cramps are worse",
        T,
    ),
    # more painkillers than a day allows, told by the number; a foot still white after warming;
    # a chilblain's colours together
    (
        "had about 20 ibuprofen since yesterday for the calf pain after the cramp, tummy a "
        "bit off, is that ok?",
        E,
    ),
    ("my mum took twelve of her co-codamol today for her leg cramps, she says she feels fine", E),
    ("took 2 paracetamol for the ache after the cramp, feeling better now", None),
    ("i take 8 tablets a day for my heart and blood pressure, and get the odd calf cramp", None),
    (
        "came in from shovelling snow and my right foot is white and numb and still white "
        "after an hour by the fire",
        E,
    ),
    (
        "my toes went white in the snow but colour came back after ten minutes by the fire, "
        "had a calf cramp later",
        None,
    ),
    (
        "chilblains on my fingers and toes, red and purple and itchy, plus night cramps in "
        "both calves",
        None,
    ),
    # heavy sweating with cramps that keep coming after it; a garden chemical handled with bare
    # skin; a child's temperature read below a high one
    (
        "did a 30k trail race in the heat, sweated buckets, and my legs have been cramping on "
        "and off ever since, even after drinking loads",
        T,
    ),
    ("sweated loads at the gym and my calf cramped on the last set, fine after a stretch", None),
    (
        "handled pesticide without gloves this morning when the bottle leaked, now my calves "
        "keep cramping",
        T,
    ),
    ("wore gloves to handle the weedkiller like always, calf cramp tonight from kneeling", None),
    (
        "my daughter is 7, temperature 37.6 with a cold, said her legs ached last night, "
        "she's playing happily now",
        None,
    ),
    ("my son is 5, temperature 39 and he won't walk on his left leg, says it hurts", T),
    # one cramp tonight, then awake (not cramps that spoil sleep)
    ("hamstring cramped at football around 7 this evening, ok now, just can't sleep", None),
    ("quad seized up on the bike an hour ago, fine now but i cant sleep lol", None),
    ("my foot cramped earlier while i was cooking, it's gone, still can't sleep though", None),
    ("had a calf cramp in the pool tonight, all good now, just cant get to sleep", None),
    ("my calves cramp every evening now and i just can't sleep", B),
    ("these cramps are ruining my sleep, every night this week", B),
    # moving on hands and knees is not a crawling feeling
    (
        "spent the afternoon crawling through the loft laying insulation, then my calf cramped "
        "for a minute",
        None,
    ),
    ("was crawling under the car fixing the exhaust and my thigh cramped", None),
    ("crawling around on the floor with the grandkids all morning, foot cramp after", None),
    (
        "two hours crawling about in the crawl space running cables, hamstring went into a cramp "
        "when i stood",
        None,
    ),
    ("a crawling feeling in both feet for months now, and cramps at night", B),
    # pest control called in, or one job, is not years of pesticides
    ("we had pest control round for mice yesterday, and my calf cramped last night", None),
    ("rang pest control about the wasps, then got a cramp in my foot", None),
    ("the landlord sent pest control for the cockroaches. cramp in my left calf tonight", None),
    ("i've done pest control for 12 years and now my feet tingle and my legs cramp", T),
    ("been a pest controller since 2015, legs cramp most nights and my hands shake", T),
    # cramps from a medicine that stopped when it was changed, or since starting something
    ("the amlodipine gave me calf cramps but the gp lowered the dose and they have stopped", None),
    (
        "my dad's new water tablets caused foot cramps, the doctor switched them and he's slept "
        "through since",
        None,
    ),
    (
        "leg cramps i had in the first month after surgery have gone since i started taking "
        "magnesium and drinking more",
        None,
    ),
    ("the cramps she got on the new inhaler have completely stopped since they changed it", None),
    ("started amlodipine three weeks ago and since then my calves cramp every night", B),
    (
        "the doctor lowered the dose but the cramps from the new tablets are still coming every "
        "night",
        B,
    ),
    # a foot or leg that looks not normal
    (
        "cramp in my calf last night and this morning the calf looks not normal, kind of puffy "
        "and warm",
        T,
    ),
    # statin cramps that stopped once the doctor changed it (seen to, over)
    (
        "my doctor switched me from simvastatin to pravastatin in the spring and the leg cramps "
        "have gone",
        None,
    ),
    (
        "the muscle aches mum had on her statin have completely stopped since the gp halved the "
        "dose",
        None,
    ),
    (
        "rosuvastatin gave me sore thighs so they dropped it to 5mg, the cramps i had on the old "
        "dose have stopped",
        None,
    ),
    (
        "my gp lowered my statin dose but the cramps are still there and my legs ache all the "
        "time",
        T,
    ),
    ("on atorvastatin, cramps have stopped but my thighs are weak and sore this week", T),
    # a cry for help after a warm leg is not warmth that helps
    ("my calf is red and hot to the touch help", T),
    ("left calf swollen and hot help me", T),
    ("his calf is hot and puffy, help pls", T),
    ("right calf feels hot help me", T),
    ("my calf is hot to the touch help", T),
    # a booster got where the wound was seen to: jabs known
    (
        "cut my shin on barbed wire in june, went to the walk-in centre and got a tetanus shot, "
        "healed fine. calf cramp this morning for a minute",
        None,
    ),
    (
        "gashed my leg on a rusty gate last month, been to minor injuries, got the tetanus "
        "booster, all healed up. had a quick cramp in my calf last night",
        None,
    ),
    (
        "trod on a nail at work, went to the er and had a tetanus booster, it's healed. foot "
        "cramped in bed tonight, 30 seconds",
        None,
    ),
    (
        "stepped on a rusty nail last week, didnt go to a&e, no idea when my last tetanus jab "
        "was, calf cramped last night",
        T,
    ),
    # one night's sleep lost to the one cramp that woke them
    ("calf cramp woke me at 3 last night, running on no sleep at work today", None),
    ("foot cramp woke me up last night and i hardly slept after it, knackered", None),
    ("a hamstring cramp woke me at 4 this morning, no sleep since, gonna be a long shift", None),
    ("cramps wake me every night, no sleep for weeks", B),
    ("these cramps keep waking me up, i'm running on no sleep", B),
    # the nerves' signs told as over, checked and fine now
    (
        "two weeks ago i had numbness down below and couldnt pee properly, went to a&e, mri was "
        "clear and its all back to normal now. calf cramp last night",
        None,
    ),
    (
        "my dad had trouble peeing last month after a fall, the hospital checked him and did a "
        "scan, all fine now. he's asking about cramps in his feet",
        None,
    ),
    (
        "last week my wife lost some feeling around her bottom after lifting, the ER did an MRI, "
        "it was normal and she's fine now; just calf cramps tonight",
        None,
    ),
    ("two weeks ago i had a clear mri, but since yesterday i cant pee and my bum is numb", E),
    ("last month the scan was normal but now i cant feel my bottom again and i cant pee", E),
    # breath in a hurry: typos of can't and cannot
    ("suddenly i cnat breath, calf was sore yesterday", E),
    ("cabt breathe properly all of a sudden and my calf is swollen", E),
    ("my mum canot breath properly since 10 min, her calf was swollen yesterday", E),
    # pain on walking that eases at rest, in slang
    ("calf kills when i walk far, fine once i stop for a bit", B),
    ("my legs are killing after a few hundred yards walking, eases when i stand still", B),
    ("his calves kill him walking to the shop, goes off when he stops", B),
    # self-care for weeks with nothing helping, the cramps not named
    ("been stretching and drinking loads for weeks, nothing helps", B),
    ("tried magnesium and stretches for a month now, nothing works", B),
    # chest pain long ago, explained
    ("had chest pain last yr, it was reflux, now just night cramps", None),
    ("chest pains 2 yrs ago turned out to be anxiety, these days just calf cramps", None),
    ("chest pain last yr was reflux but now its back and im short of breath", E),
    # a swollen leg checked and a clot ruled out
    ("gp checked my swollen leg yesterday, scan clear, no clot, just cramps now", None),
    ("had the ultrasound on monday for my puffy calf, no clot, only cramps now", None),
    ("my swollen calf got scanned yday and it was fine, no clot, its just the cramps now", None),
    ("scan was clear last month but now my calf is swollen and hot again", T),
    # drinking more told among the self-care tried is fluids, not alcohol
    ("been stretching and drinking loads for weeks, nothing helps", B),
    ("magnesium, bananas and drinking loads, cramps gone for now", None),
    ("i drink loads every night, half a bottle of vodka, and my calves cramp", B),
    # an emergency's sign told weeks ago, checked, explained and gone since
    (
        "my husband had chest pains three weeks ago, the hospital did an ecg and bloods, all "
        "normal, said it was a pulled muscle, no pain since. now he wants to know about his calf "
        "cramps",
        None,
    ),
    (
        "had a tight chest last month, a&e said anxiety after the tests came back fine, not had "
        "it since. leg cramps most nights though, is that anxiety too",
        B,
    ),
    (
        "had chest pain last month, the ecg was fine, but today the pain came back and i'm short "
        "of breath",
        E,
    ),
    (
        "a&e checked my chest pain two weeks ago and the bloods were normal, but now its back "
        "and my calf is swollen",
        E,
    ),
    # statin aches checked, the statin changed, aches gone, the usual cramps as before
    (
        "doctor checked dad's bloods for the aches on his statin, switched him to another one, "
        "the aches are gone and he just gets the usual calf cramp now and then",
        None,
    ),
    (
        "they switched my statin last month and the aches are gone but my thighs are weak and "
        "sore this week",
        T,
    ),
    # pins and needles told as gone
    (
        "the pins and needles in my feet are all gone since the b12 jabs, just asking about diet",
        None,
    ),
    ("tingling has completely stopped after they sorted my b12, any foods to keep it up", None),
    ("pins and needles in both feet for months, never had my b12 checked", B),
    # bitten as second-language English writes it
    ("my wife was bited by a snake in the field, now her leg is cramping", E),
    ("i was biten by a spider in the shed and now my legs cramp and i sweat", E),
    # a long-standing statin, a cramp with a cause last night, a little sore today
    ("on simvastatin for 6 years, calf cramp after football last night, a bit sore today", None),
    (
        "10 yrs on rosuvastatin, hamstring cramped on the bike yesterday, slightly tender this "
        "morning",
        None,
    ),
    ("atorvastatin for years, foot cramp after a long walk last night, bit tender now", None),
    ("on atorvastatin 8 years, both thighs sore and weak for a week, no reason i can think of", T),
    # someone else's sign told as their story, the writer comparing and never having had it
    (
        "my sister had tingling lips after her thyroid surgery. i had mine done years ago and "
        "never had that, just the odd calf cramp, related?",
        None,
    ),
    (
        "a friend got hand spasms after her parathyroid op. i had the same op in 2015 and never "
        "had that, only leg cramps sometimes",
        None,
    ),
    (
        "my mum had her thyroid out on monday and now her lips are tingling, i never had that "
        "after mine",
        T,
    ),
    # a cramp's start told after a comma, still holding
    ("my calf locked up, that was about 25 min ago and its still rock solid, nothing eases it", T),
    ("foot cramped, it was half an hour ago and it still wont let go", T),
    ("hamstring cramped at the gym, that was 20 min ago, fine now", None),
    # a new sign told after the all-well stays
    (
        "had chest pain last week, the hospital said it was fine, no pain since, but coughing "
        "blood today",
        E,
    ),
    ("two weeks ago a&e checked my bladder, mri clear, fine now, except today my bum is numb", E),
    # Money, time or effort wasted is no muscle wasting; one night's or one day's twitching, with
    # nothing of it going on or coming back, is a passing twitch
    ("am i wasting my money on magnesium spray for the cramps in my legs?", None),
    ("is the foam roller for my calves worth it or am i just wasting my time", None),
    ("don't want to be wasting the doctor's time over a leg cramp, it went after a minute", None),
    ("wasting good money on pickle juice shots for my calf cramps, nothing changes", None),
    (
        "my son says I'm wasting my breath telling him to stretch his legs before football, "
        "he cramped again",
        None,
    ),
    (
        "hamstring cramp last night. am i wasting effort with the stretches or should i keep "
        "going?",
        None,
    ),
    ("my left calf is wasting away slowly this year and it cramps most nights", B),
    (
        "the muscle on my right thigh is wasting, it looks thinner than last year, and cramps "
        "a lot at night",
        B,
    ),
    (
        "I've noticed wasting in my calf muscles over the last year, with twitching and cramps",
        B,
    ),
    ("my calf twitched last night for a bit but never cramped, no pain at all", None),
    (
        "this morning my thigh was twitching under the skin when i woke up, stopped after i "
        "got up. no cramp",
        None,
    ),
    (
        "yesterday evening my left calf twitched like something moving under the skin, didn't "
        "turn into a cramp",
        None,
    ),
    (
        "in bed last night i felt the muscle in my foot twitching, no cramp came, all fine now",
        None,
    ),
    (
        "odd one: tonight my shin muscle is flickering under the skin while i watch tv. "
        "doesn't hurt",
        None,
    ),
    (
        "my calf has been twitching under the skin every day for a month, and cramps at night",
        B,
    ),
    (
        "twitching in both calves for weeks now, visible under the skin, plus cramps most nights",
        B,
    ),
    (
        "last night my calf twitched again, it's been doing that most nights since the summer",
        B,
    ),
    ("my thigh keeps twitching under the skin and it looks thinner than the other one", B),
    ("last night my calf twitched again like it does most nights now, and cramped at 4am", B),
    # Bladder control lost in everyday words ('keep weeing myself', 'can't control my bladder'),
    # not a figure of speech ('nearly wet myself laughing'); numbness or weakness of both legs
    # 'more and more' is getting worse; a sign asked how to avoid or stop happening on a trip is
    # not had
    (
        "since this afternoon i keep weeing myself and can't stop it, back is killing me, "
        "legs tingly",
        E,
    ),
    ("my back went yesterday and now i'm peeing myself without knowing, legs are weak", E),
    ("sciatica for a week and today i've been wetting myself, didn't even feel it coming", E),
    (
        "lower back agony since lifting the fridge and now i cant control my bladder at all, "
        "it just comes out",
        E,
    ),
    ("back pain and leg cramps, and tonight i keep peeing myself, never happened before", E),
    ("the cramp was so bad i nearly wet myself, calf is fine now", None),
    (
        "laughed so hard at the panto i nearly peed myself, then my calf cramped on the way "
        "home lol",
        None,
    ),
    (
        "both legs getting weaker and more numb by the hour since breakfast, now i can hardly "
        "stand",
        E,
    ),
    (
        "numbness in both legs spreading up from my feet since this morning and they're "
        "getting weaker, can barely walk",
        E,
    ),
    ("my legs are both going weak and numb, worse than an hour ago, struggling to stand up", E),
    (
        "both my legs have gone numb and heavy and it's getting worse all afternoon, i keep "
        "stumbling",
        E,
    ),
    (
        "my left leg went numb and weak this morning, it's not getting worse but it's still there",
        T,
    ),
    (
        "both legs numb from sitting cross legged on the floor at the assembly, came back in "
        "a minute",
        None,
    ),
    (
        "long flight tomorrow, 11 hours. how do i stop cramps and tingly legs happening? "
        "nothing now",
        None,
    ),
    ("how can i avoid numb legs and cramps on the coach trip next week? fine at the moment", None),
    (
        "what should i do to prevent swollen ankles and cramps on my flight to perth? no "
        "problems now",
        None,
    ),
    (
        "both legs going numb and weak more and more since this morning, pins n needles up "
        "past my knees now and i can barely stand",
        E,
    ),
    (
        "my legs are more and more numb since lunch, both of them, and so weak i nearly fell "
        "on the stairs",
        E,
    ),
    (
        "since i woke up both my legs get weak more and more, and the numb feeling is "
        "climbing to my knees",
        E,
    ),
    (
        "numb in both legs more and more through the day, now heavy and weak and i can barely "
        "stand up",
        E,
    ),
    (
        "my calves get a bit heavy by the end of a shift, more and more these days with the "
        "long hours, cramps at night sometimes",
        None,
    ),
    (
        "long flight tomorrow, 11 hours. how do i stop cramps and tingly legs happening? "
        "nothing now",
        None,
    ),
    ("how can i avoid numb legs and cramps on the coach trip next week? fine at the moment", None),
    (
        "driving to scotland on saturday, how do i keep my feet from going numb and cramping "
        "on the drive? all fine right now",
        None,
    ),
    (
        "how should i avoid swollen ankles and calf cramps on the 14 hour flight to la? no "
        "problems at the moment",
        None,
    ),
    (
        "off to bali next month, how can we stop pins and needles happening on the plane? we "
        "both get cramps sometimes",
        None,
    ),
    (
        "how do i stop this swelling in my left calf, it's been puffy and warm since the "
        "flight yesterday",
        T,
    ),
    ("how can i stop my left foot going numb? it's been numb and weak since this morning", T),
    (
        "my right calf has been swollen and tender since the long drive, how do i stop it "
        "happening again on the way back?",
        T,
    ),
    # An emergency's sign told months ago ('in October', 'back in March', 'last winter'), checked
    # by a cardiologist or specialist or a normal test, with 'nothing like that since' or 'none
    # since', is over; back, new or told now it stands
    (
        "calf cramp last night, mild. before anyone asks, the chest tightness i had at the "
        "gym in october was checked, ecg and bloods normal, the doctor said it was a pulled "
        "muscle. nothing like that since.",
        None,
    ),
    (
        "left foot cramp this morning. the chest pain I had in the sauna last month was "
        "checked, ECG normal, put down to the heat. none since.",
        None,
    ),
    (
        "logging a hamstring cramp from football. for the record the breathlessness i had "
        "back in march, the cardiologist put it down to asthma, all tests normal, nothing "
        "like it since",
        None,
    ),
    (
        "two calf cramps this week. I coughed a bit of blood last winter, the x-ray was clear "
        "and the specialist said it was a burst vessel from coughing, none since",
        None,
    ),
    (
        "toe cramp in the pool today. the numb bum thing from last year was checked with an "
        "mri, it was normal, nothing like that since",
        None,
    ),
    (
        "calf cramp last night. the chest pain i had in october was checked, ecg normal, but "
        "since this morning it's back and i'm short of breath",
        E,
    ),
    (
        "the chest tightness from january was checked, ecg normal, nothing like that since "
        "until an hour ago, now it's crushing",
        E,
    ),
    (
        "my ecg in march was normal, but right now i have chest pain and can't catch my "
        "breath after a calf cramp",
        E,
    ),
    # The urge to move of restless legs in other words ('have to get up and walk it off', 'walking
    # about helps', 'can't keep them still', 'only walking makes it stop'): a crawling feeling in
    # its sentence is not pins and needles
    (
        "how do i know if it's restless legs or cramps? most evenings my legs feel creepy "
        "crawly and i have to get up and walk around, no actual knot",
        None,
    ),
    (
        "in bed my legs get a crawling feeling and i need to get up and move them, is that "
        "rls or a cramp thing?",
        None,
    ),
    (
        "in the evenings my calves feel crawly and I can't keep them still, walking about "
        "helps. cramps too sometimes. what is this?",
        None,
    ),
    (
        "my legs feel like ants are marching in them at night and I have to keep moving them, "
        "never a hard cramp though",
        None,
    ),
    (
        "evenings on the sofa my legs go all creepy-crawly and I've got to get up and pace, "
        "then they settle",
        None,
    ),
    ("pins and needles in both feet for months now, worse at night, and cramps in my calves", B),
    ("a crawling pins and needles feeling in my feet for months, and the toes are a bit numb", B),
    (
        "at night my legs feel like bugs crawling under the skin and i have to get up and "
        "walk it off, it's not like my cramps",
        None,
    ),
    (
        "it's like something crawling inside my calves when i lie down, i have to get out of "
        "bed and walk around. rls or cramps?",
        None,
    ),
    (
        "legs feel like ants crawling every night at bedtime and only walking makes it stop, "
        "cramps are different, they knot",
        None,
    ),
    # A frequency told of another state of the leg after it ('every night my calves feel crawly',
    # 'most evenings my legs get fidgety'), with cramps only now and then, is not frequent cramps
    (
        "every night my calves feel crawly and I can't keep them still, walking about helps. "
        "cramps too sometimes. what is this?",
        None,
    ),
    (
        "most evenings my legs get fidgety and i can't keep them still on the sofa, the odd "
        "cramp now and then too",
        None,
    ),
    (
        "every night my legs feel jittery and restless when i lie down, a cramp maybe once a "
        "month",
        None,
    ),
    ("every night my calves cramp up and wake me, and they feel crawly after", B),
    ("my legs cramp every night and feel heavy all day", B),
    # A past time in an earlier comma clause ('kidney transplant 2 yrs ago, ...') does not reach a
    # later clause with a time of now ('weak since few days', 'for 3 days now', 'since monday') or
    # a medicine taken now ('on rosuvastatin'); one dose taken twice by mistake is too many
    # tablets; a time between a medicine and what it is for ('furosemide 2 weeks ago for ankle
    # swelling') keeps the swelling as what it treats
    (
        "kidney transplant 2 yrs ago, on atorvastatin, muscles all over aching and weak since "
        "few days, cramps in legs and urine gone dark brown",
        E,
    ),
    (
        "hip replacement 3 years ago, on simvastatin, legs aching and weak for 3 days now, "
        "pee is dark like cola",
        E,
    ),
    (
        "had my gallbladder out last year, statin since, thighs so weak and sore since "
        "monday, wee gone brown like tea",
        E,
    ),
    (
        "knee op 4 years ago, on rosuvastatin, calves aching and weak since a few days, "
        "cramps at night, pee normal",
        T,
    ),
    (
        "hip replacement 3 years ago, legs have been fine since, just a calf cramp after "
        "gardening today",
        None,
    ),
    (
        "had a kidney stone 2 years ago, pee was dark brown then, all fine now, calf cramp "
        "last night",
        None,
    ),
    (
        "had a clot in my left leg 5 years ago, swollen and red then, on blood thinners for 6 "
        "months, all good since",
        None,
    ),
    (
        "had a clot in my left leg 5 years ago, off the thinners now, but since 2 days my "
        "right calf is swollen and warm",
        T,
    ),
    (
        "i take lithium for bipolar and i think i took my evening dose twice plus the morning "
        "one by mistake, now shaky and legs cramping what do i do",
        E,
    ),
    (
        "mum is muddled and thinks she took her heart tablets twice this morning, now she's "
        "dizzy and her legs are cramping",
        E,
    ),
    (
        "i double dosed my quinine last night without thinking, ears ringing today and calves "
        "cramping",
        E,
    ),
    (
        "pretty sure he had his lithium twice tonight, one from each box, he's shaking and "
        "his legs keep cramping",
        E,
    ),
    ("took my blood pressure tablets twice today as the gp said, calf cramp after the walk", None),
    ("gp says take the tablets twice daily now, calf cramps bit better", None),
    (
        "gp put me on furosemide 2 weeks ago for ankle swelling and since then cramps in "
        "calfs almost every day, should i stop it",
        B,
    ),
    (
        "started water tablets a fortnight back for the puffy ankles, now my calves cramp "
        "most nights",
        B,
    ),
    (
        "they gave me bendroflumethiazide about 3 weeks ago for my swollen feet and the "
        "cramps started soon after, nearly nightly",
        B,
    ),
    (
        "on furosemide for my ankles for years, but since yesterday my left calf alone is "
        "swollen, hot and red",
        T,
    ),
    # Cramps 'in her arms and her tummy as well' are cramps spreading; a leg 'warm and the same
    # colour as the other' is a leg checked and normal, not warmth; a nappy's colour is the
    # urine's, not the leg's
    (
        "my wife had stroke 2 years ago, she was getting leg cramps but now past few days the "
        "cramps are in her arms and her tummy as well, this is new",
        T,
    ),
    (
        "my dad's had night cramps in his calves for years but since last week the cramps are "
        "in his hands and his belly too",
        T,
    ),
    ("the cramps are now in my arms and my stomach as well, used to be just my calves", T),
    (
        "mum's cramps have been in her fingers and her chest as well since monday, before it "
        "was only her legs",
        T,
    ),
    ("my cramps are in my calves and my feet as well, mostly at night after long shifts", None),
    ("the cramps are in my hamstrings too after squats, usual stuff", None),
    (
        "care home said mum wasnt moving her left leg earlier, she had cramp in it, they "
        "stretched it and now she walks to lounge normally, leg is warm and same colour as "
        "the other",
        None,
    ),
    (
        "dad's calf locked up and he couldn't move it for a bit, nurse stretched it, now he's "
        "walking fine, foot is warm and a normal colour",
        None,
    ),
    (
        "felt my foot after the cramp, it's warm and the same colour as the other one, all "
        "good now",
        None,
    ),
    (
        "my little girls nappy was red-dark yesterday but she ate lots of beetroot, today its "
        "normal and shes running around, she cried once with a leg cramp and it went fast",
        None,
    ),
    (
        "his nappy looked a bit red after all the beetroot at nursery, back to normal now, he "
        "had a little leg cramp at bedtime",
        None,
    ),
    ("my left calf is warm and red and swollen since yesterday, same colour as a tomato", T),
    (
        "her foot went white and cold and she can't move it, it was warm and a normal colour "
        "this morning",
        E,
    ),
    # an insecticide or sheep dip on the skin, told by what it does (sweating, drooling, streaming
    # eyes, twitching, feeling sick), not as a poisoning; not hay fever, a question or next week
    (
        "was dipping sheep this morning with no gloves, now sweating, drooling, eyes "
        "streaming and my legs are twitching and cramping",
        E,
    ),
    (
        "handled the insecticide concentrate bare handed earlier, now my eyes are watering "
        "nonstop, I'm salivating loads and my calves are cramping",
        E,
    ),
    (
        "sheep dip got in my boots this morning. now I'm sweating loads, dribbling, my eyes "
        "are running and my legs are cramping",
        E,
    ),
    (
        "been dipping sheep today, the dip soaked my jeans, now feeling sick, sweating "
        "heavily, twitchy and cramping in both calves",
        E,
    ),
    (
        "pesticide leaked through my gloves earlier today, since then pouring with sweat, "
        "watery eyes, nausea and my legs keep cramping",
        E,
    ),
    (
        "my husband got sheep dip all over him this morning, he's dribbling, sweating and his "
        "legs are cramping",
        E,
    ),
    (
        "used fly spray in the kitchen, my eyes are streaming with hay fever and I had a calf "
        "cramp at the gym",
        None,
    ),
    (
        "does insecticide cause drooling and twitching? just curious, my calf cramps after "
        "running",
        None,
    ),
    (
        "we're treating the cattle with insecticide next week, I've got a streaming cold and "
        "a headache, calf cramp after the walk",
        None,
    ),
    (
        "I buy organic to avoid pesticides, I feel sick after big meals and my calf cramps at "
        "night",
        None,
    ),
    # carbon monoxide told by its source (an alarm going off, a bbq, grill or generator in a tent
    # or garage) and what it does now (a pounding head, dizzy, sick, muddled); not an alarm tested
    # or never gone off, a hangover, or a question
    (
        "our CO detector keeps beeping, my husband and I are both dizzy with pounding heads "
        "and I've got leg cramps",
        E,
    ),
    (
        "brought the barbecue into the tent because of the rain, now my wife is confused and "
        "i have a headache and leg cramps",
        E,
    ),
    ("the co alarm started going off, I feel muddled and sick, and my thighs keep cramping", E),
    (
        "monoxide alarm has been bleeping since tea time, kids have headaches, i'm dizzy and "
        "have cramp in my leg",
        E,
    ),
    (
        "the detector in the kitchen says CO, the whole family has headaches and dizziness, I "
        "have a cramp in my calf",
        E,
    ),
    (
        "using a charcoal grill in the garage because of the rain, now i'm lightheaded, "
        "headache and my legs cramp",
        E,
    ),
    ("tested the co alarm today, it works fine, I've got a calf cramp from the gym", None),
    ("we have a co alarm, it's never gone off, calf cramp after my run", None),
    (
        "had a bbq in the garden with the lads, hungover today with a headache, calf cramp "
        "after football",
        None,
    ),
    (
        "going camping next week, will we be ok with a stove inside the tent? I get calf "
        "cramps at night",
        None,
    ),
    # a household or garden product swallowed by a child or anyone else ('had a sip of', the
    # product named first, slug pellets, screenwash, lamp oil); not a drink taken while using one,
    # nor 'white spirit' read as a white leg
    ("my boy had a sip of the toilet cleaner, now he's got cramps in his legs", E),
    (
        "found my little boy with the drain cleaner bottle, he swallowed some, now he says "
        "his legs hurt and cramp",
        E,
    ),
    ("my 5 year old ate some of the slug pellets in the garden, now her legs are cramping", E),
    ("my daughter drank some of the screenwash, now her calves are cramping", E),
    ("my nephew drank paraffin from a bottle, now cramps", E),
    ("my 3 year old drank some lamp oil and his legs are cramping", E),
    ("my toddler had a mouthful of the white spirit I left out, her legs are cramping now", E),
    ("drank my coffee while cleaning the brushes with white spirit, calf cramp after", None),
    ("put slug pellets down in the garden then had a sip of tea, calf cramped kneeling", None),
    ("the slug pellets are kept locked away from the kids, I had a calf cramp weeding", None),
    ("cleaned the loo with toilet cleaner and had a bit of a sit down, cramp in my calf", None),
    # someone else's contact with a toxin, or one of a decade long gone ('in the 80s'), while the
    # cramp told is the writer's own and ordinary; theirs with their own cramps still counts
    ("my dad worked in a lead smelter in the 80s, I get the odd calf cramp after running", None),
    (
        "grandad used sheep dip on his farm in the 70s, i've never farmed, i get a cramp in "
        "my foot sometimes at night",
        None,
    ),
    (
        "my father was a painter and decorator using lead paint for decades, I had a cramp in "
        "my calf last night",
        None,
    ),
    ("my husband sprays pesticides for a living, I got a cramp in my calf last night", None),
    ("my brother works in battery recycling, I'm a teacher and had a calf cramp at netball", None),
    ("my husband sprays pesticides for a living and his legs cramp every night now", T),
    (
        "my dad has worked with lead for years and now he gets cramps most nights and tummy aches",
        T,
    ),
    ("I worked in a lead smelter for 10 years and lately I get cramps most nights", T),
    ("it's been in the 90s all week, drinking loads, calf cramp after my run", None),
    # long contact at work or in a hobby (lead crystal, lead loading, weights cast from lead,
    # glazes with lead, sheep dipped for years, insecticide as the job) with cramps of weeks or
    # months; not legs 'made of lead', a team lead or a lead singer
    (
        "i run a lead crystal cutting workshop, for the past few months night cramps and "
        "constant tiredness",
        T,
    ),
    (
        "dipped sheep every year on the farm for 20 years, for months now tingling in both "
        "feet and calf cramps at night",
        T,
    ),
    (
        "restoring old cars is my hobby, years of lead loading body panels, lately cramps at "
        "night and belly pains",
        T,
    ),
    (
        "I've made fishing weights from lead as a hobby for years, for the last couple of "
        "months night cramps most nights and feeling drained",
        T,
    ),
    (
        "mixing glazes with lead in my pottery shed for years, now stomach pains and cramps "
        "in my legs most nights",
        T,
    ),
    (
        "my job is spraying insecticide in warehouses, for a few months my legs cramp at "
        "night and my feet tingle",
        T,
    ),
    (
        "stained glass is my hobby, lots of lead soldering for years, now my legs cramp every "
        "night and I'm tired all the time",
        T,
    ),
    ("after the marathon my legs felt made of lead and my calves cramped", None),
    ("my legs are like lead and full of lead after the hill session, calf cramp last night", None),
    (
        "I'm a team lead for years now, get calf cramps at night after long days at my desk",
        None,
    ),
    ("I've been a lead singer in a band for years, calf cramps most nights lately", B),
    # carbon monoxide of weeks: a yellow or lazy flame, soot round the boiler or gas fire,
    # headaches of weeks or easing away from home (the same day, as long contact with a toxin;
    # with someone confused or collapsed now, a poisoning); not migraines, nor a fire lit every
    # evening
    (
        "for weeks i've had headaches that go away when i'm out of the house, and the boiler "
        "flame is yellow, plus leg cramps",
        T,
    ),
    (
        "the gas fire has black sooty marks round it and we've all had headaches for weeks, "
        "and I get calf cramps",
        T,
    ),
    (
        "boiler flame looks lazy and orange, headaches every day at home but fine at work, "
        "and my legs cramp at night",
        T,
    ),
    (
        "headaches for a month that clear when I go on holiday, there's soot on the boiler, "
        "and cramps in my legs",
        T,
    ),
    (
        "i keep getting headaches and feeling sick at home but better outside, the gas fire "
        "burns yellow, legs cramping too",
        T,
    ),
    (
        "the boiler flame has gone yellow and tonight my husband collapsed and is confused, I "
        "have a headache and leg cramps",
        E,
    ),
    ("the engineer serviced the boiler today, all fine, calf cramp after my run", None),
    ("we light the wood fire every evening, cosy, calf cramps at night sometimes", None),
    (
        "I've had migraines for weeks, better outside in the fresh air, and calf cramps after "
        "the gym",
        None,
    ),
    # a dark colour of urine denied inside the mention ('clear not dark', 'rather than dark')
    (
        "long session in the heat chamber, my urine is clear not dark, calves cramped after",
        None,
    ),
    (
        "sauna training this morning, urine normal colour rather than dark, slight thigh cramp",
        None,
    ),
    ("pee wasnt brown, calves sore after the hot run", None),
    ("after the heat session my pee is dark brown and my thighs ache and feel weak", E),
    # a patient's poisoning the writer treated or rescued, the writer well; not when the writer
    # feels ill too
    (
        "I'm a nurse and treated a family with carbon monoxide poisoning on my shift, I'm "
        "fine, just a calf cramp from standing all day",
        None,
    ),
    (
        "paramedic here, we brought in a man with CO poisoning last night, i feel fine, got "
        "cramp in my calf after the shift",
        None,
    ),
    (
        "as a firefighter I rescued a woman with carbon monoxide poisoning today, I'm fine, "
        "leg cramps from the ladder work",
        None,
    ),
    (
        "looked after a patient poisoned by carbon monoxide on the ward, I feel totally fine, "
        "calves cramping after a 12 hour shift",
        None,
    ),
    (
        "treated a family with carbon monoxide poisoning and now I have a pounding headache, "
        "feel sick and my calves are cramping",
        E,
    ),
    (
        "I think we have carbon monoxide poisoning, the kids are sleepy and I've got leg cramps",
        E,
    ),
    # A drink from a bottle that held a product is that product swallowed; work with a toxin
    # stopped long since, one visit, or work with gloves or a respirator is no long contact; a
    # spill washed off at once, nothing else felt, is contact (the same day when cramps follow),
    # not a poisoning; a nurse who had a patient's poisoning and is fine is not poisoned; 'paint
    # thinner' is no thinning muscle
    (
        "my son 4yo drank from a lemonade bottle in the garage that had weedkiller in it, now "
        "hes crying his legs hurt and cramping",
        E,
    ),
    (
        "at work i drank from a water bottle by mistake but it had white spirit in it, i "
        "coughed a lot and now my legs started cramping, feel drowsy",
        E,
    ),
    (
        "grandad took a swig from an old pop bottle in the shed, turned out it was full of "
        "antifreeze, now he's vomiting and his legs are cramping",
        E,
    ),
    (
        "my daughter sipped from a cup on the worktop that had bleach in it, she's crying and "
        "her legs are twitchy",
        E,
    ),
    (
        "drank from a water bottle at the allotment, calf cramp after digging, the weedkiller "
        "was locked away",
        None,
    ),
    (
        "we stopped dipping sheep years back and i had the tests then, all fine. just normal "
        "cramp in the calves after long days lambing",
        None,
    ),
    (
        "gave up the lead glazing 10 years ago, bloods were fine, now just the odd calf cramp "
        "after the allotment",
        None,
    ),
    (
        "i mix lead glazes in my shed most days for years, cramps every night lately and "
        "stomach aches",
        T,
    ),
    (
        "im a nurse, had a patient with carbon monoxide poisoning yesterday, im fine, just "
        "calf cramp from standing all shift",
        None,
    ),
    (
        "a&e nurse here, saw two people with co poisoning on my shift, i feel fine, calves "
        "cramped after the 12 hours",
        None,
    ),
    (
        "i'm a nurse and had a patient with co poisoning yesterday, now i have a pounding "
        "headache and i'm dizzy and my legs cramp",
        E,
    ),
    (
        "yesterday at work spilled paint thinner on my legs, washed it off, no other problem "
        "but since last night my calves keep cramping",
        T,
    ),
    (
        "splashed some solvent on my forearms this morning, rinsed it off straight away, now "
        "my calves are cramping",
        T,
    ),
    (
        "spilled paint thinner on my legs, washed it off but now i'm dizzy, sick and my legs "
        "are cramping and twitching",
        E,
    ),
    (
        "spilled a bit of bleach on my hand cleaning, washed it off, fine. calf cramp last "
        "night after football",
        None,
    ),
    (
        "went to a shooting range once last month for a stag do. had a cramp in my foot "
        "swimming this week, gone quick",
        None,
    ),
    ("did one session at an indoor range on my birthday, calf cramp on the walk home", None),
    (
        "range officer at an indoor shooting range for 12 years, cramps most nights and "
        "stomach pains lately",
        T,
    ),
    (
        "mechanic, always nitrile gloves when using solvents, i get a calf cramp sometimes "
        "after sunday football",
        None,
    ),
    (
        "respirator on whenever i spray the crops, never any splashes, calf cramp after a "
        "long day walking the fields",
        None,
    ),
    (
        "sprayed the crops without a mask this morning, now drooling, sweating and my legs "
        "are twitching",
        E,
    ),
    # The usual colour of urine denied, then the dark one told ('my urine is not clear, it's dark
    # like cola'): dark urine
    (
        "after the marathon my legs ache and are weak and my urine is not clear, it's dark "
        "like cola",
        E,
    ),
    (
        "my pee isn't normal, its brown like tea and my thighs are killing me and weak since "
        "the spin class",
        E,
    ),
    (
        "urine not yellow anymore, more like coke, and my calves are agony and weak after the "
        "ultra",
        E,
    ),
    ("my pee is not dark, it's clear, calves ache a bit after the marathon", None),
    (
        "my urine isn't clear, it's a bit yellow, drinking more water now, calf cramp after "
        "the run",
        None,
    ),
    # twitching set off by something everyday and told of now (coffee, energy drinks, nerves, a
    # night without sleep, a hard session): not the book sign
    ("two energy drinks to get through the night shift and now my calf is twitching away", None),
    ("pulled an all-nighter for my exam and my leg muscles keep twitching, bit freaky", None),
    (
        "so stressed about the interview tomorrow, my thigh has been twitching on and off all "
        "evening",
        None,
    ),
    ("4 espressos deep and my left calf is doing that flickery twitch thing 😅", None),
    ("did a brutal spin class and my quads were twitching in the shower after, gone now", None),
    # ... unless it goes on for weeks, comes every night, or a muscle is thinner or weaker
    ("my calf has been twitching for weeks, even after i cut out coffee", B),
    ("thigh twitching every night since the gym and it looks thinner than the other", B),
    ("I drink loads of coffee and my calves twitch all the time, months now", B),
    (
        "my left thigh twitches and it's got weaker, struggling on stairs, after coffee its worse",
        T,
    ),
    # A sign over and checked ('went to A&E, scan clear, no clot, gone down since'): none; back
    # after the check, or a test awaited, stays a sign
    (
        "my right ankle and calf puffed up after the 11 hour flight and all the sightseeing. "
        "went to urgent care, they did an ultrasound, no clot, just the heat and walking. "
        "swelling has gone down since",
        None,
    ),
    (
        "had a tight chest after the half marathon so went to the ER, ecg and bloods came "
        "back normal, doc said it was a strained muscle in my ribs. thanks for the nudge",
        None,
    ),
    (
        "my left calf swelled up after the coach trip. got it checked at the gp, they sent me"
        " for a doppler, all clear. its going down now",
        None,
    ),
    (
        "calf was swolen after flying back from dubai. went to a&e, scan was clear, nothing "
        "found. its settled down since",
        None,
    ),
    (
        "chest pain after the triathlon, got checked at the hospital, ecg fine and a ct ruled"
        " out a clot, it was a pulled muscle between my ribs",
        None,
    ),
    (
        "34 weeks pregnant and my calf swelled up. midwife sent me for a scan, no clot, put "
        "it down to the pregnancy. it's gone down since",
        None,
    ),
    (
        "chest felt tight after the race. the paramedics checked me over, ecg normal, said it "
        "was a muscle strain",
        None,
    ),
    ("scan was clear last month but now my calf is swollen again and hot", T),
    ("my calf is swollen after the flight, waiting for the ultrasound", T),
    (
        "went to A&E with chest pain last week, ecg was fine, but today I'm breathless and "
        "coughing up blood",
        E,
    ),
    (
        "went to A&E with chest pain, ECG clear, said it was a pulled muscle. still got chest"
        " pain and it's getting worse",
        E,
    ),
    # A mild pink edge at a fresh tattoo, piercing, graze or scratch, with heat, spreading or
    # fever denied: the skin healing, none; red, hot and spreading, or red, swollen and hot, stays
    (
        "got my first tattoo on my calf saturday. it's a bit red round the edges, not warm "
        "and not spreading, artist says that's normal",
        None,
    ),
    (
        "grazed my shin falling off my bike, a bit pink round it but not hot and not spreading",
        None,
    ),
    (
        "new ankle piercing, skin's a bit pinky red around it but no fever and it's not "
        "spreading, feels calmer today",
        None,
    ),
    (
        "scratched my calf on a bramble yesterday, its a bit red where it got me, not hot at all",
        None,
    ),
    ("the graze on my knee has gone a bit pink round the edges, no temp, not spreading", None),
    ("my daughter's ankle piercing looks a bit red but it's not warm", None),
    ("new tattoo on my calf and it's red, hot and spreading, feel feverish", T),
    ("got a tattoo on my leg last week, now the whole calf is red, swollen and hot, no fever", T),
    ("had my flu jab in my arm yesterday, my calf is red today, not hot", T),
    ("grazed my knee, red round it and getting redder, spreading up my shin, not hot", T),
    # A graze cleaned, its tetanus cover told ('had a booster in March so I'm covered', 'tetanus
    # is in date'): none; a dirty wound with cover unknown, or a stiff jaw after it, stays
    (
        "grazed my knee in the garden, bit of bleeding, cleaned it up, had a booster in March"
        " so I'm covered",
        None,
    ),
    (
        "grazed my knee on the pavement, cleaned it up, tetanus wise had a booster in March "
        "so I'm covered",
        None,
    ),
    ("cut my shin on barbed wire, cleaned it, my tetanus is in date", None),
    ("scraped my calf on the farm gate, washed it out, got my tetanus last summer", None),
    ("my son grazed his knee on a rusty gate, cleaned it, he's fully covered for tetanus", None),
    ("cut my foot on a rusty nail, had my covid booster in March", T),
    ("do i need a booster for the cut 2 days ago on my shin from the garden", T),
    (
        "grazed my knee in the garden last week, had a booster in March, now my jaw is stiff "
        "and my neck keeps going into spasms",
        E,
    ),
    ("deep cut on my foot from the farm, covered in mud, not sure I'm covered", T),
    # An amount drunk with no alcohol named ('I just drink loads at suhoor', 'drink a lot with my
    # meals'): fluids, none; alcohol named, or a lot most nights, or a heavy drinker, stays
    ("fasting this month, calves cramp in the night, so I drink loads at iftar and sehri", None),
    ("my legs cramp at night sometimes, I drink loads during the day at work", None),
    ("I drink a lot with my meals and still cramp", None),
    ("the physio said drink more, I drink loads now and still get the odd night cramp", None),
    ("im pregnant, midwife said drink more so i drink loads, calf cramp last night", None),
    ("i drink a lot of diet pepsi, could that cause my cramps?", None),
    ("honestly i drink quite a lot most nights and my calves cramp", B),
    ("he's a heavy drinker and gets cramps at night", B),
    ("I drink loads, mostly cider, and wake with cramps", B),
    ("i drink a lot, soju mostly, and my toes cramp", B),
    # a sign told as what the visit was for ("went to A&E with the chest pain"), then cleared
    (
        "went to A&E with the chest pain on saturday, ECG and bloods all clear, it was a "
        "pulled muscle from rowing. fine since",
        None,
    ),
    (
        "took myself to urgent care with the calf swelling after the flight, ultrasound "
        "clear, no clot, it's gone down now",
        None,
    ),
    ("went to the gp with the puffy ankle, she said it was just the heat, all settled now", None),
    (
        "went to A&E with chest pain, ECG clear, but the pain is still there and I'm more "
        "breathless now",
        E,
    ),
    ("went to the gp with my swollen calf, waiting for the scan, it's still red and hot", T),
    (
        "went to the ER with chest tightness, they did an ECG, all clear, but now I'm "
        "coughing up blood",
        E,
    ),
    # how often told with "x" ("2-3x a week", "3x a week"): frequent cramps, book; a routine's "3x
    # a week" is not
    ("night cramps 2-3x a week at the moment and it's wrecking my sleep", B),
    ("3x a week my calves cramp at night and I'm exhausted", B),
    ("foot cramps 4-5x a week, waking me every time", B),
    ("I train 3x a week and got a calf cramp on saturday", None),
    # a tank or a vat cleaned with solvents or chemicals, then cramps, numbness or headaches: long
    # contact with a toxin, the same day
    (
        "been cleaning inside the storage tanks with degreaser all week at work, now my legs "
        "keep cramping and my feet feel numb",
        T,
    ),
    ("three days in the ship's hold scrubbing with solvent, headaches and leg cramps since", T),
    (
        "we cleaned out the fish tank with a bit of vinegar, unrelated but got a calf cramp "
        "last night",
        None,
    ),
    ("filled the car's fuel tank and got a cramp in my foot driving home", None),
    # someone else's work with a toxin (its own 'every day'), they fine and the cramps the writer's
    # own; or one's own work done in its kit with nothing of it felt: none
    (
        "i use solvents every day at work with a mask and good ventilation, get the odd calf "
        "cramp after football",
        None,
    ),
    ("my husband uses solvents every day at work, he's fine. I get calf cramps at night", None),
    (
        "my dad works with pesticides every day on the farm, he's fine. my own calves cramp "
        "after my runs",
        None,
    ),
    (
        "my husband uses solvents every day at work and now he's getting leg cramps and headaches",
        T,
    ),
    (
        "i use solvents every day at work with a mask, and for a few weeks my feet have been "
        "numb and tingly with cramps",
        T,
    ),
    (
        "use thinners all day every day with a respirator but the cramps at night have been "
        "getting worse and my hands shake",
        T,
    ),
    # a swelling at an operation's or an injury's own site told as going down (its place named
    # first, 'less each day'): healing, not a clot; a calf swollen and hot, or the swelling growing
    # again, still is
    ("10 days after knee replacement, swelling round the knee is going down", None),
    ("2 weeks since my hip op, the swelling is going down nicely", None),
    ("sprained my ankle on friday, swelling is going down every day, calf cramp last night", None),
    ("after my knee op the knee swelling is less each day", None),
    (
        "10 days after knee replacement, the knee swelling is going down but my calf is now "
        "swollen and hot",
        T,
    ),
    ("knee replacement 2 weeks ago, swelling was going down but now its getting bigger again", T),
    (
        "three weeks post op on my ankle, swelling at the ankle less each day, odd cramp in "
        "the calf at night",
        None,
    ),
    # frequent cramps with the word "cramp" left unsaid, their remedies named and failing: book
    (
        "most nights since the summer, both feet, sometimes twice in a night. tried magnesium "
        "and pickle juice, nothing helps",
        B,
    ),
    ("every night for weeks now, left calf, wakes me at 3. quinine from the gp did nothing", B),
    (
        "nearly every night for 2 months, calves and feet. tonic water, bananas, stretching, "
        "nothing works",
        B,
    ),
    ("tried magnesium once for my calves, not sure it did anything", None),
    # a pause told with what it looks like before the pain goes ("stand still a minute pretending
    # to look in a shop window and it goes"): rest relief, so calf pain on walking that eases at
    # rest is book
    (
        "my left calf cramps up every time I walk to the shops, I stand there a minute "
        "pretending I'm reading the bus timetable and it goes, months now",
        B,
    ),
    (
        "walking the dog my calf tightens after 5 minutes, I stop and lean on the gate "
        "admiring the view for a bit and it eases, happens every walk",
        B,
    ),
    # lost sleep beside a question about what a remedy does for cramps, the cramps only what it is
    # for: not frequent cramps that spoil sleep
    ("can't sleep. is tonic water any good for cramps or is that a myth", None),
    ("wide awake at 2am, does pickle juice actually work for leg cramps?", None),
    ("cant sleep again, the cramps wake me every night, does magnesium spray work for cramps?", B),
    # 'somehow' said of the leg only as how it got better, and 'cannot explain' not of the leg: no
    # finding
    ("my calf is somehow better today after the cramp", None),
    ("I cannot explain how happy I am, no cramps this week", None),
    # a frequency told of one other person named by where they are, not by who they are to the
    # writer (the man in the next bed, the lady in the flat below): theirs, not advice to give
    (
        "the man in the bed opposite dad on the ward groans with cramp every night, sounds awful",
        None,
    ),
    (
        "the old lady in the flat below gets leg cramps most nights, you can hear her through "
        "the floor",
        None,
    ),
    ("the guy on the bunk above at the hostel has cramps every night lol", None),
    (
        "the woman across the corridor at the care home gets cramps all the time, the staff say",
        None,
    ),
    ("a lady at my aqua class says she gets leg cramps every single night", None),
    (
        "the bloke next to me on the night shift gets cramps every night, swears by pickle juice",
        None,
    ),
    (
        "the lady i care for gets leg cramps every night and stretching hasnt helped, keeping "
        "her up",
        B,
    ),
    (
        "the man in the next bed and me both get cramps every night on this ward, keeping me up, "
        "stretching does nothing",
        B,
    ),
    (
        "the lady next door gets cramps every night, and i get them every night too, stretching "
        "hasn't helped",
        B,
    ),
    # a colour back to normal after warming ("warmed them on the radiator, pink and totally normal
    # now"), and pink in a list of a check's good findings ("toes move fine, pink, no swelling")
    (
        "-47 this morning, my feet went white and numb on the walk. warmed them by the heater, "
        "theyre pink and totally normal now. calf cramped after",
        None,
    ),
    (
        "toes went white in the snow, warmed up, now they are pink and completely normal. had a "
        "cramp later in my calf",
        None,
    ),
    (
        "cast on my leg 3 weeks. foot cramped inside it last night. toes move fine, pink, no "
        "swelling",
        None,
    ),
    (
        "in a walking boot since the fracture, calf cramp at 4am, toes are pink and warm, wiggle "
        "fine, no swelling",
        None,
    ),
    (
        "my foot went white and numb an hour ago and it's still cold and pale, cant feel the toes",
        E,
    ),
    (
        "feet went white and numb on the walk, warmed them by the heater but they are still "
        "white and cold",
        E,
    ),
    (
        "in a cast 3 weeks, calf cramp last night, toes move fine but the calf is swollen and "
        "hot now",
        T,
    ),
    # redness from a rub of what is worn (a boot, skates, a brace), with heat, spread and fever
    # denied: the skin's
    (
        "new hiking boots rubbed a red patch on my heel, bit sore but no heat, no fever, not "
        "spreading. calf cramped on the way down",
        None,
    ),
    ("skates rubbed my shin raw and a bit red, no fever, not warm. calf cramp on the ice", None),
    (
        "the knee brace chafes, bit red under the strap, not hot. had a thigh cramp at training",
        None,
    ),
    (
        "boots rubbed a red patch on my shin and now it's hot, spreading up the leg and i've got "
        "a fever",
        T,
    ),
    ("my boots rubbed my calf yesterday and now the whole calf is swollen, red and hot", T),
    # a cramp begun at something done a while ago, told just before it, and still holding: its
    # length is from then (not a cramp still going since some time after it)
    (
        "teaching on the slopes all day, took my boots off 25 mins ago and my right calf cramped "
        "and it is STILL going",
        T,
    ),
    (
        "got out of the pool half an hour ago, my foot cramped straight away and its still "
        "locked now",
        T,
    ),
    ("sat down 15 mins ago and my hamstring seized up, still going strong, nothing helps", T),
    ("kicked my shoes off 20 minutes ago, then my calf went into a cramp and it won't let go", T),
    (
        "stood up from the desk 30 mins ago and my thigh locked, still locked now, stretching "
        "does nothing",
        T,
    ),
    ("took my boots off 25 mins ago and my calf cramped, gone after a stretch", None),
    ("got home from the gym an hour ago and my calf cramped, still a bit sore but fine", None),
    (
        "finished the match 2 hours ago and my thigh cramped in the car, went after a minute, "
        "still tired",
        None,
    ),
    ("went to bed 2 hours ago and my calf is still cramping on and off, it comes and goes", None),
    (
        "toes went white and numb in the snow, warmed them up in the car and they are still pale "
        "and cold",
        E,
    ),
    # a length told of a risk context itself ('on crutches for weeks', 'in plaster for six weeks')
    # is the context's, not a pain that stays
    (
        "broke my ankle in the summer, was on crutches for weeks, all healed now. calf cramp "
        "last night",
        None,
    ),
    (
        "tore my achilles last year and was in a boot for weeks, fully better. got a foot cramp "
        "at 3am",
        None,
    ),
    (
        "after my knee op in 2019 i was laid up in bed for weeks. anyway had a hamstring cramp "
        "playing squash today",
        None,
    ),
    (
        "was in plaster for six weeks back in march, fine since. odd calf cramp on the bike this "
        "morning",
        None,
    ),
    (
        "hospital for days with covid two years ago, fine now. calf cramp in the night, went "
        "after a minute",
        None,
    ),
    (
        "on crutches for weeks after the fracture and now my calf has ached for days and feels "
        "tight",
        T,
    ),
    ("knee replacement 3 weeks ago, my calf has been aching for days and it won't ease", T),
    ("had my op last week and my calf has been sore for days, hurts more than a cramp", T),
    # an exposure still to come, with nothing of it done ('going to strip the old lead paint next
    # week'): no contact yet
    (
        "going to strip the old lead paint off the windows next week, any tips to avoid cramps",
        None,
    ),
    (
        "starting a job at a battery recycling plant next month, will the lead give me cramps?",
        None,
    ),
    (
        "we're sheep dipping tomorrow, gonna wear the full kit. i get the odd calf cramp after a "
        "long day anyway",
        None,
    ),
    ("about to sand down old lead paint in the hallway, should i worry about cramps", None),
    (
        "booked in to restore an old boat with lead ballast next month, cramps after long shifts "
        "are normal for me",
        None,
    ),
    (
        "been stripping old lead paint off the windows for weeks and now i get stomach aches and "
        "leg cramps every night",
        T,
    ),
    (
        "stripped lead paint in an unventilated room all weekend and now i feel awful, cramps, "
        "tummy pain, and i'm going to do more tomorrow",
        T,
    ),
    # the risk context's own time ago, then a calf sore since: a pain that stays after an operation
    ("had my knee replaced 9 days ago, calf been sore and tight but i put that down to the op", T),
    ("hip op 2 weeks ago, my calf has been achy and tight ever since, worse than a cramp", T),
    # a pain told as lasting since a risk context ('ever since', 'since the op'), not cramps that
    # keep coming
    ("had a hip op 2 weeks ago and my calf has been aching ever since", T),
    ("c-section 10 days ago, left calf been sore since the op and its tender to touch", T),
    ("flew home from perth on tuesday, my right calf has been throbbing ever since", T),
    ("had my op 2 years ago and i've been cramping at night ever since, the odd one", None),
    ("knee op last year, the odd calf cramp ever since but nothing else", None),
    ("hip op in 2015, had the odd night cramp ever since, all good otherwise", None),
    (
        "knee replacement in 2019, my calf has been cramping on and off ever since, "
        "stretching helps",
        None,
    ),
    # a length told since a risk context: a pain, not 'been fine ever since'
    (
        "had compartment syndrome surgery on both shins years ago, been fine ever since, just "
        "the odd normal cramp now",
        None,
    ),
    ("knee op in march, been great ever since apart from a calf cramp last night", None),
    ("knee op 3 weeks ago and my calf has been really sore and tight ever since", T),
    # buzzing as excitement ('absolutely buzzing', 'still buzzing from the gig'), not a feeling in
    # the feet
    (
        "did my first half marathon, absolutely buzzing, got my medal. legs cramped a bit in the "
        "last few miles",
        None,
    ),
    ("we won the cup!! so buzzing. hamstring cramped in extra time", None),
    (
        "passed my driving test, honestly buzzing, then my foot cramped on the clutch on the way "
        "home lol",
        None,
    ),
    ("im proper buzzing after the concert, calves cramped from dancing all night", None),
    (
        "my feet have been buzzing and tingling for months, like pins and needles, and my calves "
        "cramp",
        B,
    ),
    ("buzzing in my toes for weeks now and my calves cramp at night", B),
    # legs 'dead' after hard exercise, feeling not said to be lost: spent muscles, not numbness
    (
        "absolutely killer leg day, legs feel dead but i can walk fine. hamstring cramp in the "
        "car",
        None,
    ),
    ("ran 20 miles today, my legs are dead, calf cramped in the shower after", None),
    (
        "three spin classes back to back and my thighs feel dead lol, quad cramp on the stairs",
        None,
    ),
    ("after the run my left leg went dead and i still cant feel my foot properly", T),
    ("did leg day yesterday and this morning my legs feel dead and numb, i cant feel my feet", T),
    # a swelling of a thing in a figure ('my pride is well and truly swollen'), not of a leg
    (
        "my son won the race and my pride is well and truly swollen haha. got a calf cramp in "
        "the parents race, went after a stretch",
        None,
    ),
    ("my ego is seriously swollen after that pb, quad cramp at the finish though", None),
    ("my calf is well and truly swollen and hot since the flight", T),
    # 'swallen' for swollen (one edit away, not a word of its own)
    ("my calf is swallen and hot since the flight, hurts to walk", T),
    (
        "after the rugby my shin is tight and swallen like stone, pain getting worse every hour, "
        "painkillers do nothing",
        E,
    ),
    (
        "my ankles get a bit swallen in the heat, both the same, and i get calf cramps at night",
        None,
    ),
    # the calf named in another language, a finding placed on it: 'my left pantorrilla is swollen'
    (
        "i came back from a long bus trip 12 hours, now my left pantorrilla is swollen and red "
        "and hot",
        T,
    ),
    ("my right mollet is bigger than the other and warm since the drive from lyon", T),
    ("the panturrilha on the left is red and hot and hurts when i walk, since the flight", T),
    ("cramp in my left pantorrilla last night, it go after one minute", None),
    # 'since I start' for 'since I started' a medicine (learners' English)
    ("since i start the new tablets for pressure my legs make cramp many times in the week", B),
    ("since i begin the water pills my calves cramp every night", B),
    ("i start the tablets tomorrow, will they give me cramps?", None),
    # 'not going away' said of another finding told first, the cramps only after it
    (
        "tingling in my toes for months, not getting worse but not going away, and the odd calf "
        "cramp",
        B,
    ),
    (
        "pins and needles in both feet for a year, it does not go away, sometimes cramps in the "
        "calves",
        B,
    ),
    ("pins and needles in my feet and now a cramp in my calf that won't go away, 20 min", T),
    ("my calf cramp won't go away, it has been 20 minutes", T),
    # (more of the same, each read wrongly before)
    (
        "I came back from a long flight nine hours, now my left pantorrilla is swollen and hot "
        "like fire and red, it is paining me when I walk, no chest pain",
        T,
    ),
    ("since i start the water tablet one month ago my legs make cramp many times in the week", B),
    ("since she start the water tablet her legs cramp a lot", B),
    # a drink with no alcohol after 'drinks a lot' ('a lot of strong tea', 'loads of cups of
    # coffee'): not heavy drinking
    ("my dad drinks a lot of strong tea, could the caffeine be giving him cramps", None),
    ("i drink loads of cups of coffee at work, is that why my calves cramp", None),
    ("she drinks a lot of cola every day, cramps at night", None),
    ("my husband drinks a lot, mostly beer, and gets cramps every night", B),
    ("i drink too much, about 6 pints a night, and my legs cramp", B),
    # a cramp that 'will not go' or 'won't go', with nothing after 'go' in its clause: not easing
    (
        "CRAMP IN MY RIGHT CALF STARTED OVER HALF AN HOUR AGO AND WILL NOT GO. I HAVE STRETCHED "
        "IT AND RUBBED IT.",
        T,
    ),
    ("my calf cramp wont go, stretched it, rubbed it, 15 mins now", T),
    ("cramp in my foot started 20 min ago and it won't go!", T),
    ("my dad won't go to the doctor about his cramps, he gets the odd one at night", None),
    ("i won't go running tomorrow, calf cramped today for a minute", None),
    # a gran, gramps or grandmum named: someone else, whose illness and cramps are theirs
    (
        "My gran is 87 and has had diarrhoea and vomiting for two days with a water infection, "
        "now she has bad cramps in both legs",
        T,
    ),
    ("my gramps has been sick since yesterday with a tummy bug and his calves keep cramping", T),
    ("my grandmum has had the runs for 3 days and now her legs are cramping badly", T),
    # (more, each read wrongly before)
    ("my mum drinks too much strong coffee and gets cramps, should she cut down?", None),
    ("he drinks loads of fizzy pop and gets calf cramps", None),
    ("my calf cramp started 25 mins ago and will not go, i have tried everything", T),
    # 'fizzy' of a drink or a tablet ('fizzy pop', 'fizzy water'), not a feeling
    ("my feet feel fizzy every night for months now", B),
    ("does fizzy water count towards fluids for cramps?", None),
    ("i take a fizzy magnesium tablet every night, still the odd calf cramp", None),
    # (but a feeling told like one: "like fizzy water in my legs")
    (
        "for months my legs feel like fizzy water running through them every night and i cant "
        "sleep",
        B,
    ),
    # a leg muscle told hard for a while or still, without the word cramp: a cramp, and its length
    ("calf hard 20 min still", T),
    ("hamstring rock hard still after 25 mins, stretching does nothing", T),
    ("my foot is rock hard 15 mins and still wont let go", T),
    ("hamstring rock hard for 15 mins last night, fine now", B),
    ("calf hard 2 min gone", None),
    ("my calf is hard to stretch in the morning", None),
    # 'n' for 'and' between words, as typed fast
    ("calf agony after fall, tight n swollen, worse n worse", E),
    ("shin swollen n tight after a kick at footy, pain worse n worse, painkillers nothing", E),
    ("one calf swollen n warm n red since the flight", T),
    ("calf cramp n gone after a stretch, bit sore n tired now", None),
    # a medicine taken for a few days or weeks, told as learners put it ('since 3 weeks I am taking
    # iron injections ... from that time leg cramps'): cramps since a new medicine
    (
        "Sir, since 3 weeks I am taking iron injection for my blood and from that time leg "
        "cramps are coming every evening",
        B,
    ),
    ("since 10 days i am taking the new tablets for sugar and my calves cramp at night now", B),
    ("for two weeks now i'm on amlodipine and the cramps in my legs started", B),
    ("for 3 years i am taking metformin, cramps only sometimes after football", None),
    ("since 3 weeks i am taking magnesium for the cramps, is it ok to continue?", None),
    # cramps that came often before, told as rare since ('barely had any, none in the last 6
    # weeks'): under control
    (
        "Line judge. Last season I had calf cramps most nights. Since I started stretching "
        "before bed I've barely had any, none in the last 6 weeks",
        None,
    ),
    ("used to get cramps every night, since cutting the coffee i have hardly had any", None),
    (
        "cramps most nights all winter, but i haven't had one in the last three weeks since the "
        "stretches",
        None,
    ),
    (
        "was getting cramps 4 or 5 nights a week, no cramps for the past month since i started "
        "magnesium",
        None,
    ),
    ("cramps most nights for months and stretching hasn't helped, barely sleeping", B),
    ("i used to barely have any but now i get cramps every night and they wake me up", B),
]


def _level(text: str) -> str | None:
    return KNOWLEDGE.most_urgent(screen(text, cramp_duration(text)).signs)


def test_the_table_covers_every_level_and_many_ordinary_messages() -> None:
    assert len(TABLE) >= 120
    assert sum(1 for _, level in TABLE if level is None) >= 30
    assert {level for _, level in TABLE} == {E, T, B, None}


@pytest.mark.parametrize(("text", "level"), TABLE, ids=[t for t, _ in TABLE])
def test_each_wording_gets_its_level(text: str, level: str | None) -> None:
    found = screen(text, cramp_duration(text))
    assert KNOWLEDGE.most_urgent(found.signs) == level, (text, found)


def test_every_sign_the_screen_names_is_in_the_catalogue() -> None:
    ids = {i for text, _ in TABLE for i in screen(text, cramp_duration(text)).signs}
    assert len(ids) >= 20
    for sign in ids:
        assert KNOWLEDGE.flag(sign) is not None, sign


@pytest.mark.parametrize(
    "text",
    [
        "my dad's leg is swollen and hot after his flight",
        "my wife's calf went cold and white",
        "my son says his calf is red and puffy",
        # the apostrophe left out
        "my dads calf is swollen and red since his op",
        "my sons foot went white and cold after football",
        "my wifes leg is hot and swollen since the flight",
        "my husbands right calf is puffy and sore, way bigger than the left",
    ],
)
def test_someone_elses_signs_get_the_advice_and_are_marked(text: str) -> None:
    found = screen(text, None)
    assert found.signs and found.other, found


@pytest.mark.parametrize(
    "text",
    [
        "my legs calf is the worst bit, swollen and hot",
        "my toes feel cold and white after the cramp",
        "my days are long and my calf is swollen and red",
    ],
)
def test_the_writers_own_signs_with_a_plural_before_them_are_not_marked_as_anothers(
    text: str,
) -> None:
    found = screen(text, None)
    assert found.signs and not found.other, found


@pytest.mark.parametrize(
    "text",
    [
        "my calf looks weird since the cramp",
        "the leg just doesn't look right this morning",
        "my foot feels funny after that cramp",
        "calf looks a strange colour",
        "the foot feels... strange since last night, can't describe it",
        "I can't put my finger on it but my calf doesn't feel right",
        "cramp in my thigh at 2, now it's just weird, hard to explain",
        # the water's cold, not the leg: "after a cold plunge"
        "after a cold plunge my calf cramped and now it feels strange",
        # a word in quotes still wakes its concept
        "my wife had a calf cramp at 5 and now says her calf feels 'odd'",
        # a leg's pain growing worse since a journey, with no clot sign told either way
        "my right calf has hurt since the plane home and it's getting worse",
        "cramped up in my left calf on the flight and it keeps getting worse each day",
        # "not" after the verb, as second-language English puts it
        "cramp in my right calf in the night, today the calf looks not normal to me",
        "after the cramp my foot is not looking right, i dont know what it is",
        "since the cramp yesterday his leg feels not like before, is it serious?",
        "my thigh seems not normal after cramping this morning",
        # odd in a way not named, and the writer cannot explain it
        "after the cramp in the night my left calf feels somehow. not pain, just not normal",
        "my foot since the cramp, I cannot explain it, it is not like before",
        "since that cramp my shin feels off and i could not describe it",
        "idk how to explain it but the calf that cramped feels somehow",
    ],
)
def test_a_finding_the_screen_cannot_place_asks(text: str) -> None:
    warning = assess(KNOWLEDGE, text)
    assert warning.ask and not warning.final, warning


def test_a_placed_finding_does_not_ask() -> None:
    assert not assess(KNOWLEDGE, "my calf looks weird and it's swollen").ask


@pytest.mark.parametrize(
    "text",
    [
        # the leg told as it always looks, and what is odd a look or a feeling named
        "my calf feels a bit weird after the cramp, achy like after a run, looks normal and same "
        "size as the other",
        "my shin looks a funny colour but its been like that for years, my varicose veins, not "
        "sore or hot. best stretch for night cramps?",
        "my foot looks a bit odd after the cramp but honestly it looks the same as the other one "
        "now",
        "since the cramp my thigh feels strange, stiff like after leg day, looks totally normal",
        "my foot feels odd since the cramp, a bit achy, colour is normal, no swelling",
        # or odd only for a while, and normal again
        "after the cramp my leg felt weird for a minute then it was totally normal",
        "my calf felt strange after the cramp, then it went back to normal",
    ],
)
def test_a_message_that_answers_the_question_itself_is_not_asked(text: str) -> None:
    assert not assess(KNOWLEDGE, text).ask


@pytest.mark.parametrize(
    "text",
    [
        # a feeling left unnamed may be a cold or numb leg; a look denied is no answer
        "my calf feels funny since the cramp, looks normal though",
        "my foot doesn't look normal since the cramp, hard to say how",
        "my calf feels weird since the cramp, sore like after a workout, but it doesn't look "
        "normal",
        "my leg feels strange since the cramp, my pee is a normal colour",
    ],
)
def test_a_look_denied_or_a_feeling_unnamed_is_still_asked(text: str) -> None:
    warning = assess(KNOWLEDGE, text)
    assert warning.ask and not warning.final, warning


@pytest.mark.parametrize(
    "text",
    [
        # asked about the muscles, not a finding on the leg
        "my feet cramp all the time. is something wrong with the muscles in my feet?",
        "is there something wrong with me if my calves cramp every night?",
    ],
)
def test_asking_whether_something_is_wrong_is_not_a_finding(text: str) -> None:
    warning = assess(KNOWLEDGE, text)
    assert not warning.ask and warning.level == "book", warning


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("back from a 14 hour flight", "journey"),
        ("11 hrs behind the wheel yesterday", "journey"),
        ("did 13 hours in the cab of the lorry", "journey"),
        ("3 weeks after my hip replacement", "surgery"),
        ("leg in a cast for a month", "immobile"),
        ("34 weeks pregnant", "pregnancy"),
        ("gave birth 2 weeks ago", "pregnancy"),
        ("I'm on the pill", "hormones"),
        ("started HRT in March", "hormones"),
        ("in remission from breast cancer", "cancer"),
        ("had a DVT in 2019", "earlier_clot"),
    ],
)
def test_risk_contexts_are_read_anywhere(text: str, risk: str) -> None:
    assert risk in screen(f"cramp in my calf. {text}", None).risks


def test_a_risk_context_alone_is_prevention_not_an_alarm() -> None:
    warning = assess(KNOWLEDGE, "flying to Sydney tomorrow, 22 hours, any tips?")
    assert warning.level is None and warning.situation == ("journey",)


def _all_texts() -> list[str]:
    import json
    import re
    from pathlib import Path

    here = Path(__file__).resolve().parents[1]
    texts = [text for text, _ in TABLE]
    for name in ("corpus/dev.jsonl", "parsing/cases.jsonl"):
        path = here / name
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    for name in ("parsing/test_episodes.py", "handlers/test_warning_signs.py"):
        texts += re.findall(r'"([^"]{3,})"', (here / name).read_text())
    return texts


def test_a_concept_is_searched_whenever_it_could_match() -> None:
    """The trigger words skip no concept that a message names (the screen's speed-up)."""
    from bot.parsing.normalise import normalise
    from bot.parsing.triage.lexicon import PATTERNS, triggered

    texts = _all_texts()
    assert len(texts) >= 500
    for text in texts:
        norm = normalise(text)
        present = triggered(norm)
        for concept, pattern in PATTERNS.items():
            if pattern.search(norm):
                assert concept in present, (concept, text)


def test_a_sentence_that_tells_the_past_has_a_word_of_it() -> None:
    """Every way of telling the past has a word of `PAST_CUE` (the past's speed-up)."""
    from bot.parsing.normalise import normalise
    from bot.parsing.triage.context import sentences
    from bot.parsing.triage.lexicon import HISTORICAL, PAST_CUE

    told = [
        "3 years ago", "two yrs back", "few months ago", "decades ago", "in 2019", "at 22",
        "at the age of 12", "used to", "when i was younger", "once had", "back in 2019",
        "i was 13", "as a kid", "with my first", "in my last pregnancy", "in the past",
        "previously", "history of", "a while back", "all fine now", "went away", "cleared up",
        "no longer", "resolved", "all sorted", "last summer", "ever, and i've had it before",
        "worse than when", "more painful than the time", "back in my twenties", "in my 30s",
    ]  # fmt: skip
    for text in told + _all_texts():
        norm = normalise(text)
        for start, end in sentences(norm).bounds:
            if HISTORICAL.search(norm[start:end]):
                assert PAST_CUE.search(norm[start:end]), text
    assert all(HISTORICAL.search(text) for text in told)


def _reviewed() -> list[tuple[str, str | None]]:
    path = Path(__file__).resolve().parent / "triage_review.txt"
    rows = [line.split("|", 1) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]  # fmt: skip
    return [(text, None if level == "none" else level) for level, text in rows]


REVIEWED = _reviewed()


@pytest.mark.parametrize(("text", "level"), REVIEWED, ids=[t[:60] for t, _ in REVIEWED])
def test_a_gps_own_messages_get_the_level_the_gp_gave(text: str, level: str | None) -> None:
    assert _level(text) == level, text


def test_every_sign_in_the_catalogue_is_found_by_some_wording() -> None:
    """Each sign of the catalogue comes out of the screen for at least one message of the table
    or the GP's review. The screen passes a group of signs at once when a message names none of
    the group's findings (`_EMERGENCY_FINDINGS`, `_TODAY_FINDINGS`, `_BOOK_FINDINGS`): a new
    sign whose findings were not added there is never found, and fails here."""
    found: set[str] = set()
    for text, _ in [*TABLE, *REVIEWED]:
        found.update(screen(text, cramp_duration(text)).signs)
    missing = {sign.id for sign in KNOWLEDGE.triage.signs} - found
    assert not missing, missing


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("my calf cramps most nights since having the baby 3 months ago", ("frequent",)),
        ("my legs cramp every night since the twins were born", ("frequent",)),
        (
            "my son says his calf cramps most nights, he's 8, for weeks now",
            ("child_pain_persists",),
        ),
    ],
)
def test_a_childs_sign_is_named_only_for_the_childs_pain(text: str, signs: tuple[str]) -> None:
    """The writer's own cramps or clot beside a baby are not "a child's leg pain"."""
    found = screen(text, cramp_duration(text)).signs
    assert set(signs) <= set(found), found
    for child_sign in ("child_pain_persists", "child_leg_pain"):
        assert (child_sign in found) == (child_sign in signs), found
