T = []
T.append(("cust_refund", "Double charge on order 88214", [
 ("rf-e1", "Georgina Whitfield <g.whitfield@mailbox.example>", "PantryBox support <support@pantrybox.example>", None, "2026-03-23 19:40",
  """Hello,

I was charged twice for my March order (order 88214), GBP 47.60 each time, on 16 March. I reported this on 17 March and was promised a refund within five working days. Nothing has arrived. This is the third time I've had to write.

Georgina Whitfield"""),
 ("rf-e2", "Idris Mahmoud <idris.mahmoud@pantrybox.example>", "Georgina Whitfield <g.whitfield@mailbox.example>", None, "2026-03-24 10:15",
  """Dear Ms Whitfield,

I'm sorry. I can see the duplicate charge. The refund was approved on 18 March but never sent to your bank, because our payment provider rejected the batch it was in. I have issued it again today as a single refund, and I've added a GBP 10 credit to your account for the trouble. Banks usually take 3 to 5 working days to show a refund.

Idris Mahmoud
Team Lead, PantryBox Support"""),
 ("rf-e3", "Georgina Whitfield <g.whitfield@mailbox.example>", "Idris Mahmoud <idris.mahmoud@pantrybox.example>", None, "2026-03-31 08:05",
  """Mr Mahmoud, the refund was in my account this morning. Thank you for sorting it out.

Georgina"""),
 ], [
 ("S", "stated_cause", "The first refund never reached Georgina's bank because the payment provider rejected the batch it was in."),
 ("S", "normalised_number", "Georgina was charged GBP 95.20 in all for order 88214 on 16 March."),
 ("S", "cross_email", "The reissued refund reached Georgina's account a week after Idris sent it."),
 ("U", "invented_blame", "Idris blames Georgina's bank for the delayed refund."),
 ("U", "wrong_number", "Idris added a GBP 47.60 credit to Georgina's account."),
 ("U", "invented_cause", "Georgina was charged twice because she placed her order twice."),
 ("U", "invented_consequence", "Georgina cancelled her PantryBox subscription over the double charge."),
]))

T.append(("cust_outage", "CloudLedger outage - service credit", [
 ("ou-e1", "Viktor Novak <viktor.novak@stellarlogistics.example>", "Imogen Hale <imogen.hale@cloudledger.example>", None, "2026-08-18 09:30",
  """Imogen,

CloudLedger was unavailable for us from 13:10 to 17:40 yesterday. Our month-end close slipped by a day as a result. Our contract promises 99.9% monthly uptime. I expect a service credit and a written explanation.

Viktor Novak
Finance Director, Stellar Logistics"""),
 ("ou-e2", "Imogen Hale <imogen.hale@cloudledger.example>", "Viktor Novak <viktor.novak@stellarlogistics.example>", None, "2026-08-18 15:00",
  """Dear Viktor,

I'm sorry for the disruption to your month-end. Yesterday's outage affected all customers in our EU region: a database upgrade failed and had to be rolled back. Our engineering team will publish an incident report by Friday.

Under the contract, an outage of more than four hours in a month gives a 10% credit on that month's fee, which is EUR 2,300 for you. It will appear on your September invoice.

Imogen Hale
CloudLedger"""),
 ], [
 ("S", "normalised_number", "The outage lasted four and a half hours."),
 ("S", "stated_cause", "The outage happened because a database upgrade failed and had to be rolled back."),
 ("S", "normalised_number", "Stellar Logistics' CloudLedger fee for the month is EUR 23,000."),
 ("S", "reported_speech", "Viktor said the outage pushed Stellar's month-end close back by a day."),
 ("U", "over_generalisation", "The outage hit every CloudLedger customer worldwide."),
 ("U", "invented_blame", "Imogen blames her engineering team for the outage."),
 ("U", "wrong_number", "Stellar will receive a 20% credit on the month's fee."),
 ("U", "wrong_date", "The credit will appear on Stellar's August invoice."),
]))

T.append(("cust_wrongitem", "Order KP-55102 - wrong mixer", [
 ("wi-e1", "Tomas Herrera <tomas.herrera@herrerabakery.example>", "KitchenPro orders <orders@kitchenpro.example>", None, "2026-02-10 08:15",
  """Hello,

Order KP-55102 arrived yesterday, but instead of the 20-litre planetary mixer we paid for, the box contained a 10-litre model. We need the 20-litre mixer before our shop reopens on 23 February. Please collect the wrong one.

Tomas Herrera
Herrera Bakery"""),
 ("wi-e2", "Wendy Osei <wendy.osei@kitchenpro.example>", "Tomas Herrera <tomas.herrera@herrerabakery.example>", None, "2026-02-10 13:40",
  """Dear Mr Herrera,

I'm sorry about this. The two models were stored in the same bay and the wrong one was picked. The 20-litre mixer will be delivered on Friday 13 February, and our driver will take the 10-litre one back at the same time. You don't need to repack it.

Wendy Osei
KitchenPro Customer Care"""),
 ("wi-e3", "Tomas Herrera <tomas.herrera@herrerabakery.example>", "Wendy Osei <wendy.osei@kitchenpro.example>", None, "2026-02-13 16:00",
  """The 20-litre mixer arrived this afternoon and the driver took the small one away. Thank you.

Tomas"""),
 ], [
 ("S", "stated_cause", "The wrong mixer was sent because both models were kept in the same bay and the wrong one was picked."),
 ("S", "cross_email", "Herrera Bakery had the right mixer ten days before the shop reopened."),
 ("S", "negation_paraphrase", "Tomas did not have to pack the 10-litre mixer up again."),
 ("S", "normalised_number", "The mixer first delivered was half the capacity of the one Tomas paid for."),
 ("U", "invented_blame", "Wendy blames Tomas for ordering the wrong mixer."),
 ("U", "swapped_relation", "Tomas received a 20-litre mixer instead of the 10-litre model he ordered."),
 ("U", "invented_consequence", "Herrera Bakery had to put off reopening because of the wrong mixer."),
]))

T.append(("cust_install", "Missed heat pump installation", [
 ("hp-e1", "Ayesha Siddiqui <ayesha.s@inbox.example>", "Heatwise bookings <bookings@heatwisepumps.example>", None, "2026-05-19 18:20",
  """Hello,

I took a day off work on Monday 18 May for the installation of our heat pump, booked for 08:00. Nobody came and nobody called. When I phoned at 11:00 I was told the installer was "on his way", but he never arrived. I want a new date and compensation for my lost day's pay.

Ayesha Siddiqui"""),
 ("hp-e2", "Clive Dunmore <clive.dunmore@heatwisepumps.example>", "Ayesha Siddiqui <ayesha.s@inbox.example>", None, "2026-05-20 10:30",
  """Dear Ms Siddiqui,

Please accept my apologies. The installer's van broke down on the M6 on Monday morning, and our office did not pass that on to you. We can install on Thursday 28 May, starting at 08:00. As a goodwill gesture we will take GBP 150 off the installation price. I cannot pay compensation for lost wages, but I hope this helps.

Clive Dunmore
Operations Manager, Heatwise"""),
 ("hp-e3", "Ayesha Siddiqui <ayesha.s@inbox.example>", "Clive Dunmore <clive.dunmore@heatwisepumps.example>", None, "2026-05-20 12:00",
  """Thursday 28 May works for me, and I accept the discount.

Ayesha"""),
 ], [
 ("S", "stated_cause", "The installer missed the appointment because his van broke down on the M6."),
 ("S", "negation_paraphrase", "Heatwise declined to compensate Ayesha for her lost wages."),
 ("S", "cross_email", "The installation was rebooked for ten days after the missed appointment."),
 ("S", "reported_speech", "Clive admitted that his office failed to tell Ayesha about the breakdown."),
 ("U", "invented_blame", "Clive blames the installer for not calling Ayesha."),
 ("U", "unstated_claim", "Heatwise agreed to pay Ayesha GBP 150 for her lost day's pay."),
 ("U", "invented_cause", "The installer never arrived because the booking had the wrong address."),
]))

T.append(("fin_invoice", "Overdue invoice AC-3318", [
 ("iv-e1", "Ruta Kazlauskas <ruta.k@ambercopy.example>", "Thornbury Clinic accounts <accounts@thornburyclinic.example>", None, "2026-06-15 09:00",
  """Dear accounts team,

Our invoice AC-3318 for GBP 2,140, for the printing of your patient leaflets, was due on 31 May and is still unpaid. Please let me know when we can expect payment.

Ruta Kazlauskas
Amber Copy"""),
 ("iv-e2", "Owen Pryce <owen.pryce@thornburyclinic.example>", "Ruta Kazlauskas <ruta.k@ambercopy.example>", None, "2026-06-16 11:45",
  """Dear Ruta,

Apologies. The invoice was sent to our old accounts address, which nobody has checked since we changed finance systems in April, so it was never entered. I have entered it today and it will go in Thursday's payment run. Please use accounts@thornburyclinic.example for all future invoices.

Owen Pryce
Finance Officer, Thornbury Clinic"""),
 ("iv-e3", "Owen Pryce <owen.pryce@thornburyclinic.example>", "Ruta Kazlauskas <ruta.k@ambercopy.example>", None, "2026-06-18 16:10",
  """Ruta, GBP 2,140 was paid to your account today, reference AC-3318.

Owen"""),
 ], [
 ("S", "stated_cause", "The invoice went unpaid because it was sent to an old address nobody had checked since April."),
 ("S", "normalised_number", "Invoice AC-3318 was paid 18 days after its due date."),
 ("S", "cross_email", "The invoice was paid in that Thursday's payment run, as Owen had said it would be."),
 ("U", "invented_blame", "Owen blames Ruta for sending the invoice to the wrong address."),
 ("U", "invented_cause", "Payment was held up because Thornbury Clinic disputed the leaflet printing."),
 ("U", "wrong_number", "Thornbury Clinic paid GBP 2,410."),
]))

T.append(("fin_expenses", "Expense claim EX-4021 rejected", [
 ("ex-e1", "Kwame Asante <kwame.asante@solanceconsulting.example>", "Expenses <expenses@solanceconsulting.example>", None, "2026-10-20 17:00",
  """Hi,

My claim for the Lisbon client trip (claim EX-4021, EUR 1,260) was rejected with the comment "hotel over limit". The hotel was booked by the client's travel desk, not by me, and the client is recharging it to us. Can you look again?

Kwame"""),
 ("ex-e2", "Greta Holm <greta.holm@solanceconsulting.example>", "Kwame Asante <kwame.asante@solanceconsulting.example>", None, "2026-10-21 09:40",
  """Hi Kwame,

Thanks for explaining. Hotels booked by a client are outside the EUR 180-a-night limit, as long as the booking confirmation shows the client booked it. Please attach the confirmation and resubmit. The rest of the claim was fine.

Greta
Expenses team"""),
 ("ex-e3", "Kwame Asante <kwame.asante@solanceconsulting.example>", "Greta Holm <greta.holm@solanceconsulting.example>", None, "2026-10-21 11:15",
  """Done - resubmitted with the client's confirmation attached.

Kwame"""),
 ("ex-e4", "Greta Holm <greta.holm@solanceconsulting.example>", "Kwame Asante <kwame.asante@solanceconsulting.example>", None, "2026-10-22 14:00",
  """Approved. It will be paid with the November salary.

Greta"""),
 ], [
 ("S", "negation_paraphrase", "The EUR 180 nightly limit does not apply to a hotel the client booked, if the confirmation shows it."),
 ("S", "cross_email", "Once Kwame attached the client's booking confirmation, claim EX-4021 was approved."),
 ("S", "paraphrase", "The EUR 1,260 claim will be reimbursed with Kwame's November pay."),
 ("U", "invented_blame", "Greta blames Kwame for booking an expensive hotel."),
 ("U", "wrong_number", "The hotel limit is EUR 210 a night."),
 ("U", "over_generalisation", "Solance puts no limit on hotel costs for client trips."),
]))

T.append(("fin_budget", "Q3 discretionary budget cut", [
 ("bu-e1", "Anneliese Vogt <anneliese.vogt@ridgewayfoods.example>", "Department heads <heads@ridgewayfoods.example>", None, "2026-07-01 08:00",
  """Dear all,

Sales in the first half were 6% below plan. To protect the year's margin, every department's discretionary budget for Q3 is cut by 15%. Salaries and committed contracts are not affected. Please send me revised Q3 plans by 10 July.

Anneliese
CFO, Ridgeway Foods"""),
 ("bu-e2", "Duncan Ferreira <duncan.ferreira@ridgewayfoods.example>", "Anneliese Vogt <anneliese.vogt@ridgewayfoods.example>", None, "2026-07-03 12:00",
  """Hi Anneliese,

Marketing's Q3 discretionary budget was GBP 240,000, so the cut is GBP 36,000. We will meet it by postponing the autumn TV campaign to Q4. I'd like to keep the trade show in September, which is already committed.

Duncan"""),
 ("bu-e3", "Anneliese Vogt <anneliese.vogt@ridgewayfoods.example>", "Duncan Ferreira <duncan.ferreira@ridgewayfoods.example>", None, "2026-07-03 15:30",
  """Agreed on both points, Duncan. Thanks for the quick turnaround.

Anneliese"""),
 ], [
 ("S", "normalised_number", "Marketing's Q3 discretionary budget falls to GBP 204,000."),
 ("S", "negation_paraphrase", "The 15% cut leaves salaries and committed contracts untouched."),
 ("S", "pronoun_perspective", "Department heads must send Anneliese revised Q3 plans by 10 July."),
 ("S", "cross_email", "Anneliese agreed that marketing could keep the September trade show and move the TV campaign to Q4."),
 ("U", "invented_blame", "Anneliese holds marketing responsible for the weak first-half sales."),
 ("U", "wrong_number", "Discretionary budgets are being cut by 6%."),
 ("U", "invented_consequence", "The autumn TV campaign has been cancelled for good."),
]))

T.append(("fin_audit", "Year-end audit fieldwork", [
 ("au-e1", "Paul Okonkwo <paul.okonkwo@brightwateraudit.example>", "Lisette Baum <lisette.baum@harrowgatechem.example>", None, "2026-01-08 10:00",
  """Dear Lisette,

Our year-end audit fieldwork will run from Monday 9 February to Friday 20 February. Please have the bank confirmations, fixed asset register and payroll reports ready by 2 February. Our team of four will need a meeting room with network access.

Paul Okonkwo
Audit Manager, Brightwater"""),
 ("au-e2", "Lisette Baum <lisette.baum@harrowgatechem.example>", "Paul Okonkwo <paul.okonkwo@brightwateraudit.example>", None, "2026-01-09 14:30",
  """Dear Paul,

Meeting Room 3 is booked for the two weeks. Everything will be ready except the bank confirmations: Northbank has changed its process and now takes up to 15 working days, so those may arrive after 2 February. I will forward them as soon as they come.

Lisette Baum
Financial Controller, Harrowgate Chemicals"""),
 ], [
 ("S", "cross_email", "Four Brightwater auditors will work from Meeting Room 3 for the two weeks of fieldwork."),
 ("S", "stated_cause", "The bank confirmations may be late because Northbank now takes up to 15 working days."),
 ("S", "reported_speech", "Lisette promised to forward the bank confirmations as soon as they arrive."),
 ("U", "invented_blame", "Paul blames Lisette for the late bank confirmations."),
 ("U", "prediction", "The bank confirmations will arrive after 2 February."),
 ("U", "wrong_number", "Brightwater's audit team has five people."),
]))

T.append(("fac_cards", "New access cards - Fulton Building", [
 ("ac-e1", "Soren Kjaer <soren.kjaer@ashbyuni.example>", "Fulton Building users <fulton-users@ashbyuni.example>", None, "2026-08-24 09:00",
  """Dear colleagues,

The access card readers in the Fulton Building will be replaced on Saturday 5 September. From Monday 7 September, old cards will stop working. New cards can be collected from the security desk in the Fulton foyer from 1 to 4 September, 09:00 to 16:00. Please bring photo ID.

Soren Kjaer
Estates Security"""),
 ("ac-e2", "Mei Lin Tan <meilin.tan@ashbyuni.example>", "Soren Kjaer <soren.kjaer@ashbyuni.example>", None, "2026-08-25 10:40",
  """Hi Soren,

I'm on leave from 28 August to 11 September. Can a colleague collect my card for me?

Mei Lin"""),
 ("ac-e3", "Soren Kjaer <soren.kjaer@ashbyuni.example>", "Mei Lin Tan <meilin.tan@ashbyuni.example>", None, "2026-08-25 13:00",
  """Hi Mei Lin,

Cards can only be collected in person. Come to the security desk when you are back; until then your manager can sign you in as a visitor.

Soren"""),
 ], [
 ("S", "normalised_number", "Staff have four days to collect new cards before the readers are replaced."),
 ("S", "negation_paraphrase", "No one can collect a card on a colleague's behalf."),
 ("S", "cross_email", "Mei Lin will be on leave for the whole card collection period."),
 ("U", "negated", "Mei Lin's manager can collect her new card for her."),
 ("U", "wrong_date", "The card readers will be replaced on Saturday 7 September."),
 ("U", "invented_cause", "The readers are being replaced because old cards were being copied."),
 ("U", "invented_consequence", "Mei Lin will be locked out of the Fulton Building when she comes back."),
]))

T.append(("log_courier", "Lost parcel SL-903-4471", [
 ("cu-e1", "Jade Thornton <jade@thorntonprints.example>", "SwiftLane claims <claims@swiftlane.example>", None, "2026-11-09 10:20",
  """Hello,

Parcel SL-903-4471, sent on 2 November to a customer in Galway with two framed prints worth EUR 420, has not arrived. Tracking has shown "at hub - Dublin" since 3 November. I paid EUR 12.50 for the extended cover up to EUR 500.

Jade Thornton
Thornton Prints"""),
 ("cu-e2", "Patrick Nolan <patrick.nolan@swiftlane.example>", "Jade Thornton <jade@thorntonprints.example>", None, "2026-11-11 15:00",
  """Dear Ms Thornton,

We have searched the Dublin hub and cannot find the parcel, so we are treating it as lost. Your claim for EUR 420 under the extended cover is accepted. Please send me a copy of the sales invoice for the prints and we will pay within 10 working days of receiving it.

Patrick Nolan
SwiftLane Claims"""),
 ("cu-e3", "Jade Thornton <jade@thorntonprints.example>", "Patrick Nolan <patrick.nolan@swiftlane.example>", None, "2026-11-11 16:30",
  """Invoice attached. Thank you.

Jade"""),
 ], [
 ("S", "pronoun_perspective", "Jade had to send Patrick a copy of the sales invoice for the prints."),
 ("S", "normalised_number", "The prints were worth EUR 80 less than the extended cover limit."),
 ("S", "multi_fact", "After searching the Dublin hub, SwiftLane treated the parcel as lost and accepted Jade's EUR 420 claim."),
 ("U", "invented_blame", "Patrick blames the Dublin hub staff for losing the parcel."),
 ("U", "invented_cause", "The parcel was lost because Jade had not paid for extended cover."),
 ("U", "swapped_relation", "Patrick sent Jade a copy of the sales invoice."),
 ("U", "wrong_thread", "SwiftLane added a GBP 10 credit to Jade's account for the trouble."),
]))

T.append(("it_laptop", "Stolen laptop", [
 ("lt-e1", "Hugo Marchetti <hugo.marchetti@ostrawell.example>", "Service desk <servicedesk@ostrawell.example>", None, "2026-03-16 08:05",
  """Hi,

My work laptop was stolen from my car in Bristol on Saturday evening while I was at a restaurant. I have reported it to the police (crime reference 4471/26). The laptop has our client files for the Harbourside project on it.

Hugo"""),
 ("lt-e2", "Zainab Qureshi <zainab.qureshi@ostrawell.example>", "Hugo Marchetti <hugo.marchetti@ostrawell.example>", "Frank Llewellyn <frank.llewellyn@ostrawell.example>", "2026-03-16 09:30",
  """Hi Hugo,

Thanks for reporting it quickly. The laptop is encrypted, and I sent a remote wipe command at 09:10; it will run the next time the laptop connects to the internet. I've ended your account sessions and you'll need to set a new password. A replacement laptop will be ready for you on Wednesday.

Zainab
Service Desk"""),
 ("lt-e3", "Frank Llewellyn <frank.llewellyn@ostrawell.example>", "Zainab Qureshi <zainab.qureshi@ostrawell.example>", "Hugo Marchetti <hugo.marchetti@ostrawell.example>", "2026-03-16 14:00",
  """Thanks both. As the laptop is encrypted, this does not need to be reported to the regulator, but I have logged it in our breach register.

Frank
Data Protection Officer"""),
 ], [
 ("S", "stated_cause", "The theft need not be reported to the regulator because the laptop is encrypted."),
 ("S", "paraphrase", "Zainab issued a remote wipe that will run once the laptop is back online."),
 ("S", "normalised_number", "Hugo's replacement laptop will be ready two days after he told the service desk about the theft."),
 ("U", "invented_blame", "Frank blames Hugo for leaving the laptop in his car."),
 ("U", "invented_consequence", "The Harbourside client files were leaked after the theft."),
 ("U", "unstated_claim", "The stolen laptop was wiped remotely at 09:10."),
 ("U", "wrong_entity", "The laptop was stolen from Hugo's home in Bristol."),
]))
