"""Threads 1-10 (procurement, IT incidents, hiring). Hand-written for blind set 7."""
from common import thread

thread("proc_toner", [
    ("toner1", "Hannah Osei <h.osei@fernwood.example>", "Piotr Lewandowski <p.lewandowski@fernwood.example>",
     "2026-03-02 09:12", "Toner for the third floor", """Hi Piotr,

We are down to the last two black toner cartridges for the third-floor printers. Our usual supplier, Brightline
Office, quoted 58 EUR per cartridge, up from 49 EUR in January. Could you check whether Kestrel Supplies is cheaper?
We need 20 cartridges.

Thanks,
Hannah"""),
    ("toner2", "Piotr Lewandowski <p.lewandowski@fernwood.example>", "Hannah Osei <h.osei@fernwood.example>",
     "2026-03-03 10:40", "RE: Toner for the third floor", """Hi Hannah,

Kestrel Supplies quotes 51 EUR per cartridge, with free delivery on orders over 500 EUR. Delivery takes five working
days. I placed the order for 20 cartridges with Kestrel this morning; the PO number is PO-4471.

Best,
Piotr"""),
    ("toner3", "Hannah Osei <h.osei@fernwood.example>", "Piotr Lewandowski <p.lewandowski@fernwood.example>",
     "2026-03-10 14:05", "RE: RE: Toner for the third floor", """Piotr,

The Kestrel cartridges arrived today, all 20 of them. One box was dented, but the cartridges inside are fine.

Hannah"""),
], [
    ("+cross", "Brightline Office quoted 58 EUR per cartridge, while Kestrel Supplies quoted 51 EUR."),
    ("+num", "The Kestrel order of 20 cartridges comes to 1,020 EUR, so it qualifies for free delivery."),
    ("+num", "Brightline's price per cartridge went up by 9 EUR since January."),
    ("+multi", "All twenty cartridges arrived on 10 March; one box was dented but the cartridges were undamaged."),
    ("-blame", "Kestrel's courier dented one of the boxes."),
    ("-cause", "Hannah wanted a new supplier because Brightline Office delivered late in January."),
    ("-wnum", "Kestrel Supplies quoted 49 EUR per cartridge."),
    ("-entity", "Hannah placed the order with Kestrel under PO-4471."),
])

thread("it_serverroom", [
    ("room1", "Marta Silva <marta.silva@hollins.example>", "IT staff <it-all@hollins.example>",
     "2026-04-14 07:40", "Payroll and ticketing down", """All,

The payroll and ticketing systems have been unavailable since 06:05 this morning. The on-call engineer, Dev Patel,
reports that the air-conditioning unit in server room B shut down at 05:50; the servers throttled and then powered
off when the room reached 38 degrees. Facilities have been called.

Marta"""),
    ("room2", "Dev Patel <dev.patel@hollins.example>", "Marta Silva <marta.silva@hollins.example>",
     "2026-04-14 09:15", "RE: Payroll and ticketing down", """Marta,

Facilities replaced a failed compressor relay in unit B at 08:40, and the room is back to 24 degrees. I have brought
ticketing back up. Payroll needs a database consistency check first, which takes about 90 minutes.

Dev"""),
    ("room3", "Marta Silva <marta.silva@hollins.example>", "IT staff <it-all@hollins.example>",
     "2026-04-14 11:02", "RE: Payroll and ticketing down", """Update: payroll has been back online since 10:50. No
data was lost. We will install a temperature alarm in room B that pages on-call at 30 degrees.

Marta"""),
], [
    ("+scause", "The servers powered off after the air-conditioning in room B shut down and the room reached 38 degrees."),
    ("+para", "At 08:40 facilities swapped out a faulty compressor relay in air-conditioning unit B."),
    ("+num", "Payroll was unavailable for four hours and 45 minutes."),
    ("+neg", "The outage did not cause any data loss."),
    ("+rep", "Dev said payroll needed a consistency check of roughly an hour and a half before it could return."),
    ("-blame", "Dev Patel did not react to the rising temperature, so the servers powered off."),
    ("-wnum", "The new alarm will page on-call when room B reaches 38 degrees."),
    ("-conseq", "Staff salaries were paid late because of the outage."),
    ("-swap", "Payroll came back online before ticketing."),
    ("-unstated", "The temperature alarm in room B has already been installed."),
])

thread("hire_support", [
    ("sup1", "Laila Rahimi <laila.rahimi@corvan.example>", "Tom Whitcombe <tom.whitcombe@corvan.example>",
     "2026-05-04 08:55", "Support lead shortlist", """Hi Tom,

We had 46 applications for the customer support lead role. I have shortlisted four: Ines Duarte, Kwame Asante,
Beth Morley and Ravi Nair. Interviews are on 12 and 13 May, 45 minutes each, with you and me on the panel.

Laila"""),
    ("sup2", "Tom Whitcombe <tom.whitcombe@corvan.example>", "Laila Rahimi <laila.rahimi@corvan.example>",
     "2026-05-05 16:20", "RE: Support lead shortlist", """Laila,

Looks good. I am on leave on 13 May, so please ask Greta Holm to take my place that day. Send me the CVs before
Friday.

Tom"""),
    ("sup3", "Laila Rahimi <laila.rahimi@corvan.example>", "Tom Whitcombe <tom.whitcombe@corvan.example>",
     "2026-05-14 17:30", "RE: Support lead shortlist", """Tom,

Ravi Nair withdrew on 11 May after accepting another offer. Of the three we saw, the panel ranked Ines Duarte first.
I will call her tomorrow with a verbal offer of 52,000 EUR.

Laila"""),
], [
    ("+num", "Four of the 46 applicants made the shortlist for the support lead role."),
    ("+pron", "Tom asked Laila to send him the CVs before Friday."),
    ("+cross", "Greta Holm was to replace Tom on the panel on 13 May because he was on leave."),
    ("+scause", "Ravi Nair pulled out because he had accepted another offer."),
    ("+num", "Only three of the four shortlisted candidates were interviewed."),
    ("+rep", "Laila said she would phone Ines Duarte with a verbal offer of 52,000 EUR."),
    ("-cause", "Ravi Nair withdrew because the interviews were moved to 13 May."),
    ("-wnum", "The support lead role attracted 64 applications."),
    ("-unstated", "Ines Duarte has accepted the offer of 52,000 EUR."),
    ("-swap", "Ines Duarte ranked the panel first."),
    ("-entity", "Kwame Asante withdrew after accepting another offer."),
])

thread("ev_offsite", [
    ("off1", "Dana Kim <dana.kim@tallowmere.example>", "Leadership team <leads@tallowmere.example>",
     "2026-08-18 10:03", "Autumn offsite venue", """Hi all,

The Millbrook Barn has cancelled our booking for 24 September because they are closing for renovation. The deposit
of 600 EUR will be refunded within 30 days. I have two alternatives: Harbour House (capacity 40, 95 EUR per head)
and the Linden Rooms (capacity 30, 80 EUR per head). We are 34 people.

Dana"""),
    ("off2", "Oskar Brandt <oskar.brandt@tallowmere.example>", "Dana Kim <dana.kim@tallowmere.example>",
     "2026-08-18 13:47", "RE: Autumn offsite venue", """Dana,

The Linden Rooms are too small for us, so Harbour House it is. Please keep the date.

Oskar"""),
    ("off3", "Dana Kim <dana.kim@tallowmere.example>", "Leadership team <leads@tallowmere.example>",
     "2026-08-20 09:30", "RE: Autumn offsite venue", """All,

Harbour House is booked for 24 September. They need the final headcount by 10 September and a vegetarian option is
included.

Dana"""),
], [
    ("+scause", "Millbrook Barn cancelled the booking because it is closing for renovation."),
    ("+cross", "The offsite on 24 September moved from Millbrook Barn to Harbour House."),
    ("+num", "At 95 EUR per head, Harbour House will cost 3,230 EUR for 34 people."),
    ("+scause", "Oskar chose Harbour House because the Linden Rooms cannot hold 34 people."),
    ("+num", "The final headcount is due two weeks before the offsite."),
    ("+bullet", "Deposit of 600 EUR: refund within 30 days."),
    ("-blame", "Millbrook Barn cancelled because Dana paid the deposit late."),
    ("-wdate", "The offsite was moved to 10 September."),
    ("-wnum", "Harbour House holds 30 people."),
    ("-conseq", "The offsite budget was cut after the cancellation."),
    ("-pred", "The 600 EUR deposit will probably not be refunded."),
])

thread("it_phishing", [
    ("ph1", "Security desk <security@orrin.example>", "All staff <staff@orrin.example>",
     "2026-02-09 11:20", "Phishing e-mail reported", """Hello everyone,

Several colleagues have reported an e-mail titled "Invoice overdue - action required" that asks you to log in on a
page that imitates our document portal. Do not click the link. If you entered your password, change it now and tell
the security desk.

Security desk"""),
    ("ph2", "Nadia Ferreira <n.ferreira@orrin.example>", "Security desk <security@orrin.example>",
     "2026-02-09 11:48", "RE: Phishing e-mail reported", """Hi,

I'm afraid I entered my password on that page about ten minutes before your warning. I have changed it already.

Nadia"""),
    ("ph3", "Security desk <security@orrin.example>", "All staff <staff@orrin.example>",
     "2026-02-10 09:05", "RE: Phishing e-mail reported", """Update: 212 staff received the e-mail and three
entered a password. All three accounts have been reset and we found no sign-in from outside our network. The sender
domain is now blocked.

Security desk"""),
], [
    ("+para", "The phishing e-mail led people to a fake copy of the document portal."),
    ("+pron", "Nadia told the security desk that she had typed her password into the fake page and had since changed it."),
    ("+cross", "Nadia was one of three staff who entered a password, and her account was reset."),
    ("+neg", "No sign-ins from outside the network were found."),
    ("+num", "Of the 212 recipients, 209 did not enter a password."),
    ("-blame", "Nadia was responsible for the phishing e-mail reaching 212 staff."),
    ("-wnum", "Twelve staff entered their password on the fake page."),
    ("-conseq", "Attackers used the stolen passwords to sign in from outside the network."),
    ("-negated", "The sender domain has not been blocked yet."),
    ("-cause", "The phishing e-mail got through because the spam filter was switched off."),
])

thread("fin_invoice", [
    ("inv1", "Accounts payable <ap@greyfold.example>", "Sam Ortega <sam.ortega@greyfold.example>",
     "2026-06-01 08:30", "Invoice INV-2291 from Alder Print", """Hi Sam,

Alder Print's invoice INV-2291 for 3,400 EUR is for 1,000 brochures, but the purchase order PO-8120 was for 800
brochures at 3.40 EUR each. Can you confirm what was delivered?

Accounts payable"""),
    ("inv2", "Sam Ortega <sam.ortega@greyfold.example>", "Accounts payable <ap@greyfold.example>",
     "2026-06-01 15:10", "RE: Invoice INV-2291 from Alder Print", """Hi,

We received 800 brochures on 22 May. I have asked Alder Print for a corrected invoice.

Sam"""),
    ("inv3", "Sam Ortega <sam.ortega@greyfold.example>", "Accounts payable <ap@greyfold.example>",
     "2026-06-03 10:22", "RE: Invoice INV-2291 from Alder Print", """Alder Print sent credit note CN-77 for 680 EUR
today. Please pay INV-2291 less the credit note.

Sam"""),
], [
    ("+num", "The purchase order was worth 2,720 EUR."),
    ("+cross", "Alder Print invoiced 1,000 brochures, but only 800 were ordered and 800 arrived on 22 May."),
    ("+num", "After the credit note, 2,720 EUR is left to pay on INV-2291."),
    ("+para", "Sam requested a corrected invoice from Alder Print."),
    ("+num", "The credit note covers the 200 extra brochures at 3.40 EUR each."),
    ("-blame", "Sam approved the wrong quantity on the purchase order."),
    ("-wnum", "The credit note was for 860 EUR."),
    ("-swap", "The purchase order was for 1,000 brochures and the invoice for 800."),
    ("-conseq", "Greyfold has stopped ordering from Alder Print."),
    ("-wdate", "The brochures were delivered on 1 June."),
])

thread("cust_heater", [
    ("heat1", "Ruth Calloway <ruth.calloway@mailbox.example>", "Support <support@thermora.example>",
     "2026-01-12 19:44", "Heater stopped working", """Hello,

My Thermora H2 panel heater stopped heating three weeks after I bought it on 15 December. The display still lights
up. I have the receipt. I would like a replacement, not a repair.

Ruth Calloway"""),
    ("heat2", "Support <support@thermora.example>", "Ruth Calloway <ruth.calloway@mailbox.example>",
     "2026-01-13 10:02", "RE: Heater stopped working", """Dear Ms Calloway,

I'm sorry about this. The H2 has a two-year warranty. Because the fault appeared within 30 days of purchase, we will
send a replacement rather than repair it. A courier will collect the faulty unit when delivering the new one.

Jonas, Thermora support"""),
    ("heat3", "Ruth Calloway <ruth.calloway@mailbox.example>", "Support <support@thermora.example>",
     "2026-01-20 18:15", "RE: Heater stopped working", """The new heater arrived today and works. The courier took
the old one. Thank you.

Ruth"""),
], [
    ("+num", "The heater failed around 5 January, about three weeks after it was bought."),
    ("+scause", "Thermora replaced the heater instead of repairing it because the fault appeared within 30 days of purchase."),
    ("+pron", "Jonas apologised to Ruth and told her a courier would bring the new unit and collect the old one."),
    ("+cross", "Ruth asked for a replacement and received a working one on 20 January."),
    ("+neg", "The heater's display did not stop working."),
    ("-cause", "The heater failed because Ruth used it in a damp bathroom."),
    ("-wnum", "The H2 comes with a one-year warranty."),
    ("-conseq", "Thermora refunded Ruth in addition to replacing the heater."),
    ("-overgen", "All H2 heaters sold in December have been replaced."),
    ("-entity", "Ruth collected the replacement heater from a Thermora shop."),
])

thread("legal_nda", [
    ("nda1", "Clara Vos <clara.vos@penhale.example>", "Legal <legal@penhale.example>",
     "2026-07-06 09:00", "NDA with Marlow Robotics", """Hi Legal,

We start pilot talks with Marlow Robotics on 20 July and need a mutual NDA before then. They sent their template,
which has a term of five years and English law.

Clara"""),
    ("nda2", "Idris Mensah <idris.mensah@penhale.example>", "Clara Vos <clara.vos@penhale.example>",
     "2026-07-08 14:12", "RE: NDA with Marlow Robotics", """Clara,

Their template is acceptable except for two points: we need Dutch law instead of English law, and the term should be
three years, which is our standard. I have sent our mark-up to their counsel, Priya Shah.

Idris"""),
    ("nda3", "Idris Mensah <idris.mensah@penhale.example>", "Clara Vos <clara.vos@penhale.example>",
     "2026-07-15 16:40", "RE: NDA with Marlow Robotics", """Clara,

Priya Shah accepted Dutch law but asked for a four-year term. I agreed to that. Both sides signed today, so you are
clear for the 20 July talks.

Idris"""),
], [
    ("+cross", "The signed NDA has a four-year term under Dutch law."),
    ("+rep", "Idris said the Marlow template was acceptable apart from the governing law and the term."),
    ("+num", "The NDA was signed five days before the pilot talks."),
    ("+para", "Marlow Robotics' lawyer agreed to Dutch law but wanted four years rather than three."),
    ("+multi", "Penhale's standard NDA term is three years, and Marlow's template proposed five."),
    ("-wnum", "The signed NDA runs for five years."),
    ("-swap", "Penhale asked for English law and Marlow asked for Dutch law."),
    ("-blame", "Priya Shah delayed the NDA by a week."),
    ("-unstated", "The pilot with Marlow Robotics has been approved."),
    ("-wdate", "Both sides signed the NDA on 20 July."),
])

thread("it_laptops", [
    ("lap1", "Ben Achterberg <ben.a@quillon.example>", "IT service desk <itsd@quillon.example>",
     "2026-09-01 08:21", "Laptops for new joiners", """Hi,

Eight new joiners start on 15 September: five in sales and three in finance. Sales need the standard 14-inch laptop;
finance need the 16-inch model with a numeric keypad.

Ben"""),
    ("lap2", "Ayesha Karim <ayesha.karim@quillon.example>", "Ben Achterberg <ben.a@quillon.example>",
     "2026-09-02 12:30", "RE: Laptops for new joiners", """Ben,

We have five 14-inch laptops in stock. The 16-inch model is back-ordered at the supplier until 22 September, so
finance will get loan laptops for their first week.

Ayesha"""),
    ("lap3", "Ben Achterberg <ben.a@quillon.example>", "Ayesha Karim <ayesha.karim@quillon.example>",
     "2026-09-02 13:05", "RE: Laptops for new joiners", """Thanks Ayesha. Please send me the asset numbers of the
loan laptops so I can add them to the welcome packs.

Ben"""),
], [
    ("+cross", "The five sales joiners will get 14-inch laptops from stock on their start date."),
    ("+scause", "The three finance joiners will start on loan laptops because the 16-inch model is back-ordered."),
    ("+num", "The 16-inch laptops are expected a week after the new joiners start."),
    ("+pron", "Ben asked Ayesha to send him the asset numbers of the loan laptops."),
    ("+bullet", "Finance: 16-inch with numeric keypad, back-ordered until 22 September."),
    ("-cause", "The 16-inch model is back-ordered because Ayesha ordered it too late."),
    ("-wnum", "Five new joiners start in finance."),
    ("-overgen", "All eight new joiners will start on loan laptops."),
    ("-wdate", "The new joiners start on 22 September."),
    ("-pred", "The supplier will probably miss the 22 September date as well."),
])

thread("fac_leak", [
    ("leak1", "Facilities <facilities@brantley.example>", "Fourth floor <floor4@brantley.example>",
     "2026-11-03 07:55", "Water on the fourth floor", """Good morning,

Water came through the ceiling of meeting room 4.2 overnight. The room is closed and a plumber is on site. Please do
not use the room or the corridor next to it.

Facilities"""),
    ("leak2", "Facilities <facilities@brantley.example>", "Fourth floor <floor4@brantley.example>",
     "2026-11-03 12:10", "RE: Water on the fourth floor", """Update: the plumber found a split pipe joint in the
kitchen on the fifth floor, directly above room 4.2. The joint has been replaced. The ceiling tiles and the carpet in
room 4.2 are soaked and will be replaced on Thursday.

Facilities"""),
    ("leak3", "Erin Doyle <erin.doyle@brantley.example>", "Facilities <facilities@brantley.example>",
     "2026-11-03 12:40", "RE: Water on the fourth floor", """Hi,

I had a client workshop booked in 4.2 on Thursday. Can you find me another room for 12 people?

Erin"""),
], [
    ("+scause", "The leak into room 4.2 came from a split pipe joint in the fifth-floor kitchen."),
    ("+multi", "The joint was replaced and the soaked tiles and carpet in room 4.2 will be replaced on Thursday."),
    ("+cross", "Erin has a client workshop booked in room 4.2 on Thursday, the day its tiles and carpet are due to be replaced."),
    ("+para", "Staff were told to keep away from room 4.2 and the corridor beside it."),
    ("-blame", "The kitchen staff on the fifth floor caused the leak."),
    ("-wnum", "Erin's workshop is for 20 people."),
    ("-unstated", "Facilities moved Erin's workshop to room 4.5."),
    ("-swap", "Water from the fourth floor leaked into the fifth-floor kitchen."),
])
