"""Threads 21-30 of blind set 19, typed by hand. (tid, subject, mails, cases)."""
ELODIE = ("Elodie Marchbank", "elodie@bramblecafe.example")
TOBIAS = ("Tobias Nwachukwu", "tobias@emberroasting.example")
SIGRUN = ("Sigrun Eklund", "s.eklund@vantormedical.example")
ROHAN = ("Rohan Castellanos", "rohan@lexbridge.example")
BARNABY = ("Barnaby Fennimore", "barnaby.f@homepost.example")
ZAINAB = ("Zainab Lockhart", "zainab@lockhartupholstery.example")
MORWENNA = ("Morwenna Pascoe", "landlady@lanterninn.example")
FELIX = ("Felix Adeyemi", "felix@leadlightstudio.example")
DOUGIE = ("Dougie McTavish", "dougie@dougieswhippy.example")
SUNITA = ("Sunita Ravel", "sunita@coolroute.example")
OTTOLINE = ("Ottoline Carrow", "stage@gaslightplayhouse.example")
HUGO = ("Hugo Szabo", "hugo@flylinerigging.example")
ROSAMUND = ("Rosamund Tiller", "r.tiller@seamail.example")
KWAME = ("Kwame Dalgleish", "office@saltmarshmarina.example")
HETTY = ("Hetty Barnsdale", "hetty@longacreorchard.example")
LEOFRIC = ("Leofric Amadi", "leofric@pressworkshire.example")
TAMSIN = ("Tamsin Wrey", "tamsin.wrey@learnmail.example")
GIDEON = ("Gideon Hallam", "gideon@clearviewdriving.example")
IMOGEN = ("Coach Imogen Ravensworth", "coach@dolphinvale-sc.example")
ANDERS = ("Anders Bjelke", "anders@splitsecond.example")

THREADS = [
    ("coffee_roast", "Batch 77 tastes burnt", [
        ("cr1", ELODIE, TOBIAS, "2026-09-08 11:20",
         "The 12 kg of house espresso delivered on Monday 7 September tastes burnt and bitter; three regulars sent "
         "their flat whites back this morning. The bags are stamped roast date 4 September, batch 77."),
        ("cr2", TOBIAS, ELODIE, "2026-09-09 16:10",
         "Our head roaster, Imke Sato, pulled the log for batch 77. The roaster's bean probe had drifted by 9 C, so "
         "it read low and the beans went about 90 seconds past our profile. We recalibrated the probe yesterday. We "
         "are sending 12 kg from batch 81, roasted today, free of charge; please return the batch 77 bags for credit."),
        ("cr3", ELODIE, TOBIAS, "2026-09-14 08:00",
         "Batch 81 arrived on Friday and tastes right again. I have sent back 9 kg of batch 77; we had already used "
         "3 kg."),
    ], [
        (True, "stated_cause", "Batch 77 went about 90 seconds past the profile because the bean probe had drifted and read low."),
        (True, "normalised_number", "Bramble Cafe had used a quarter of the batch 77 coffee before it sent the rest back."),
        (True, "cross_email", "Ember recalibrated its probe on 8 September, and the replacement batch 81 reached Bramble Cafe on 11 September."),
        (True, "reported_speech", "Elodie Marchbank said three regulars had sent their flat whites back."),
        (False, "invented_blame", "Imke Sato roasted batch 77 for too long by ignoring the roast profile."),
        (False, "invented_cause", "The coffee tasted burnt because Bramble Cafe's grinder was set too fine."),
        (False, "invented_consequence", "Bramble Cafe lost three regular customers over the bitter coffee."),
        (False, "wrong_number", "Ember's bean probe had drifted by 19 C."),
    ]),
    ("manual_translation", "NovaPump manual, Portuguese", [
        ("mt1", SIGRUN, ROHAN, "2026-06-18 13:45",
         "The Portuguese instructions for the NovaPump manual arrived on Tuesday 16 June, one day after the agreed "
         "deadline of 15 June. Our regulatory reviewer, Dr Lucas Ferreira, also found that 'flush' was translated "
         "as 'descarga' in section 4, which in context means discharge, not rinse. We had to move the submission by "
         "a week."),
        ("mt2", ROHAN, SIGRUN, "2026-06-19 10:00",
         "I apologise for both. The delay was ours: our reviewer was off sick and we did not tell you in time. On "
         "'descarga', our translator followed the term list your team sent in March, which gives 'descarga' for "
         "'flush'. We will correct section 4 and waive the 960 EUR review fee; the translation fee of 2,400 EUR "
         "stands."),
        ("mt3", SIGRUN, ROHAN, "2026-06-22 09:30",
         "Fair. I checked, and our March term list does say 'descarga'; we have changed it to 'lavagem'. Please send "
         "the corrected section 4 by Wednesday 24 June."),
    ], [
        (True, "stated_cause", "The translator used 'descarga' because Vantor's own March term list gave it for 'flush'."),
        (True, "reported_speech", "Rohan Castellanos admitted the one-day delay was Lexbridge's, as its reviewer was off sick and the client was not told in time."),
        (True, "normalised_number", "Waiving the review fee brings Lexbridge's charges down from 3,360 EUR to 2,400 EUR."),
        (True, "cross_email", "Vantor has changed its term list to 'lavagem' after Lexbridge pointed out that the list gave 'descarga'."),
        (False, "invented_blame", "Dr Lucas Ferreira approved the wrong term in section 4."),
        (False, "invented_cause", "The submission was moved by a week because the translation fee was disputed."),
        (False, "invented_consequence", "Vantor has stopped sending its medical manuals to Lexbridge."),
        (False, "swapped_relation", "Lexbridge waived the 2,400 EUR translation fee but kept the 960 EUR review fee."),
    ]),
    ("armchair_fabric", "Wrong velvet on the armchair", [
        ("af1", BARNABY, ZAINAB, "2026-11-24 20:15",
         "The armchair you re-covered came back on Saturday 21 November in the wrong fabric. We chose 'Moss' velvet, "
         "code V-214; the chair is in 'Fern', code V-241. Both are green, so I did not notice until daylight on "
         "Sunday."),
        ("af2", ZAINAB, BARNABY, "2026-11-25 09:05",
         "You are right, and I am sorry. Our cutter, Aldo Brightman, took V-241 from the rack by mistake; the two "
         "rolls sit side by side and their codes are nearly identical. Your order form says V-214. We will re-cover "
         "the chair in Moss at no charge; we need it back for five working days. We have also moved the two rolls "
         "apart."),
        ("af3", BARNABY, ZAINAB, "2026-11-26 12:40",
         "Your van can collect it on Monday 30 November. Please keep the Fern cover; we don't want it."),
    ], [
        (True, "stated_cause", "Barnaby Fennimore did not notice the wrong fabric until Sunday's daylight because both velvets are green."),
        (True, "paraphrase", "Lockhart admitted the chair had been covered in the wrong velvet and offered to redo it free."),
        (True, "cross_email", "Lockhart's van is to collect the armchair on 30 November, nine days after it came back in the wrong fabric."),
        (True, "negation_paraphrase", "Barnaby Fennimore does not want to keep the Fern cover."),
        (False, "invented_blame", "Barnaby Fennimore wrote the wrong fabric code on the order form."),
        (False, "invented_cause", "Lockhart needs five working days because the Moss velvet is out of stock."),
        (False, "invented_consequence", "Lockhart Upholstery has stopped stocking the Fern velvet."),
        (False, "wrong_number", "Lockhart needs the chair back for seven working days."),
    ]),
    ("leaded_door", "Door panel rattles", [
        ("ldp1", MORWENNA, FELIX, "2026-06-05 11:00",
         "The restored panel for our front door went back in on Wednesday 3 June. This morning a pane in the bottom "
         "row rattles when the door shuts, and there is a hairline crack in the red rose pane."),
        ("ldp2", FELIX, MORWENNA, "2026-06-06 14:20",
         "I came by at 10:00. The crack runs along an old repair line that was there before we took the panel out; "
         "it is in my survey photo from April. The rattle is ours: the lead came in the bottom row was not fully "
         "cemented. I have cemented it on site, free. The crack is stable and I would leave it, but I can replace the "
         "rose pane for 130 GBP if you prefer."),
        ("ldp3", MORWENNA, FELIX, "2026-06-08 18:30",
         "Thanks, no rattle since. We'll leave the rose pane as it is."),
    ], [
        (True, "stated_cause", "The bottom pane rattled because the lead came in that row had not been fully cemented."),
        (True, "reported_speech", "Felix Adeyemi said the crack followed an old repair line that shows in his April survey photo."),
        (True, "cross_email", "The Lantern Inn chose to keep the cracked rose pane rather than pay 130 GBP to replace it."),
        (True, "negation_paraphrase", "The pane has not rattled since Felix Adeyemi cemented it."),
        (False, "invented_blame", "Leadlight Studio cracked the rose pane while refitting the door panel."),
        (False, "invented_cause", "The pane rattled because staff at the inn slammed the door too hard."),
        (False, "invented_consequence", "The Lantern Inn has asked for its money back for the restoration."),
        (False, "wrong_date", "The restored panel went back into the door on Thursday 4 June."),
    ]),
    ("icecream_van", "Freezer died at the gala", [
        ("iv1", DOUGIE, SUNITA, "2026-07-26 09:00",
         "The van's chest freezer died at about 15:00 yesterday at the Pennycross gala. By 16:00 the lollies were "
         "soft and I had to stop selling an hour early. I binned 140 lollies and four 5-litre tubs."),
        ("iv2", SUNITA, DOUGIE, "2026-07-27 17:30",
         "I looked at the van this morning. The freezer runs off a second battery, and the split-charge relay that "
         "keeps that battery charged from the engine had failed, so the battery went flat and the compressor "
         "stopped. A new relay is 35 GBP and I fitted it today. The battery itself tested fine."),
        ("iv3", DOUGIE, SUNITA, "2026-07-30 21:00",
         "Freezer held -18 C all day at the beach yesterday. The lollies cost me 0.45 GBP each and the tubs 11 GBP "
         "each."),
    ], [
        (True, "stated_cause", "The compressor stopped because a failed split-charge relay let the freezer battery go flat."),
        (True, "normalised_number", "The stock Dougie McTavish threw away had cost him 107 GBP."),
        (True, "cross_email", "After Sunita Ravel fitted a new relay on 27 July, the freezer held -18 C through a day at the beach on 29 July."),
        (True, "negation_paraphrase", "There was nothing wrong with the freezer battery itself."),
        (False, "invented_blame", "Dougie McTavish left the engine off all afternoon, which flattened the freezer battery."),
        (False, "invented_cause", "The freezer failed because of the heat at the Pennycross gala."),
        (False, "invented_consequence", "The Pennycross gala organisers will not book Dougie's van again."),
        (False, "wrong_number", "Dougie McTavish threw away 140 lollies and six 5-litre tubs."),
    ]),
    ("theatre_flybar", "Bar 14 stuck in the matinee", [
        ("tfb1", OTTOLINE, HUGO, "2026-03-16 10:30",
         "During Saturday's matinee the counterweight arbor for bar 14 (the forest backdrop) stuck halfway out. We "
         "flew the backdrop in by hand after the interval and lost about 20 minutes. The evening show went ahead "
         "without the forest scene. Our fly operator, Benji Ostrowski, had checked the bar before the house opened."),
        ("tfb2", HUGO, OTTOLINE, "2026-03-17 12:00",
         "Our rigger checked bar 14 this morning. A guide track bolt had worked loose and the arbor's shoe was "
         "catching on it. We have tightened all 48 guide bolts on the fly floor and added thread-lock. This is "
         "covered by your annual maintenance contract, so there is no charge."),
        ("tfb3", OTTOLINE, HUGO, "2026-03-18 09:15",
         "Thank you. The forest scene was back in last night's show and bar 14 ran smoothly."),
    ], [
        (True, "stated_cause", "The bar 14 arbor stuck because its shoe was catching on a loose guide track bolt."),
        (True, "cross_email", "The forest backdrop was left out of Saturday's evening show but was back on 17 March."),
        (True, "normalised_number", "The matinee on 14 March lost about a third of an hour."),
        (True, "paraphrase", "Flyline did the repair free under the theatre's annual maintenance contract."),
        (False, "invented_blame", "Benji Ostrowski failed to check bar 14 before the matinee."),
        (False, "invented_cause", "The evening show dropped the forest scene because the cast was tired after the matinee."),
        (False, "invented_consequence", "The Gaslight Playhouse refunded the audience of the evening show."),
        (False, "wrong_number", "Flyline tightened all 84 guide bolts on the fly floor."),
    ]),
    ("marina_hoist", "Curlew dropped in the slings", [
        ("mh1", ROSAMUND, KWAME, "2026-10-13 08:40",
         "When my yacht 'Curlew' was lifted out on Monday 12 October, the aft sling slipped and the stern dropped "
         "about 30 cm onto the cradle. There is a dent in the hull near the rudder. Your hoist driver, Mr Pavel "
         "Nunez, stopped at once."),
        ("mh2", KWAME, ROSAMUND, "2026-10-14 11:15",
         "I am sorry. Our yard hand placed the aft sling over the hull marking that shows where to lift, but "
         "'Curlew's' marking was painted by a previous owner 40 cm too far aft. Our procedure is to check the marking "
         "against the builder's lift plan, and we did not do that. We will pay for the repair. Our surveyor, Ms "
         "Hennie Blaauw, will look at the dent on Friday 16 October."),
        ("mh3", KWAME, ROSAMUND, "2026-10-19 10:00",
         "Ms Blaauw found the dent is cosmetic; the rudder and its bearing are unaffected. Our yard will fill and "
         "fair it at our cost, 320 GBP, before the spring launch."),
    ], [
        (True, "stated_cause", "The aft sling sat in the wrong place because a previous owner had painted Curlew's lift marking 40 cm too far aft."),
        (True, "reported_speech", "Kwame Dalgleish acknowledged that the marina did not check the marking against the builder's lift plan."),
        (True, "negation_paraphrase", "The surveyor found no damage to the rudder or its bearing."),
        (True, "cross_email", "Saltmarsh Marina will spend 320 GBP repairing the dent made when Curlew was lifted out on 12 October."),
        (False, "invented_blame", "Pavel Nunez drove the hoist too fast, which made the aft sling slip."),
        (False, "invented_cause", "The stern dropped because the aft sling was worn."),
        (False, "invented_consequence", "Rosamund Tiller is moving Curlew to another marina for the winter."),
        (False, "wrong_number", "Curlew's stern dropped about 40 cm onto the cradle."),
    ]),
    ("cider_press", "Hired press lost pressure", [
        ("cp1", HETTY, LEOFRIC, "2026-10-05 19:00",
         "On our apple day, Saturday 3 October, the hired hydraulic press lost pressure after two hours. We finished "
         "the last 200 kg of apples with our old hand-screw press. The oil reservoir was at the right level when we "
         "started; we checked it with your instruction card."),
        ("cp2", LEOFRIC, HETTY, "2026-10-06 12:30",
         "Our mechanic found a split seal on the ram, so oil was leaking back past it. The seal had been replaced "
         "after the previous hire in September, and the new seal came from a faulty batch. We will refund half of "
         "the 180 GBP weekend hire."),
        ("cp3", HETTY, LEOFRIC, "2026-10-07 08:50",
         "Thank you. For your records, we pressed 650 kg in total and made 380 litres of juice; the hand press did "
         "the last 200 kg."),
    ], [
        (True, "stated_cause", "The press lost pressure because oil was leaking back past a split seal on the ram."),
        (True, "normalised_number", "Pressworks is refunding 90 GBP of the weekend hire."),
        (True, "cross_email", "The hydraulic press handled 450 kg of apples before it lost pressure."),
        (True, "negation_paraphrase", "The oil reservoir was not low when the pressing started."),
        (False, "invented_blame", "The orchard volunteers overfilled the oil reservoir, which split the seal."),
        (False, "invented_cause", "The hand-screw press was used because the hired press was too slow."),
        (False, "invented_consequence", "Long Acre Orchard lost part of its juice to spoilage because of the breakdown."),
        (False, "swapped_relation", "The orchard made 650 litres of juice from 380 kg of apples."),
    ]),
    ("driving_test", "Test cancelled: brake light", [
        ("dt1", TAMSIN, GIDEON, "2026-05-21 20:30",
         "My driving test on Tuesday 19 May was cancelled at the test centre because the dual-control car's rear "
         "brake light was not working; the examiner, Mrs Jacinta Moreau, would not take the car out. I had paid the "
         "62 GBP test fee and a 45 GBP hire fee for the car."),
        ("dt2", GIDEON, TAMSIN, "2026-05-22 08:15",
         "I'm really sorry, Tamsin. The bulb had blown. My instructor, Nils Kasprzak, checked the lights that "
         "morning at 07:30 and they worked then, so it blew between then and the test at 10:40. We will refund the "
         "45 GBP hire fee and pay the fee for a new test."),
        ("dt3", GIDEON, TAMSIN, "2026-05-26 13:00",
         "The test centre has a new date for you: Thursday 11 June at 14:10. The car will have its lights checked "
         "an hour before, and we now carry spare bulbs."),
    ], [
        (True, "reported_speech", "Gideon Hallam said Nils Kasprzak found all the lights working at 07:30 on the morning of the test."),
        (True, "stated_cause", "The examiner would not take the car out because its rear brake light was not working."),
        (True, "normalised_number", "The bulb blew at some point in the 3 hours 10 minutes between the light check and the test."),
        (True, "cross_email", "Tamsin Wrey's rearranged test on 11 June comes 23 days after the cancelled one."),
        (False, "invented_blame", "Nils Kasprzak skipped the morning light check before Tamsin Wrey's test."),
        (False, "invented_cause", "The bulb blew because the car was driven over a pothole on the way to the centre."),
        (False, "invented_consequence", "Tamsin Wrey has switched to another driving school."),
        (False, "wrong_date", "Tamsin Wrey's new test is on Thursday 18 June at 14:10."),
    ]),
    ("swim_touchpad", "Lane 3 touchpad missed finishes", [
        ("st1", IMOGEN, ANDERS, "2026-03-09 07:50",
         "At our open meet on Saturday 7 March, the touchpad in lane 3 recorded no finish for six races. Our backup "
         "stopwatch timers took those times by hand. Lane 3 was the only lane affected. Can you check the pad?"),
        ("st2", ANDERS, IMOGEN, "2026-03-10 15:00",
         "From the meet log, the lane 3 pad's cable connector was making intermittent contact. Water had got into "
         "the connector because its rubber boot was torn. We are posting a new cable and boot today, free under "
         "warranty. Hand times are accepted for club records, but not for county qualifying times."),
        ("st3", IMOGEN, ANDERS, "2026-03-13 08:10",
         "New cable fitted; lane 3 worked at training last night. Two swimmers in those six races, Esme Pardoe and "
         "Ruairi Glass, swam county qualifying times that were only hand-timed, so they will have to swim them again "
         "at the 4 April meet."),
    ], [
        (True, "stated_cause", "Water got into the lane 3 connector because its rubber boot was torn."),
        (True, "reported_speech", "Anders Bjelke said hand times count for club records but not for county qualifying times."),
        (True, "cross_email", "Esme Pardoe and Ruairi Glass must swim their qualifying times again because their times were taken by hand, which the county does not accept."),
        (True, "negation_paraphrase", "No lane other than lane 3 was affected."),
        (False, "invented_blame", "The club's stopwatch timers forgot to switch on the lane 3 pad."),
        (False, "invented_cause", "The lane 3 pad missed the finishes because swimmers touched it too lightly."),
        (False, "invented_consequence", "The county association cancelled the results of the 7 March meet."),
        (False, "wrong_date", "Esme Pardoe and Ruairi Glass will swim their qualifying times again at the 11 April meet."),
    ]),
]
