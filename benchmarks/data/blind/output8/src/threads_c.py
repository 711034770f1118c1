from common import E, T

T("marina_berth", [
    E("mb1", "Harriet Vance <h.vance@saltmarshmarina.example>", "Neil Corrigan <neil.corrigan@webpost.example>",
      "2026-02-02 10:00", "Berth renewal 2026", """Dear Mr Corrigan,

Your annual berth C14 at Saltmarsh Marina, Falmouth, is due for renewal on 1 April. The fee for a 9-metre yacht rises from £3,240 to £3,420 this year. Please confirm by 1 March to keep C14.

Kind regards,
Harriet Vance
Berthing Office"""),
    E("mb2", "Neil Corrigan <neil.corrigan@webpost.example>", "Harriet Vance <h.vance@saltmarshmarina.example>",
      "2026-02-20 18:45", "Re: Berth renewal 2026", """Dear Harriet,

I'd like to renew, but could I move to a berth nearer the fuel pontoon? My knee makes the long walk from C14 difficult.

Regards,
Neil Corrigan"""),
    E("mb3", "Harriet Vance <h.vance@saltmarshmarina.example>", "Neil Corrigan <neil.corrigan@webpost.example>",
      "2026-02-23 09:30", "Re: Berth renewal 2026", """Dear Mr Corrigan,

Berth A3, two minutes from the fuel pontoon, is free from 1 April at the same fee. I've reserved it for you; please pay by 1 March. Our staff can help carry gear from the car park on request.

Kind regards,
Harriet"""),
], [
    ("The berth fee rises by £180 this year.", True, "normalised_number"),
    ("Neil asked for a berth nearer the fuel pontoon because of his knee, and Harriet reserved A3 for him.", True, "cross_email"),
    ("Marina staff can help Neil carry gear from the car park if he asks.", True, "pronoun_perspective"),
    ("Neil's fee went up because he asked to move to A3.", False, "invented_cause"),
    ("Berth A3 costs less than C14.", False, "unstated_claim"),
    ("Neil hurt his knee on the long walk from C14, and the marina accepted responsibility.", False, "invented_blame"),
])

T("book_printing", [
    E("bp1", "Siobhan Kerr <siobhan@quillhousebooks.example>", "Production <production@inkwellprint.example>",
      "2026-04-06 09:15", "Print run: The Salt Roads", """Hello,

Please confirm the print run for The Salt Roads: 3,000 hardbacks, 352 pages, files uploaded today. We need copies in our warehouse by 18 May for the 28 May launch.

Thanks,
Siobhan Kerr
Quill House Books"""),
    E("bp2", "Andrzej Nowak <a.nowak@inkwellprint.example>", "Siobhan Kerr <siobhan@quillhousebooks.example>",
      "2026-04-07 14:00", "Re: Print run: The Salt Roads", """Dear Siobhan,

Preflight flagged 14 images below 300 dpi in chapter 6; they will print soft. If you can resend by 10 April we keep our slot and deliver 15 May. Otherwise the next slot delivers 26 May.

Regards,
Andrzej Nowak
Inkwell Print"""),
    E("bp3", "Siobhan Kerr <siobhan@quillhousebooks.example>", "Andrzej Nowak <a.nowak@inkwellprint.example>",
      "2026-04-09 16:40", "Re: Print run: The Salt Roads", """Andrzej,

Corrected chapter 6 images uploaded today, all at 300 dpi or higher. Please keep the 15 May delivery.

Siobhan"""),
    E("bp4", "Andrzej Nowak <a.nowak@inkwellprint.example>", "Siobhan Kerr <siobhan@quillhousebooks.example>",
      "2026-04-10 08:30", "Re: Print run: The Salt Roads", """Siobhan,

Files pass preflight. 15 May delivery confirmed.

Andrzej"""),
], [
    ("Siobhan resent the chapter 6 images a day before Inkwell's deadline, so the 15 May delivery stands.", True, "cross_email"),
    ("The books will reach the warehouse 13 days before the launch.", True, "normalised_number"),
    ("Preflight flagged 14 low-resolution images in chapter 6.", True, "paraphrase"),
    ("The images were low resolution because Inkwell's preflight software compressed them.", False, "invented_cause"),
    ("The delivery slipped to 26 May, two days before the launch.", False, "invented_consequence"),
    ("Andrzej blamed the book's designer for the soft images.", False, "invented_blame"),
])

T("lab_freezer", [
    E("lf1", "Dr Mirela Pop <m.pop@cellbio-lab.example>", "Lab members <lab@cellbio-lab.example>",
      "2026-12-07 07:35", "Freezer B alarm overnight", """All,

The -80 freezer B alarmed at 02:10 last night; the night porter called me and I moved all racks into freezer D by 03:00. The log shows it peaked at -61 °C. Facilities are looking at it today. Please don't open freezer D more than necessary.

Mirela"""),
    E("lf2", "Sean Whitlock <s.whitlock@estates-uni.example>", "Dr Mirela Pop <m.pop@cellbio-lab.example>",
      "2026-12-07 13:20", "Re: Freezer B alarm overnight", """Dr Pop,

The compressor on freezer B has failed. It's 11 years old and the supplier no longer makes parts, so it cannot be repaired. A replacement unit can be delivered on 15 December.

Sean Whitlock
Estates"""),
    E("lf3", "Dr Mirela Pop <m.pop@cellbio-lab.example>", "Lab members <lab@cellbio-lab.example>",
      "2026-12-07 16:00", "Re: Freezer B alarm overnight", """All,

Freezer B can't be repaired and a new one arrives on 15 December. Until then your samples stay in freezer D. No samples were lost.

Mirela"""),
], [
    ("Freezer B cannot be repaired because its 11-year-old compressor has failed and parts are no longer made.", True, "stated_cause"),
    ("Mirela moved all the racks into freezer D within 50 minutes of the alarm.", True, "normalised_number"),
    ("None of the samples were lost.", True, "negation_paraphrase"),
    ("The compressor failed because the lab kept opening freezer B.", False, "invented_blame"),
    ("The night porter moved the racks into freezer D.", False, "swapped_relation"),
    ("Because freezer B peaked at -61 °C, several cell lines had to be discarded.", False, "invented_consequence"),
])

T("orchestra_tour", [
    E("ot1", "Felix Hartmann <felix@meridiansinfonia.example>", "Players <players@meridiansinfonia.example>",
      "2026-08-24 11:00", "Autumn tour travel", """Dear players,

Our autumn tour is Leipzig on 9 October, Dresden on 10 October and Prague on 12 October. We fly from Manchester to Berlin on 8 October and travel on by coach. Cellos and basses travel in the instrument truck; everyone else keeps their instrument as cabin baggage.

Felix"""),
    E("ot2", "Greta Molnar <greta.molnar@meridiansinfonia.example>", "Felix Hartmann <felix@meridiansinfonia.example>",
      "2026-08-25 09:10", "Re: Autumn tour travel", """Hi Felix,

My bassoon case is over the cabin size limit for that airline. Can it go in the truck?

Greta"""),
    E("ot3", "Felix Hartmann <felix@meridiansinfonia.example>", "Greta Molnar <greta.molnar@meridiansinfonia.example>",
      "2026-08-25 14:30", "Re: Autumn tour travel", """Greta,

Yes, I've added your bassoon to the truck list. It leaves Manchester on 6 October, so please drop the case at the hall by 17:00 on 5 October.

Felix"""),
], [
    ("Greta's bassoon will go in the truck because her case is too large for the cabin.", True, "stated_cause"),
    ("The tour plays three cities in four days, starting in Leipzig.", True, "normalised_number"),
    ("Felix asked Greta to leave her case at the hall by 17:00 on 5 October.", True, "reported_speech"),
    ("Greta's bassoon goes in the truck because the airline banned woodwind instruments from the cabin.", False, "invented_cause"),
    ("The orchestra flies from Manchester straight to Prague.", False, "wrong_entity"),
    ("All the players' instruments travel in the truck.", False, "over_generalisation"),
])

T("allotment_water", [
    E("aw1", "Brian Oduya <brian@cowleyallotments.example>", "Plot holders <plotholders@cowleyallotments.example>",
      "2026-06-22 19:30", "Water off this week", """Dear plot holders,

Thames Water has told us the main to the site will be off from Tuesday 23 to Thursday 25 June for a repair in the lane. The two troughs are full; please use them sparingly, a watering can per plot per day.

Brian
Site secretary"""),
    E("aw2", "Chloe Ward <chloe.ward@fastmail.example>", "Brian Oduya <brian@cowleyallotments.example>",
      "2026-06-23 08:00", "Re: Water off this week", """Brian,

Plot 31's tap has been dripping for weeks; is that connected to this?

Chloe"""),
    E("aw3", "Brian Oduya <brian@cowleyallotments.example>", "Chloe Ward <chloe.ward@fastmail.example>",
      "2026-06-23 12:45", "Re: Water off this week", """Chloe,

No, the repair is in the lane, not on site. I'll fix plot 31's tap washer on Saturday.

Brian"""),
], [
    ("The water will be off for three days while Thames Water repairs the main in the lane.", True, "normalised_number"),
    ("The dripping tap on plot 31 has nothing to do with the repair.", True, "negation_paraphrase"),
    ("Brian will fix the plot 31 tap washer on Saturday.", True, "paraphrase"),
    ("The main had to be repaired because of the dripping tap on plot 31.", False, "invented_cause"),
    ("Chloe's plot has been without water for weeks.", False, "unstated_claim"),
    ("Brian blamed plot holders for emptying the troughs.", False, "invented_blame"),
])

T("film_permit", [
    E("fp1", "Tariq Hussain <tariq@northlightfilms.example>", "Filming <filming@york-council.example>",
      "2026-09-14 10:20", "Permit request: Stonegate, 3 October", """Hello,

We'd like to film a short drama scene on Stonegate, York, on Saturday 3 October from 06:00 to 10:00. Crew of 18, no road closure needed, one generator. Public liability cover is £5 million.

Regards,
Tariq Hussain
Northlight Films"""),
    E("fp2", "Anne Beaumont <a.beaumont@york-council.example>", "Tariq Hussain <tariq@northlightfilms.example>",
      "2026-09-16 15:00", "Re: Permit request: Stonegate, 3 October", """Dear Tariq,

We can issue the permit, with two conditions: the generator must be the silent type, and you must finish by 09:30 because shops open at 10:00. The fee is £240. Please also leave the pavement clear for residents.

Kind regards,
Anne Beaumont
Film Office"""),
    E("fp3", "Tariq Hussain <tariq@northlightfilms.example>", "Anne Beaumont <a.beaumont@york-council.example>",
      "2026-09-16 17:30", "Re: Permit request: Stonegate, 3 October", """Anne,

Agreed on both. We'll wrap by 09:30 and hire a silent generator. Fee paid today.

Tariq"""),
], [
    ("The council cut the shoot to three and a half hours so that filming ends before the shops open.", True, "stated_cause"),
    ("Tariq agreed to use a silent generator and paid the £240 fee.", True, "cross_email"),
    ("The permit does not require a road closure.", True, "negation_paraphrase"),
    ("The council shortened the shoot because residents complained about Northlight's last visit.", False, "invented_cause"),
    ("The crew has 81 people.", False, "wrong_number"),
    ("Anne refused the permit until Tariq raised his liability cover.", False, "invented_consequence"),
])

T("bakery_oven", [
    E("bo1", "Mina Farouk <mina@crumbandco.example>", "Service <service@ovenworks.example>",
      "2026-03-09 05:40", "Deck oven not heating", """Hi,

Our deck oven's bottom deck won't go above 150 °C; it should reach 250 °C. The top deck is fine. We bake for three cafés every morning. Can you send someone today?

Mina Farouk
Crumb & Co, Cardiff"""),
    E("bo2", "Lewis Price <l.price@ovenworks.example>", "Mina Farouk <mina@crumbandco.example>",
      "2026-03-09 08:15", "Re: Deck oven not heating", """Mina,

An element on the bottom deck has burnt out. I have one in the van and can fit it at 14:00 today. The call-out is £95 and the element £180.

Lewis
Ovenworks"""),
    E("bo3", "Mina Farouk <mina@crumbandco.example>", "Lewis Price <l.price@ovenworks.example>",
      "2026-03-09 16:50", "Re: Deck oven not heating", """Lewis,

Thanks, both decks are back at 250 °C. Invoice to the usual address please.

Mina"""),
], [
    ("The repair cost £275: a £95 call-out plus a £180 element.", True, "normalised_number"),
    ("The bottom deck was stuck at 150 °C because an element had burnt out.", True, "cross_email"),
    ("Lewis fitted the element the same afternoon and both decks reached 250 °C again.", True, "cross_email"),
    ("The element burnt out because Mina's staff left the oven on overnight.", False, "invented_blame"),
    ("Crumb & Co could not supply its three cafés that morning.", False, "invented_consequence"),
    ("The top deck was also failing to heat.", False, "negated"),
])

T("car_club", [
    E("cc1", "Ruth Abernethy <ruth@wheelshare.example>", "Members <members@wheelshare.example>",
      "2026-05-04 12:00", "Price changes from June", """Dear members,

From 1 June the hourly rate goes from £6.50 to £7.00, and the mileage charge stays at 22p per mile. The monthly membership fee is unchanged at £5. Two new electric cars arrive at the Canal Street bay in Nottingham on 15 June.

Ruth"""),
    E("cc2", "Kenji Ito <kenji.ito@webpost.example>", "Ruth Abernethy <ruth@wheelshare.example>",
      "2026-05-05 09:30", "Re: Price changes from June", """Hi Ruth,

Will the electric cars have a different rate? And do I need a charge card?

Kenji"""),
    E("cc3", "Ruth Abernethy <ruth@wheelshare.example>", "Kenji Ito <kenji.ito@webpost.example>",
      "2026-05-05 14:00", "Re: Price changes from June", """Hi Kenji,

Same hourly rate, and no mileage charge for the electric cars. A charge card is in each car, so you don't need your own.

Ruth"""),
], [
    ("The hourly rate rises by 50p from 1 June.", True, "normalised_number"),
    ("The electric cars have no mileage charge, and members don't need their own charge card.", True, "cross_email"),
    ("Kenji asked whether the electric cars would have a different rate; Ruth said the hourly rate is the same.", True, "reported_speech"),
    ("Wheelshare raised the hourly rate to pay for the two electric cars.", False, "invented_cause"),
    ("The monthly membership fee rises to £7.", False, "wrong_number"),
    ("Kenji must buy a charge card before using the electric cars.", False, "negated"),
])

T("homestay_host", [
    E("hh1", "Patricia Mullen <p.mullen@cliffsidelanguage.example>", "Ellen Gray <ellen.gray@postbox.example>",
      "2026-06-29 10:00", "Homestay student, July", """Dear Ellen,

Thank you for hosting again. Your student is Lucas Ferreira, 16, from Porto. He arrives on Sunday 12 July and leaves on Saturday 25 July. He is vegetarian. We pay £210 per week.

Best regards,
Patricia Mullen
Cliffside Language School, Bournemouth"""),
    E("hh2", "Ellen Gray <ellen.gray@postbox.example>", "Patricia Mullen <p.mullen@cliffsidelanguage.example>",
      "2026-06-29 18:30", "Re: Homestay student, July", """Dear Patricia,

Lovely. I'll meet Lucas at the coach station. One thing: we have a dog now. Is he OK with dogs?

Ellen"""),
    E("hh3", "Patricia Mullen <p.mullen@cliffsidelanguage.example>", "Ellen Gray <ellen.gray@postbox.example>",
      "2026-06-30 09:15", "Re: Homestay student, July", """Dear Ellen,

I've checked with his parents: Lucas is fine with dogs and has one at home. His coach arrives at 19:40.

Patricia"""),
], [
    ("Lucas stays with Ellen for two weeks, which at £210 per week comes to £420.", True, "normalised_number"),
    ("Ellen will meet Lucas at the coach station when his coach arrives at 19:40.", True, "cross_email"),
    ("Lucas's parents said he is fine with dogs.", True, "reported_speech"),
    ("Lucas was placed with Ellen because his parents asked for a family with a dog.", False, "invented_cause"),
    ("Lucas arrives on Saturday 25 July.", False, "swapped_relation"),
    ("Ellen asked for a higher weekly rate because Lucas is vegetarian.", False, "invented_cause"),
])

T("church_roof", [
    E("cr4", "Revd Alison Hart <alison.hart@stmarkslydd.example>", "PCC <pcc@stmarkslydd.example>",
      "2026-11-09 20:00", "Roof appeal update", """Dear all,

The lead theft from the north aisle roof on 31 October has left a gap of about 12 square metres. Tarpaulins are up. The repair quote from Kentish Roofing is £18,600; our insurance pays up to £7,500 for metal theft.

Alison"""),
    E("cr5", "Graham Oakes <g.oakes@stmarkslydd.example>", "PCC <pcc@stmarkslydd.example>",
      "2026-11-10 08:45", "Re: Roof appeal update", """Dear all,

The diocese has offered a grant of £5,000 if we use a non-metal replacement, which Kentish Roofing says it can do for the same price. I suggest we accept.

Graham
Treasurer"""),
    E("cr6", "Revd Alison Hart <alison.hart@stmarkslydd.example>", "PCC <pcc@stmarkslydd.example>",
      "2026-11-12 21:10", "Re: Roof appeal update", """Dear all,

The PCC voted tonight to accept the diocesan grant and use the non-metal replacement. The appeal target for the rest is £6,100. Work starts on 30 November.

Alison"""),
    E("cr7", "Graham Oakes <g.oakes@stmarkslydd.example>", "Revd Alison Hart <alison.hart@stmarkslydd.example>",
      "2026-11-13 07:30", "Re: Roof appeal update", """Alison,

Thanks. I'll set up the online giving page today and put a notice in Sunday's bulletin.

Graham"""),
], [
    ("After insurance and the diocesan grant, £6,100 of the £18,600 repair is left for the appeal.", True, "normalised_number"),
    ("The PCC accepted the diocesan grant, which required a non-metal replacement roof.", True, "cross_email"),
    ("Graham will set up the online giving page and add a notice to Sunday's bulletin.", True, "multi_fact"),
    ("The lead was stolen because Kentish Roofing left the scaffolding up.", False, "invented_blame"),
    ("The diocese's grant covers the whole repair.", False, "over_generalisation"),
    ("Work starts on 13 November.", False, "wrong_date"),
])

T("coworking_wifi", [
    E("cw1", "Jasper Lowe <jasper@deskyard.example>", "Members <members@deskyard.example>",
      "2026-01-26 09:10", "Wi-Fi upgrade this weekend", """Hi everyone,

We're upgrading the Wi-Fi at Deskyard Sheffield this Saturday, 31 January, from 08:00 to 14:00. The network will be off during that time. The new line is 1 Gbps, up from 300 Mbps. The network name stays the same but the password changes; it'll be on the kitchen noticeboard.

Jasper"""),
    E("cw2", "Amara Singh <amara@pixelfold.example>", "Jasper Lowe <jasper@deskyard.example>",
      "2026-01-26 11:00", "Re: Wi-Fi upgrade this weekend", """Hi Jasper,

Our team has a client demo on Saturday at 10:00. Is there any wired connection we can use?

Amara
Pixelfold"""),
    E("cw3", "Jasper Lowe <jasper@deskyard.example>", "Amara Singh <amara@pixelfold.example>",
      "2026-01-26 13:40", "Re: Wi-Fi upgrade this weekend", """Hi Amara,

Meeting room 2 has a wired port on a separate 4G backup line that stays up during the work. I've booked the room for you from 09:30 to 11:30.

Jasper"""),
], [
    ("The new line is more than three times as fast as the old one.", True, "normalised_number"),
    ("Jasper booked meeting room 2, which has a wired port on a 4G backup, for Amara's 10:00 demo.", True, "cross_email"),
    ("The network name will not change, but the password will.", True, "negation_paraphrase"),
    ("The Wi-Fi is being upgraded because Pixelfold complained about slow speeds.", False, "invented_cause"),
    ("Amara's demo was moved to meeting room 2 after the 4G backup failed.", False, "invented_consequence"),
    ("The network will be off for the whole of Saturday.", False, "over_generalisation"),
])
