"""Threads 16-30 of blind set 11, typed by hand (CC0 1.0). Cases: (text, supported, kind)."""
from common import email

T = []

# 16 red panda transfer
K = ("Kofi Mensah", "kofi@eastmoorzoo.example"); E = ("Elin Sandberg", "elin@nordparkzoo.example")
T.append(dict(id="red_panda", emails=[
    email("rp1", K, E, "2026-09-14 10:00", "Transfer of Mei",
          "Our female red panda, Mei, is due to move to you under the breeding programme. She passed her "
          "pre-transport health check on Friday 11 September and weighs 5.4 kg."),
    email("rp2", E, K, "2026-09-15 13:30", "Re: Transfer of Mei",
          "We are ready. Her enclosure next to our male, Taro, is finished. We suggest transport on Tuesday "
          "29 September, arriving the same evening. She will spend 30 days in quarantine before meeting Taro."),
    email("rp3", K, E, "2026-09-16 08:20", "Re: Transfer of Mei",
          "29 September is fine. Our keeper, Anna, will travel with Mei in the van."),
], cases=[
    ("Mei will meet Taro after a month in quarantine.", True, "normalised_number"),
    ("Anna will travel with Mei to Nordpark on 29 September.", True, "cross_email"),
    ("Mei passed her health check before the move.", True, "paraphrase"),
    ("Mei is moving because she failed to breed with Taro.", False, "invented_cause"),
    ("Mei weighs 4.5 kg.", False, "wrong_number"),
    ("Taro will move to Eastmoor under the breeding programme.", False, "swapped_relation"),
]))

# 17 laptop refresh
GM = ("Grace Mwangi", "grace@fenwick-accountants.example"); RP = ("Raj Patel", "raj@brightdesk-it.example")
T.append(dict(id="laptop_refresh", emails=[
    email("lr1", GM, RP, "2026-01-12 09:00", "Laptop replacement",
          "We need to replace 18 laptops that are more than five years old. Staff need them set up with our "
          "accounting software before the tax deadline on 31 January."),
    email("lr2", RP, GM, "2026-01-13 11:45", "Re: Laptop replacement",
          "We can supply 18 laptops at 890 GBP each. Only 12 are in stock; the other 6 arrive on 26 January. Our "
          "technician, Mo, can set up 6 laptops a day."),
    email("lr3", GM, RP, "2026-01-14 08:30", "Re: Laptop replacement",
          "Please go ahead. Send the 12 now and give the remaining 6 to the partners, who are out of the office "
          "until 27 January."),
], cases=[
    ("The 18 laptops cost 16,020 GBP in total.", True, "normalised_number"),
    ("At six a day, Mo needs two days to set up the first 12 laptops.", True, "normalised_number"),
    ("Grace asked Raj to send the 12 laptops in stock straight away.", True, "reported_speech"),
    ("Only 12 laptops were in stock because the partners had ordered six.", False, "invented_cause"),
    ("The laptops cost 980 GBP each.", False, "wrong_number"),
    ("The tax deadline was missed because six laptops arrived late.", False, "invented_consequence"),
]))

# 18 village hall kitchen grant
HM = ("Hilary Moss", "hilary@ashcombehall.example"); NS = ("Nikhil Shah", "nikhil@countycommunityfund.example")
T.append(dict(id="hall_kitchen", emails=[
    email("hk1", HM, NS, "2026-02-16 17:00", "Kitchen grant application",
          "Ashcombe Village Hall is applying for 6,000 GBP towards a new kitchen. The total cost is 9,500 GBP; we "
          "have raised 3,500 GBP from our quiz nights and the harvest supper."),
    email("hk2", NS, HM, "2026-03-04 14:00", "Re: Kitchen grant application",
          "The panel has awarded you 4,500 GBP, not the full amount, because grants this round are capped at "
          "4,500 GBP. The money must be spent by 31 August."),
    email("hk3", HM, NS, "2026-03-05 10:10", "Re: Kitchen grant application",
          "Thank you. Our treasurer, Colin, will cover the remaining 1,500 GBP from the hall's reserves."),
], cases=[
    ("The hall received 4,500 GBP rather than 6,000 GBP because grants this round are capped at 4,500 GBP.", True, "stated_cause"),
    ("The grant falls 1,500 GBP short of what the hall asked for.", True, "normalised_number"),
    ("Colin will use the hall's reserves to close the gap left after the grant and the fundraising.", True, "cross_email"),
    ("Colin's late application cost the hall 1,500 GBP.", False, "invented_blame"),
    ("The grant must be spent by 31 March.", False, "wrong_date"),
    ("The panel cut the grant because the hall had raised 3,500 GBP itself.", False, "invented_cause"),
]))

# 19 survey drone crash
MS = ("Marta Silva", "marta@geoscan-survey.example"); DW = ("Daniel Webb", "daniel@aerocover.example")
T.append(dict(id="drone_crash", emails=[
    email("dc1", MS, DW, "2026-07-20 09:40", "Drone claim",
          "Our survey drone crashed into a field near Tarrow Farm on Friday 17 July while mapping a pipeline "
          "route. The pilot, Josh, reported a sudden loss of GPS signal just before the crash. No one was hurt "
          "and no property was damaged apart from the drone."),
    email("dc2", DW, MS, "2026-07-21 10:15", "Re: Drone claim",
          "Please send the flight log and a repair quote. Your policy has an excess of 500 GBP."),
    email("dc3", MS, DW, "2026-07-22 16:00", "Re: Drone claim",
          "The repair quote from the manufacturer is 3,200 GBP. The flight log is attached. The client, Westfield "
          "Pipelines, has agreed to move the rest of the survey to 3 August."),
], cases=[
    ("The repair quote is 2,700 GBP more than the policy excess.", True, "normalised_number"),
    ("Josh said the drone lost its GPS signal suddenly just before it crashed.", True, "reported_speech"),
    ("Nobody was injured, and only the drone was damaged.", True, "negation_paraphrase"),
    ("Josh crashed the drone by flying it without GPS.", False, "invented_blame"),
    ("Westfield Pipelines moved the survey because the insurer asked for the flight log.", False, "invented_cause"),
    ("The policy excess is 3,200 GBP.", False, "wrong_number"),
]))

# 20 missed recycling
FI = ("Farah Iqbal", "farah.iqbal@mailbox.example"); SG = ("Steve Grant", "steve.grant@millbrook-council.example")
T.append(dict(id="recycling_missed", emails=[
    email("rm1", FI, SG, "2026-10-19 18:10", "Cedar Close recycling",
          "The recycling on Cedar Close has not been collected for two fortnights in a row, on 5 and 19 October. "
          "The bins are now overflowing."),
    email("rm2", SG, FI, "2026-10-20 12:00", "Re: Cedar Close recycling",
          "I am sorry. Our new route software left Cedar Close off the Monday round. The crew, led by Wayne, will "
          "collect on Wednesday 21 October, and Cedar Close has been added back to the round."),
    email("rm3", FI, SG, "2026-10-22 07:55", "Re: Cedar Close recycling",
          "The bins were emptied yesterday. Thank you."),
], cases=[
    ("The collections were missed because the new route software left Cedar Close off the Monday round.", True, "stated_cause"),
    ("Two collections in a row were missed, on 5 and 19 October.", True, "paraphrase"),
    ("Wayne's crew emptied the Cedar Close bins on 21 October, as Steve had promised.", True, "cross_email"),
    ("Wayne's crew skipped Cedar Close on purpose.", False, "invented_blame"),
    ("The bins were emptied on 22 October.", False, "wrong_date"),
    ("The council fined Cedar Close for its overflowing bins.", False, "invented_consequence"),
]))

# 21 conference allergy catering
JN = ("Julia Novak", "julia@medtech-forum.example"); AK = ("Ahmed Karimi", "ahmed@riverviewcentre.example")
T.append(dict(id="forum_catering", emails=[
    email("fc1", JN, AK, "2026-04-06 15:00", "Medtech Forum lunches",
          "For the Medtech Forum on 12-13 May we have 240 delegates. 15 have a nut allergy and 22 are vegan. Lunch "
          "both days must be nut-free for the whole room."),
    email("fc2", AK, JN, "2026-04-08 09:20", "Re: Medtech Forum lunches",
          "Our chef, Marco, confirms the lunches can be fully nut-free. Vegan meals will be labelled at a separate "
          "counter. Lunch is 24 EUR per delegate per day."),
    email("fc3", JN, AK, "2026-04-09 11:40", "Re: Medtech Forum lunches",
          "Thanks. Please also keep the coffee-break biscuits nut-free, since the same delegates will be in the "
          "room."),
], cases=[
    ("Lunch for all delegates over the two days costs 11,520 EUR.", True, "normalised_number"),
    ("Marco confirmed that the lunches can be made entirely nut-free.", True, "reported_speech"),
    ("Julia asked for the coffee-break biscuits to be nut-free as well.", True, "reported_speech"),
    ("22 delegates have a nut allergy.", False, "wrong_number"),
    ("Lunch is nut-free because Marco has a nut allergy.", False, "invented_cause"),
    ("Vegan meals will be served to the whole room.", False, "over_generalisation"),
]))

# 22 film shoot permit
RM = ("Ravi Menon", "ravi@greyfinchfilms.example"); CD = ("Clare Doyle", "clare@harbourtownfilm.example")
T.append(dict(id="film_permit", emails=[
    email("fp1", RM, CD, "2026-08-03 10:30", "Filming on Quay Street",
          "We would like to film on Quay Street on Sunday 23 August from 06:00 to 14:00, with a closed road and "
          "2 camera vehicles. Crew of 35."),
    email("fp2", CD, RM, "2026-08-05 15:00", "Re: Filming on Quay Street",
          "The road closure is approved from 06:00 to 12:00 only, because the Sunday market opens on Quay Street "
          "at 12:30. The permit fee is 350 GBP and you must leaflet residents 7 days before."),
    email("fp3", RM, CD, "2026-08-06 09:00", "Re: Filming on Quay Street",
          "We will shorten the shoot to finish at 12:00. Our assistant, Nell, will deliver the leaflets on Sunday "
          "16 August."),
], cases=[
    ("The closure ends at 12:00 because the Sunday market opens on Quay Street at 12:30.", True, "stated_cause"),
    ("The approval covers six of the eight hours the crew asked for.", True, "normalised_number"),
    ("Nell will leaflet residents exactly a week before the shoot.", True, "cross_email"),
    ("Nell's late leaflets shortened the shoot.", False, "invented_blame"),
    ("The permit fee is 35 GBP.", False, "wrong_number"),
    ("The Sunday market was moved for the shoot.", False, "invented_consequence"),
]))

# 23 hospital linen
MQ = ("Moira Quinn", "moira.quinn@stbrigids-hospital.example"); DF = ("Dean Fowler", "dean@cleanwave-laundry.example")
T.append(dict(id="linen_short", emails=[
    email("ls1", MQ, DF, "2026-12-07 08:00", "Ward 6 sheets",
          "Ward 6 received 40 fewer sheets than ordered on each of Monday and Wednesday last week. We had to "
          "borrow from ward 8."),
    email("ls2", DF, MQ, "2026-12-08 10:30", "Re: Ward 6 sheets",
          "One of our two ironing lines was down from 30 November to 3 December for a new roller. Deliveries to "
          "several wards were short. The line is working again and ward 6 will get 80 extra sheets on Thursday "
          "10 December to make up."),
    email("ls3", MQ, DF, "2026-12-08 14:20", "Re: Ward 6 sheets",
          "Thank you. Please send the extra sheets to ward 8, since we borrowed from them."),
], cases=[
    ("Ward 6 was 80 sheets short in total last week.", True, "normalised_number"),
    ("One of the laundry's two ironing lines was out of action for four days for a new roller.", True, "normalised_number"),
    ("Moira asked for the extra sheets to go to ward 8 instead.", True, "reported_speech"),
    ("Ward 8 took ward 6's sheets.", False, "invented_blame"),
    ("Ward 6 received 80 fewer sheets than ordered on Monday.", False, "wrong_number"),
    ("The extra sheets will arrive on Thursday 3 December.", False, "wrong_date"),
]))

# 24 ice resurfacer
NB = ("Niklas Berg", "niklas@polarisarena.example"); CR = ("Chantal Roy", "chantal@glacemachines.example")
T.append(dict(id="ice_resurfacer", emails=[
    email("ir1", NB, CR, "2026-11-16 07:20", "Resurfacer leaking",
          "Our ice resurfacer is leaking hydraulic oil onto the ice. We have taken it out of use and are shaving "
          "the ice by hand between sessions, which takes our staff 40 minutes instead of 12."),
    email("ir2", CR, NB, "2026-11-17 09:00", "Re: Resurfacer leaking",
          "Our mechanic, Yannick, will come on Thursday 19 November with a new hydraulic hose. If the pump is also "
          "damaged, it will take a further week to get the part."),
    email("ir3", NB, CR, "2026-11-19 13:10", "Re: Resurfacer leaking",
          "Yannick replaced the hose this morning; the pump is fine. The machine is back in use."),
], cases=[
    ("Shaving by hand takes 28 minutes longer than using the machine.", True, "normalised_number"),
    ("The pump did not need replacing.", True, "negation_paraphrase"),
    ("Yannick fitted a new hydraulic hose on 19 November and the resurfacer is working again.", True, "cross_email"),
    ("The machine was out of use for a further week waiting for a pump.", False, "invented_consequence"),
    ("Niklas's staff damaged the hydraulic hose.", False, "invented_blame"),
    ("Shaving the ice by hand takes 12 minutes.", False, "wrong_number"),
]))

# 25 host family
IO = ("Isabel Ortiz", "isabel@linguaviva-school.example"); PW = ("Penny Walsh", "penny.walsh@mailbox.example")
T.append(dict(id="host_family", emails=[
    email("hf1", IO, PW, "2026-06-22 10:00", "Summer students",
          "Could you host two students, Lucía and Mateo, from Saturday 11 July to Saturday 25 July? We pay 210 GBP "
          "per student per week. Both are 16."),
    email("hf2", PW, IO, "2026-06-23 19:30", "Re: Summer students",
          "Yes, happily. Mateo's form says he is allergic to cats; we have a cat, so perhaps he should go to "
          "another family."),
    email("hf3", IO, PW, "2026-06-24 09:15", "Re: Summer students",
          "Thank you for telling us. Mateo will stay with the Greens instead, and we will send you Lucía and "
          "another girl, Chiara, also 16."),
], cases=[
    ("Penny will host the students for two weeks, from 11 to 25 July.", True, "normalised_number"),
    ("Hosting two students for the fortnight pays 840 GBP.", True, "normalised_number"),
    ("Penny suggested that Mateo stay with another family because she has a cat.", True, "reported_speech"),
    ("Lucía and Chiara will stay with Penny, and Mateo with the Greens.", True, "cross_email"),
    ("Mateo moved to the Greens because Lucía asked to stay with Chiara.", False, "invented_cause"),
    ("The school pays 240 GBP per student per week.", False, "wrong_number"),
    ("Isabel sent Mateo's allergy form to the wrong family.", False, "invented_blame"),
]))

# 26 crane for timber frame
HB = ("Hugh Bell", "hugh@bellbuild.example"); AW = ("Aoife Walsh", "aoife@liftright-cranes.example")
T.append(dict(id="crane_wind", emails=[
    email("cw1", HB, AW, "2026-03-23 08:00", "Crane for Orchard Lane",
          "We need a 60-tonne mobile crane at Orchard Lane, Ashford, on Tuesday 7 April to lift the timber frame "
          "panels. The heaviest panel is 2.1 tonnes."),
    email("cw2", AW, HB, "2026-03-24 11:30", "Re: Crane for Orchard Lane",
          "The 60-tonne crane is booked for 7 April, 7:30 start, at 1,150 GBP for the day. Wind above 38 km/h "
          "stops lifting, in which case we rebook free of charge."),
    email("cw3", HB, AW, "2026-04-07 12:05", "Re: Crane for Orchard Lane",
          "We stopped at 11:00 today because the wind reached 45 km/h. Only 9 of the 16 panels are up. Please "
          "rebook for Thursday 9 April."),
], cases=[
    ("Lifting stopped at 11:00 on 7 April because the wind reached 45 km/h.", True, "stated_cause"),
    ("Seven of the 16 panels were still to be lifted.", True, "normalised_number"),
    ("Rebooking after a wind stop costs nothing.", True, "negation_paraphrase"),
    ("Aoife's crane driver stopped the lift too early.", False, "invented_blame"),
    ("All 16 panels were up by 11:00 on 7 April.", False, "wrong_number"),
    ("Lifting stopped because the heaviest panel was too heavy for the crane.", False, "invented_cause"),
]))

# 27 telescope mirror coating
SA = ("Sara Lindqvist", "sara@kattegat-observatory.example"); HR = ("Hamid Rezaei", "hamid@optical-coatings.example")
T.append(dict(id="mirror_coating", emails=[
    email("mc1", SA, HR, "2026-09-28 13:00", "Re-aluminising the 1-metre mirror",
          "The 1-metre mirror of our main telescope needs re-aluminising; its reflectivity has dropped to 78 per "
          "cent. We can take the telescope offline between 1 and 20 November, during the full-moon period when we "
          "observe less."),
    email("mc2", HR, SA, "2026-09-30 10:00", "Re: Re-aluminising the 1-metre mirror",
          "We can re-coat it in our chamber on 10 November. Transport each way takes 2 days. The coating costs "
          "14,000 EUR; transport is 2,600 EUR."),
    email("mc3", SA, HR, "2026-10-01 09:30", "Re: Re-aluminising the 1-metre mirror",
          "Please go ahead. Our engineer, Piet, will remove the mirror on 6 November and ride with it in the "
          "truck."),
], cases=[
    ("Coating and transport together cost 16,600 EUR.", True, "normalised_number"),
    ("Sara said the mirror's reflectivity had dropped to 78 per cent.", True, "reported_speech"),
    ("Piet will take the mirror out on 6 November, four days before it is re-coated.", True, "cross_email"),
    ("The reflectivity dropped because the telescope was used during the full moon.", False, "invented_cause"),
    ("Hamid will re-coat the mirror on 20 November.", False, "wrong_date"),
    ("Piet let the mirror's reflectivity drop to 78 per cent.", False, "invented_blame"),
]))

# 28 junior football minibus
KA = ("Kemi Adeyemi", "kemi@eastfield-juniors.example"); SB = ("Stuart Blake", "stuart@blakevehicles.example")
T.append(dict(id="team_minibus", emails=[
    email("tm1", KA, SB, "2026-09-21 20:00", "Minibus for 3 October",
          "Our under-14 team plays away at Thornbury on Saturday 3 October. We need a 17-seat minibus for "
          "14 players and 2 coaches, leaving at 08:00."),
    email("tm2", SB, KA, "2026-09-22 09:30", "Re: Minibus for 3 October",
          "A 17-seater is booked for you. The driver must be over 25 and hold a D1 licence or have passed before "
          "1997. The cost is 95 GBP for the day plus fuel."),
    email("tm3", KA, SB, "2026-09-23 18:45", "Re: Minibus for 3 October",
          "Our assistant coach, Lee, passed his test in 1994 and will drive. Please hold the bus until 19:00."),
], cases=[
    ("The 16 travellers leave one seat free on the 17-seat minibus.", True, "normalised_number"),
    ("Lee, who passed his test in 1994, will drive the minibus to Thornbury.", True, "cross_email"),
    ("Kemi asked Stuart to keep the minibus until 19:00.", True, "reported_speech"),
    ("The minibus costs 95 GBP for the day including fuel.", False, "negated"),
    ("Lee will drive because Kemi does not hold a D1 licence.", False, "invented_cause"),
    ("The match at Thornbury is on Saturday 26 September.", False, "wrong_date"),
]))

# 29 market stall
DC = ("Daniela Costa", "daniela@costacheese.example"); TA = ("Tom Ashworth", "tom.ashworth@kingsmarket.example")
T.append(dict(id="market_stall", emails=[
    email("ms1", DC, TA, "2026-02-02 16:00", "Permanent stall",
          "I would like a permanent stall at Kings Market for my cheese business, Fridays and Saturdays. I need a "
          "power point for a chiller."),
    email("ms2", TA, DC, "2026-02-04 11:10", "Re: Permanent stall",
          "Stall 31 has power and is free from 6 March. The rent is 45 GBP per day. All food traders need a food "
          "hygiene rating of 4 or above; please send yours."),
    email("ms3", DC, TA, "2026-02-05 08:40", "Re: Permanent stall",
          "My rating is 5, certificate attached. I will take stall 31 from Friday 6 March."),
], cases=[
    ("Two days a week at stall 31 costs Daniela 90 GBP a week.", True, "normalised_number"),
    ("Daniela's hygiene rating of 5 meets the market's minimum of 4.", True, "cross_email"),
    ("Daniela will start at stall 31, which has power, on 6 March.", True, "cross_email"),
    ("Daniela's hygiene rating is 4.", False, "wrong_number"),
    ("Stall 31 became free because its last trader lost a hygiene rating.", False, "invented_cause"),
    ("Tom needs a power point for a chiller.", False, "swapped_relation"),
]))

# 30 office move
YH = ("Yara Haddad", "yara@quillandpartners.example"); NF = ("Neil Foster", "neil@swiftmove.example")
T.append(dict(id="office_move", emails=[
    email("om1", YH, NF, "2026-05-18 10:00", "Office move on 13 June",
          "We are moving our office from 14 Bridge Street to the third floor of Kingsway House on Saturday "
          "13 June. There are 32 desks, 6 filing cabinets and a server rack."),
    email("om2", NF, YH, "2026-05-19 14:30", "Re: Office move on 13 June",
          "Kingsway House's goods lift takes a maximum of 500 kg, and the server rack weighs about 650 kg with "
          "equipment. It will have to be emptied before the move. The quote is 3,900 GBP."),
    email("om3", YH, NF, "2026-05-20 09:00", "Re: Office move on 13 June",
          "Understood. Our IT contractor, Bilal, will take the servers out of the rack on Friday 12 June and move "
          "them himself. We accept the quote."),
], cases=[
    ("The full rack is about 150 kg over the goods lift's limit.", True, "normalised_number"),
    ("Yara said Bilal would move the servers himself.", True, "reported_speech"),
    ("Bilal will empty the rack the day before the move.", True, "cross_email"),
    ("Bilal overloaded the goods lift at Kingsway House.", False, "invented_blame"),
    ("Bilal will empty the rack on the day of the move, 13 June.", False, "wrong_date"),
    ("There are 23 desks to move.", False, "wrong_number"),
]))
