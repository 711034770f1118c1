"""Threads 1-15 of blind set 11, typed by hand (CC0 1.0). Cases: (text, supported, kind)."""
from common import email

T = []

# 1 climbing wall auto-belay
J = ("Jess Obi", "jess@highpoint-climbing.example"); M = ("Marek Wolny", "marek@belaytech.example")
T.append(dict(id="autobelay", emails=[
    email("ab1", J, M, "2026-09-07 09:20", "Auto-belay 3",
          "Auto-belay number 3 on the north wall retracted slowly during the evening session on Saturday 5 September. "
          "Our staff closed it straight away and nobody was hurt. Can you inspect it this week?"),
    email("ab2", M, J, "2026-09-08 14:00", "Re: Auto-belay 3",
          "I can come on Thursday 10 September at 8:00. The unit is 26 months old and the manufacturer asks for a "
          "service every 12 months. The last service record I have for it is from July 2025."),
    email("ab3", J, M, "2026-09-08 16:30", "Re: Auto-belay 3",
          "Thursday works. Our duty manager, Callum, will meet you at reception. We will keep auto-belay 3 closed "
          "until you sign it off."),
], cases=[
    ("Auto-belay 3 was closed as soon as it retracted slowly, and no one was injured.", True, "negation_paraphrase"),
    ("Marek will inspect auto-belay 3 on 10 September and Callum will meet him at reception.", True, "cross_email"),
    ("The auto-belay is more than two years old.", True, "normalised_number"),
    ("Jess asked Marek to inspect the unit that week.", True, "reported_speech"),
    ("Auto-belay 3 retracted slowly because its service was overdue.", False, "invented_cause"),
    ("Jess blames Marek for the missed service.", False, "invented_blame"),
    ("Marek will inspect the unit on Thursday 17 September.", False, "wrong_date"),
    ("The north wall will stay closed until Marek signs the unit off.", False, "over_generalisation"),
]))

# 2 dental autoclave
H = ("Helena Vos", "helena@canalsidedental.example"); O = ("Omar Haddad", "omar@sterisupply.example")
T.append(dict(id="autoclave", emails=[
    email("ac1", H, O, "2026-03-02 08:45", "Autoclave fault",
          "Our autoclave showed error E14 twice on Friday 27 February and failed its cycle both times. We have moved "
          "all sterilising to the small backup unit, which can only do 6 cycles a day instead of our usual 15. "
          "Please send an engineer."),
    email("ac2", O, H, "2026-03-02 12:10", "Re: Autoclave fault",
          "E14 is a door seal pressure error. Our engineer, Lena Park, will visit on Wednesday 4 March with a new "
          "door seal. The part costs 180 EUR and labour is 95 EUR per hour."),
    email("ac3", H, O, "2026-03-04 17:20", "Re: Autoclave fault",
          "Lena replaced the door seal this afternoon and ran three test cycles, all passed. She was here for two "
          "hours. Please send the invoice to our practice manager, Rita."),
], cases=[
    ("The backup unit manages 9 fewer cycles a day than the usual 15.", True, "normalised_number"),
    ("Lena's visit comes to 370 EUR: 180 EUR for the seal and 190 EUR for two hours of labour.", True, "normalised_number"),
    ("After the autoclave showed error E14, Lena Park fitted a new door seal on 4 March.", True, "cross_email"),
    ("None of Lena's three test cycles failed.", True, "negation_paraphrase"),
    ("Helena asked for the invoice to go to Rita, the practice manager.", True, "reported_speech"),
    ("The backup unit can only do 15 cycles a day.", False, "wrong_number"),
    ("Rita had skipped the autoclave's door seal check.", False, "invented_blame"),
    ("The practice stopped sterilising until Lena replaced the door seal.", False, "invented_consequence"),
    ("The autoclave first showed error E14 on Monday 2 March.", False, "wrong_date"),
]))

# 3 theatre lighting hire
N = ("Nadia Brenner", "nadia@oldmilltheatre.example"); S = ("Sam Ireland", "sam@stagelight-hire.example")
T.append(dict(id="lighting_hire", emails=[
    email("lh1", N, S, "2026-04-13 10:00", "Lighting for The Glass Orchard",
          "For our production of The Glass Orchard we need to hire 24 LED fresnels and one lighting desk from "
          "20 April to 9 May. The technical rehearsal is on Monday 20 April."),
    email("lh2", S, N, "2026-04-14 09:30", "Re: Lighting for The Glass Orchard",
          "We have 18 LED fresnels free for those dates; the other 6 are out on a tour until 27 April. The desk is "
          "available. Hire is 12 GBP per fresnel per week and 150 GBP per week for the desk."),
    email("lh3", N, S, "2026-04-14 15:45", "Re: Lighting for The Glass Orchard",
          "Please send the 18 fresnels and the desk for 20 April and the other 6 on 27 April. Our chief "
          "electrician, Dev, will collect them from your depot in his van."),
], cases=[
    ("The theatre needs the lighting for almost three weeks, from 20 April to 9 May.", True, "normalised_number"),
    ("Six of the 24 fresnels will follow on 27 April, when they are back from a tour.", True, "cross_email"),
    ("Nadia said Dev would collect the lighting from Sam's depot.", True, "reported_speech"),
    ("Stagelight Hire can supply the desk but only 18 of the fresnels for the start of the hire.", True, "paraphrase"),
    ("Sam will collect the fresnels from the theatre in his van.", False, "swapped_relation"),
    ("Hire costs 15 GBP per fresnel per week.", False, "wrong_number"),
    ("Only 18 fresnels are free because Dev returned six late.", False, "invented_blame"),
    ("The technical rehearsal was moved to 27 April because six fresnels were out on tour.", False, "invented_consequence"),
]))

# 4 nucleus bee colonies
G = ("Gwen Price", "gwen@hillsidehoney.example"); R = ("Ruth Adler", "ruth@adlerapiaries.example")
T.append(dict(id="bee_colonies", emails=[
    email("bc1", G, R, "2026-04-20 07:50", "Nucleus colonies",
          "I would like to order 5 nucleus colonies for collection in May. Our new apiary at Pen-y-bryn is ready "
          "and the hive stands went in last week."),
    email("bc2", R, G, "2026-04-21 18:00", "Re: Nucleus colonies",
          "The colonies are 165 GBP each. The queens were mated last summer and are marked blue. I can have them "
          "ready for Saturday 16 May if the weather is warm enough to open the hives; if it is cold we will move "
          "to Saturday 23 May."),
    email("bc3", G, R, "2026-04-22 08:15", "Re: Nucleus colonies",
          "Thank you, I will collect on 16 May unless you tell me otherwise. I will bring my own travel boxes, so "
          "you do not need to lend me any."),
], cases=[
    ("Five colonies at 165 GBP each come to 825 GBP.", True, "normalised_number"),
    ("If the weather is too cold on 16 May, collection moves a week later, to 23 May.", True, "paraphrase"),
    ("Ruth does not need to lend Gwen any travel boxes.", True, "negation_paraphrase"),
    ("Gwen ordered five colonies because the hive stands went in last week.", False, "invented_cause"),
    ("The queens were mated last summer and are marked red.", False, "wrong_entity"),
    ("If it is cold, Ruth will deliver the colonies to Pen-y-bryn on 23 May.", False, "unstated_claim"),
]))

# 5 lab freezer
I = ("Ines Moreau", "ines@biolab-north.example"); K = ("Kwame Asante", "kwame@campus-estates.example")
T.append(dict(id="lab_freezer", emails=[
    email("lf1", I, K, "2026-01-19 07:30", "-80 freezer alarm",
          "The -80 freezer in room B214 alarmed at 02:40 on Sunday 18 January and had warmed to -52 C by the time "
          "our postdoc, Yuki, arrived at 06:15. Yuki moved the samples into the spare freezer in B210. Please check "
          "the compressor."),
    email("lf2", K, I, "2026-01-19 13:00", "Re: -80 freezer alarm",
          "Our refrigeration contractor found a failed compressor relay. The relay has been replaced and the "
          "freezer is back at -80 C. The alarm call went to the old on-call number, which we have now updated."),
    email("lf3", I, K, "2026-01-20 09:10", "Re: -80 freezer alarm",
          "Thanks. Yuki will move the samples back tomorrow. Our group lost none of the samples, but we will run a "
          "check on the enzyme stocks."),
], cases=[
    ("The contractor traced the fault to a failed compressor relay, which has been replaced.", True, "paraphrase"),
    ("The freezer had warmed by 28 degrees when Yuki arrived.", True, "normalised_number"),
    ("Yuki arrived about three and a half hours after the alarm.", True, "normalised_number"),
    ("No samples were lost.", True, "negation_paraphrase"),
    ("Yuki will move the samples from B210 back to B214 on 21 January.", True, "cross_email"),
    ("Yuki arrived late because the alarm call went to the old on-call number.", False, "invented_cause"),
    ("Yuki is responsible for the freezer warming to -52 C.", False, "invented_blame"),
    ("The freezer had warmed to -58 C by 06:15.", False, "wrong_number"),
    ("The enzyme stocks were lost when the freezer warmed.", False, "invented_consequence"),
]))

# 6 allotment standpipe leak
TK = ("Tomasz Kral", "tomasz@elmroadgardens.example"); B = ("Beth Morgan", "beth@valleywater.example")
T.append(dict(id="allotment_water", emails=[
    email("aw1", TK, B, "2026-06-08 19:00", "Standpipe meter",
          "Our bill for the allotment standpipe jumped from about 90 GBP to 410 GBP for the quarter to 31 May. We "
          "have 22 plot holders and nobody has added a hose or a pond. Could the meter be faulty?"),
    email("aw2", B, TK, "2026-06-10 11:20", "Re: Standpipe meter",
          "Our meter reader, Gary, visited on 9 June and found a leak on your side of the meter, under the path "
          "near plot 14. The meter itself is working. Leaks on the customer side are the site's responsibility, "
          "but we offer a one-off leak allowance if the repair is done within 30 days."),
    email("aw3", TK, B, "2026-06-12 08:40", "Re: Standpipe meter",
          "Our member Fran, who is a plumber, fixed the leak yesterday evening. Please send the allowance form."),
], cases=[
    ("The standpipe bill went up by roughly 320 GBP.", True, "normalised_number"),
    ("Gary found the meter working but a leak on the site's side of it.", True, "paraphrase"),
    ("Fran fixed the leak on 11 June, two days after Gary's visit.", True, "cross_email"),
    ("Tomasz asked Beth to send the allowance form.", True, "reported_speech"),
    ("Fran caused the leak under the path near plot 14.", False, "invented_blame"),
    ("The leak started because a plot holder added a pond.", False, "invented_cause"),
    ("The leak was under the path near plot 22.", False, "wrong_number"),
    ("Beth said leaks on the customer side are the water company's responsibility.", False, "swapped_relation"),
]))

# 7 school ferry trip
A = ("Aled Jones", "aled@stdavids-school.example"); MC = ("Mairi Campbell", "mairi@islesferries.example")
T.append(dict(id="school_ferry", emails=[
    email("sf1", A, MC, "2026-05-04 10:30", "Group booking to Mull",
          "We are taking 46 pupils and 5 staff to Mull on Tuesday 9 June, on the 09:30 sailing from Oban, "
          "returning on the 17:00 sailing the same day. Do you have a group rate?"),
    email("sf2", MC, A, "2026-05-05 11:00", "Re: Group booking to Mull",
          "School groups travel at 4.20 GBP per pupil return; staff travel free at one adult per ten pupils, and "
          "further adults pay the full 7.80 GBP return. Please confirm numbers by 29 May."),
    email("sf3", A, MC, "2026-05-28 15:10", "Re: Group booking to Mull",
          "Confirmed: 44 pupils and 5 staff. Two pupils have dropped out. Our deputy head, Mrs Roberts, will carry "
          "the tickets."),
], cases=[
    ("With 44 pupils, four staff travel free and the fifth pays 7.80 GBP.", True, "normalised_number"),
    ("The pupils' return fares come to 184.80 GBP.", True, "normalised_number"),
    ("Aled confirmed the numbers a day before Mairi's 29 May deadline.", True, "cross_email"),
    ("The group will sail from Oban at 09:30 and come back on the 17:00 sailing.", True, "paraphrase"),
    ("46 pupils will travel to Mull on 9 June.", False, "wrong_number"),
    ("Two pupils dropped out because of the ferry fare.", False, "invented_cause"),
    ("Numbers had to be confirmed by 28 May.", False, "wrong_date"),
    ("Mairi will carry the tickets.", False, "wrong_entity"),
]))

# 8 hotel lift
SL = ("Sophie Lambert", "sophie@hotelmarais-lyon.example"); KB = ("Karim Benali", "karim@ascenseurs-rhone.example")
T.append(dict(id="hotel_lift", emails=[
    email("hl1", SL, KB, "2026-02-09 07:15", "Guest lift breakdown",
          "Our guest lift stopped between floors 3 and 4 last night at 23:10 with two guests inside. The night "
          "porter, Hugo, used the alarm and your emergency team freed them at 23:55. Both guests were fine. The "
          "lift is now out of service and we have 38 rooms above the first floor."),
    email("hl2", KB, SL, "2026-02-09 15:30", "Re: Guest lift breakdown",
          "Our technician found a worn brake coil on the motor. The part is on order and should arrive on Thursday "
          "12 February. Until then the lift must stay out of service."),
    email("hl3", SL, KB, "2026-02-12 18:40", "Re: Guest lift breakdown",
          "The part arrived and the lift is running again since 17:00. We gave the two guests a free night as an "
          "apology."),
], cases=[
    ("The two guests were stuck for 45 minutes.", True, "normalised_number"),
    ("Neither guest was hurt.", True, "negation_paraphrase"),
    ("The lift was out of service from the night of 8 February until 12 February, when the new part arrived.", True, "cross_email"),
    ("Karim said the lift had to stay out of service until the part came.", True, "reported_speech"),
    ("Hugo was slow to use the alarm.", False, "invented_blame"),
    ("The lift stopped because the two guests overloaded it.", False, "invented_cause"),
    ("The emergency team freed the guests at 23:15.", False, "wrong_number"),
    ("The hotel gave all its guests a free night.", False, "over_generalisation"),
]))

# 9 bike-share docks
L = ("Leo Fischer", "leo@velocity-share.example"); AR = ("Anja Roth", "anja.roth@stadt-kiel.example")
T.append(dict(id="bike_docks", emails=[
    email("bd1", L, AR, "2026-07-06 09:00", "Docking stations near the university",
          "We plan to add 3 new docking stations near the university: at the library, the sports hall and the "
          "Westring tram stop. Each station has 12 docks. We would like to install them in the week of 3 August."),
    email("bd2", AR, L, "2026-07-09 14:15", "Re: Docking stations near the university",
          "The library and sports hall sites are approved. The Westring site is not approved, because the pavement "
          "there is under 2.5 metres wide. You could apply for the car park across the road instead."),
    email("bd3", L, AR, "2026-07-10 08:30", "Re: Docking stations near the university",
          "Understood. We will install the two approved stations in the week of 3 August and apply for the "
          "Westring car park separately. Our installer is Nordrad."),
], cases=[
    ("The Westring tram stop site was refused because the pavement there is narrower than 2.5 metres.", True, "stated_cause"),
    ("The two approved stations will add 24 docks.", True, "normalised_number"),
    ("Nordrad will install stations at the library and the sports hall in the week of 3 August.", True, "cross_email"),
    ("Anja refused the library site.", False, "swapped_relation"),
    ("Each new station has 14 docks.", False, "wrong_number"),
    ("Leo dropped the Westring site because Nordrad could not install it.", False, "invented_cause"),
    ("The whole plan was delayed because the Westring site was not approved.", False, "invented_consequence"),
]))

# 10 wedding catering
C = ("Chloe Martin", "chloe.martin@mailbox.example"); BS = ("Ben Sato", "ben@oliveandthyme.example")
T.append(dict(id="wedding_catering", emails=[
    email("wc1", C, BS, "2026-03-16 20:05", "Wedding dinner quote",
          "Our wedding is on Saturday 29 August at Ferncombe Barn. We expect 110 guests, of whom 8 are vegetarian "
          "and 3 need gluten-free meals. Could you quote for a three-course dinner?"),
    email("wc2", BS, C, "2026-03-18 10:40", "Re: Wedding dinner quote",
          "The three-course dinner is 52 GBP per guest, including staff. Vegetarian and gluten-free meals are the "
          "same price. We need final numbers 21 days before the wedding and a deposit of 25 per cent to hold the "
          "date."),
    email("wc3", C, BS, "2026-03-20 12:00", "Re: Wedding dinner quote",
          "We have paid the deposit of 1,430 GBP today. My fiance, Jamal, will send the final numbers."),
], cases=[
    ("The deposit of 1,430 GBP is a quarter of the cost for 110 guests.", True, "normalised_number"),
    ("Final numbers are due three weeks before the wedding, on 8 August.", True, "normalised_number"),
    ("Chloe said Jamal would send the final numbers.", True, "reported_speech"),
    ("Vegetarian and gluten-free meals cost no more than the others.", True, "negation_paraphrase"),
    ("Eight guests need gluten-free meals.", False, "wrong_number"),
    ("The wedding is on Saturday 22 August.", False, "wrong_date"),
    ("Ben asked for a deposit because Jamal had missed a payment.", False, "invented_blame"),
]))

# 11 data-centre UPS
P = ("Priyanka Rao", "priyanka@northgate-hosting.example"); F = ("Felix Auer", "felix@powerguard.example")
T.append(dict(id="ups_battery", emails=[
    email("ub1", P, F, "2026-10-05 07:45", "Hall B UPS battery string",
          "The UPS in hall B reported a failed battery string during its weekly self-test on Sunday 4 October. "
          "Hall B is now running on mains with no battery backup. We have a generator test planned for Thursday "
          "8 October."),
    email("ub2", F, P, "2026-10-05 10:20", "Re: Hall B UPS battery string",
          "We have the replacement string (40 batteries) in stock. Our engineer, Joanna, can fit it on Tuesday "
          "6 October. The batteries are still under warranty until March 2027, so there is no charge."),
    email("ub3", P, F, "2026-10-06 16:50", "Re: Hall B UPS battery string",
          "Joanna fitted the new string today and the self-test passed. The generator test will go ahead on "
          "Thursday as planned."),
], cases=[
    ("The replacement battery string was free because the batteries are still under warranty.", True, "stated_cause"),
    ("Hall B had no battery backup for two days, from the failed self-test on 4 October until Joanna fitted the new string on 6 October.", True, "cross_email"),
    ("The generator test was not postponed.", True, "negation_paraphrase"),
    ("The generator test was moved because of the battery failure.", False, "invented_consequence"),
    ("The replacement string has 48 batteries.", False, "wrong_number"),
    ("The battery string failed because Joanna fitted it wrongly.", False, "invented_blame"),
    ("The batteries are under warranty until March 2026.", False, "wrong_date"),
]))

# 12 frost-damaged lavender
PD = ("Paul Dunne", "paul@dunne-landscapes.example"); HG = ("Harriet Gale", "harriet@greenacre-nursery.example")
T.append(dict(id="lavender_frost", emails=[
    email("lv1", PD, HG, "2026-05-11 08:05", "Lavender plants",
          "Of the 60 lavender plants we bought from you on 29 April, 21 have turned black at the tips. They were "
          "planted at the Mercer Street scheme on 1 May."),
    email("lv2", HG, PD, "2026-05-12 09:30", "Re: Lavender plants",
          "I am sorry. Our records show that batch stood outside during the frost on the night of 27 April. We "
          "will replace the damaged plants free of charge, and you can collect them from Thursday 14 May."),
    email("lv3", PD, HG, "2026-05-12 13:15", "Re: Lavender plants",
          "Thank you. My foreman, Declan, will collect the 21 plants on Friday 15 May."),
], cases=[
    ("About a third of the 60 lavender plants were damaged.", True, "normalised_number"),
    ("Declan will collect 21 replacement plants on 15 May, a day after they become available.", True, "cross_email"),
    ("Greenacre will replace the damaged plants at no cost.", True, "paraphrase"),
    ("Paul's team damaged the lavender when they planted it on 1 May.", False, "invented_blame"),
    ("The frost was on the night of 29 April.", False, "wrong_date"),
    ("Declan collects on 15 May because the plants are not ready on 14 May.", False, "invented_cause"),
]))

# 13 choir hall booking
ME = ("Martin Eriksen", "martin@ringstedkor.example"); BH = ("Birgit Holm", "birgit@sanktmortens.example")
T.append(dict(id="choir_hall", emails=[
    email("ch1", ME, BH, "2026-08-24 18:30", "Hall booking for autumn",
          "Ringsted Choir would like to book the church hall every Wednesday from 19:00 to 21:30 between "
          "2 September and 9 December. We are 34 singers."),
    email("ch2", BH, ME, "2026-08-26 10:00", "Re: Hall booking for autumn",
          "The hall is free on those evenings except 28 October, when the parish council meets. The rate for "
          "local groups is 200 DKK per evening. The hall holds 60 people."),
    email("ch3", ME, BH, "2026-08-27 09:45", "Re: Hall booking for autumn",
          "We accept. On 28 October we will rehearse at our conductor Signe's school instead."),
], cases=[
    ("The choir will use the hall on 14 Wednesday evenings.", True, "normalised_number"),
    ("Each rehearsal lasts two and a half hours.", True, "normalised_number"),
    ("On 28 October, when the parish council meets in the hall, the choir will rehearse at Signe's school.", True, "cross_email"),
    ("The hall holds 34 people.", False, "wrong_number"),
    ("The parish council moved its meeting to 28 October because of the choir.", False, "invented_cause"),
    ("Signe forgot to book the hall for 28 October.", False, "invented_blame"),
]))

# 14 cinema projector lamp
OP = ("Owen Pryce", "owen@regalpicturehouse.example"); AT = ("Aiko Tanaka", "aiko@cineparts.example")
T.append(dict(id="projector_lamp", emails=[
    email("pl1", OP, AT, "2026-11-02 11:00", "Screen 2 lamp",
          "The lamp in screen 2's projector has reached 2,950 hours of its rated 3,000 hours. We show about "
          "50 hours a week on that screen. Please send a replacement lamp."),
    email("pl2", AT, OP, "2026-11-03 09:10", "Re: Screen 2 lamp",
          "A replacement lamp is 640 GBP and can be sent by courier to arrive on Thursday 5 November. We recommend "
          "fitting it before the rated hours are reached."),
    email("pl3", OP, AT, "2026-11-03 12:25", "Re: Screen 2 lamp",
          "Please send it. Our projectionist, Ffion, will fit it on Thursday morning before the 13:00 show."),
], cases=[
    ("At about 50 hours a week, the lamp had roughly one week left before its rated hours.", True, "normalised_number"),
    ("Ffion will fit the new lamp on 5 November before the 13:00 show.", True, "cross_email"),
    ("Aiko advised fitting the lamp before it reached its rated hours.", True, "reported_speech"),
    ("Screen 2 was closed until the new lamp arrived.", False, "invented_consequence"),
    ("The lamp is rated for 2,950 hours.", False, "wrong_number"),
    ("Ffion let the lamp run past its rated hours.", False, "invented_blame"),
]))

# 15 tennis court resurfacing
LH = ("Lucy Hart", "lucy@brookfieldtennis.example"); GL = ("Gareth Lloyd", "gareth@lloydsurfaces.example")
T.append(dict(id="tennis_courts", emails=[
    email("tc1", LH, GL, "2026-06-15 19:20", "Courts 3 and 4",
          "We would like courts 3 and 4 resurfaced in artificial clay. The club championships start on Saturday "
          "25 July, so the work must be finished by then."),
    email("tc2", GL, LH, "2026-06-17 08:50", "Re: Courts 3 and 4",
          "We can start on Monday 6 July. The work takes 10 working days per pair of courts, plus 3 days for the "
          "sand to settle before play. The price is 18,400 GBP for both courts."),
    email("tc3", LH, GL, "2026-06-19 09:05", "Re: Courts 3 and 4",
          "The committee approved the price last night. Our groundsman, Pete, will clear the nets and benches by "
          "Friday 3 July."),
], cases=[
    ("The resurfacing itself takes two working weeks.", True, "normalised_number"),
    ("The price works out at 9,200 GBP per court.", True, "normalised_number"),
    ("The committee approved the 18,400 GBP price on 18 June.", True, "cross_email"),
    ("Gareth's team can start on Monday 13 July.", False, "wrong_date"),
    ("The courts are being resurfaced because the championships start on 25 July.", False, "invented_cause"),
    ("Gareth will clear the nets and benches by 3 July.", False, "swapped_relation"),
]))
