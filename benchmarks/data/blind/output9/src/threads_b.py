"""Threads 11-20 of blind set 9 (hand-written)."""
from common import mail, thread

S, U = True, False

# 11 school science fair
DO = "Daniel Okoro <d.okoro@brightwater-academy.example>"
Y8 = "Year 8 parents <year8@brightwater-academy.example>"
FZ = "Fatima Zahra <fatima.zahra@homemail.example>"
thread("science_fair", [
    mail("sf1", DO, Y8, "2026-01-12 16:00", "Year 8 science fair", "Dear parents,",
         "Year 8's science fair is on Thursday 5 February in the sports hall, 15:30 to 18:00. Each pupil presents in a "
         "pair. Projects must not use open flames or live animals. Posters should be A1.", "Mr D. Okoro\nHead of Science"),
    mail("sf2", FZ, DO, "2026-01-13 20:20", "Re: Year 8 science fair", "Dear Mr Okoro,",
         "Can my son Idris and his partner grow cress under different coloured lights? They would need a plug socket.",
         "Many thanks,\nFatima Zahra"),
    mail("sf3", DO, FZ, "2026-01-14 12:30", "Re: Year 8 science fair", "Dear Mrs Zahra,",
         "Yes, cress is fine: plants are not animals for our rules. The hall has 12 sockets, which I'll allocate "
         "first come, first served; Idris's pair has the first one. The judges are two teachers and a visiting "
         "scientist from Greenfield Labs.", "Daniel Okoro"),
], [
    ("Mr Okoro confirmed that growing cress is allowed under the fair's rules.", S, "reported_speech"),
    ("The fair lasts two and a half hours.", S, "normalised_number"),
    ("Experiments involving open flames or living animals are banned.", S, "negation_paraphrase"),
    ("Idris and his partner have been given a plug socket for their coloured-light cress project.", S, "cross_email"),
    ("Sockets go to whoever asks first because only 12 pupils are presenting.", U, "invented_cause"),
    ("Three teachers will judge the projects.", U, "wrong_entity"),
    ("Because of the socket shortage, some pairs will have to present without power.", U, "invented_consequence"),
])

# 12 hotel conference
CV = "Clara Vogt <events@hotelmeridian-graz.example>"
RM = "Rahul Mehta <rahul.mehta@ostara-analytics.example>"
thread("hotel_conference", [
    mail("hc1", CV, RM, "2026-09-07 11:00", "Provisional hold: Atrium Room, 14-15 October", "Dear Mr Mehta,",
         "We've held the Atrium Room for your conference on 14-15 October for 120 delegates, with lunch and two "
         "coffee breaks each day. The rate is 55 EUR per delegate per day. We need a signed contract and a 30% deposit "
         "by 18 September to keep the hold.", "Kind regards,\nClara Vogt\nEvents Coordinator"),
    mail("hc2", RM, CV, "2026-09-17 15:30", "Re: Provisional hold: Atrium Room, 14-15 October", "Dear Clara,",
         "Signed contract attached and deposit paid today. Registrations are at 104, so please plan for 110. Could the "
         "second day end at 15:00 instead of 17:00?", "Best,\nRahul"),
    mail("hc3", CV, RM, "2026-09-18 09:10", "Re: Provisional hold: Atrium Room, 14-15 October", "Dear Rahul,",
         "Received, thank you. 110 delegates noted; the final number is due 7 days before the event. The Atrium is "
         "free from 15:00 on the 15th, so an earlier finish is no problem, and the second coffee break moves to 14:00.",
         "Clara"),
], [
    ("At the quoted rate, 110 delegates over both days would come to 12,100 EUR.", S, "normalised_number"),
    ("Rahul paid the deposit a day before the deadline.", S, "cross_email"),
    ("Rahul must confirm the final delegate number by 7 October.", S, "normalised_number"),
    ("On the second day the afternoon coffee break is brought forward to 14:00.", S, "paraphrase"),
    ("The second day was shortened because the Atrium is booked from 15:00 on the 15th.", U, "invented_cause"),
    ("Registrations had reached 110 when Rahul paid the deposit.", U, "wrong_number"),
    ("Planning for 110 delegates instead of 120 lowered the deposit.", U, "invented_consequence"),
])

# 13 IT laptop refresh
GL = "Gareth Lloyd <gareth.lloyd@penrose-insurance.example>"
AS = "All staff <staff@penrose-insurance.example>"
YB = "Yvonne Baptiste <y.baptiste@penrose-insurance.example>"
thread("laptop_refresh", [
    mail("lr1", GL, AS, "2026-11-02 09:00", "Laptop refresh 16-20 November", "Hello everyone,",
         "We are replacing all laptops older than 2021, which is 46 machines. Swaps happen from 16 to 20 November, "
         "floor by floor. Back up anything on your desktop to OneDrive beforehand; local files will be wiped.",
         "Gareth\nIT"),
    mail("lr2", YB, GL, "2026-11-03 10:15", "Re: Laptop refresh 16-20 November", "Hi Gareth,",
         "Finance closes the month on 18 and 19 November. Can our eight laptops be done on the 20th instead of the "
         "17th?", "Yvonne"),
    mail("lr3", GL, YB, "2026-11-03 11:02", "Re: Laptop refresh 16-20 November", "Hi Yvonne,",
         "Yes, finance moves to the 20th. Note that the old laptops are donated to Westside Community School after "
         "wiping, not sold.", "Gareth"),
], [
    ("The finance team's laptops will now be swapped on 20 November, after the month-end close on the 18th and 19th.", S, "cross_email"),
    ("Rather than being sold, the wiped laptops will be given to Westside Community School.", S, "negation_paraphrase"),
    ("Staff need to copy their desktop files to OneDrive before the swap, as local data will be erased.", S, "paraphrase"),
    ("Finance's swap was pushed back by three days.", S, "normalised_number"),
    ("The 46 laptops are being replaced because they can no longer run OneDrive.", U, "invented_cause"),
    ("Gareth blamed the finance team for delaying the refresh.", U, "invented_blame"),
    ("The old laptops will be sold to Westside Community School.", U, "negated"),
])

# 14 dental practice move
HP = "Helen Price <helen@millstreetdental.example>"
MS = "Practice team <team@millstreetdental.example>"
AQ = "Dr Ahmed Siddiqui <a.siddiqui@millstreetdental.example>"
thread("dental_move", [
    mail("dm1", HP, MS, "2026-10-05 08:00", "Move to Quay Road", "Hi all,",
         "We move from 14 Mill Street to the new building at 2 Quay Road over the weekend of 24-25 October. The "
         "practice will be closed on Friday 23 October for packing. Patients booked that day are being moved to the "
         "following week.", "Helen"),
    mail("dm2", AQ, HP, "2026-10-06 13:40", "Re: Move to Quay Road", "Helen,",
         "The X-ray unit can't be moved by us; Radiqa's technicians must uninstall and recertify it. They quoted "
         "1,800 GBP and need two days.", "Ahmed"),
    mail("dm3", HP, MS, "2026-10-07 09:30", "Re: Move to Quay Road", "Hi all,",
         "Radiqa will uninstall the X-ray unit on the 23rd and recertify it at Quay Road on Monday the 26th, so no "
         "X-rays are possible until Tuesday 27th. I've told reception not to book X-ray appointments before then.",
         "Helen"),
], [
    ("Dr Siddiqui explained that only Radiqa's technicians can uninstall and recertify the X-ray unit.", S, "reported_speech"),
    ("Radiqa's two days of work fall on the packing day and the Monday after the move.", S, "cross_email"),
    ("Patients with appointments on 23 October are being rebooked into the next week.", S, "paraphrase"),
    ("Reception will not book any X-ray appointments before 27 October.", S, "negation_paraphrase"),
    ("The practice closes on 23 October because Radiqa needs the day to uninstall the X-ray unit.", U, "invented_cause"),
    ("Radiqa quoted 1,800 GBP for three days of work.", U, "wrong_number"),
    ("Patients moved from 23 October will have to go to another practice for their X-rays.", U, "invented_consequence"),
])

# 15 ferry timetable
MC = "Morag Campbell <operations@islaferries.example>"
ER = "Ewan Reid <harbourmaster@portcraig-harbour.example>"
thread("ferry_timetable", [
    mail("ft1", MC, ER, "2026-02-02 10:30", "MV Corran dry dock", "Dear Ewan,",
         "From 16 February the MV Corran goes to dry dock for four weeks. The smaller MV Luing will run the route, "
         "carrying 40 cars instead of 72. The timetable stays the same.", "Regards,\nMorag Campbell\nOperations"),
    mail("ft2", ER, MC, "2026-02-03 07:45", "Re: MV Corran dry dock", "Morag,",
         "The Luing's ramp doesn't fit berth 2 at low tide. She'll have to use berth 1, which the fishing fleet uses "
         "between 05:00 and 07:00.", "Ewan"),
    mail("ft3", MC, ER, "2026-02-04 12:20", "Re: MV Corran dry dock", "Ewan,",
         "Understood. The first sailing will leave at 07:15 instead of 06:30 while the Luing is on the route, so she "
         "avoids the fishing fleet. All other sailings are unchanged. We've told booked passengers by text.", "Morag"),
], [
    ("While the Corran is in dry dock, each sailing loses 32 car spaces.", S, "normalised_number"),
    ("The first sailing is put back to 07:15 so that the Luing keeps clear of the fishing fleet at berth 1.", S, "stated_cause"),
    ("The Corran is due back on the route around 16 March.", S, "normalised_number"),
    ("Only the first sailing of the day changes while the Luing stands in for the Corran.", S, "paraphrase"),
    ("Ewan blamed the fishing fleet for the later first sailing.", U, "invented_blame"),
    ("Because of the smaller ship, some booked passengers lost their car spaces.", U, "invented_consequence"),
    ("The Corran's ramp does not fit berth 2 at low tide.", U, "wrong_entity"),
])

# 16 zoo animal transfer
LF = "Dr Lucia Ferro <l.ferro@brookvalezoo.example>"
TH = "Dr Tom Hartley <tom.hartley@northmoor-wildlife.example>"
thread("zoo_transfer", [
    mail("zt1", LF, TH, "2026-04-13 09:20", "Red panda transfer", "Dear Tom,",
         "Our two female red pandas, Mei and Sora, are ready for transfer to you under the breeding programme. The vet "
         "cleared them on 9 April. We propose transport on 27 April, leaving at 06:00 to avoid the afternoon heat.",
         "Best wishes,\nLucia"),
    mail("zt2", TH, LF, "2026-04-14 11:00", "Re: Red panda transfer", "Dear Lucia,",
         "27 April suits us. Their enclosure is finished and the quarantine period here is 30 days. Our male, Kito, "
         "will be introduced after quarantine.", "Tom"),
    mail("zt3", LF, TH, "2026-04-15 14:50", "Re: Red panda transfer", "Tom,",
         "Confirmed. Our keeper Anya will travel with them; the drive is about five hours. I'll send the health "
         "certificates with the crates.", "Lucia"),
], [
    ("The pandas will set off early in the morning to miss the afternoon heat.", S, "stated_cause"),
    ("The vet cleared Mei and Sora 18 days before the planned transfer.", S, "normalised_number"),
    ("Lucia said keeper Anya would go with the pandas on the roughly five-hour drive.", S, "reported_speech"),
    ("Kito will only meet Mei and Sora once their 30 days of quarantine at Northmoor are over.", S, "cross_email"),
    ("The quarantine lasts 30 days because the vet found a problem.", U, "invented_cause"),
    ("Northmoor is sending its male, Kito, to Brookvale.", U, "swapped_relation"),
    ("The transfer was held back until the enclosure was finished.", U, "invented_consequence"),
])

# 17 bookshop author event
GH = "Gwen Harris <gwen@quayside-books.example>"
OS = "Omar Said <omar.said@hartwellpress.example>"
thread("bookshop_event", [
    mail("be1", GH, OS, "2026-03-02 10:05", "Lydia Crane event", "Dear Omar,",
         "We'd love to host Lydia Crane for her new novel on Thursday 26 March at 19:00. We can seat 60. Tickets "
         "would be 5 GBP, redeemable against the book.", "Best,\nGwen"),
    mail("be2", OS, GH, "2026-03-04 16:30", "Re: Lydia Crane event", "Hi Gwen,",
         "Lydia can do the 26th but has to leave by 20:30 for her train. She'll do a 30-minute reading and Q&A, then "
         "sign. The publisher will supply 80 copies on sale-or-return.", "Omar"),
    mail("be3", GH, OS, "2026-03-24 12:15", "Re: Lydia Crane event", "Hi Omar,",
         "58 tickets sold. The local radio station wants a 5-minute interview with Lydia before the event, at 18:30, "
         "if she agrees.", "Gwen"),
], [
    ("Only two seats were left two days before the event.", S, "normalised_number"),
    ("Omar said Lydia needs to leave by 20:30 to catch her train.", S, "reported_speech"),
    ("Any of the 80 copies that don't sell can go back to the publisher.", S, "paraphrase"),
    ("The 5 GBP ticket price can be put towards buying the book.", S, "paraphrase"),
    ("Lydia has to leave by 20:30 because of the radio interview.", U, "invented_cause"),
    ("The radio interview is confirmed for 18:30.", U, "unstated_claim"),
    ("The publisher will supply 60 copies on sale-or-return.", U, "wrong_number"),
])

# 18 pool closure
RE = "Rhys Evans <manager@cwmdale-leisure.example>"
MB = "Members <members@cwmdale-leisure.example>"
PG = "Pauline Grey <pauline.grey@postbox.example>"
thread("pool_closure", [
    mail("pc1", RE, MB, "2026-09-07 08:00", "Main pool closure", "Dear members,",
         "The main pool will close from 21 September for six weeks to replace the filtration system. The teaching pool "
         "stays open, and swimming lessons continue there. Members who only use the pool can freeze their membership "
         "free of charge.", "Rhys Evans\nCentre Manager"),
    mail("pc2", PG, RE, "2026-09-08 19:10", "Re: Main pool closure", "Dear Mr Evans,",
         "I paid for a year upfront in August. Will my membership be extended if I freeze it?", "Pauline Grey"),
    mail("pc3", RE, PG, "2026-09-09 10:25", "Re: Main pool closure", "Dear Pauline,",
         "Yes, a freeze adds the frozen weeks to the end of your membership. Please ask reception for the form by "
         "18 September.", "Rhys"),
], [
    ("The main pool should reopen on 2 November.", S, "normalised_number"),
    ("Rhys told Pauline that a freeze would add the frozen weeks onto the end of her membership.", S, "reported_speech"),
    ("Freezing a membership costs nothing.", S, "negation_paraphrase"),
    ("Swimming lessons carry on in the teaching pool during the closure.", S, "paraphrase"),
    ("The filtration system is being replaced after a failed water test.", U, "invented_cause"),
    ("The teaching pool is closing for six weeks.", U, "wrong_entity"),
    ("Pauline's membership has been extended by six weeks.", U, "unstated_claim"),
])

# 19 recording studio
BA = "Bex Aldridge <bookings@foundrystudios.example>"
CD = "Cian Doyle <cian@lowtidemgmt.example>"
thread("recording_studio", [
    mail("rs1", BA, CD, "2026-03-03 11:30", "Studio A booking 16-18 March", "Hi Cian,",
         "Your band is booked in Studio A for 16-18 March, 10:00 to 22:00 each day, at 480 GBP per day including "
         "engineer. A 50% deposit secures it.", "Bex"),
    mail("rs2", CD, BA, "2026-03-04 09:00", "Re: Studio A booking 16-18 March", "Hi Bex,",
         "Deposit paid. Our drummer broke his wrist, so we need to drop the 16th and keep the 17th and 18th; a "
         "session drummer joins on those days.", "Cian"),
    mail("rs3", BA, CD, "2026-03-05 14:00", "Re: Studio A booking 16-18 March", "Cian,",
         "Done. Since you gave more than 7 days' notice, there's no charge for the 16th and the extra deposit is "
         "refunded. Studio A's grand piano is being tuned on the 17th at 09:00, before your session.", "Bex"),
], [
    ("The band dropped its first studio day because the drummer broke his wrist.", S, "stated_cause"),
    ("Cian paid a 720 GBP deposit for the original three-day booking.", S, "normalised_number"),
    ("Two days in Studio A now cost the band 960 GBP.", S, "normalised_number"),
    ("No fee was charged for the 16th since Cian gave more than a week's notice.", S, "stated_cause"),
    ("Bex blamed the piano tuning for the band losing the 16th.", U, "invented_blame"),
    ("The session drummer broke his wrist.", U, "wrong_entity"),
    ("The band got 480 GBP of its deposit back.", U, "wrong_number"),
])

# 20 university exam hall
NP = "Neil Patterson <exams@kelston-uni.example>"
SL = "Dr Sophie Laurent <s.laurent@chem.kelston-uni.example>"
thread("exam_hall", [
    mail("eh1", NP, SL, "2026-05-11 09:00", "CHEM2040 exam arrangements", "Dear Dr Laurent,",
         "Your module's exam (CHEM2040) is on Wednesday 27 May, 09:30 to 12:30, in the Great Hall. 184 students are "
         "registered. 11 of them have extra-time arrangements of 25%.", "Neil Patterson\nExams Office"),
    mail("eh2", SL, NP, "2026-05-12 15:20", "Re: CHEM2040 exam arrangements", "Dear Neil,",
         "Thanks. The paper will reach you by 20 May. Can the extra-time students sit in a separate room so the main "
         "hall can clear at 12:30?", "Sophie"),
    mail("eh3", NP, SL, "2026-05-13 10:45", "Re: CHEM2040 exam arrangements", "Dear Sophie,",
         "Yes, they'll be in Room G12, starting at 09:30 and finishing at 13:15. Invigilation is two staff for G12 and "
         "eight for the Great Hall.", "Neil"),
], [
    ("Students with extra time get an additional 45 minutes.", S, "normalised_number"),
    ("173 students will sit the exam in the Great Hall.", S, "cross_email"),
    ("Ten invigilators will be on duty in total.", S, "normalised_number"),
    ("Sophie promised to get the paper to Neil by 20 May.", S, "reported_speech"),
    ("The extra-time students were moved to G12 because the Great Hall was too small.", U, "invented_cause"),
    ("The extra-time students will finish at 13:45.", U, "wrong_number"),
    ("The exam was moved to 27 May because the paper would not be ready until 20 May.", U, "invented_cause"),
])
