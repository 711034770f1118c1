# thread data, part A: (thread_id, subject, emails[(id, from, to, cc, "YYYY-MM-DD HH:MM", body)], cases[(S/U, kind, text)])
T = []
T.append(("fac_boiler", "No heating at Wharf Road office", [
 ("bo-e1", "Priya Venkataraman <priya.v@corbelstudio.example>", "Declan Ferris <declan@ferrisheating.example>", None, "2026-01-12 08:40",
  """Hi Declan,

The boiler at our Wharf Road office showed fault code E119 this morning and the radiators are cold. The building is at 14 degrees and we have 22 staff in today. Could someone come out today? Our maintenance contract number is CS-4471.

Thanks,
Priya
Corbel Studio"""),
 ("bo-e2", "Declan Ferris <declan@ferrisheating.example>", "Priya Venkataraman <priya.v@corbelstudio.example>", None, "2026-01-12 11:15",
  """Hi Priya,

Our engineer, Mehmet Aksoy, will be with you at 14:00 today. E119 is a low water pressure fault. Please do not reset the boiler more than twice before he arrives.

Regards,
Declan Ferris
Ferris Heating"""),
 ("bo-e3", "Priya Venkataraman <priya.v@corbelstudio.example>", "All staff <staff@corbelstudio.example>", None, "2026-01-13 09:00",
  """Hi all,

Mehmet from Ferris Heating found a leaking valve under the kitchen sink, which had let the pressure drop. He replaced the valve and repressurised the system, and the heating was back on by 16:30 yesterday. The repair is covered by our maintenance contract, so there is no charge.

Thanks for putting up with the cold.
Priya"""),
 ], [
 ("S", "stated_cause", "The pressure dropped because a valve under the kitchen sink was leaking."),
 ("S", "negation_paraphrase", "Corbel Studio will not have to pay for the repair."),
 ("S", "normalised_number", "The heating was working again two and a half hours after the engineer was due to arrive."),
 ("U", "invented_cause", "The boiler broke down because Priya reset it more than twice."),
 ("U", "invented_blame", "Declan blames Mehmet for the leaking valve."),
 ("U", "swapped_relation", "Priya told Declan not to reset the boiler more than twice."),
]))

T.append(("fac_parking", "North car park resurfacing", [
 ("pk-e1", "Ingrid Solberg <ingrid.solberg@meridianpark.example>", "Meridian Park tenants <tenants@meridianpark.example>", None, "2026-04-06 10:00",
  """Dear tenants,

The north car park will be resurfaced from Monday 20 April to Friday 1 May and will be fully closed during the works. Staff can park in the overflow field behind Unit 9, which has room for 80 cars. A shuttle bus will run every 15 minutes from the overflow field to the main entrance between 07:30 and 09:30.

Kind regards,
Ingrid Solberg
Estate Manager, Meridian Park"""),
 ("pk-e2", "Oskar Lindqvist <oskar@tallisprint.example>", "Ingrid Solberg <ingrid.solberg@meridianpark.example>", None, "2026-04-07 09:20",
  """Hi Ingrid,

We have 35 staff on site and two of them hold blue badges. Can you keep accessible spaces near our door at Unit 4 during the works?

Thanks,
Oskar
Tallis Print"""),
 ("pk-e3", "Ingrid Solberg <ingrid.solberg@meridianpark.example>", "Oskar Lindqvist <oskar@tallisprint.example>", None, "2026-04-08 15:45",
  """Hi Oskar,

Yes. We will mark two accessible bays in the service yard next to Unit 4 for the whole of the closure. The contractor, Greyson Surfacing, has also asked me to let tenants know that the works may run into Saturday 2 May if it rains.

Best,
Ingrid"""),
 ], [
 ("S", "normalised_number", "The north car park will be shut for twelve days, from Monday 20 April to Friday 1 May."),
 ("S", "cross_email", "Tallis Print's two blue-badge holders will have two accessible bays in the service yard beside Unit 4."),
 ("S", "reported_speech", "Greyson Surfacing warned that rain could push the works into Saturday 2 May."),
 ("S", "paraphrase", "During the morning peak a shuttle will run every quarter of an hour from the overflow field to the main entrance."),
 ("U", "prediction", "The resurfacing will overrun into Saturday 2 May because of rain."),
 ("U", "wrong_number", "The overflow field behind Unit 9 has room for 35 cars."),
 ("U", "invented_cause", "The works may overrun because Greyson Surfacing started late."),
 ("U", "over_generalisation", "Every tenant will get accessible bays next to their own unit during the works."),
]))

T.append(("fac_cleaning", "Cleaning contract - notice", [
 ("cl-e1", "Harvey Mensah <harvey.mensah@oakfieldlegal.example>", "Lucia Ferreira <lucia@brightspan.example>", None, "2026-02-02 09:30",
  """Dear Lucia,

Further to our call, Oakfield Legal is giving three months' notice on the cleaning contract with Brightspan, as clause 11 requires. The last day of service will be 30 April.

We have been happy with the evening team, but the partners have decided to move to a single facilities provider for both of our offices.

Regards,
Harvey Mensah
Facilities Coordinator, Oakfield Legal"""),
 ("cl-e2", "Lucia Ferreira <lucia@brightspan.example>", "Harvey Mensah <harvey.mensah@oakfieldlegal.example>", None, "2026-02-03 11:10",
  """Dear Harvey,

Thank you for letting us know, and for the kind words about the team. I confirm the notice and the end date of 30 April. Our supervisor, Adaeze, will collect the keys and the alarm fobs on the evening of 30 April.

Please note that the final invoice will include the deep clean of the carpets that you booked for 18 April.

Kind regards,
Lucia Ferreira
Brightspan Cleaning"""),
 ], [
 ("S", "stated_cause", "Oakfield Legal is ending the Brightspan contract because its partners want one facilities provider for both offices."),
 ("S", "negation_paraphrase", "Harvey had no complaints about Brightspan's evening cleaners."),
 ("S", "bullet_fragment", "Carpet deep clean on 18 April - included in the final invoice"),
 ("U", "invented_cause", "Brightspan lost the contract because the evening team did a poor job."),
 ("U", "swapped_relation", "Brightspan gave Oakfield Legal three months' notice on the contract."),
 ("U", "wrong_date", "Brightspan's last day of service will be 30 March."),
]))

T.append(("proc_laptops", "PO request - 12 laptops", [
 ("lp-e1", "Yusuf Demir <yusuf.demir@kestrelanalytics.example>", "Siobhan Clarke <siobhan.clarke@kestrelanalytics.example>", None, "2026-05-11 10:20",
  """Hi Siobhan,

Please raise a purchase order for 12 laptops from Norland Systems for the new analytics team. The quote is EUR 1,150 per laptop, excluding VAT, and Norland will take 8% off if the order is placed before 22 May. Delivery is 10 working days from the order.

Thanks,
Yusuf"""),
 ("lp-e2", "Siobhan Clarke <siobhan.clarke@kestrelanalytics.example>", "Yusuf Demir <yusuf.demir@kestrelanalytics.example>", None, "2026-05-13 16:05",
  """Hi Yusuf,

The PO is approved: PO-20931. I placed the order with Norland this afternoon, so we get the discount. Can you send me the asset tag list once the laptops arrive? I need it for the fixed asset register.

Best,
Siobhan"""),
 ("lp-e3", "Yusuf Demir <yusuf.demir@kestrelanalytics.example>", "Siobhan Clarke <siobhan.clarke@kestrelanalytics.example>", None, "2026-05-27 13:40",
  """Hi Siobhan,

All 12 laptops arrived today. Two had cracked screens in the box, so I sent them back to Norland, who will replace them next week. The asset tag list for the ten good ones is attached.

Yusuf"""),
 ], [
 ("S", "normalised_number", "Before the discount, the twelve laptops came to EUR 13,800 excluding VAT."),
 ("S", "normalised_number", "The 8% discount saves EUR 92 on each laptop."),
 ("S", "pronoun_perspective", "Yusuf was asked to send Siobhan the asset tag list once the laptops arrived."),
 ("S", "stated_cause", "Two laptops were returned to Norland because their screens were cracked."),
 ("U", "invented_blame", "Norland's courier cracked the screens of two laptops."),
 ("U", "wrong_number", "Three of the laptops arrived with cracked screens."),
 ("U", "negated", "The order was placed too late for Norland's discount."),
]))

T.append(("proc_chairs", "Order - 40 ErgoFlex task chairs", [
 ("ch-e1", "Amara Okafor <amara.okafor@lindenhousing.example>", "Seatwell orders <orders@seatwell.example>", None, "2026-03-02 09:00",
  """Hello,

We would like to order 40 ErgoFlex task chairs in charcoal, at GBP 189 each, for delivery to our Coventry office on Thursday 19 March. The delivery contact is our receptionist, Bernard Kowalczyk.

Regards,
Amara Okafor
Procurement, Linden Housing"""),
 ("ch-e2", "Felix Hartmann <felix.hartmann@seatwell.example>", "Amara Okafor <amara.okafor@lindenhousing.example>", None, "2026-03-19 17:30",
  """Dear Amara,

Today's delivery to Coventry was 32 chairs, not 40. The charcoal fabric ran out at our factory, and the remaining eight chairs will follow on 2 April. We will not charge for the second delivery. I apologise for the inconvenience.

Felix Hartmann
Seatwell Furniture"""),
 ("ch-e3", "Amara Okafor <amara.okafor@lindenhousing.example>", "Felix Hartmann <felix.hartmann@seatwell.example>", None, "2026-03-20 08:50",
  """Dear Felix,

Thank you. Bernard confirms that 32 chairs were signed for. Please invoice only for the chairs delivered so far and send a second invoice after 2 April.

Amara"""),
 ], [
 ("S", "stated_cause", "The last eight chairs were held back because Seatwell's factory ran out of charcoal fabric."),
 ("S", "normalised_number", "The first invoice should be for 32 chairs, or GBP 6,048."),
 ("S", "cross_email", "The missing chairs are due on 2 April, two weeks after the first delivery."),
 ("S", "negation_paraphrase", "Linden Housing pays nothing for the second delivery."),
 ("U", "invented_blame", "Bernard signed for 40 chairs even though only 32 arrived."),
 ("U", "invented_cause", "The delivery was short because Amara ordered the wrong fabric."),
 ("U", "swapped_relation", "Felix asked Amara to send him two separate invoices."),
]))

T.append(("it_vpn", "P1 - VPN down for remote staff", [
 ("vp-e1", "Noor Haddad <noor.haddad@pelicanfreight.example>", "IT incidents <it-incidents@pelicanfreight.example>", None, "2026-06-08 07:55",
  """Team,

Since about 06:30 remote staff cannot connect to the VPN. The office network is working. I have opened a case with our VPN vendor, Arcwall, case number 55821. Updates every 30 minutes on this thread.

Noor"""),
 ("vp-e2", "Noor Haddad <noor.haddad@pelicanfreight.example>", "IT incidents <it-incidents@pelicanfreight.example>", None, "2026-06-08 09:40",
  """Update: Arcwall found that the gateway's licence expired at midnight, which capped it at five concurrent users. They applied a temporary licence and remote access was restored at 09:25. About 140 remote staff were affected.

Noor"""),
 ("vp-e3", "Gregor Pavlovic <gregor.pavlovic@pelicanfreight.example>", "Noor Haddad <noor.haddad@pelicanfreight.example>", "IT incidents <it-incidents@pelicanfreight.example>", "2026-06-09 10:00",
  """Noor,

Thanks for handling this. The renewal reminder from Arcwall went to the mailbox of Celine, who left the company in March. Please move all vendor notices to the shared it-renewals mailbox and put the licence expiry dates in the team calendar. The permanent licence was bought this morning.

Gregor"""),
 ], [
 ("S", "normalised_number", "Remote access was down for almost three hours, from about 06:30 to 09:25."),
 ("S", "stated_cause", "The outage happened because the gateway licence expired at midnight and limited the VPN to five users at a time."),
 ("S", "paraphrase", "Arcwall's renewal reminder went to the mailbox of a former employee."),
 ("S", "reported_speech", "Gregor asked Noor to have vendor notices sent to the shared it-renewals mailbox."),
 ("U", "invented_blame", "Gregor blames Celine for the VPN outage."),
 ("U", "invented_blame", "The licence expired through Noor's negligence."),
 ("U", "invented_consequence", "Pelican Freight missed shipments because of the VPN outage."),
 ("U", "swapped_relation", "Noor thanked Gregor for handling the incident."),
]))

T.append(("it_phish", "Phishing e-mail - do not click", [
 ("ph-e1", "Tamsin Greaves <tamsin.greaves@hollowayschools.example>", "All staff <all-staff@hollowayschools.example>", None, "2026-09-14 11:20",
  """Dear colleagues,

This morning a fake e-mail claiming to come from the payroll team was sent to 310 staff. It asks you to "confirm your bank details" on a page that is not ours. Do not click the link. If you entered your password, reset it now and tell the service desk.

Tamsin Greaves
IT Security"""),
 ("ph-e2", "Tamsin Greaves <tamsin.greaves@hollowayschools.example>", "Heads <heads@hollowayschools.example>", None, "2026-09-15 16:00",
  """Dear heads,

An update on yesterday's phishing e-mail: 17 staff entered their passwords on the fake page. All 17 accounts have been reset, and none of them shows any sign of misuse. The message came from an outside address made to look like ours; no school system was breached. Staff who clicked do not need to take any further action.

Tamsin"""),
 ], [
 ("S", "negation_paraphrase", "There is no sign that any of the 17 reset accounts was misused."),
 ("S", "paraphrase", "The phishing message came from an external address disguised as a school one, and no school system was compromised."),
 ("S", "normalised_number", "Seventeen of the 310 recipients typed their passwords into the fake page."),
 ("U", "invented_consequence", "Staff bank details were stolen in the phishing attack."),
 ("U", "invented_blame", "The payroll team sent out the phishing e-mail."),
 ("U", "negated", "Staff who clicked the link must still take further action."),
]))

T.append(("it_disk", "File server - failed disk", [
 ("dk-e1", "Rafael Quintero <rafael@quinterotech.example>", "Elodie Marchand <elodie.marchand@verdantarchitects.example>", None, "2026-10-05 08:30",
  """Hi Elodie,

One of the four disks in your file server failed overnight. The server is still running on the other three, but it has no redundancy until the disk is replaced. I have ordered a replacement, which should arrive tomorrow. Staff can keep saving their work to the server as normal.

Rafael
Quintero Tech"""),
 ("dk-e2", "Rafael Quintero <rafael@quinterotech.example>", "Elodie Marchand <elodie.marchand@verdantarchitects.example>", None, "2026-10-07 12:15",
  """Hi Elodie,

The new disk went in yesterday afternoon and the rebuild finished at 04:10 this morning. No files were lost.

Separately, last night's backup job failed because the rebuild was using the server. I ran it again by hand and it completed at 09:00.

Rafael"""),
 ("dk-e3", "Elodie Marchand <elodie.marchand@verdantarchitects.example>", "Rafael Quintero <rafael@quinterotech.example>", None, "2026-10-07 13:00",
  """Thanks Rafael. Please send me the invoice for the disk and your time, and I'll get it paid this week.

Elodie"""),
 ], [
 ("S", "pronoun_perspective", "Rafael is to send Elodie the invoice for the disk and his time."),
 ("S", "stated_cause", "The nightly backup failed because the disk rebuild was using the server."),
 ("S", "cross_email", "The replacement disk was fitted on 6 October, the day after the failure."),
 ("S", "bullet_fragment", "Backup rerun by hand - done 09:00"),
 ("U", "invented_cause", "The disk failed because the backup job overloaded the server."),
 ("U", "invented_consequence", "Staff lost a day's work because of the failed disk."),
 ("U", "wrong_number", "Two of the four disks in the file server failed."),
]))

T.append(("it_certs", "Portal certificate warning", [
 ("ce-e1", "Kofi Boateng <kofi.boateng@lumenbank.example>", "Sasha Ivanova <sasha.ivanova@lumenbank.example>", None, "2026-07-20 08:10",
  """Hi Sasha,

Since midnight, customers opening the portal get a "Your connection is not private" warning. We had 46 calls about it in the first hour. Can you take a look?

Kofi"""),
 ("ce-e2", "Sasha Ivanova <sasha.ivanova@lumenbank.example>", "Kofi Boateng <kofi.boateng@lumenbank.example>", None, "2026-07-20 09:05",
  """Hi Kofi,

The TLS certificate for portal.lumenbank.example expired at 00:00. The automatic renewal has been failing since 5 July because its DNS check could not reach our new DNS provider. I installed a new certificate at 08:52, so the warning should be gone. I will fix the renewal job today.

Sasha"""),
 ("ce-e3", "Kofi Boateng <kofi.boateng@lumenbank.example>", "Sasha Ivanova <sasha.ivanova@lumenbank.example>", None, "2026-07-20 10:30",
  """Thanks, Sasha. The calls have stopped. I'll send a note to the customers who rang us.

Kofi"""),
 ], [
 ("S", "normalised_number", "Customers saw the certificate warning for almost nine hours."),
 ("S", "stated_cause", "Automatic renewal kept failing because its DNS check could not reach the new DNS provider."),
 ("S", "cross_email", "The support calls stopped after Sasha installed the new certificate."),
 ("U", "invented_blame", "Sasha blames the new DNS provider for the expired certificate."),
 ("U", "wrong_number", "Support received 46 calls about the warning over the whole day."),
 ("U", "wrong_date", "Automatic renewal had been failing since 5 June."),
 ("U", "wrong_thread", "About 140 customers were affected by the certificate expiry."),
]))

T.append(("hire_analyst", "Data analyst offer", [
 ("ha-e1", "Beatriz Almeida <beatriz.almeida@corvustelecom.example>", "Jonas Weber <jonas.weber@corvustelecom.example>", None, "2026-02-16 14:00",
  """Hi Jonas,

Of the five candidates we interviewed for the data analyst role, I would like to offer it to Hana Sato. Dmitri Volkov was a close second; please keep him warm in case Hana declines. The budget is up to EUR 58,000.

Beatriz"""),
 ("ha-e2", "Jonas Weber <jonas.weber@corvustelecom.example>", "Beatriz Almeida <beatriz.almeida@corvustelecom.example>", None, "2026-02-18 10:30",
  """Hi Beatriz,

I called Hana yesterday and offered EUR 55,000. She asked for EUR 57,000 and a start date of 1 April, after her notice period. I said I'd check with you.

Jonas"""),
 ("ha-e3", "Beatriz Almeida <beatriz.almeida@corvustelecom.example>", "Jonas Weber <jonas.weber@corvustelecom.example>", None, "2026-02-18 12:00",
  """Both are fine. Please send her the written offer today and copy me.

Beatriz"""),
 ("ha-e4", "Jonas Weber <jonas.weber@corvustelecom.example>", "Beatriz Almeida <beatriz.almeida@corvustelecom.example>", None, "2026-02-20 09:15",
  """Hana signed the offer this morning. I've let Dmitri know the role is filled and asked whether we could keep his CV on file, which he was happy with.

Jonas"""),
 ], [
 ("S", "cross_email", "Hana Sato accepted the data analyst job at EUR 57,000, starting on 1 April."),
 ("S", "normalised_number", "Hana's agreed salary is EUR 2,000 more than Jonas first offered and EUR 1,000 under the budget."),
 ("S", "pronoun_perspective", "Jonas was to send Hana the written offer and copy Beatriz."),
 ("S", "paraphrase", "Dmitri Volkov, the runner-up, agreed to have his CV kept on file."),
 ("U", "swapped_relation", "Dmitri was the first choice for the role and Hana the runner-up."),
 ("U", "invented_cause", "Dmitri did not get the job because he asked for too much money."),
 ("U", "negated", "Hana turned down the written offer."),
]))
