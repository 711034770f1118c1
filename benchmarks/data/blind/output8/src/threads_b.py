from common import E, T

T("tenancy_boiler", [
    E("tb1", "Joanna Pike <jo.pike@letterbox.example>", "Lettings <lettings@ashgroveproperty.example>",
      "2026-11-02 21:10", "No hot water, Flat 3, 22 Elm Terrace", """Hello,

The boiler in Flat 3, 22 Elm Terrace, Norwich, stopped working on Saturday. There has been no heating or hot water since. The display shows fault code F28. Can someone come this week?

Thanks,
Joanna Pike"""),
    E("tb2", "Martin Shaw <m.shaw@ashgroveproperty.example>", "Joanna Pike <jo.pike@letterbox.example>",
      "2026-11-03 09:25", "Re: No hot water, Flat 3, 22 Elm Terrace", """Dear Joanna,

Sorry about this. Our engineer, Carl from Heatright, will visit tomorrow between 08:00 and 12:00. F28 usually means the boiler is not getting gas, so please check whether the gas meter has credit. I'll drop off two electric heaters today.

Regards,
Martin Shaw
Ashgrove Property"""),
    E("tb3", "Martin Shaw <m.shaw@ashgroveproperty.example>", "Joanna Pike <jo.pike@letterbox.example>",
      "2026-11-04 14:30", "Re: No hot water, Flat 3, 22 Elm Terrace", """Dear Joanna,

Carl has replaced the gas valve and the boiler is working again. The meter was fine. There is no charge to you for the repair.

Regards,
Martin"""),
], [
    ("The boiler was repaired on the Wednesday after it broke, once Carl replaced the gas valve.", True, "cross_email"),
    ("Joanna will not be charged for the repair.", True, "negation_paraphrase"),
    ("Martin said he would drop off two electric heaters.", True, "reported_speech"),
    ("The boiler failed because Joanna let the gas meter run out of credit.", False, "invented_blame"),
    ("Carl replaced the gas meter.", False, "wrong_entity"),
    ("Heatright charged Ashgrove Property for a second visit.", False, "unstated_claim"),
])

T("sports_pitch", [
    E("sp1", "Callum Reid <callum.reid@fernleighfc.example>", "Committee <committee@fernleighfc.example>",
      "2026-01-19 19:40", "Pitch 2 closed", """Hi all,

The council has closed pitch 2 at Moor Park until 28 February after the drainage survey. Our under-12s and under-14s both train there on Tuesdays. I've asked the school about their 3G pitch.

Callum"""),
    E("sp2", "Nia Thomas <nia.thomas@hollinsacademy.example>", "Callum Reid <callum.reid@fernleighfc.example>",
      "2026-01-21 12:05", "Re: Pitch 2 closed", """Dear Callum,

We can offer the 3G pitch on Tuesdays from 18:00 to 19:30 at £45 per session, from 27 January. Please bring your own cones and bibs.

Best regards,
Nia Thomas
Hollins Academy"""),
    E("sp3", "Callum Reid <callum.reid@fernleighfc.example>", "Committee <committee@fernleighfc.example>",
      "2026-01-21 20:15", "Re: Pitch 2 closed", """All,

I've accepted Hollins Academy's offer for both age groups. Five Tuesdays from 27 January to 24 February comes to £225, which the club will pay from the facilities budget. Coaches, bring the cones.

Callum"""),
], [
    ("The under-12s and under-14s will train on the Hollins Academy 3G pitch while pitch 2 is closed.", True, "cross_email"),
    ("The club will pay £45 a session for five sessions from the facilities budget.", True, "normalised_number"),
    ("Each session on the 3G pitch lasts ninety minutes.", True, "normalised_number"),
    ("Pitch 2 was closed because Fernleigh FC's teams damaged the drainage.", False, "invented_blame"),
    ("The council is paying for the 3G pitch.", False, "wrong_entity"),
    ("Because of the closure, the under-14s dropped out of the league.", False, "invented_consequence"),
])

T("translation_job", [
    E("tj1", "Beatriz Lemos <b.lemos@lumentranslate.example>", "Hugo Strand <h.strand@nordkemi.example>",
      "2026-02-16 10:00", "Quote: safety data sheets", """Dear Hugo,

Thank you for the 14 safety data sheets. Translation from Swedish into Portuguese and Spanish comes to 23,800 words in total. Our rate is EUR 0.11 per word, so the quote is EUR 2,618. Delivery would be 6 March.

Kind regards,
Beatriz Lemos
Lumen Translate"""),
    E("tj2", "Hugo Strand <h.strand@nordkemi.example>", "Beatriz Lemos <b.lemos@lumentranslate.example>",
      "2026-02-17 08:30", "Re: Quote: safety data sheets", """Hi Beatriz,

Approved. Could you deliver the Spanish files first? Our Madrid distributor needs them by 27 February. Portuguese can follow on 6 March as quoted.

Hugo"""),
    E("tj3", "Beatriz Lemos <b.lemos@lumentranslate.example>", "Hugo Strand <h.strand@nordkemi.example>",
      "2026-02-17 11:15", "Re: Quote: safety data sheets", """Dear Hugo,

Yes, we can deliver the Spanish files on 26 February, a day early, with no rush fee. Our translator Raúl will handle Spanish and Inês will handle Portuguese.

Kind regards,
Beatriz"""),
], [
    ("Hugo approved the EUR 2,618 quote and asked for the Spanish files first.", True, "cross_email"),
    ("The Spanish files will arrive a day before the Madrid distributor's deadline, without a rush fee.", True, "cross_email"),
    ("Hugo's distributor in Madrid needs the Spanish files by 27 February.", True, "pronoun_perspective"),
    ("The Spanish files were moved forward because Raúl was going on leave in March.", False, "invented_cause"),
    ("The quote is EUR 0.11 per word for 28,300 words.", False, "wrong_number"),
    ("Beatriz charged a rush fee for the early Spanish delivery.", False, "negated"),
])

T("farm_coop", [
    E("fc1", "Alun Pritchard <alun@vale-growers.example>", "Members <members@vale-growers.example>",
      "2026-08-03 07:00", "Grain dryer booking", """Morning all,

The co-op grain dryer is available from 10 August. Each member gets a 12-hour slot per week, booked on the sheet in the office. Moisture must be tested before loading; we only take wheat at 20 percent or below.

Alun"""),
    E("fc2", "Rhian Evans <rhian.evans@tyndolfarm.example>", "Alun Pritchard <alun@vale-growers.example>",
      "2026-08-11 18:20", "Re: Grain dryer booking", """Alun,

My wheat tested at 22 percent this afternoon, so I couldn't load. Can I move my slot from Wednesday to Friday?

Rhian"""),
    E("fc3", "Alun Pritchard <alun@vale-growers.example>", "Rhian Evans <rhian.evans@tyndolfarm.example>",
      "2026-08-12 07:10", "Re: Grain dryer booking", """Rhian,

Friday is free, I've moved you. Gwyn has also swapped to Thursday, so Wednesday is now open for anyone.

Alun"""),
], [
    ("Rhian could not load her wheat because it tested at 22 percent, above the 20 percent limit.", True, "stated_cause"),
    ("Alun moved Rhian's slot from Wednesday to Friday.", True, "pronoun_perspective"),
    ("Each member may book the dryer for half a day a week.", True, "normalised_number"),
    ("Wednesday became free because Rhian and Gwyn both complained about the dryer.", False, "invented_cause"),
    ("Gwyn's wheat also failed the moisture test.", False, "unstated_claim"),
    ("Alun refused to let Rhian move her slot.", False, "negated"),
])

T("vet_practice", [
    E("vp1", "Laura Benn <laura.benn@postbox.example>", "Reception <reception@greenlanevets.example>",
      "2026-03-23 08:05", "Bramble's dental", """Hello,

Bramble (our spaniel, 9 years old) is booked for a dental on Thursday. The estimate you gave was £420. Does that include extractions if needed?

Thanks,
Laura Benn"""),
    E("vp2", "Dr Kofi Mensah <k.mensah@greenlanevets.example>", "Laura Benn <laura.benn@postbox.example>",
      "2026-03-23 12:30", "Re: Bramble's dental", """Dear Laura,

The £420 covers the anaesthetic, scale and polish. Extractions are £35 per tooth on top. Because Bramble is over 8, we also recommend a pre-anaesthetic blood test at £68. Please don't feed her after 20:00 the night before.

Best wishes,
Dr Mensah"""),
    E("vp3", "Dr Kofi Mensah <k.mensah@greenlanevets.example>", "Laura Benn <laura.benn@postbox.example>",
      "2026-03-26 15:45", "Bramble ready to go home", """Dear Laura,

Bramble is awake and doing well. We removed two teeth. Her bill is £558 including the blood test. She can collect from 17:00.

Dr Mensah"""),
], [
    ("Bramble's bill of £558 is the £420 estimate plus two extractions and the blood test.", True, "normalised_number"),
    ("The blood test was recommended because Bramble is over 8.", True, "stated_cause"),
    ("Bramble must not be fed after 20:00 the night before her dental.", True, "paraphrase"),
    ("Two teeth had to be removed because Laura had not brushed Bramble's teeth.", False, "invented_blame"),
    ("The blood test showed a problem, which raised the bill.", False, "invented_cause"),
    ("Dr Mensah removed three teeth.", False, "wrong_number"),
])

T("theatre_show", [
    E("th1", "Rosa Delaney <rosa@lanternplayers.example>", "Cast and crew <company@lanternplayers.example>",
      "2026-10-12 22:00", "Tech week changes", """Hi all,

The Corn Exchange in Newbury has told us the stage won't be free until Monday 26 October, not Sunday 25th, so the technical rehearsal moves to Monday 18:00. Opening night on Wednesday 28 October is unchanged.

Rosa"""),
    E("th2", "Imran Qadir <imran.q@lanternplayers.example>", "Rosa Delaney <rosa@lanternplayers.example>",
      "2026-10-13 08:40", "Re: Tech week changes", """Rosa,

That leaves us one day less for lighting. We have 84 cues. Can we get into the venue Monday morning to focus lights?

Imran"""),
    E("th3", "Rosa Delaney <rosa@lanternplayers.example>", "Cast and crew <company@lanternplayers.example>",
      "2026-10-13 17:30", "Re: Tech week changes", """All,

Good news: the Corn Exchange will let Imran's crew in from 09:00 on Monday to focus lights. Cast call for the tech is still 18:00. Dress rehearsal is Tuesday at 19:00.

Rosa"""),
], [
    ("Because the stage is not free until 26 October, the tech rehearsal moved from Sunday to Monday.", True, "stated_cause"),
    ("The lighting crew can enter the venue nine hours before the cast call on Monday.", True, "normalised_number"),
    ("Imran asked for Monday-morning access to focus the 84 lighting cues, and the venue agreed.", True, "cross_email"),
    ("The tech rehearsal moved because Imran's crew had not finished the 84 cues.", False, "invented_cause"),
    ("Opening night has been pushed to Thursday 29 October.", False, "wrong_date"),
    ("Rosa blames the Corn Exchange for losing a day of lighting time and has asked for a refund.", False, "invented_blame"),
])

T("brewery_line", [
    E("bl1", "Fergus Doyle <fergus@tallowbrewing.example>", "Ops <ops@tallowbrewing.example>",
      "2026-05-18 06:50", "Canning line down", """Team,

The canning line stopped at 05:30 this morning. The seamer is jamming on every third can. We had 9,000 cans of Harbour Pale due for Thursday's dispatch. I've called Canmatic.

Fergus"""),
    E("bl2", "Yvonne Ashe <y.ashe@canmatic.example>", "Fergus Doyle <fergus@tallowbrewing.example>",
      "2026-05-18 13:00", "Re: Canning line down", """Hi Fergus,

Our technician found a cracked seaming roller. A replacement is on its way by overnight courier and he'll fit it tomorrow morning. The part is under warranty.

Yvonne Ashe
Canmatic Service"""),
    E("bl3", "Fergus Doyle <fergus@tallowbrewing.example>", "Ops <ops@tallowbrewing.example>",
      "2026-05-19 15:10", "Re: Canning line down", """Team,

Line is back up since 11:00. We'll run a double shift tonight to finish the 9,000 cans for Thursday. Dispatch is not affected.

Fergus"""),
], [
    ("The seamer jammed because of a cracked seaming roller, which was replaced under warranty.", True, "cross_email"),
    ("The canning line was down for about 29 and a half hours.", True, "normalised_number"),
    ("Thursday's dispatch is not delayed, thanks to a double shift.", True, "negation_paraphrase"),
    ("The roller cracked because Tallow's staff ran the line too fast.", False, "invented_blame"),
    ("Tallow had to pay Canmatic for the new roller.", False, "negated"),
    ("The breakdown forced Tallow to cancel Thursday's Harbour Pale dispatch.", False, "invented_consequence"),
])

T("library_refit", [
    E("lr1", "Gemma Holt <g.holt@westbrooklibraries.example>", "Staff <staff@westbrooklibraries.example>",
      "2026-06-01 09:30", "Central library refit", """Dear colleagues,

The central library in Derby will close from 6 July to 14 August for the refit. During the closure the home library service continues, and returns can be made at the Allestree branch. Staff will be redeployed to branches; rotas follow.

Gemma"""),
    E("lr2", "Oliver Brook <o.brook@westbrooklibraries.example>", "Gemma Holt <g.holt@westbrooklibraries.example>",
      "2026-06-03 11:00", "Re: Central library refit", """Hi Gemma,

The Summer Reading Challenge launch was planned for 11 July at Central. Shall I move it to Allestree?

Oliver"""),
    E("lr3", "Gemma Holt <g.holt@westbrooklibraries.example>", "Oliver Brook <o.brook@westbrooklibraries.example>",
      "2026-06-03 15:20", "Re: Central library refit", """Oliver,

Allestree's hall is too small. Please move the launch to the Mickleover branch, same date. Their manager, Tess, has already said yes.

Gemma"""),
], [
    ("The central library will be closed for nearly six weeks, from 6 July to 14 August.", True, "normalised_number"),
    ("The Summer Reading Challenge launch moves to Mickleover on 11 July, as Allestree's hall is too small.", True, "cross_email"),
    ("Returns can be made at Allestree while Central is shut.", True, "paraphrase"),
    ("The refit was brought forward because Oliver's launch had been booked at Central.", False, "invented_cause"),
    ("The launch moves to Allestree on 11 July.", False, "swapped_relation"),
    ("The home library service is suspended during the refit.", False, "negated"),
])

T("solar_install", [
    E("si1", "Dev Patel <dev.patel@mailbox.example>", "Installs <installs@brightroofsolar.example>",
      "2026-07-20 19:00", "Install date", """Hi,

We signed for the 12-panel system last month. When can you install? We're away from 15 to 22 August.

Dev Patel"""),
    E("si2", "Carys Lloyd <c.lloyd@brightroofsolar.example>", "Dev Patel <dev.patel@mailbox.example>",
      "2026-07-21 10:15", "Re: Install date", """Dear Dev,

We can install on 4 and 5 August. Scaffolding goes up on 3 August. The DNO has approved the 4.8 kW system. You don't need to be home for the scaffold, but someone must be in on 4 August for the inverter fitting.

Kind regards,
Carys Lloyd
Brightroof Solar"""),
    E("si3", "Dev Patel <dev.patel@mailbox.example>", "Carys Lloyd <c.lloyd@brightroofsolar.example>",
      "2026-07-21 20:30", "Re: Install date", """Carys,

4 and 5 August works; my wife Meera will be home on the 4th.

Dev"""),
], [
    ("The installation is on 4 and 5 August, over a week before Dev goes away.", True, "cross_email"),
    ("The DNO approved the 4.8 kW, 12-panel system.", True, "cross_email"),
    ("Meera will be at home on 4 August for the inverter fitting.", True, "cross_email"),
    ("The install was set for early August because Dev's roof failed its first survey.", False, "invented_cause"),
    ("Someone must be home on 3 August for the scaffold.", False, "wrong_date"),
    ("Dev cancelled the scaffold because Brightroof missed the July date.", False, "invented_blame"),
])
