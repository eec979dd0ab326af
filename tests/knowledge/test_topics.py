"""Free-text questions find the right entry; questions are told from cramp reports."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.content.knowledge import Knowledge
from bot.services.search import search
from bot.services.topics import cramping_now, is_question, resolve_cause, words

TOPICS = [
    ("is magnesium good for cramps?", "evidence:magnesium"),
    ("should I take magnesium for leg cramps", "evidence:magnesium"),
    ("what foods have b12", "foods"),
    ("which foods are rich in potassium", "foods"),
    ("what should I eat to avoid cramps", "foods"),
    ("are bananas good for cramps", "evidence:bananas"),
    ("why do my legs cramp at night", "faq:why_night"),
    ("why only when I'm asleep??", "faq:why_night"),
    ("why do I keep getting cramps", "causes"),
    ("what causes leg cramps", "causes"),
    ("can statins cause cramps", "faq:statins"),
    ("are my water pills causing this", "cause:medications"),
    ("could my blood pressure medication cause cramps", "cause:medications"),
    ("when should I see a doctor", "doctor"),
    ("should I be worried about how often they come?", "doctor"),
    ("is it a clot or a cramp", "faq:clot_or_cramp"),
    ("how do I stop a cramp", "prevent:now"),
    ("what to do during a cramp", "prevent:now"),
    ("How do I stop a cramp right now?", "prevent:now"),
    ("how to stop a cramp", "prevent:now"),
    ("cramp right now what do I do", "prevent:now"),
    ("fastest way to get my calf to let go?", "prevent:now"),
    ("how can I prevent night cramps", "prevent"),
    ("how do I stop them happening every night", "prevent"),
    ("what stretches help leg cramps", "prevent:routine"),
    ("does stretching help", "evidence:stretching"),
    ("is quinine safe for cramps", "evidence:quinine"),
    ("does tonic water help with cramps", "evidence:tonic_water"),
    ("anyone tried pickle juice?", "evidence:pickle_juice"),
    # the brine told by what was pickled in it
    ("does the vinegar water from a jar of gherkins help cramps?", "evidence:pickle_juice"),
    (
        "my aunt drinks the liquid from pickled cucumbers for cramps, does it work?",
        "evidence:pickle_juice",
    ),
    # drinking beside wine, beer or spirits is the alcohol, not fluids
    (
        "down to two pints at the weekend instead of every night, will my cramps ease now I'm "
        "drinking less?",
        "cause:alcohol_stimulants",
    ),
    ("could drinking whisky most evenings be why my legs cramp?", "cause:alcohol_stimulants"),
    ("how much should I drink in a day to stop cramps?", "prevent:fluids"),
    # the steps for a cramp now, asked in other words
    ("if my foot starts to grab while I'm driving, how do I make it quit?", "prevent:now"),
    # whether a remedy named stops a cramp: the remedy's page, unless one is going on now
    (
        "can a sachet of mustard actually stop a cramp when it hits on a ride?",
        "evidence:mustard",
    ),
    ("my calf is cramping right now, how do I stop the cramp?", "prevent:now"),
    ("a spoonful of mustard, really?", "evidence:mustard"),
    ("does putting a bar of soap under the sheets work", "evidence:soap"),
    ("is magnesium spray any good", "evidence:magnesium_topical"),
    ("would epsom salt baths help", "evidence:magnesium_topical"),
    ("should I wear compression socks", "evidence:compression_socks"),
    ("my 8 year old wakes crying with leg pain, is that growing pains?", "faq:children"),
    # a child's age written short or hyphenated: found as "8 year old" is
    ("is it normal for an 8 yr old to wake up crying with leg cramps?", "faq:children"),
    ("is it normal for an 8yr old to wake up crying with leg cramps?", "faq:children"),
    ("my 8 yrs old wakes in the night with leg cramps, why?", "faq:children"),
    ("why does a 6 y/o get leg cramps at night?", "faq:children"),
    ("is it normal for an 8-year-old to get cramps?", "faq:children"),
    ("my 9yrs old son keeps waking with cramp, what helps", "faq:children"),
    # (the age beside a remedy told short stays the remedy's: as before)
    ("is magnesium safe for my 7yo?", "evidence:magnesium"),
    ("restless legs or cramps, how do I tell?", "faq:restless_legs"),
    ("why is my calf still sore the day after", "faq:sore_after"),
    ("does vitamin b complex help", "evidence:b_complex"),
    ("does potassium help", "evidence:potassium"),
    ("what is b12", "b12"),
    ("Is B-12 linked to anything?", "b12"),
    ("how much b12 do I need a day", "b12:intake"),
    ("what are the signs of b12 deficiency", "b12:signs"),
    ("can low b12 cause cramps", "cause:b12_deficiency"),
    ("should I get my B12 tested", "b12:tests"),
    ("how is b12 deficiency treated, injections?", "b12:treatment"),
    ("I'm vegan, do I need b12", "b12:risk"),
    ("tell me about metformin and b12", "b12:risk"),
    ("can dehydration cause cramps", "cause:dehydration"),
    ("how much water should I drink", "prevent:fluids"),
    ("are cramps normal in pregnancy", "cause:pregnancy"),
    ("is it normal to have leg cramps at night now I'm 30 weeks gone?", "cause:pregnancy"),
    (
        "my sister swears by spraying magnesium on her legs, does it soak in?",
        "evidence:magnesium_topical",
    ),
    ("what can I do about these cramps that catch me in the night?", "prevent"),
    ("how do I keep that from happening again on match days?", "prevent"),
    # asked for tips, advice or what helps, without "prevent"
    ("my calves get the odd cramp in the night, any tips", "prevent"),
    ("what helps with leg cramps when you're on your feet all day?", "prevent"),
    ("any suggestions for cramps in my feet after work", "prevent"),
    ("tips for stretching the calf before bed?", "prevent:routine"),
    ("7 months gone and the calf cramps are brutal, what helps?", "cause:pregnancy"),
    ("I get calf pain when walking, why", "cause:circulation"),
    ("can lumbar stenosis cause leg cramps", "cause:lumbar_stenosis"),
    ("does running cause cramps", "cause:overexertion"),
    ("I sit at a desk all day, could that be it", "cause:sitting_standing"),
    ("does alcohol cause cramps", "cause:alcohol_stimulants"),
    ("does coffee make cramps worse", "cause:alcohol_stimulants"),
    # a doctor named as who gave or said something, a hospital bag, "in ages": not the topic
    (
        "the doctor had me on quinine years ago, can you still get it prescribed?",
        "evidence:quinine",
    ),
    (
        "38 weeks, woke up yelling with a calf cramp 🙈 is that normal when pregnant?",
        "cause:pregnancy",
    ),
    ("haven't had one in ages, why would they start again now?", "causes"),
    # asking when to see a doctor, in other words
    ("at what point do I need to see a doctor about night cramps", "doctor"),
    ("please when should somebody go and see doctor for leg cramp", "doctor"),
    # a specific topic beats the generic intent ("stop a cramp", "be worried")
    ("is it cramps or growing pains in my son's legs, should I be worried?", "faq:children"),
    ("does a spoonful of yellow mustard actually stop a cramp?", "evidence:mustard"),
    ("why do my legs always cramp after a night on the drink?", "cause:alcohol_stimulants"),
    ("ok quick question, does the soap under the sheet thing work", "evidence:soap"),
    # a keyword without a word of cramps is still the entry, unless another illness is named
    ("is my blood pressure pill to blame?", "cause:medications"),
    ("why do I always get woken up by cramps?", "faq:why_night"),
    (
        "my nan puts a bar of Imperial Leather under the bottom sheet, does it work?",
        "evidence:soap",
    ),
    (
        "my cramps went after coming off a beta blocker, will they return if I restart it?",
        "cause:medications",
    ),
    ("is swimming ok for my calves?", "cause:overexertion"),
    ("can diabetes cause leg cramps", "cause:conditions"),
    ("is it my thyroid", "cause:conditions"),
    ("is it just part of getting old?", "cause:ageing"),
    ("what does calcium have to do with it", "cause:low_calcium"),
    ("what are the symptoms", "symptoms"),
    ("which signs point to which cause", "symptoms"),
    ("how do I find the cause of my cramps", "check"),
    # the question part of a report
    ("had a massive one at 4am. is magnesium worth taking?", "evidence:magnesium"),
    # drink named the way people name it, a specific cause before the general "why"
    ("is it the wine at dinner that's giving me night cramps?", "cause:alcohol_stimulants"),
    ("get cramps after a heavy session at the pub, why", "cause:alcohol_stimulants"),
    ("do spirits make leg cramps worse than beer", "cause:alcohol_stimulants"),
    ("can drinking alcohol cause cramps at night", "cause:alcohol_stimulants"),
    # what to do while it holds, in other words
    ("how do i get my foot to unclench this second", "prevent:now"),
    ("what helps when one hits in the middle of the night", "prevent:now"),
    ("how do i make a cramp go away right this second", "prevent:now"),
    ("never get cramps in the daytime, only in bed, how come", "faq:why_night"),
    # how much coffee someone drinks, asked about as the reason
    ("I drink like 6 coffees a day, is that why my calves cramp?", "cause:alcohol_stimulants"),
    # caffeine asked of the drink (or the pill) that carries it
    ("could the 4 energy drinks i have a day be why my legs cramp?", "cause:alcohol_stimulants"),
    ("is it the red bull?", "cause:alcohol_stimulants"),
    ("monster energy and cramps at night", "cause:alcohol_stimulants"),
    (
        "4 cans of monster a day and my calves cramp at night, is that why?",
        "cause:alcohol_stimulants",
    ),
    (
        "I live on pre-workout and my calves cramp every session, connected?",
        "cause:alcohol_stimulants",
    ),
    ("do espresso shots make cramps worse", "cause:alcohol_stimulants"),
    ("I drink a lot of diet coke, is that why my calves cramp?", "cause:alcohol_stimulants"),
    ("do lattes cause leg cramps", "cause:alcohol_stimulants"),
    ("caffeine pills and cramps?", "cause:alcohol_stimulants"),
    # ... not a cramp told big, nor water
    ("had a monster cramp last night, what causes that?", "causes"),
    ("does drinking water help cramps", "prevent:fluids"),
    # a cause named as the subject of "could ... be why", whatever else the question names
    ("could the caffeine be why my legs cramp at night?", "cause:alcohol_stimulants"),
    ("could all the coffee be behind my night cramps?", "cause:alcohol_stimulants"),
    ("could dehydration be the reason why my calves cramp in bed?", "cause:dehydration"),
    # ... not a reason asked of no one thing
    ("is there a reason why my legs cramp at night?", "faq:why_night"),
    ("can anyone tell me why my legs cramp at night", "faq:why_night"),
    # a thing's age is not a child's
    ("our mattress is 15 year old, could it cause cramps?", "causes"),
    ("my 10 yr old car has a stiff clutch, could that be why my left calf cramps?", "causes"),
    # B12 asked about as the reason
    (
        "vegetarian for years and I never take a B12 supplement, is that why I cramp?",
        "cause:b12_deficiency",
    ),
    # walking cut short by cramp, asked about
    ("how come my mum can't walk far before her calves cramp up?", "cause:circulation"),
    ("can't walk to the end of the street without my calf cramping, why?", "cause:circulation"),
    # why they always wait for sleep, in other words
    ("how come my calves always seem to pick the moment I'm asleep??", "faq:why_night"),
    (
        "cramps always sneak up on me in my sleep, never when I'm on my feet all day. why",
        "faq:why_night",
    ),
    # B12 asked about as a cause of cramps, in other words
    ("can being low in B12 cause leg cramps? I'm vegan", "cause:b12_deficiency"),
    ("my cramps, could they be from b12?", "cause:b12_deficiency"),
    ("am I short of b12? the cramps are every night", "cause:b12_deficiency"),
    # soreness that lasts, asked about
    ("why does it hurt this long after?", "faq:sore_after"),
    ("my calf has ached since the cramp, why?", "faq:sore_after"),
    ("why does my leg hurt so much after a cramp?", "faq:sore_after"),
    # where to find the store's own advice is still a question for it
    ("where can I find tips on stretching for night cramps?", "prevent:routine"),
    # how much quinine tonic water holds, asked about "it"
    (
        "I drink tonic water every night. Is there enough quinine in it to do anything?",
        "evidence:tonic_water",
    ),
    # a narrower page that points to the general one answers: a child's cramp, what to do
    ("My daughter (7) woke up with a cramp. what should I do when it happens?", "faq:children"),
    (
        "my son (9) had a calf cramp at football, how do I stop it next time it comes?",
        "faq:children",
    ),
    # a worry about a named remedy is about the remedy, not the doctor page
    (
        "the pharmacist won't sell me quinine any more. is it actually dangerous?",
        "evidence:quinine",
    ),
    (
        "my mate swears by tonic water but is it safe or is it dangerous long term?",
        "evidence:tonic_water",
    ),
    # cramps that wait for lying down are the night's
    ("why do they only come the minute i lie down after a late shift?", "faq:why_night"),
    ("every time i go to bed my calves start, why is that?", "faq:why_night"),
    # age told as a number, a care home
    ("dad is 88 and in a nursing home, gets cramps now, is that just his age?", "cause:ageing"),
    ("is it part of being 80 that my feet cramp?", "cause:ageing"),
    # something else than the one cause the writer guesses
    ("foot cramps since my new job, is it the standing or could it be something else?", "causes"),
    # "when" opening a sentence about what happens is not a second question
    (
        "restless legs or cramps, which is it? when i lie down my legs tingle and twitch",
        "faq:restless_legs",
    ),
    (
        "do i have restless legs or cramps?? when i lie down at night i cant keep my legs still",
        "faq:restless_legs",
    ),
    ("when should I get my cramps looked at by a doctor", "doctor"),
    # "could that be why": the sentence before is what "that" is
    (
        "Vegetarian for years, my last B12 test came back low. Could that be why my feet cramp?",
        "cause:b12_deficiency",
    ),
    ("started bisoprolol in june. could that be why my calves cramp now?", "cause:medications"),
    # only while asleep, the words apart
    (
        "why do they only ever hit while im sleeping? on my feet all day and nothing",
        "faq:why_night",
    ),
    # "they" points back to the remedy named in the sentence before
    (
        "my pharmacist sells magnesium capsules for night cramps. are they worth buying if "
        "you're over 70?",
        "evidence:magnesium",
    ),
    # B12 told low by a medicine that lowers it: the B12 page, which names those medicines
    (
        "on omeprazole for years and the pharmacist said it can lower b12. could that be why my "
        "calves keep cramping?",
        "cause:b12_deficiency",
    ),
    (
        "my b12 was borderline and i take metformin, could this be behind my foot cramps?",
        "cause:b12_deficiency",
    ),
    # whether a medicine no entry names gives cramps: the medicines' page
    ("can venlafaxine give you muscle cramps?", "cause:medications"),
    ("can pregabalin bring on calf cramps", "cause:medications"),
    ("can sertraline cause muscle cramps", "cause:medications"),
    # ... when the question asks it, whatever else the message tells around it
    (
        "the psychiatrist told me to drink plenty of water so I do. does lithium give you leg "
        "cramps or is it the summer?",
        "cause:medications",
    ),
    (
        "Does amitriptyline cause night cramps? I already drink 2 litres a day and stretch.",
        "cause:medications",
    ),
    (
        "i sweat loads at work and drink loads of water. could the furosemide be giving me "
        "cramps?",
        "cause:medications",
    ),
    (
        "on gabapentin and I eat bananas daily, can gabapentin trigger calf cramps",
        "cause:medications",
    ),
    # a question of fluids from someone on a medicine: the fluids page
    ("I take lithium. how much water should I drink to stop cramps?", "prevent:fluids"),
    # the medicines pointed back at as a group: "could either of those be behind..."
    (
        "I take lansoprazole for my stomach and a water tablet. Could either of them be behind "
        "my calf cramps?",
        "cause:medications",
    ),
    (
        "been on pantoprazole for years, could any of these be why my feet cramp",
        "cause:medications",
    ),
    # a claim that a medicine gives cramps, then whether it holds; an inhaler by its name
    (
        "I take metformin for diabetes and a Symbicort inhaler for asthma. A colleague told me "
        "these inhalers cause leg cramps. Is that true?",
        "cause:medications",
    ),
    (
        "on metformin for my sugar and a fostair puffer. my neighbour reckons puffers give you "
        "cramps in your legs. any truth in that?",
        "cause:medications",
    ),
    (
        "I'm on metformin and spiriva. my sister says spiriva causes leg cramps. really?",
        "cause:medications",
    ),
    ("could my seretide be behind my night cramps", "cause:medications"),
    # the claim about another medicine that has its own page: that page
    ("my friend says statins cause muscle cramps, is that true?", "faq:statins"),
    # a remedy's safety or side effects: its own page, not the medicines' page
    (
        "my consultant suggested quinine for my mum's night cramps, is it safe at 85 and what "
        "side effects should we look for",
        "evidence:quinine",
    ),
    # what to do while a cramp holds, asked for oneself or for someone else: the moment it
    # comes (when it seizes, once it starts, mid swim, someone having one) with what to do,
    # how to help, or a choice of what to do then
    ("when my husbands leg seizes up at night what can i do for him", "prevent:now"),
    ("whats the best thing to do while a cramp is actualy happening", "prevent:now"),
    ("if my calf goes mid swim should i float and rub it or get out", "prevent:now"),
    ("how do u help someone whose foot has locked up with cramp", "prevent:now"),
    ("when a cramp kicks in on a run do i walk it off or lie down and massage it", "prevent:now"),
    ("once it starts is there anything that eases it quicker", "prevent:now"),
    ("wat do i do when it comes on, stand up or stay lying down?", "prevent:now"),
    (
        "my dads foot cramped up last night and i had no idea how to help him, what should i "
        "have done",
        "prevent:now",
    ),
    ("what should you do for someone having a cramp", "prevent:now"),
    ("what's the first thing to do the moment a cramp starts", "prevent:now"),
    ("when my mum gets a cramp in the night how do i help her", "prevent:now"),
    ("how can i help my partner when her leg cramps in bed", "prevent:now"),
    # prescribed quinine asked about, tonic water or gin named beside it: the medicine's page
    (
        "doctor refuses to give me quinine for my cramps. why? my dad used to drink tonic water "
        "for his",
        "evidence:quinine",
    ),
    (
        "is prescribed quinine ok to take with my other meds, or should i just drink gin and "
        "tonic lol",
        "evidence:quinine",
    ),
    (
        "why wont my doctor prescribe quinin anymore, my nan says tonic has it in",
        "evidence:quinine",
    ),
    (
        "grandad's on quinine sulphate from the gp, is it ok with his heart? he also has a g&t "
        "most nights",
        "evidence:quinine",
    ),
    # ... and tonic water asked about as a drink stays the drink's
    ("is a g&t at night any use for cramps", "evidence:tonic_water"),
    ("my gp says quinine is too risky, is tonic water a safer option?", "evidence:tonic_water"),
    # children's night cramps asked by a coach, a teacher or a grandparent
    (
        "i coach under 10s and a few of the lads say cramp wakes them up, should i worry",
        "faq:children",
    ),
    (
        "several pupils have mentioned calf cramps waking them, is this a common thing for "
        "primary age",
        "faq:children",
    ),
    (
        "lots of the youngsters in my swim squad get calf cramps overnight, is that a growing "
        "thing",
        "faq:children",
    ),
    (
        "my grandson gets cramp in his calves in bed, hes only 6, anything to be concerned about",
        "faq:children",
    ),
    (
        "loads of my juniors at rugby say they get cramp in bed, anything to worry about",
        "faq:children",
    ),
    ("why do kids get leg cramps at night", "faq:children"),
    (
        "ive got a niece who wakes screaming with a cramp in her foot, shes 4, is that usual",
        "faq:children",
    ),
    # ... not a grandparent who only names the grandchildren, nor a coach's own cramp
    (
        "took the grandkids to the park all day and my calves cramped in bed, am i just getting "
        "old?",
        "cause:ageing",
    ),
    ("my grandson set this bot up for me. why do my feet cramp at night?", "faq:why_night"),
    (
        "i coach the under 12s on sundays and my own hamstring cramps when i demo the drills, "
        "why?",
        "causes",
    ),
    # why a doctor will not prescribe, or stopped, a cramp medicine: that medicine's page
    ("my doctor stopped prescribing my quinine, why would she do that", "evidence:quinine"),
    ("asked the doctor about quinine for my cramps and she said no. why?", "evidence:quinine"),
    (
        "the gp has stopped my mums quinine after years, she is 82, why would they do that",
        "evidence:quinine",
    ),
    (
        "gp is reluctant to give me anything for the cramps except stretching, she says the "
        "quinine is too risky. why",
        "evidence:quinine",
    ),
    (
        "my gp won't give me magnesium tablets for the cramps any more, how come",
        "evidence:magnesium",
    ),
    ("why has the surgery stopped my b complex prescription", "evidence:b_complex"),
    # an adult's age is no child's: at most the ageing page's cue, never over what is asked
    (
        "my grandad is a 91 year old and his calves cramp most nights, is that just his age?",
        "cause:ageing",
    ),
    ("is magnesium ok for my 84-year-old mum? her feet cramp in bed", "evidence:magnesium"),
    ("my neighbour is 79 yrs old and gets cramp in the night, should she see a doctor?", "doctor"),
    ("I'm a 45 year old bloke, why do my hamstrings cramp when I sleep?", "faq:why_night"),
    (
        "my mother-in-law is seventy-eight years old and her toes curl with cramp, is that her "
        "age?",
        "cause:ageing",
    ),
    ("my 70 year old husband wakes every night with calf cramp, what can he do?", "prevent"),
    # ... a child's age is a child's, "aged 9" too
    (
        "the boy next door, aged 9, wakes crying with cramp in his foot, is that normal?",
        "faq:children",
    ),
    (
        "a 17 year old on my team keeps cramping in bed, is that normal at that age?",
        "faq:children",
    ),
    ("my 9-year-old wakes up with cramp in her calf, is that normal?", "faq:children"),
    # a remedy asked about (works, helps, is safe) before what the writer tells around it
    (
        "I'm a runner, training for a marathon, cycling at weekends. is magnesium worth taking "
        "for the cramps?",
        "evidence:magnesium",
    ),
    (
        "my gran lives in a care home, she's elderly and getting older every year lol. does a "
        "banana at bedtime help with cramp?",
        "evidence:bananas",
    ),
    (
        "stand all day at the factory, on my feet from 6 till 6. Is a spoon of mustard any good "
        "when I get cramp in bed?",
        "evidence:mustard",
    ),
    (
        "my dad sits all day, sitting in his chair, desk job before that. is quinine safe for "
        "him?",
        "evidence:quinine",
    ),
    (
        "does magnesium realy help? i stand all day at wrk and im on my feet 10 hrs, standing on "
        "concrete",
        "evidence:magnesium",
    ),
    (
        "would support stockings do anything for cramps in bed, or are they just for a long "
        "flight? sitting at a desk all day is my job",
        "evidence:compression_socks",
    ),
    (
        "grandma has schweppes at bedtime for her cramp. any use? is it ok for an 85yo with a "
        "dodgy heart?",
        "evidence:tonic_water",
    ),
    # ... not over a cause asked in its own question, nor with no remedy asked
    (
        "calves knot up at night since the doctor upped my atorvastatin. is it the statin doing "
        "this? would quinine help?",
        "faq:statins",
    ),
    (
        "my legs are killing me, sitting at a desk all day. is it the sitting? would magnesium "
        "help?",
        "cause:sitting_standing",
    ),
    (
        "i'm on my feet all day at work, standing on concrete, could that be why my calves cramp?",
        "cause:sitting_standing",
    ),
    # why cramps come at night (an hour of the night, in bed, asleep), the words far apart, with
    # or without the day set against it
    (
        "why do my calves always wait until 2am when I'm in bed and never play up at work?",
        "faq:why_night",
    ),
    (
        "how come the cramps only ever hit me around 4 in the morning and not during the day when "
        "im running about",
        "faq:why_night",
    ),
    (
        "why does my foot always seize up in the small hours, never when I'm walking the dog all "
        "afternoon?",
        "faq:why_night",
    ),
    (
        "why does my calf wait till about 4.30am when im tucked up in bed, n never goes when im "
        "at the warehouse all day",
        "faq:why_night",
    ),
    (
        "why is it that my toes only curl up with cramp at half 2 in the morning and not while "
        "I'm on my feet?",
        "faq:why_night",
    ),
    # ... not a why of cramps in the day, nor the night told as when they do not come
    ("why do my calves cramp in the afternoon while I'm at work", "causes"),
    ("why do my calves only cramp at work during the day and never in bed?", "causes"),
    # ... nor a reason told ("that's why"), with the nights of the cramps beside it
    (
        "two glasses of wine every evening and now my calves cramp most nights, my wife says "
        "that's why",
        "cause:alcohol_stimulants",
    ),
    (
        "drinking most nights again and the cramps in bed are back, which is why i want to cut "
        "down on alcohol",
        "cause:alcohol_stimulants",
    ),
    # whether to keep going through a cramp or stop, and a trick for the moment: what to do
    # during one
    ("is it bad to keep cycling through a calf cramp or should i get off", "prevent:now"),
    ("should i keep rowing through the cramp or stop?", "prevent:now"),
    ("can you push through a hamstring cramp in a match or is that a bad idea", "prevent:now"),
    ("my coach says to run through a cramp, is that safe?", "prevent:now"),
    ("does pressing your thumb into the calf work on a cramp?", "prevent:now"),
    # a night or a trip wanted free of them: prevention
    ("how do i get through a whole night without a cramp", "prevent"),
    ("what's the trick to sleeping through the night without cramps", "prevent"),
    ("how do i stay cramp free on long drives", "prevent"),
]


@pytest.mark.parametrize(("text", "target"), TOPICS)
def test_search_finds_the_entry(knowledge: Knowledge, text: str, target: str) -> None:
    found = search(knowledge, text)
    assert found.best == target, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "is acupuncture worth a try?",
        "what mattress is best?",
        "does a magnet under the bed work?",
        "cramp",
        "",
        # cramps of another kind; a thing named after a keyword
        "any tips for bad menstrual cramps? ibuprofen barely touches them",
        "what helps with period cramps apart from paracetamol?",
        # a price, or a person or a place to go to
        "how much does a sports massage usually cost?",
        # where the name comes from, in other spellings
        "random but why's it even called a charley horse??",
        "anybody know a good sports massage person in Bridgetown? my calves lock up at football",
        "where can i buy magnesium spray?",
        "does insurance cover b12 shots?",
        # an injection that is not B12's
        "cut my hand 2 days back, had a tetanus injection 9 months ago, do I need another?",
        "is a waterbed better for my back?",
        "will a puffer jacket in bed keep my legs warm enough?",
        # nothing about cramps, muscles or legs at all
        "is it safe to fly with a bad chest cold?",
        # a keyword, but the question is about another part of the body or another illness
        "can I go swimming with an ear infection?",
        "is it ok to drink alcohol on antibiotics for a chest infection?",
        "will eating bananas help my eczema?",
        # the night's other troubles: the night alone does not make it about cramps
        "my son grinds his teeth at night, what helps with that?",
        "my toddler wets the bed at night, any tips to stop it?",
        "any tips for heartburn at night when I lie down?",
        # where a word comes from
        "why is it called a charley horse?",
        "where does the name charley horse come from",
    ],
)
def test_a_question_the_store_cannot_answer_is_not_forced(knowledge: Knowledge, text: str) -> None:
    assert search(knowledge, text).best is None


def test_every_target_opens_a_screen(knowledge: Knowledge) -> None:
    from bot.views.knowledge import all_data
    from bot.views.knowledge_data import address

    openable = set(all_data(knowledge))
    for topic in knowledge.topics.topics:
        assert topic.target == "check" or address(topic.target) in openable, topic.target


def test_every_entry_is_searchable(knowledge: Knowledge) -> None:
    from bot.services.search import entries

    found = {e.target for e in entries(knowledge)}
    assert {f"evidence:{e.id}" for e in knowledge.evidence.items} <= found
    assert {f"faq:{f.id}" for f in knowledge.faq.items} <= found
    assert {f"cause:{c.id}" for c in knowledge.causes.causes} <= found


def test_words_normalise_plurals_and_apostrophes() -> None:
    assert words("Statins, DIURETICS & can't") == ("statin", "diuretic", "cant")
    assert words("b-12 arteries") == ("b", "12", "artery")


QUESTIONS = [
    ("is magnesium good for cramps?", True),
    ("what foods have b12", True),
    ("why do my legs cramp at night", True),
    ("can statins cause cramps", True),
    ("When should I see a doctor", True),
    ("tell me about b12", True),
    ("Does stretching help", True),
    ("cramps again?", True),
    # asked in the middle, or after a story: a sentence is a question, not the whole message
    ("fastest way to stop one? the last one had me yelping", True),
    ("took magnesium for a month, no change. does the type matter", True),
    ("71 and cramping in bed most nights. Is this just age", True),
    ("had a cramp at 4am. anyone else get them after wine", True),
    ("woke at 3 with a cramp. it's eased now.", False),
    ("mum swears by soap under the sheet. genuinely asking, does it work", True),
    ("my legs ache the day after, is that normal", True),
    ("i get them most nights, what a pain", False),
    ("had a cramp at 3, which woke my wife too", False),
    ("calf seized for ages, how annoying", False),
    ("cramp in my foot at 2am, is still tight now", False),
    ("it's every night lately, anyone else get this", True),
    ("cramp in my left calf last night, lasted 2 minutes, 7/10", False),
    ("no cramps last night!", False),
    ("when I woke up my calf cramped", False),
    ("can't sleep, bad cramp in right foot", False),
    ("bad cramp just now", False),
    # a question word closing a statement
    ("always cramp after a night on the beer, why", True),
    ("only ever get them in bed, how come", True),
    # whether a claim holds, asked without a question mark
    ("my uncle says a spoon of mustard stops a cramp dead. any truth in that", True),
    ("soap under the sheet for night cramps, fact or fiction", True),
    # "quick one" opening a question, as "quick question" does
    ("quick one, is tonic water any good for cramps", True),
    ("one cramp last night in my calf", False),
    ("left calf is sore to touch. right one is fine", False),
    ("my aunt swears bananas stop her cramps. true or not", True),
    # a request for advice in formal words
    ("Good evening. Kindly let me know the remedy for cramps in my feet at night.", True),
    ("I would like to know why my calves cramp after standing all day", True),
    ("my mate says pickle juice before a match stops cramp, legit or a hoax", True),
    # the same choice asked with no comma before it, in other words
    ("my physio swears by magnesium spray proven or placebo", True),
    ("saw a video saying mustard kills a cramp in seconds legit or not", True),
    (
        "the cramp cream at the chemist claims instant relief evidence based or just marketing",
        True,
    ),
    ("stretching the calf against the wall before bed, science or bro science", True),
    ("wife reckons a magnet under the mattress stops cramps. a real thing or a fad", True),
    # "real", "true", "works" that are not a choice asked
    ("the cramp was real bad at 3am, true story", False),
    ("cramped at work or on the drive home, not sure which", False),
    ("where does the name charley horse come from", True),
    # a greeting or a word to the reader before the question
    ("guys does tonic water actually do anything for cramps", True),
    ("Good morning doctor. Pls kindly tell me what to do for night cramps", True),
    ("ok so is it normal to get cramps in the arch after swimming", True),
    ("ok so cramp in my calf at 3am, lasted 2 min", False),
    # asked after "but" or "so" with no comma before it
    ("my sister takes magnesium oxide for hers but does it really help or is it hype", True),
    ("the physio showed me a stretch for the arch so should it hurt when i do it", True),
    ("doc started me on a water tablet but is that why my calves keep cramping", True),
    ("they cramp every time i swim lengths so do i need to stop swimming", True),
    ("calf cramped at 3am and my husband's did too so do i", False),
    ("cramped after the run but it was fine after a stretch", False),
    ("", False),
    ("   ", False),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_is_question(knowledge: Knowledge, text: str, expected: bool) -> None:
    assert is_question(text, knowledge) is expected


def test_is_question_defaults_to_the_english_store() -> None:
    assert is_question("why do my legs cramp")
    assert not is_question("cramp in my calf")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("b12_deficiency", "b12_deficiency"),
        ("B12", "b12_deficiency"),
        ("low potassium", "low_potassium"),
        ("magnesium", "low_magnesium"),
        ("claudication", "circulation"),
        ("Lumbar-Stenosis", "lumbar_stenosis"),
        ("low", None),
        ("", None),
        ("nonsense", None),
    ],
)
def test_resolve_cause(knowledge: Knowledge, value: str, expected: str | None) -> None:
    assert resolve_cause(knowledge, value) == expected


NOW = datetime(2026, 11, 20, 3, 5, tzinfo=UTC)
CRAMPING_NOW = [
    ("my calf is cramping now help", True),
    ("cramp right now what do I do", True),
    ("my calf is cramping right now, what do I do?", True),
    ("how to stop a cramp", False),  # a question, not a report: the question router answers
    ("my calf is cramping now for 20 minutes help", False),  # a red flag: answered first
    ("my calf is cramping now and my leg is swollen and red, help", False),
    ("cramp in my chest right now help", False),
    ("bad cramp in my left calf last night, 7/10", False),
    ("no cramps right now", False),
]


@pytest.mark.parametrize(("text", "expected"), CRAMPING_NOW)
def test_cramping_now(knowledge: Knowledge, text: str, expected: bool) -> None:
    assert cramping_now(knowledge, text, now=NOW) is expected


def test_an_entry_ruled_out_is_never_the_answer(knowledge: Knowledge) -> None:
    """`could_answer` (cramping_now's speed-up) rules out no entry that the search answers."""
    import json
    from pathlib import Path

    from bot.services.search import could_answer, entries

    here = Path(__file__).resolve().parents[1]
    texts = [text for text, _ in TOPICS] + [text for text, _ in CRAMPING_NOW]
    for name in ("corpus/dev.jsonl", "parsing/cases.jsonl", "parsing/samples.jsonl"):
        path = here / name
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    targets = [e.target for e in entries(knowledge)] + ["no such entry"]
    answered = 0
    for text in texts:
        best = search(knowledge, text).best
        answered += best is not None
        for target in targets:
            if not could_answer(knowledge, text, target):
                assert best != target, (text, target)
    assert answered >= 100


def test_words_cache_is_bounded() -> None:
    for i in range(1_000):
        words(f"message number {i}")
    info = words.cache_info()
    assert info.maxsize is not None and info.currsize <= info.maxsize
