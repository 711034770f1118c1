"""Threads 21-30 (recall, travel, HR policy, data protection, audit, charity event, MFA, agency fee). Hand-written."""
from common import thread

thread("prod_recall", [
    ("rec1", "Quality <quality@halden-foods.example>", "Sales and customer care <sales-cc@halden-foods.example>",
     "2026-09-14 07:30", "Withdrawal of oat bars batch L2231", """All,

We are withdrawing batch L2231 of our 40 g oat bars because a supplier told us on Saturday that one lot of hazelnut
paste it sent us may contain traces of peanut. The bars are not labelled for peanut. About 18,000 bars from the batch
went to four retailers.

Quality team"""),
    ("rec2", "Martin Kral <martin.kral@halden-foods.example>", "Quality <quality@halden-foods.example>",
     "2026-09-14 10:05", "RE: Withdrawal of oat bars batch L2231", """Hi,

Three of the four retailers have already pulled the bars from their shelves. Fairmart says it needs our written
notice before it acts.

Martin, key accounts"""),
    ("rec3", "Quality <quality@halden-foods.example>", "Martin Kral <martin.kral@halden-foods.example>",
     "2026-09-14 11:20", "RE: Withdrawal of oat bars batch L2231", """Martin,

Written notice went to Fairmart at 11:10. The laboratory results on retained samples are expected on Wednesday.

Quality team"""),
    ("rec4", "Martin Kral <martin.kral@halden-foods.example>", "Quality <quality@halden-foods.example>",
     "2026-09-14 15:45", "RE: Withdrawal of oat bars batch L2231", """Fairmart confirmed the bars are off its shelves
as of 14:30. No customer complaints so far.

Martin"""),
], [
    ("+scause", "Batch L2231 is being withdrawn because the hazelnut paste in it may contain peanut traces, which the label does not declare."),
    ("+cross", "All four retailers had removed the bars by 14:30 on 14 September."),
    ("+rep", "Fairmart said it would only act once it had a written notice from Halden Foods."),
    ("+neg", "No customers have complained so far."),
    ("+num", "Batch L2231 amounts to about 720 kg of oat bars sent to retailers."),
    ("-unstated", "Laboratory tests confirmed peanut in batch L2231."),
    ("-blame", "Fairmart delayed the withdrawal of the bars."),
    ("-conseq", "Several customers had allergic reactions to the oat bars."),
    ("-wnum", "About 18,000 bars went to six retailers."),
    ("-entity", "Fairmart told Halden Foods that the hazelnut paste may contain traces of peanut."),
    ("-cause", "The peanut traces got into the bars because Halden's production line was not cleaned."),
])

thread("travel_visa", [
    ("visa1", "Adaeze Nwosu <adaeze.nwosu@kirkby-partners.example>", "Travel desk <travel@kirkby-partners.example>",
     "2026-02-23 09:15", "Trip to the Toronto client", """Hi,

I need to be in Toronto for client workshops from 16 to 19 March. Please book flights from Manchester and a hotel
near King Street. I hold a Nigerian passport, so I will need an eTA or visa check.

Adaeze"""),
    ("visa2", "Travel desk <travel@kirkby-partners.example>", "Adaeze Nwosu <adaeze.nwosu@kirkby-partners.example>",
     "2026-02-24 14:00", "RE: Trip to the Toronto client", """Hi Adaeze,

For your passport you need a visitor visa, not an eTA. Processing currently takes about 30 days, so the dates are at
risk. Do you have a valid US visa? If so, you may be eligible for an eTA instead.

Travel desk"""),
    ("visa3", "Adaeze Nwosu <adaeze.nwosu@kirkby-partners.example>", "Travel desk <travel@kirkby-partners.example>",
     "2026-02-24 15:30", "RE: Trip to the Toronto client", """Yes, I have a US visa valid until 2028.

Adaeze"""),
    ("visa4", "Travel desk <travel@kirkby-partners.example>", "Adaeze Nwosu <adaeze.nwosu@kirkby-partners.example>",
     "2026-02-25 10:10", "RE: Trip to the Toronto client", """Good news: your eTA was approved this morning. Flights
are booked for 15 March out and 20 March back, and you have five nights at the Wellesley Hotel on King Street.

Travel desk"""),
], [
    ("+cross", "Because Adaeze holds a valid US visa, she could apply for an eTA, which was approved on 25 February."),
    ("+num", "Adaeze's trip lasts six days including the travel days."),
    ("+rep", "The travel desk warned that a visitor visa takes about 30 days to process, which put the dates at risk."),
    ("+pron", "Adaeze told the travel desk that her US visa is valid until 2028."),
    ("+para", "The hotel booked for Adaeze is the Wellesley on King Street."),
    ("-wnum", "Adaeze has four nights booked at the Wellesley Hotel."),
    ("-cause", "Adaeze's eTA was approved quickly because the client sponsored her application."),
    ("-negated", "Adaeze's eTA application was refused."),
    ("-wdate", "The client workshops run from 15 to 20 March."),
])

thread("hr_hybrid", [
    ("hyb1", "People team <people@marrowby.example>", "All staff <staff@marrowby.example>",
     "2026-01-07 09:00", "Hybrid working from February", """Hello all,

From 2 February the office days change from two to three a week, and Tuesday becomes a fixed team day. Staff with an
agreed flexible-working arrangement keep it. Questions to your manager or to us.

People team"""),
    ("hyb2", "Lukas Weber <lukas.weber@marrowby.example>", "People team <people@marrowby.example>",
     "2026-01-08 12:20", "RE: Hybrid working from February", """Hi,

My team has eleven people, but our area on the second floor has only eight desks. How will three office days work?

Lukas"""),
    ("hyb3", "People team <people@marrowby.example>", "Lukas Weber <lukas.weber@marrowby.example>",
     "2026-01-09 16:40", "RE: Hybrid working from February", """Lukas,

Facilities will add four desks to your area by 30 January. Until then, please use the bookable desks on the third
floor on Tuesdays.

People team"""),
], [
    ("+num", "From February staff will be in the office one day a week more than before."),
    ("+cross", "Lukas's area will have twelve desks once facilities add four by 30 January."),
    ("+num", "Lukas's team was three desks short for its eleven people."),
    ("+para", "People who already have an agreed flexible-working arrangement can keep it."),
    ("+pron", "The People team told Lukas that his team should use the bookable third-floor desks on Tuesdays for now."),
    ("-cause", "The office days were increased because productivity fell during remote working."),
    ("-wnum", "From February the office days change to four a week."),
    ("-conseq", "Lukas's team objected and asked to keep two office days."),
    ("-overgen", "Every team will get four extra desks."),
    ("-swap", "Wednesday becomes the fixed team day."),
])

thread("dp_breach", [
    ("dpb1", "Helena Roos <helena.roos@vantry.example>", "Data protection officer <dpo@vantry.example>",
     "2026-05-26 17:05", "Spreadsheet sent to wrong address", """Hi,

At 16:20 today I e-mailed a spreadsheet with the names, addresses and order totals of 230 customers to an external
address by mistake; the autocomplete picked the wrong "Jordan". I have asked the recipient to delete it.

Helena"""),
    ("dpb2", "Data protection officer <dpo@vantry.example>", "Helena Roos <helena.roos@vantry.example>",
     "2026-05-26 17:40", "RE: Spreadsheet sent to wrong address", """Helena,

Thank you for reporting it so quickly. Did the file contain payment card data or dates of birth? Please forward me
the sent e-mail and any reply.

Tobias, DPO"""),
    ("dpb3", "Helena Roos <helena.roos@vantry.example>", "Data protection officer <dpo@vantry.example>",
     "2026-05-26 18:05", "RE: Spreadsheet sent to wrong address", """Tobias,

No card data and no dates of birth. The recipient, Jordan Blake of Blake Joinery, replied that he deleted the e-mail
without opening the attachment. Both e-mails are forwarded.

Helena"""),
    ("dpb4", "Data protection officer <dpo@vantry.example>", "Helena Roos <helena.roos@vantry.example>",
     "2026-05-27 11:30", "RE: Spreadsheet sent to wrong address", """Helena,

Given the data involved and the recipient's confirmation, I have logged this as a breach with low risk. It does not
need to be reported to the authority. We will switch off autocomplete for external addresses next month.

Tobias"""),
], [
    ("+scause", "Helena sent the spreadsheet to the wrong Jordan because autocomplete picked the wrong address."),
    ("+neg", "The spreadsheet held neither card data nor dates of birth."),
    ("+rep", "Jordan Blake said he deleted the e-mail without opening the attachment."),
    ("+cross", "Tobias logged the incident as a low-risk breach that does not need to be reported to the authority."),
    ("+para", "Autocomplete for external addresses is to be turned off next month."),
    ("+num", "Helena reported the mistake to the DPO 45 minutes after sending the spreadsheet."),
    ("-blame", "Tobias blamed Helena for the breach."),
    ("-negated", "The incident was reported to the authority."),
    ("-conseq", "Helena received a formal warning for the mistake."),
    ("-wnum", "The spreadsheet contained the details of 320 customers."),
    ("-cause", "Jordan Blake deleted the e-mail because the DPO asked him to."),
])

thread("fin_audit", [
    ("aud1", "Elif Demir <elif.demir@costain-audit.example>", "Pablo Herrera <pablo.herrera@wrenfield.example>",
     "2026-03-04 10:00", "Year-end audit fieldwork", """Dear Pablo,

Fieldwork for the year-end audit will run from 23 March to 3 April. Please have the fixed asset register, the bank
confirmations and the aged debtors report ready by 16 March.

Elif Demir, audit manager"""),
    ("aud2", "Pablo Herrera <pablo.herrera@wrenfield.example>", "Elif Demir <elif.demir@costain-audit.example>",
     "2026-03-16 17:10", "RE: Year-end audit fieldwork", """Elif,

The fixed asset register and the aged debtors report are in the shared folder. Two of our three banks have sent
their confirmations; the third, Norland Bank, has promised it by 20 March.

Pablo"""),
    ("aud3", "Elif Demir <elif.demir@costain-audit.example>", "Pablo Herrera <pablo.herrera@wrenfield.example>",
     "2026-04-03 16:00", "RE: Year-end audit fieldwork", """Pablo,

Fieldwork is complete. We have one finding: 14 assets worth 62,000 EUR in total are still on the register although
they were scrapped in 2025. Please correct the register before we sign on 24 April.

Elif"""),
], [
    ("+num", "Audit fieldwork lasted twelve days, from 23 March to 3 April."),
    ("+cross", "By the 16 March deadline Pablo had provided everything except Norland Bank's confirmation."),
    ("+para", "The auditors found 14 scrapped assets, worth 62,000 EUR together, still listed on the register."),
    ("+pron", "Elif asked Pablo to fix the register before the audit is signed on 24 April."),
    ("+num", "The scrapped assets were worth on average about 4,430 EUR each."),
    ("-blame", "Pablo forgot to remove the scrapped assets from the register."),
    ("-unstated", "Norland Bank sent its confirmation on 20 March."),
    ("-wnum", "The audit found 14 scrapped assets worth 26,000 EUR."),
    ("-overgen", "The audit found several problems with the bank confirmations."),
    ("-conseq", "The auditors will qualify their opinion because of the finding."),
])

thread("ev_charityrun", [
    ("run1", "Beatriz Costa <beatriz.costa@plumtree.example>", "Plumtree staff <staff@plumtree.example>",
     "2026-04-27 12:00", "City 10K for the children's hospice", """Hi everyone,

We have 25 free places in the City 10K on Sunday 7 June, and the company will match every euro our runners raise
for the children's hospice, up to 10,000 EUR. Sign up by 15 May.

Beatriz"""),
    ("run2", "Beatriz Costa <beatriz.costa@plumtree.example>", "Plumtree staff <staff@plumtree.example>",
     "2026-05-16 09:30", "RE: City 10K for the children's hospice", """All 25 places are taken and there are six people
on the waiting list. Running shirts will be handed out on 3 June.

Beatriz"""),
    ("run3", "Beatriz Costa <beatriz.costa@plumtree.example>", "Plumtree staff <staff@plumtree.example>",
     "2026-06-09 10:00", "RE: City 10K for the children's hospice", """Thank you all! 23 of our runners finished; two
could not start because of illness. Together you raised 7,450 EUR, and with the company match the hospice gets
14,900 EUR. The fastest Plumtree time was 41 minutes, by Noah Fischer.

Beatriz"""),
], [
    ("+num", "The company matched the 7,450 EUR raised by the runners, so the hospice receives double that amount."),
    ("+scause", "Two registered runners did not start because they were ill."),
    ("+cross", "All 25 places were taken, and 23 runners finished the race on 7 June."),
    ("+para", "Noah Fischer posted the best Plumtree time, 41 minutes."),
    ("+num", "The runners' total stayed below the 10,000 EUR cap on the company match."),
    ("-wnum", "With the company match the hospice receives 17,450 EUR."),
    ("-cause", "Two runners did not start because they had not collected their shirts."),
    ("-unstated", "Runners from the waiting list took the two unused places."),
    ("-wdate", "The City 10K took place on Sunday 3 June."),
])

thread("it_mfa", [
    ("mfa1", "Security team <security@dunmore.example>", "All staff <staff@dunmore.example>",
     "2026-08-03 09:00", "Multi-factor sign-in from 17 August", """Hello,

From 17 August everyone must use the Authenticator app to sign in to e-mail and the intranet. Please install it and
register your phone before then; the guide is on the intranet. Staff without a company phone can ask for a hardware
key.

Security team"""),
    ("mfa2", "Security team <security@dunmore.example>", "Managers <managers@dunmore.example>",
     "2026-08-13 15:00", "MFA registration status", """Managers,

So far 512 of 640 staff have registered. The remaining 128 will be blocked from signing in on 17 August until they
register. Lists per team are attached.

Security team"""),
    ("mfa3", "Security team <security@dunmore.example>", "Managers <managers@dunmore.example>",
     "2026-08-17 13:00", "RE: MFA registration status", """Update: 631 staff are now registered. Nine are still
blocked; seven of them are on leave. The service desk has issued 22 hardware keys so far.

Security team"""),
], [
    ("+num", "Four days before the deadline, 80 percent of staff had registered for multi-factor sign-in."),
    ("+num", "Between 13 and 17 August another 119 staff registered."),
    ("+rep", "The security team said unregistered staff would be blocked from signing in until they register."),
    ("+cross", "Staff without a company phone could ask for a hardware key, and 22 had been issued by 17 August."),
    ("+num", "Only two of the nine blocked staff are not on leave."),
    ("-cause", "Nine staff are blocked because their hardware keys did not arrive in time."),
    ("-wnum", "Nineteen staff were still blocked on 17 August."),
    ("-conseq", "Blocked staff lost their e-mail during the week."),
    ("-blame", "Managers failed to make their teams register in time."),
])

thread("hire_agency", [
    ("agy1", "Simon Price <simon.price@talentbridge.example>", "Rachel Ng <rachel.ng@orwell-labs.example>",
     "2026-07-01 10:00", "Invoice for placement of Daniel Cho", """Dear Rachel,

Please find attached our invoice for the placement of Daniel Cho as senior chemist: 20 percent of his first-year
salary of 70,000 EUR, 14,000 EUR plus VAT.

Simon Price, Talentbridge"""),
    ("agy2", "Rachel Ng <rachel.ng@orwell-labs.example>", "Simon Price <simon.price@talentbridge.example>",
     "2026-07-02 11:30", "RE: Invoice for placement of Daniel Cho", """Simon,

Daniel applied to us directly through our website on 3 May, a week before you sent us his CV. Under clause 4 of our
agreement, no fee is due for candidates who had already applied to us.

Rachel"""),
    ("agy3", "Simon Price <simon.price@talentbridge.example>", "Rachel Ng <rachel.ng@orwell-labs.example>",
     "2026-07-03 09:45", "RE: Invoice for placement of Daniel Cho", """Rachel,

Thank you for the dates. We were not aware of his direct application. We have cancelled the invoice.

Simon"""),
], [
    ("+num", "Talentbridge sent Daniel Cho's CV around 10 May."),
    ("+cross", "After Rachel pointed out that Daniel had applied directly before his CV was sent, Talentbridge cancelled its invoice."),
    ("+rep", "Simon said Talentbridge had not known that Daniel applied directly."),
    ("+para", "Talentbridge's fee was a fifth of Daniel's first-year salary."),
    ("+pron", "Rachel told Simon that Daniel had applied to Orwell Labs through its website."),
    ("-blame", "Daniel Cho hid his direct application from Talentbridge."),
    ("-wnum", "Talentbridge charged 20 percent of a 75,000 EUR salary."),
    ("-negated", "Talentbridge refused to cancel the invoice."),
    ("-conseq", "Orwell Labs ended its agreement with Talentbridge."),
])

thread("cust_hotel", [
    ("hot1", "Michael Brennan <m.brennan@inbox.example>", "Guest relations <guests@seaview-hotel.example>",
     "2026-07-28 21:00", "Our stay 24-27 July", """Hello,

We stayed in room 312 from 24 to 27 July. The air conditioning did not work for the first two nights, and we were
only moved to another room on the third day after asking three times. I would like part of the 540 EUR we paid
refunded.

Michael Brennan"""),
    ("hot2", "Guest relations <guests@seaview-hotel.example>", "Michael Brennan <m.brennan@inbox.example>",
     "2026-07-30 10:15", "RE: Our stay 24-27 July", """Dear Mr Brennan,

I'm sorry. Our records confirm the fault in room 312, and I agree the move took far too long. We are refunding the
first two nights, 360 EUR, to your card.

Anja Ritter, Guest relations"""),
], [
    ("+num", "Michael Brennan's stay lasted three nights."),
    ("+num", "After the refund, Michael paid 180 EUR for the stay."),
    ("+rep", "Anja Ritter agreed that moving the guests took far too long."),
    ("+para", "The hotel is refunding 360 EUR for the first two nights to Michael's card."),
    ("+neg", "The air conditioning in room 312 was broken for the first two nights."),
    ("-blame", "The hotel's maintenance team ignored the fault reports about room 312."),
    ("-wnum", "The hotel refunded the full 540 EUR."),
    ("-cause", "The guests were moved late because the hotel was fully booked."),
    ("-pred", "Michael will probably not stay at the Seaview Hotel again."),
])

thread("proc_software", [
    ("sw1", "Julia Novak <julia.novak@asterby.example>", "Procurement <procurement@asterby.example>",
     "2026-11-09 09:40", "CAD licences", """Hi,

Our engineering team needs 12 more CAD licences for the new hires. The reseller, Delta Systems, quotes 2,150 EUR per
licence per year. Budget line ENG-07 has 30,000 EUR left.

Julia"""),
    ("sw2", "Procurement <procurement@asterby.example>", "Julia Novak <julia.novak@asterby.example>",
     "2026-11-10 14:00", "RE: CAD licences", """Julia,

Delta offered a 10 percent discount for orders of ten or more. We ordered 12 licences at that price today; the keys
will be e-mailed within two working days.

Procurement"""),
    ("sw3", "Julia Novak <julia.novak@asterby.example>", "Procurement <procurement@asterby.example>",
     "2026-11-12 11:00", "RE: CAD licences", """Keys received and installed on all 12 workstations. Thanks!

Julia"""),
], [
    ("+num", "With the discount each licence costs 1,935 EUR a year."),
    ("+num", "The 12 discounted licences cost 23,220 EUR, within the 30,000 EUR left on ENG-07."),
    ("+cross", "The licence keys arrived within the promised two working days and were installed on all 12 workstations."),
    ("+scause", "The order qualified for Delta's 10 percent discount because it was for more than ten licences."),
    ("-wnum", "Delta Systems offered a 15 percent discount."),
    ("-cause", "Engineering needed the licences because the old ones had expired."),
    ("-unstated", "Budget line ENG-07 is now fully spent."),
    ("-wdate", "The keys were installed on 10 November."),
])
