"""Threads 21-30 of blind set 9 (hand-written)."""
from common import mail, thread

S, U = True, False

# 21 garden centre delivery
MO = "Miriam Okafor <miriam.okafor@postbox.example>"
RK = "Ravi Kapoor <customercare@greenleaf-gardens.example>"
thread("garden_delivery", [
    mail("gd1", MO, RK, "2026-04-20 08:45", "Order GL-5531 not delivered", "Hello,",
         "My order GL-5531 (two olive trees and 12 bags of compost) was due on Saturday 18 April but never arrived. "
         "Nobody called. I paid 18 GBP for delivery.", "Miriam Okafor"),
    mail("gd2", RK, MO, "2026-04-21 10:10", "Re: Order GL-5531 not delivered", "Dear Ms Okafor,",
         "Our apologies. The van broke down on Saturday morning and the driver's phone list wasn't updated. We can "
         "deliver on Thursday 23 April between 08:00 and 12:00, and we'll refund the delivery charge.",
         "Ravi Kapoor\nGreenleaf Customer Care"),
    mail("gd3", MO, RK, "2026-04-21 12:30", "Re: Order GL-5531 not delivered", "Dear Ravi,",
         "Thursday is fine. Please leave the trees by the side gate if I'm out; the compost can go in the garage.",
         "Miriam"),
], [
    ("Greenleaf apologised and said its van had broken down on the Saturday morning.", S, "reported_speech"),
    ("The new delivery date is five days after the original one.", S, "normalised_number"),
    ("No one phoned Miriam about the missed delivery.", S, "negation_paraphrase"),
    ("Miriam will get her 18 GBP delivery fee back.", S, "cross_email"),
    ("Ravi blamed the driver for not calling Miriam.", U, "invented_blame"),
    ("Miriam ordered two olive trees and 18 bags of compost.", U, "wrong_number"),
    ("The olive trees were damaged when the van broke down.", U, "invented_consequence"),
])

# 22 hackathon
YT = "Yuki Tanaka <yuki@codeharbour.example>"
SP = "Sponsors <sponsors@codeharbour.example>"
ED = "Elif Demir <elif.demir@nimbuscloud.example>"
thread("hackathon", [
    mail("hk1", YT, SP, "2026-10-05 09:00", "CodeHarbour 24-25 October", "Dear sponsors,",
         "The CodeHarbour hackathon is on 24-25 October. We have 150 registered participants in 38 teams. Prizes: "
         "2,000 EUR first, 1,000 EUR second, 500 EUR third.", "Yuki"),
    mail("hk2", ED, YT, "2026-10-06 14:00", "Re: CodeHarbour 24-25 October", "Hi Yuki,",
         "NimbusCloud will add a 750 EUR prize for the best use of our API, and give each participant 100 EUR of cloud "
         "credit.", "Elif"),
    mail("hk3", YT, SP, "2026-10-14 17:20", "Re: CodeHarbour 24-25 October", "Thanks Elif!",
         "Two teams have withdrawn, so we're at 36 teams. Judging is on Sunday at 14:00; winners are announced at "
         "16:00.", "Yuki"),
], [
    ("The three main prizes add up to 3,500 EUR.", S, "normalised_number"),
    ("With NimbusCloud's award, the prize money rises to 4,250 EUR.", S, "cross_email"),
    ("Two of the original 38 teams have pulled out.", S, "paraphrase"),
    ("Winners will be announced two hours after judging starts.", S, "normalised_number"),
    ("Two teams withdrew because they could not use NimbusCloud's API.", U, "invented_cause"),
    ("NimbusCloud's special prize is worth 1,000 EUR.", U, "wrong_number"),
    ("After the withdrawals, 142 participants remain.", U, "unstated_claim"),
])

# 23 food bank
BS = "Beatriz Santos <beatriz@eastfield-foodbank.example>"
VO = "Volunteers <volunteers@eastfield-foodbank.example>"
HF = "Harold Finch <harold.finch@postbox.example>"
thread("food_bank", [
    mail("fb1", BS, VO, "2026-12-01 08:30", "November figures and cold store", "Dear volunteers,",
         "In November we gave out 620 food parcels, up from 480 in November 2025. Our cold store is full, so we can't "
         "accept fresh donations until Saturday.", "Beatriz"),
    mail("fb2", HF, BS, "2026-12-01 13:05", "Re: November figures and cold store", "Hi Beatriz,",
         "The Co-op on Elm Street has offered us 40 turkeys for Christmas week. Should I say yes, given the cold "
         "store?", "Harold"),
    mail("fb3", BS, HF, "2026-12-02 09:15", "Re: November figures and cold store", "Harold,",
         "Yes, accept them. Ashby Butchers has agreed to lend us a chiller for Christmas week. I'll collect it on "
         "19 December.", "Beatriz"),
], [
    ("The food bank handed out 140 more parcels than in the same month a year earlier.", S, "normalised_number"),
    ("Beatriz said she would pick up the borrowed chiller on 19 December.", S, "reported_speech"),
    ("Fresh donations are on hold until Saturday because there is no room left in the cold store.", S, "stated_cause"),
    ("Harold can accept the Co-op's 40 turkeys, and a chiller from Ashby Butchers will be used in Christmas week.", S, "cross_email"),
    ("The rise in parcels was due to the Co-op's donations.", U, "invented_cause"),
    ("Beatriz said Harold had let the cold store fill up.", U, "invented_blame"),
    ("Ashby Butchers offered the food bank 40 turkeys.", U, "wrong_entity"),
])

# 24 removal company
PS_ = "Priyanka Shah <priyanka.shah@homemail.example>"
LM = "Leo Martins <leo@swiftremovals.example>"
thread("house_move", [
    mail("hm1", PS_, LM, "2026-06-08 20:00", "Move on 26 June", "Hi Leo,",
         "Our move from Flat 9, Kestrel Court to 31 Orchard Lane is on Friday 26 June. The quote was 1,350 GBP for a "
         "three-person crew. There is no lift at Kestrel Court, and we're on the fourth floor.", "Priyanka"),
    mail("hm2", LM, PS_, "2026-06-09 09:30", "Re: Move on 26 June", "Hi Priyanka,",
         "Thanks for telling us. The original quote assumed a lift, so with four floors of stairs we need a fourth "
         "person, which adds 220 GBP. We'll arrive at 08:00 and expect to finish by 17:00.", "Leo\nSwift Removals"),
    mail("hm3", PS_, LM, "2026-06-10 07:50", "Re: Move on 26 June", "Leo,",
         "OK, please go ahead with four people. Also, the piano stays: the buyers of the flat are keeping it.",
         "Priyanka"),
], [
    ("Swift Removals needs a fourth mover because its quote had assumed a lift that Kestrel Court does not have.", S, "cross_email"),
    ("The move now costs 1,570 GBP.", S, "normalised_number"),
    ("Priyanka told the removal firm to leave the piano behind for the flat's buyers.", S, "reported_speech"),
    ("Swift Removals is planning a nine-hour day for the move.", S, "normalised_number"),
    ("Leo said Priyanka had not mentioned the missing lift when she asked for the quote.", U, "invented_blame"),
    ("The piano is staying because it would not fit down the stairs.", U, "invented_cause"),
    ("The fourth mover adds 220 GBP per floor.", U, "wrong_number"),
])

# 25 choir festival
IS = "Ingrid Solberg <ingrid@stmarks-choir.example>"
CH_ = "Choir <singers@stmarks-choir.example>"
BA_ = "Bill Ames <treasurer@stmarks-choir.example>"
thread("choir_festival", [
    mail("cf1", IS, CH_, "2026-03-09 18:00", "Regional Choir Festival, 18 April", "Dear singers,",
         "We're entered in the Regional Choir Festival on Saturday 18 April in Harrogate. Our slot is 14:20. The coach "
         "leaves the church at 11:00. The cost per singer is 22 GBP, covering coach and entry.", "Ingrid"),
    mail("cf2", BA_, CH_, "2026-03-10 09:40", "Re: Regional Choir Festival, 18 April", "Dear all,",
         "The church council has offered 300 GBP towards the trip, which brings the cost per singer down to 12 GBP if "
         "all 30 singers go.", "Bill"),
    mail("cf3", IS, CH_, "2026-04-03 18:30", "Re: Regional Choir Festival, 18 April", "Dear singers,",
         "Last year we came second at this festival. This year two altos can't come, so 28 of us are going. Bill has "
         "rounded the share up to 13 GBP each.", "Ingrid"),
], [
    ("The whole trip would cost 660 GBP if all 30 singers went.", S, "normalised_number"),
    ("Bill said the church council's 300 GBP would cut each singer's share to 12 GBP if the whole choir travelled.", S, "reported_speech"),
    ("With 28 singers going instead of 30, each now pays 13 GBP rather than 12 GBP.", S, "cross_email"),
    ("The coach leaves three hours and twenty minutes before the choir's slot.", S, "normalised_number"),
    ("Two altos cannot come because of the higher price.", U, "invented_cause"),
    ("The choir offered the church council 300 GBP towards the trip.", U, "swapped_relation"),
    ("Coming second last year earned the choir its place at this year's festival.", U, "invented_consequence"),
])

# 26 bridge inspection
FA = "Femi Adeyemi <f.adeyemi@countyhighways.example>"
JW = "Joan Whitley <clerk@millford-parish.example>"
thread("bridge_limit", [
    mail("bl1", FA, JW, "2026-11-16 10:00", "Millford Bridge weight limit", "Dear Ms Whitley,",
         "Our inspection of Millford Bridge on 12 November found cracking in two of its four bearings. The bridge is "
         "safe for cars, but we are introducing a 7.5-tonne weight limit from 23 November until repairs are done.",
         "Femi Adeyemi\nBridges Engineer, County Highways"),
    mail("bl2", JW, FA, "2026-11-17 11:30", "Re: Millford Bridge weight limit", "Dear Mr Adeyemi,",
         "The school bus weighs about 12 tonnes and uses the bridge twice a day. Is there an exemption?",
         "Joan Whitley\nParish Clerk"),
    mail("bl3", FA, JW, "2026-11-18 15:00", "Re: Millford Bridge weight limit", "Dear Ms Whitley,",
         "There can be no exemption for any vehicle over 7.5 tonnes. The bus operator has agreed to use the Stone Lane "
         "route, which adds about 10 minutes each way. Repairs are scheduled for March.", "Femi Adeyemi"),
], [
    ("Cracks were found in half of the bridge's bearings.", S, "normalised_number"),
    ("The 12-tonne school bus is over the new limit and will go round by Stone Lane instead.", S, "cross_email"),
    ("The weight limit takes effect eleven days after the inspection.", S, "normalised_number"),
    ("No vehicle heavier than 7.5 tonnes will be given an exemption.", S, "negation_paraphrase"),
    ("The bearings cracked under the weight of the school bus.", U, "invented_cause"),
    ("The bridge will be closed to cars from 23 November.", U, "negated"),
    ("Femi said the bus operator was responsible for the damage to the bearings.", U, "invented_blame"),
])

# 27 podcast guest
MY = "Maya Lindqvist <maya@slowscience-pod.example>"
KA = "Prof. Kofi Asante <k.asante@soils.harwood-uni.example>"
thread("podcast_guest", [
    mail("pg1", MY, KA, "2026-01-12 13:00", "Guest on Slow Science?", "Dear Professor Asante,",
         "Would you join episode 84 of Slow Science to talk about your soil study? Recording is remote, about 45 "
         "minutes, on 22 or 23 January.", "Warmly,\nMaya Lindqvist"),
    mail("pg2", KA, MY, "2026-01-13 08:20", "Re: Guest on Slow Science?", "Dear Maya,",
         "Happy to. The 23rd works, any time after 14:00 GMT. The paper is embargoed until 28 January, so please don't "
         "publish before then.", "Kofi"),
    mail("pg3", MY, KA, "2026-01-14 10:00", "Re: Guest on Slow Science?", "Dear Kofi,",
         "Booked for 23 January, 15:00 GMT. We'll release the episode on 4 February, a week after the embargo lifts. "
         "I'll send you a mic in the post.", "Maya"),
], [
    ("There are 12 days between the recording and the release.", S, "normalised_number"),
    ("Kofi asked Maya not to publish anything before 28 January.", S, "reported_speech"),
    ("Maya booked the recording an hour after the earliest time Kofi offered.", S, "cross_email"),
    ("Maya is posting Kofi a microphone.", S, "paraphrase"),
    ("The release was set for 4 February because the recording could not happen on the 22nd.", U, "invented_cause"),
    ("The recording should take about 84 minutes.", U, "wrong_number"),
    ("Kofi's university put the embargo on the paper.", U, "unstated_claim"),
])

# 28 database migration
AP = "Arjun Pillai <arjun.pillai@quillpay.example>"
ENG = "Engineering <eng@quillpay.example>"
SM = "Sofia Marin <sofia.marin@quillpay.example>"
thread("db_migration", [
    mail("dbm1", AP, ENG, "2026-07-06 09:00", "Billing DB migration, 18 July", "Hi all,",
         "We migrate the billing database to the new cluster on Saturday 18 July, 01:00 to 05:00. Billing will be "
         "read-only during that window. Please freeze schema changes from 13 July.", "Arjun"),
    mail("dbm2", SM, ENG, "2026-07-07 16:40", "Re: Billing DB migration, 18 July", "Hi,",
         "The rehearsal on staging took 3 hours 10 minutes, including a 40-minute integrity check. Rollback takes "
         "25 minutes if needed.", "Sofia"),
    mail("dbm3", AP, ENG, "2026-07-21 10:00", "Re: Billing DB migration, 18 July", "All,",
         "The migration finished at 04:05. One report job failed at 06:00 because it still pointed at the old host; it "
         "was fixed by 07:30. No data was lost.", "Arjun"),
], [
    ("The migration finished 55 minutes before the end of the planned window.", S, "cross_email"),
    ("A report job failed at 06:00 since it was still aimed at the old host.", S, "stated_cause"),
    ("None of the data was lost in the migration.", S, "negation_paraphrase"),
    ("Leaving out the integrity check, the staging rehearsal took two and a half hours.", S, "normalised_number"),
    ("Arjun blamed Sofia for the report job pointing at the old host.", U, "invented_blame"),
    ("The report job failed because the integrity check overran.", U, "invented_cause"),
    ("The migration had to be rolled back.", U, "invented_consequence"),
])

# 29 ceramics kiln
RA = "Ruth Adler <ruth@claybarn-studio.example>"
CBM = "Studio members <members@claybarn-studio.example>"
JP = "Jonah Pike <jonah.pike@homemail.example>"
thread("kiln_repair", [
    mail("kr1", RA, CBM, "2026-02-02 09:30", "Big kiln controller failure", "Hi everyone,",
         "The big kiln's controller failed during Thursday's glaze firing; the kiln stopped at 860 C instead of "
         "1,240 C. The pots inside are underfired and will need refiring. Kilnworks can fit a new controller on "
         "10 February for 390 GBP.", "Ruth"),
    mail("kr2", JP, RA, "2026-02-02 12:15", "Re: Big kiln controller failure", "Hi Ruth,",
         "Two of my bowls were in that firing. Can they be refired in the small kiln meanwhile?", "Jonah"),
    mail("kr3", RA, JP, "2026-02-03 08:50", "Re: Big kiln controller failure", "Jonah,",
         "The small kiln only reaches 1,100 C, so stoneware glazes won't mature in it. Your bowls will go in the first "
         "firing after the repair. Members won't be charged for the refire.", "Ruth"),
], [
    ("The kiln stopped 380 degrees short of its target temperature.", S, "normalised_number"),
    ("Jonah's bowls can't be refired in the small kiln, as it only gets to 1,100 C and stoneware glazes won't mature there.", S, "stated_cause"),
    ("Members will not pay for the refiring.", S, "negation_paraphrase"),
    ("Jonah's two bowls will be refired once Kilnworks has fitted the new controller.", S, "cross_email"),
    ("Ruth said a member had overloaded the kiln and caused the controller to fail.", U, "invented_blame"),
    ("The new controller costs 1,240 GBP.", U, "wrong_number"),
    ("Jonah's bowls cracked when the kiln stopped.", U, "invented_consequence"),
])

# 30 cycling club time trial
TV = "Tessa Varga <secretary@fenbywheelers.example>"
FW = "Members <members@fenbywheelers.example>"
RKL = "Rob Klein <rob.klein@postbox.example>"
thread("cycling_tt", [
    mail("ct1", TV, FW, "2026-05-04 19:00", "Club time trial, 17 May", "Hi all,",
         "The club time trial on Sunday 17 May starts at 07:00 on the Fenby course, 25 km. Entry is 8 GBP, paid on the "
         "day. The police require marshals at both roundabouts.", "Tessa"),
    mail("ct2", RKL, TV, "2026-05-05 07:40", "Re: Club time trial, 17 May", "Hi Tessa,",
         "I can marshal the north roundabout. My daughter is 15 and wants to ride; is there a junior category?", "Rob"),
    mail("ct3", TV, FW, "2026-05-06 12:00", "Re: Club time trial, 17 May", "Thanks Rob.",
         "Juniors aged 14 to 17 can ride with a signed parental form and pay half price. We still need someone for the "
         "south roundabout.", "Tessa"),
], [
    ("Rob's daughter can enter for 4 GBP if a parent signs the form.", S, "cross_email"),
    ("No one has yet volunteered to marshal the south roundabout.", S, "negation_paraphrase"),
    ("Rob offered to marshal at the north roundabout.", S, "reported_speech"),
    ("Marshals are needed because a rider crashed at the south roundabout last year.", U, "invented_cause"),
    ("Juniors pay the full 8 GBP entry.", U, "wrong_number"),
    ("Tessa blamed Rob for the missing marshal at the south roundabout.", U, "invented_blame"),
])
