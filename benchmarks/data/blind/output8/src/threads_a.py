from common import E, T

T("clinic_rota", [
    E("cr1", "Priya Nandakumar <priya.n@harbourviewclinic.example>", "Owen Lasko <owen.l@harbourviewclinic.example>",
      "2026-02-09 08:41", "Saturday flu clinics", """Hi Owen,

We are adding Saturday flu-vaccine clinics on 7, 14, 21 and 28 March. Each session runs from 09:00 to 13:00 and needs two nurses. Dr Okafor has agreed to supervise all four. Could you draw up the rota by Friday?

Thanks,
Priya"""),
    E("cr2", "Owen Lasko <owen.l@harbourviewclinic.example>", "Priya Nandakumar <priya.n@harbourviewclinic.example>",
      "2026-02-11 16:05", "Re: Saturday flu clinics", """Hi Priya,

Rota attached. Nadia and I cover 7 and 14 March; Ben and Lucy cover 21 and 28 March. Ben can't stay past 11:30 on the 21st because of a family commitment, so Nadia will take over from 11:30 that day. We have 240 doses in the fridge.

Owen"""),
    E("cr3", "Priya Nandakumar <priya.n@harbourviewclinic.example>", "Owen Lasko <owen.l@harbourviewclinic.example>",
      "2026-02-12 09:20", "Re: Saturday flu clinics", """Owen,

Thanks, that works. The online booking opens on 16 February. We expect about 60 patients per session, so the 240 doses should cover all four Saturdays. Please don't accept walk-ins this year.

Priya"""),
], [
    ("There are four Saturday sessions, each lasting four hours.", True, "normalised_number"),
    ("Nadia takes over from Ben at 11:30 on 21 March because he has a family commitment.", True, "stated_cause"),
    ("Owen's rota puts Ben and Lucy on the last two Saturdays, and Dr Okafor supervises every session.", True, "cross_email"),
    ("Ben has to leave early on 21 March because Dr Okafor refused to supervise that session.", False, "invented_cause"),
    ("Priya stopped walk-ins because Nadia overbooked last year's clinics.", False, "invented_blame"),
    ("Online booking opens on 6 February.", False, "wrong_date"),
])

T("school_trip", [
    E("st1", "Hannah Wexley <h.wexley@stcolumbaprimary.example>", "Year 5 parents <year5@stcolumbaprimary.example>",
      "2026-04-20 12:30", "Year 5 trip to the Eden Project", """Dear parents,

Year 5 will visit the Eden Project on Thursday 14 May. The coach leaves school at 07:45 and returns at about 17:30. The cost is £18 per child, payable on ParentPay by 30 April. Please send a packed lunch and a waterproof coat.

Kind regards,
Mrs Wexley"""),
    E("st2", "Gareth Moyle <gareth.moyle@mailbox.example>", "Hannah Wexley <h.wexley@stcolumbaprimary.example>",
      "2026-04-22 19:14", "Re: Year 5 trip to the Eden Project", """Dear Mrs Wexley,

Ffion has a nut allergy and carries an EpiPen. Will a first-aider be on the coach? I'm also happy to come as a parent helper if you need one.

Best wishes,
Gareth Moyle"""),
    E("st3", "Hannah Wexley <h.wexley@stcolumbaprimary.example>", "Gareth Moyle <gareth.moyle@mailbox.example>",
      "2026-04-23 08:10", "Re: Year 5 trip to the Eden Project", """Dear Mr Moyle,

Yes, Mr Draper is a trained first-aider and will sit with Ffion's group, and he will carry a spare EpiPen from the office. We already have six parent helpers, so we don't need another this time, but thank you for offering. The trip is nut-free for everyone.

Kind regards,
Hannah Wexley"""),
], [
    ("The trip costs £18 per child and must be paid two weeks before the visit.", True, "normalised_number"),
    ("Gareth offered to help on the trip, but the school already has six parent helpers.", True, "cross_email"),
    ("A trained first-aider, Mr Draper, will sit with Ffion's group.", True, "paraphrase"),
    ("The whole trip was made nut-free because Gareth complained about the school's allergy policy.", False, "invented_cause"),
    ("Mr Draper will carry Ffion's own EpiPen.", False, "swapped_relation"),
    ("Gareth's offer was turned down because he had not passed the school's background check.", False, "invented_cause"),
])

T("site_concrete", [
    E("sc1", "Marek Dudek <m.dudek@holmfirthbuild.example>", "Site team <site@holmfirthbuild.example>",
      "2026-03-02 06:55", "Slab pour level 3", """Morning all,

The level 3 slab pour is booked for Wednesday 4 March, starting 07:00. We need 86 cubic metres from Greystone Ready-Mix, in 11 truckloads. The pump arrives at 06:30. Rebar inspection is tomorrow at 14:00 with the engineer.

Marek"""),
    E("sc2", "Lena Vogt <lena.vogt@arcstruct.example>", "Marek Dudek <m.dudek@holmfirthbuild.example>",
      "2026-03-03 15:40", "Re: Slab pour level 3", """Marek,

Inspection done. Cover to the bottom bars is short in grid C4 to C6; the spacers there are 25 mm and the drawing calls for 40 mm. Please replace them before the pour. The rest is fine and you can proceed once I've seen photos of C4 to C6.

Regards,
Lena Vogt
Arcstruct Engineers"""),
    E("sc3", "Marek Dudek <m.dudek@holmfirthbuild.example>", "Lena Vogt <lena.vogt@arcstruct.example>",
      "2026-03-03 19:02", "Re: Slab pour level 3", """Lena,

Spacers in C4 to C6 replaced with 40 mm ones this evening; photos attached. Pour stays on for 07:00 tomorrow.

Thanks,
Marek"""),
], [
    ("The engineer found 25 mm spacers in grid C4 to C6 where the drawing calls for 40 mm.", True, "paraphrase"),
    ("The spacers were swapped for 40 mm ones the evening before the pour, which still starts at 07:00 on 4 March.", True, "cross_email"),
    ("Lena said the pour could go ahead once she had seen photos of grid C4 to C6.", True, "reported_speech"),
    ("The short cover in grid C4 to C6 happened because Greystone Ready-Mix delivered the wrong spacers.", False, "invented_blame"),
    ("The pour was pushed back a day so that the spacers could be replaced.", False, "invented_consequence"),
    ("The slab needs 68 cubic metres of concrete.", False, "wrong_number"),
])

T("grant_report", [
    E("gr1", "Ines Carvalho <i.carvalho@northfieldinst.example>", "Tom Achterberg <t.achterberg@northfieldinst.example>",
      "2026-05-05 10:12", "Interim report for the Halden Trust grant", """Hi Tom,

The interim report for the Halden Trust grant is due on 29 May. The Trust wants a spend summary and a one-page progress note. So far we have spent £41,300 of the £120,000 award. Could you write the progress note on the soil-sampling work?

Best,
Ines"""),
    E("gr2", "Tom Achterberg <t.achterberg@northfieldinst.example>", "Ines Carvalho <i.carvalho@northfieldinst.example>",
      "2026-05-07 14:28", "Re: Interim report for the Halden Trust grant", """Ines,

Happy to. We have finished sampling at 9 of the 12 sites. The last three are in the upland plots, which we couldn't reach in March because the access track was flooded. We plan to sample them in June. I'll send the note by 22 May.

Tom"""),
    E("gr3", "Ines Carvalho <i.carvalho@northfieldinst.example>", "Tom Achterberg <t.achterberg@northfieldinst.example>",
      "2026-05-08 09:03", "Re: Interim report for the Halden Trust grant", """Tom,

Great. I'll mention the flooded track in the spend summary too, since the travel budget is underspent for that reason. No need to ask the Trust for an extension.

Ines"""),
], [
    ("About a third of the £120,000 award has been spent, with £78,700 remaining.", True, "normalised_number"),
    ("Three of the twelve sites, in the upland plots, were not reached in March because the access track was flooded.", True, "stated_cause"),
    ("Tom will send his progress note a week before the report is due.", True, "normalised_number"),
    ("The travel budget is underspent because Tom's team cancelled the June fieldwork.", False, "invented_cause"),
    ("Ines asked the Halden Trust for an extension to the interim report.", False, "negated"),
    ("The flooded track means the project will miss its final deadline.", False, "prediction"),
])

T("restaurant_supplier", [
    E("rs1", "Sofia Ricci <sofia@trattoriaponte.example>", "Orders <orders@coastalproduce.example>",
      "2026-06-15 07:30", "Missing items Saturday delivery", """Hello,

Saturday's delivery (order 55821) arrived without the 10 kg of courgettes and the 4 trays of basil. We were charged for both. The driver said the van was loaded at your Brighton depot. Please credit the missing items.

Thanks,
Sofia Ricci
Trattoria Ponte"""),
    E("rs2", "Kwame Boateng <k.boateng@coastalproduce.example>", "Sofia Ricci <sofia@trattoriaponte.example>",
      "2026-06-15 11:45", "Re: Missing items Saturday delivery", """Dear Sofia,

Apologies. Our picking sheet shows both items were marked as out of stock, but the invoice was not updated. I've issued a credit of £46.20 against order 55821. Courgettes are back in stock from Tuesday.

Kind regards,
Kwame Boateng
Coastal Produce"""),
    E("rs3", "Sofia Ricci <sofia@trattoriaponte.example>", "Kwame Boateng <k.boateng@coastalproduce.example>",
      "2026-06-15 12:10", "Re: Missing items Saturday delivery", """Thanks Kwame, credit received. Please add 10 kg of courgettes to Wednesday's order.

Sofia"""),
], [
    ("Coastal Produce credited £46.20 because the courgettes and basil were out of stock but still invoiced.", True, "stated_cause"),
    ("Sofia asked for 10 kg of courgettes to be added to Wednesday's order.", True, "reported_speech"),
    ("Neither the courgettes nor the basil arrived on Saturday.", True, "negation_paraphrase"),
    ("The items went missing because the driver unloaded them at the Brighton depot.", False, "invented_blame"),
    ("The credit was issued for order 58521.", False, "wrong_number"),
    ("Because of the missing basil, Trattoria Ponte had to take dishes off its Saturday menu.", False, "invented_consequence"),
])

T("software_release", [
    E("sr1", "Anika Brandt <anika@tilewave.example>", "Release team <release@tilewave.example>",
      "2026-09-01 09:00", "4.2 release plan", """Hi all,

Version 4.2 goes to customers on Tuesday 15 September. Code freeze is 8 September. The headline features are offline sync and the new export dialog. Jonas owns the release notes and Mei owns the smoke tests.

Anika"""),
    E("sr2", "Mei Tanaka <mei@tilewave.example>", "Release team <release@tilewave.example>",
      "2026-09-09 17:22", "Re: 4.2 release plan", """All,

Smoke tests on the release candidate: 212 passed, 3 failed. All three failures are in offline sync, when a file is renamed on two devices at once. I've filed TW-3381.

Mei"""),
    E("sr3", "Anika Brandt <anika@tilewave.example>", "Release team <release@tilewave.example>",
      "2026-09-10 10:05", "Re: 4.2 release plan", """Hi all,

Decision: 4.2 ships on 15 September without offline sync. It stays behind a feature flag until TW-3381 is fixed, and we'll ship it in 4.2.1. Jonas, please update the release notes to say the export dialog is the main change.

Anika"""),
], [
    ("Of the 215 smoke tests run on the release candidate, three failed, all in offline sync.", True, "normalised_number"),
    ("Offline sync stays behind a feature flag until TW-3381 is fixed and is planned for 4.2.1.", True, "paraphrase"),
    ("Version 4.2 ships a week after the code freeze, with the export dialog as its main change.", True, "cross_email"),
    ("Offline sync was held back because Jonas missed the code freeze.", False, "invented_blame"),
    ("Mei's failing smoke tests delayed the 4.2 release.", False, "invented_consequence"),
    ("The three failures happen when a file is deleted on two devices at once.", False, "wrong_entity"),
])

T("insurance_claim", [
    E("ic1", "Robert Haines <rob.haines@inbox.example>", "Claims <claims@bramblemutual.example>",
      "2026-01-12 20:15", "Claim HM-204411 storm damage", """Dear Sir or Madam,

On the night of 10 January, during Storm Ilse, part of the garden wall at 14 Fernhill Road, Bristol, fell onto my car. The wall and the car's rear window are damaged. Photos attached. My policy number is BM-77812.

Yours faithfully,
Robert Haines"""),
    E("ic2", "Claire Osei <c.osei@bramblemutual.example>", "Robert Haines <rob.haines@inbox.example>",
      "2026-01-14 10:30", "Re: Claim HM-204411 storm damage", """Dear Mr Haines,

Thank you. Your home policy covers the wall; the car is covered under your motor policy with a separate insurer, so please claim the rear window with them. A loss adjuster, Mr Pryce, will visit on 20 January between 10:00 and 12:00. The home policy excess is £250.

Kind regards,
Claire Osei
Bramble Mutual"""),
    E("ic3", "Claire Osei <c.osei@bramblemutual.example>", "Robert Haines <rob.haines@inbox.example>",
      "2026-01-22 15:00", "Re: Claim HM-204411 storm damage", """Dear Mr Haines,

Following Mr Pryce's visit, we have accepted the claim for the wall. The rebuild quote is £3,150; after the £250 excess we will pay £2,900 directly to the builder.

Kind regards,
Claire Osei"""),
], [
    ("Bramble Mutual accepted the wall claim and will pay the builder £2,900 after the excess.", True, "cross_email"),
    ("The rear window must be claimed from Robert's motor insurer, not from Bramble Mutual.", True, "negation_paraphrase"),
    ("The loss adjuster visited ten days after the wall fell.", True, "normalised_number"),
    ("The wall fell because Robert had not maintained it.", False, "invented_cause"),
    ("Bramble Mutual will pay for the car's rear window.", False, "negated"),
    ("Claire blames the builder's quote for the £250 excess.", False, "invented_blame"),
])

T("volunteer_group", [
    E("vg1", "Dorothy Finch <dot.finch@riversidefriends.example>", "Volunteers <volunteers@riversidefriends.example>",
      "2026-04-02 18:00", "River clean-up Sunday", """Hello everyone,

Our spring river clean-up is on Sunday 12 April, meeting at Weir Bridge in Shrewsbury at 10:00. The council is lending us 30 litter pickers and will collect the bags on Monday. Please reply if you're coming so I know numbers.

Dot"""),
    E("vg2", "Sam Ruiz <sam.ruiz@postbox.example>", "Dorothy Finch <dot.finch@riversidefriends.example>",
      "2026-04-03 07:45", "Re: River clean-up Sunday", """Hi Dot,

Count me and my two kids in. I can bring the first-aid kit from the scout hut.

Sam"""),
    E("vg3", "Dorothy Finch <dot.finch@riversidefriends.example>", "Volunteers <volunteers@riversidefriends.example>",
      "2026-04-10 17:30", "Re: River clean-up Sunday", """Hello all,

We have 34 people signed up, so I've asked the council for four more pickers and they've agreed. Sam is bringing first aid. Wear boots: the path below the weir is muddy after this week's rain.

Dot"""),
], [
    ("The council agreed to lend four more pickers, making 34 in total for the 34 volunteers.", True, "normalised_number"),
    ("Sam is coming with his two children and bringing the scout hut's first-aid kit.", True, "cross_email"),
    ("Dot told volunteers to wear boots because the path below the weir is muddy after the rain.", True, "stated_cause"),
    ("Dot asked for more pickers because the council lost some of the original 30.", False, "invented_cause"),
    ("The council will collect the bags on Sunday afternoon.", False, "wrong_date"),
    ("The path became muddy because the council failed to clear the drains below the weir.", False, "invented_blame"),
])

T("museum_loan", [
    E("ml1", "Elspeth Grant <e.grant@kelvinmuseum.example>", "Julien Marchetti <j.marchetti@galeriesolenne.example>",
      "2026-07-06 11:00", "Loan of the Vasseur tapestry", """Dear Julien,

Thank you for agreeing in principle to lend the Vasseur tapestry for our exhibition, which runs from 2 October 2026 to 10 January 2027 in Glasgow. We will cover transport, insurance at the agreed value of EUR 450,000, and a courier from your staff.

With best regards,
Elspeth Grant
Head of Exhibitions"""),
    E("ml2", "Julien Marchetti <j.marchetti@galeriesolenne.example>", "Elspeth Grant <e.grant@kelvinmuseum.example>",
      "2026-07-09 16:20", "Re: Loan of the Vasseur tapestry", """Dear Elspeth,

Our conservator requires light levels no higher than 50 lux and relative humidity between 45 and 55 percent. The tapestry must travel flat in a climate-controlled crate. Our registrar, Mme Aubert, will act as courier.

Best wishes,
Julien"""),
    E("ml3", "Elspeth Grant <e.grant@kelvinmuseum.example>", "Julien Marchetti <j.marchetti@galeriesolenne.example>",
      "2026-07-10 09:40", "Re: Loan of the Vasseur tapestry", """Dear Julien,

All agreed. Gallery 4 holds 45 lux and 50 percent humidity, and we have booked Artcrate for the flat, climate-controlled crate. I'll send the loan agreement next week.

Elspeth"""),
], [
    ("Gallery 4's 45 lux and 50 percent humidity are within the conservator's limits.", True, "cross_email"),
    ("The Kelvin Museum pays for transport, insurance at EUR 450,000 and the courier, Mme Aubert.", True, "cross_email"),
    ("The tapestry will travel flat in a climate-controlled crate from Artcrate.", True, "multi_fact"),
    ("The conservator set a 50 lux limit because the tapestry faded during an earlier loan.", False, "invented_cause"),
    ("Mme Aubert chose Artcrate to build the crate.", False, "swapped_relation"),
    ("The exhibition runs for six months.", False, "wrong_number"),
])

T("fleet_service", [
    E("fs1", "Darren Cole <d.cole@swiftvans.example>", "Workshop <workshop@swiftvans.example>",
      "2026-10-05 08:15", "Van 17 brakes", """Hi team,

Driver Aisha reported a grinding noise from van 17 (reg KX21 PLM) when braking. It's off the road from today. Please inspect it and let me know what parts you need.

Darren
Fleet Manager"""),
    E("fs2", "Pete Lund <p.lund@swiftvans.example>", "Darren Cole <d.cole@swiftvans.example>",
      "2026-10-05 14:50", "Re: Van 17 brakes", """Darren,

Front pads are worn to the backing plate and the left front disc is scored. Needs two sets of pads and two discs, about £310 in parts. It's 6,000 miles past its last service interval. Parts arrive Wednesday; van back on the road Thursday.

Pete"""),
    E("fs3", "Darren Cole <d.cole@swiftvans.example>", "Pete Lund <p.lund@swiftvans.example>",
      "2026-10-06 09:00", "Re: Van 17 brakes", """Pete,

Go ahead. I'm adding a mileage alert to the fleet system so services don't get missed again. Aisha will use van 9 until Thursday.

Darren"""),
], [
    ("Van 17 is off the road from Monday and should be back on Thursday, after the parts arrive on Wednesday.", True, "normalised_number"),
    ("Pete found the front pads worn to the backing plate and the left front disc scored.", True, "paraphrase"),
    ("Darren is adding a mileage alert so that services are not missed again.", True, "stated_cause"),
    ("The brakes wore out because Aisha drove van 17 too hard.", False, "invented_blame"),
    ("Pete admitted the workshop missed van 17's service.", False, "invented_blame"),
    ("The parts will cost about £130.", False, "wrong_number"),
])
