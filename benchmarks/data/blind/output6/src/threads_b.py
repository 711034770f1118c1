T = []
T.append(("hire_intern", "Summer intern - Tobias Lindgren", [
 ("in-e1", "Leila Farahani <leila.farahani@northgateeng.example>", "Callum Reid <callum.reid@northgateeng.example>", None, "2026-05-04 09:40",
  """Hi Callum,

Your summer intern, Tobias Lindgren, starts on Monday 29 June and finishes on Friday 28 August. He will work four days a week, Monday to Thursday. Can you make sure he has a desk, a laptop and a buddy on day one?

Leila
HR, Northgate Engineering"""),
 ("in-e2", "Callum Reid <callum.reid@northgateeng.example>", "Leila Farahani <leila.farahani@northgateeng.example>", None, "2026-05-05 11:25",
  """Hi Leila,

All sorted. Aisha Bello will be his buddy, and IT has a laptop ready for him. He'll sit with the test team on the second floor. One question: his university needs a mid-placement report. Who fills that in?

Callum"""),
 ("in-e3", "Leila Farahani <leila.farahani@northgateeng.example>", "Callum Reid <callum.reid@northgateeng.example>", None, "2026-05-05 15:00",
  """Hi Callum,

You do, as his line manager. The form is due by 31 July. Send it to me and I'll forward it to the university.

Leila"""),
 ], [
 ("S", "normalised_number", "Tobias's internship runs for nine weeks."),
 ("S", "negation_paraphrase", "Tobias will not work on Fridays."),
 ("S", "pronoun_perspective", "Callum must fill in the mid-placement report and send it to Leila by 31 July."),
 ("S", "cross_email", "Aisha Bello will be the buddy of the intern who starts on 29 June."),
 ("U", "swapped_relation", "Leila will fill in the mid-placement report and send it to Callum."),
 ("U", "wrong_number", "Tobias will work five days a week."),
 ("U", "invented_cause", "Tobias works four days a week because of his university timetable."),
]))

T.append(("hire_chef", "Head chef - references", [
 ("hc-e1", "Marguerite Dupont <m.dupont@alderhall.example>", "Ewan MacLeod <ewan.macleod@alderhall.example>", None, "2026-08-10 10:00",
  """Hi Ewan,

We'd like to appoint Rashid Karimi as head chef for the staff canteen. His first referee, the owner of Saffron Yard, gave a strong reference. We are still waiting for the second reference, from his previous employer, Copperleaf Hotels. Could you chase it?

Marguerite
Catering Manager"""),
 ("hc-e2", "Ewan MacLeod <ewan.macleod@alderhall.example>", "Marguerite Dupont <m.dupont@alderhall.example>", None, "2026-08-12 16:20",
  """Hi Marguerite,

Copperleaf's HR team replied today. As a policy they only confirm dates of employment: Rashid worked there as sous chef from March 2021 to June 2025. They don't give opinions on performance for anyone. Is that enough for you?

Ewan"""),
 ("hc-e3", "Marguerite Dupont <m.dupont@alderhall.example>", "Ewan MacLeod <ewan.macleod@alderhall.example>", None, "2026-08-13 09:05",
  """Yes, that's fine. Please go ahead with the offer. He can start on 7 September if his food hygiene certificate is in date.

Marguerite"""),
 ], [
 ("S", "normalised_number", "Rashid was a sous chef at Copperleaf Hotels for more than four years."),
 ("S", "negation_paraphrase", "Copperleaf gave no view on Rashid's performance, as it does for nobody."),
 ("S", "reported_speech", "Marguerite said Rashid can start on 7 September provided his food hygiene certificate is valid."),
 ("U", "invented_cause", "Copperleaf would not comment on Rashid's performance because he left on bad terms."),
 ("U", "prediction", "Rashid will start as head chef on 7 September."),
 ("U", "wrong_entity", "Rashid's strong first reference came from Copperleaf Hotels."),
 ("U", "wrong_thread", "Rashid will work four days a week, Monday to Thursday."),
]))

T.append(("ev_conference", "Stand booking - Automation Expo Rotterdam", [
 ("co-e1", "Olamide Adeyemi <olamide@brackenrobotics.example>", "Sofie Jansen <sofie.jansen@expoline.example>", None, "2026-01-20 10:00",
  """Dear Sofie,

We'd like to book stand B14 at the Automation Expo in Rotterdam, 10-12 March. The price you quoted was EUR 4,800 for the 3 x 4 m space with a shell scheme. Please invoice Bracken Robotics and send the exhibitor manual to our marketing lead, Piet de Wit.

Regards,
Olamide Adeyemi
Bracken Robotics"""),
 ("co-e2", "Sofie Jansen <sofie.jansen@expoline.example>", "Olamide Adeyemi <olamide@brackenrobotics.example>", None, "2026-01-21 12:30",
  """Dear Olamide,

B14 is booked for you. The invoice is attached, payable within 30 days. The stand includes two exhibitor passes; extra passes are EUR 60 each. Power must be ordered separately by 20 February. I have sent the manual to Piet.

Best regards,
Sofie Jansen
Expoline Events"""),
 ("co-e3", "Piet de Wit <piet.dewit@brackenrobotics.example>", "Sofie Jansen <sofie.jansen@expoline.example>", None, "2026-02-19 15:10",
  """Hi Sofie,

Please add a 3 kW power supply to stand B14, and three extra exhibitor passes.

Thanks,
Piet"""),
 ], [
 ("S", "normalised_number", "Stand B14 covers 12 square metres."),
 ("S", "normalised_number", "With Piet's order, Bracken Robotics will have five exhibitor passes, the three extra ones costing EUR 180."),
 ("S", "cross_email", "Piet ordered power for the stand one day before Expoline's deadline."),
 ("S", "normalised_number", "The expo runs for three days in March."),
 ("U", "wrong_number", "The stand measures 4 x 4 m."),
 ("U", "swapped_relation", "Piet sent the exhibitor manual to Sofie."),
 ("U", "wrong_date", "Power had to be ordered by 20 March."),
]))

T.append(("ev_party", "Summer party catering", [
 ("pa-e1", "Hattie Brennan <hattie.brennan@finchleyinsure.example>", "Marco Bellini <marco@bellinicatering.example>", None, "2026-06-01 09:00",
  """Hi Marco,

Confirming catering for our summer party on Friday 10 July at Kingfisher Barn: a barbecue for 120 guests at GBP 32 per head, 15 of them vegetarian and 4 vegan. We'll pay a 25% deposit now and the rest within 14 days of the event.

Hattie
Finchley Insurance"""),
 ("pa-e2", "Marco Bellini <marco@bellinicatering.example>", "Hattie Brennan <hattie.brennan@finchleyinsure.example>", None, "2026-06-02 10:40",
  """Hi Hattie,

Thank you, deposit received. Kingfisher Barn tells me they don't allow open barbecues inside the barn, so we'll cook on the terrace. If it rains, we'll move the grills under the covered walkway.

Marco
Bellini Catering"""),
 ("pa-e3", "Hattie Brennan <hattie.brennan@finchleyinsure.example>", "Marco Bellini <marco@bellinicatering.example>", None, "2026-07-06 14:20",
  """Hi Marco,

Final numbers: 108 guests, with the same vegetarian and vegan counts. Please confirm the revised total.

Hattie"""),
 ("pa-e4", "Marco Bellini <marco@bellinicatering.example>", "Hattie Brennan <hattie.brennan@finchleyinsure.example>", None, "2026-07-07 09:00",
  """Confirmed: 108 guests at GBP 32, GBP 3,456 in total. The balance is GBP 2,496 after your deposit of GBP 960.

Marco"""),
 ], [
 ("S", "normalised_number", "The guest list shrank by twelve between the booking and the final count."),
 ("S", "stated_cause", "The barbecue will be cooked on the terrace because Kingfisher Barn does not allow open barbecues indoors."),
 ("S", "normalised_number", "The GBP 960 deposit was a quarter of the original GBP 3,840 booking."),
 ("S", "normalised_number", "Of the 108 guests, 89 are neither vegetarian nor vegan."),
 ("U", "invented_cause", "Guest numbers fell to 108 because the barn does not allow barbecues."),
 ("U", "wrong_number", "The balance still owed is GBP 2,880."),
 ("U", "invented_blame", "Hattie blames Marco for the drop in guest numbers."),
 ("U", "negated", "Marco has not yet received the deposit."),
]))

T.append(("ev_webinar", "Change of speaker - grid storage webinar", [
 ("wb-e1", "Ines Carvalho <ines.carvalho@tidewaterenergy.example>", "Webinar team <webinar-team@tidewaterenergy.example>", None, "2026-11-02 08:30",
  """Hi team,

Bad news: Dr Ruth Abernathy has pulled out of Thursday's webinar on grid storage. She has been called as an expert witness at a hearing that day. I've asked Dr Samuel Okoye from our own R&D team to step in, and he has agreed.

Ines"""),
 ("wb-e2", "Lars Nygaard <lars.nygaard@tidewaterenergy.example>", "Ines Carvalho <ines.carvalho@tidewaterenergy.example>", None, "2026-11-02 10:15",
  """Hi Ines,

Thanks. 412 people have registered. Shall I e-mail them about the change of speaker? Tickets were free, so I suppose no refunds are needed.

Lars"""),
 ("wb-e3", "Ines Carvalho <ines.carvalho@tidewaterenergy.example>", "Lars Nygaard <lars.nygaard@tidewaterenergy.example>", None, "2026-11-02 11:00",
  """Just the e-mail, yes. Keep the title and the time, 14:00 CET, as they are. Samuel will send you his slides by Wednesday noon.

Ines"""),
 ], [
 ("S", "stated_cause", "Dr Abernathy withdrew because she has to appear as an expert witness at a hearing on the day of the webinar."),
 ("S", "paraphrase", "An in-house R&D specialist, Dr Samuel Okoye, is standing in for Dr Abernathy."),
 ("S", "negation_paraphrase", "Neither the title nor the start time of the webinar will change."),
 ("S", "pronoun_perspective", "Samuel is to send Lars his slides by Wednesday noon."),
 ("U", "invented_blame", "Ines blames Dr Abernathy for the last-minute change of speaker."),
 ("U", "invented_consequence", "Registrants who do not want the new speaker will be offered a refund."),
 ("U", "swapped_relation", "Dr Okoye asked Ines to let him present the webinar."),
]))

T.append(("ev_awards", "Harbour Trade Awards dinner - layout", [
 ("aw-e1", "Rosa Lindahl <rosa.lindahl@harbourtrade.example>", "Eamon Doyle <eamon@grandmeridianhotel.example>", None, "2026-10-12 11:00",
  """Dear Eamon,

For the Harbour Trade Awards dinner on Saturday 21 November we need 24 round tables of ten, a stage at the north end and a lectern. Guests arrive at 18:30 for drinks; dinner is served at 19:30 and the awards start at 21:00.

Kind regards,
Rosa Lindahl"""),
 ("aw-e2", "Eamon Doyle <eamon@grandmeridianhotel.example>", "Rosa Lindahl <rosa.lindahl@harbourtrade.example>", None, "2026-10-13 14:00",
  """Dear Rosa,

The Ballroom can take 24 tables of ten, but with a stage at the north end the fire officer allows only 22. Could we put the stage on the east wall instead? Then all 24 fit.

Best,
Eamon Doyle
Grand Meridian Hotel"""),
 ("aw-e3", "Rosa Lindahl <rosa.lindahl@harbourtrade.example>", "Eamon Doyle <eamon@grandmeridianhotel.example>", None, "2026-10-13 16:30",
  """East wall is fine. Please go ahead with 24 tables.

Rosa"""),
 ], [
 ("S", "normalised_number", "The dinner will seat 240 guests."),
 ("S", "cross_email", "The stage is going on the east wall so that all 24 tables fit in the Ballroom."),
 ("S", "normalised_number", "The awards begin an hour and a half after dinner is served."),
 ("S", "negation_paraphrase", "With the stage at the north end, the fire officer would not allow more than 22 tables."),
 ("U", "invented_cause", "The stage moved to the east wall because the lectern would not fit at the north end."),
 ("U", "invented_blame", "Rosa holds the fire officer responsible for the change of layout."),
 ("U", "wrong_date", "The awards dinner takes place on Saturday 21 October."),
]))

T.append(("log_pallets", "Container OL-7734 held at Felixstowe", [
 ("pl-e1", "Chen Wei <chen.wei@orientline.example>", "Magnus Berg <magnus.berg@fjordhome.example>", None, "2026-04-14 07:30",
  """Dear Magnus,

Your container with 18 pallets of ceramic tiles (booking OL-7734) has been held by customs at Felixstowe for a document check. Customs have asked for the original certificate of origin. Can your supplier in Valencia courier it to our office?

Chen Wei
Orientline Forwarding"""),
 ("pl-e2", "Magnus Berg <magnus.berg@fjordhome.example>", "Chen Wei <chen.wei@orientline.example>", None, "2026-04-14 09:10",
  """Dear Chen,

I've asked Azulejos Marbella to courier the certificate today. They say it will reach you by Thursday. What does each extra day at the port cost us?

Magnus
Fjord Home"""),
 ("pl-e3", "Chen Wei <chen.wei@orientline.example>", "Magnus Berg <magnus.berg@fjordhome.example>", None, "2026-04-17 15:40",
  """Dear Magnus,

The certificate arrived this morning and customs released the container at 14:00. The port charged three days of storage at GBP 85 a day. The container will be delivered to your warehouse on Monday 20 April.

Chen"""),
 ], [
 ("S", "normalised_number", "Port storage for the container cost GBP 255 in total."),
 ("S", "cross_email", "The certificate from Azulejos Marbella reached Orientline a day later than the supplier had said."),
 ("S", "multi_fact", "Customs held the tile container for a document check and released it on the afternoon of 17 April, after the certificate arrived."),
 ("U", "invented_blame", "The hold-up was Azulejos Marbella's fault for sending the certificate late."),
 ("U", "wrong_number", "The port charged five days of storage."),
 ("U", "invented_cause", "Customs held the container because some of the tiles were damaged."),
 ("U", "wrong_date", "The certificate reached Orientline on Thursday, as the supplier had promised."),
]))

T.append(("log_van", "End of lease - inspection of three vans", [
 ("vn-e1", "Dylan Pritchard <dylan.pritchard@valefleet.example>", "Nadia Rahman <nadia.rahman@greenstepflowers.example>", None, "2026-09-01 10:00",
  """Dear Nadia,

We collected the three vans at the end of your lease on 28 August. Our inspection found a dent on the rear door of van KP21 XRT and a cracked wing mirror on van KP21 XRU. Van KP21 XRV was fine. Under the lease, the repairs will be charged at GBP 340 and GBP 95. You have 14 days to dispute these charges.

Dylan Pritchard
Vale Fleet Leasing"""),
 ("vn-e2", "Nadia Rahman <nadia.rahman@greenstepflowers.example>", "Dylan Pritchard <dylan.pritchard@valefleet.example>", None, "2026-09-04 12:00",
  """Dear Dylan,

We accept the mirror charge. The dent on KP21 XRT was already there when we took the van in 2023; it is marked on the handover sheet, which I have attached. Please remove that charge.

Nadia
Greenstep Flowers"""),
 ("vn-e3", "Dylan Pritchard <dylan.pritchard@valefleet.example>", "Nadia Rahman <nadia.rahman@greenstepflowers.example>", None, "2026-09-08 09:30",
  """Dear Nadia,

You are right, the dent is on the original handover sheet. I have removed the GBP 340 charge. The final invoice is for GBP 95.

Dylan"""),
 ], [
 ("S", "stated_cause", "Vale Fleet dropped the dent charge because the dent was already recorded on the 2023 handover sheet."),
 ("S", "normalised_number", "The repair charges fell from GBP 435 to GBP 95."),
 ("S", "negation_paraphrase", "The inspection found nothing wrong with van KP21 XRV."),
 ("U", "invented_blame", "Nadia blames one of her drivers for the cracked wing mirror."),
 ("U", "swapped_relation", "The cracked mirror was on KP21 XRT and the dent on KP21 XRU."),
 ("U", "negated", "Nadia disputed the mirror charge."),
]))

T.append(("log_warehouse", "Stocktake - CT-220 difference", [
 ("wh-e1", "Bogdan Ionescu <bogdan.ionescu@cresttools.example>", "Helen Ashworth <helen.ashworth@cresttools.example>", None, "2026-12-07 17:00",
  """Hi Helen,

Saturday's stocktake is done. The only big difference is on item CT-220, the cordless drill: the system shows 460, we counted 412. Everything else is within half a percent. I'll recount CT-220 tomorrow with a second team before we adjust anything.

Bogdan
Warehouse Manager"""),
 ("wh-e2", "Bogdan Ionescu <bogdan.ionescu@cresttools.example>", "Helen Ashworth <helen.ashworth@cresttools.example>", None, "2026-12-08 15:30",
  """Hi Helen,

The recount of CT-220 confirms 412. We traced 40 of the missing 48: they were sent to a customer in November on a delivery note that was never booked into the system. The other 8 are still unexplained. Can you approve a write-off for those 8?

Bogdan"""),
 ("wh-e3", "Helen Ashworth <helen.ashworth@cresttools.example>", "Bogdan Ionescu <bogdan.ionescu@cresttools.example>", None, "2026-12-09 09:00",
  """Approved. Please also send me a short note on how the delivery note was missed, for the auditors.

Helen"""),
 ], [
 ("S", "pronoun_perspective", "Bogdan is to send Helen a short note on how the delivery note was missed."),
 ("S", "normalised_number", "Five of every six missing drills were traced to a November delivery that was never booked in."),
 ("S", "cross_email", "A recount by a second team confirmed 412 drills, and Helen approved writing off the eight unexplained ones."),
 ("U", "invented_cause", "The eight unexplained drills went missing through theft from the warehouse."),
 ("U", "invented_blame", "Helen blames Bogdan for the missed delivery note."),
 ("U", "over_generalisation", "Several product lines showed large differences at the stocktake."),
 ("U", "swapped_relation", "Helen asked Bogdan to approve the write-off."),
]))
