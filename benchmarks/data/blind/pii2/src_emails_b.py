# Source texts with inline markup: {P:...} PERSON, {L:...} LOCATION, {O:...} ORGANIZATION.

EMAILS_B = [
("email-31-calendar", """Subject: Interview invitation: Frontend Engineer - {P:Faith Oyelowo}
When: Wednesday 17 September 2025, 15:00-16:00 (WAT)
Where: {O:Microsoft} Teams (link below)
Organizer: {P:Rachel Mendes} (Talent Acquisition)
Interview panel: {P:Bill Nakashima}, {P:Yasmin Haddad}, {P:Tunde Bakare}

Hi {P:Faith},

Thank you for applying to {O:Nyota Fintech}. This is a 60-minute technical interview: 30 minutes on TypeScript and React, 20 minutes on a small system-design exercise (a payments API in Go or Kotlin - your choice) and 10 minutes for your questions.

{P:Bill} will lead the session. If the time does not suit, reply and we will find another slot this week. Please have a quiet space and a working camera; we will not ask you to share your screen apart from the exercise.

We look forward to speaking with you!

{P:Rachel Mendes}
Talent Acquisition Partner, {O:Nyota Fintech}
{L:Lagos} office: 3rd floor, The {L:Wings Complex}, {L:Ozumba Mbadiwe Avenue}, {L:Victoria Island}"""),

("email-32-forward", """Subject: Fwd: Re: Warehouse lease {L:Binh Duong}

Hi {P:Maarten},

Forwarding the thread below so you have the context before your call with Mr. {P:Hoang} on Friday.

Regards,
{P:Nguyen Thi Lan}

---------- Forwarded message ---------
From: {P:Hoang Duc Anh} <anh.hoang@vsip-estates.example>
Date: Wed, 6 Aug 2025 at 10:15
To: {P:Nguyen Thi Lan} <lan.nguyen@brightwater.example>
Subject: Re: Warehouse lease {L:Binh Duong}

Dear Ms. {P:Lan},

Unit B7 in {L:VSIP II} ({L:Thu Dau Mot City}, {L:Binh Duong Province}) will be available from 1 November. The rent is USD 4.2/m2 including management fee. The landlord cannot offer the rent-free month but can install the extra dock levellers.

Best regards,
{P:Hoang Duc Anh}

On Mon, 4 Aug 2025, {P:Nguyen Thi Lan} wrote:
> Dear Mr. {P:Anh}, could you confirm whether unit B7 is still available and if the landlord can offer one month rent-free? Our regional director {P:Maarten van der Linden} will visit {L:Ho Chi Minh City} in September."""),

("email-33-ooo", """Subject: Réponse automatique / Automatic reply: Order 5541

Bonjour, hello,

Je suis absente du bureau jusqu'au 2 septembre. I am out of the office until 2 September, attending the trade fair in {L:Casablanca} and then on leave in {L:Marrakech}.

Pour toute urgence / for urgent matters: {P:Youssef El Amrani} (Sales, {L:Tanger Med} zone) or {P:Salma Benjelloun} (Customer Service, +212 5 22 00 00 00).

Cordialement / Kind regards,
{P:Fatima Zahra Benali}
Export Coordinator
{O:Atlas Textiles SARL}
{L:Zone Industrielle Sidi Bernoussi}, {L:Casablanca}, {L:Morocco}"""),

("email-34-nonnative", """Subject: Re: migration of Jenkins to GitLab

Hi {P:Frank},

thank you for the call. Here is short summary from our side:

1. We will migrate all Jenkins pipelines to GitLab CI until end of May. {P:Dmitri Volkov} is responsible, he know the old setup best.
2. The Ruby services stay on the old servers in {L:Kharkiv} data centre until we have new contract with {O:Hetzner} in {L:Falkenstein}.
3. For the Swift and Kotlin mobile apps we need Mac minis, please order 4 pcs via {O:Apple} reseller in {L:Kraków}, as discussed with {P:Jovana}.
4. {P:Petr} will be on vacation in June, so the Atlas release must be before.

Please correct me if I misunderstood something. We can speak again on Thursday, maybe {P:Olga} can join also.

Best regards,
{P:Oleksandr Shevchenko}
Team Lead, {O:Dnipro Software Lab}"""),

("email-35-invoice", """RECHNUNG / INVOICE Nr. 2025-1187

Rechnungsempfänger / Bill to:
{P:Mark Schneider-Öztürk}
{O:Schneider Haustechnik GmbH}
{L:Hauptstraße} 48
69117 {L:Heidelberg}
{L:Deutschland}

Leistungszeitraum / Service period: April 2025
Leistung / Service: Wartung Wärmepumpe {O:Bosch} Compress 7000i, inkl. Anfahrt aus {L:Mannheim}

Nettobetrag / Net: 640,00 EUR
MwSt. 19 % / VAT: 121,60 EUR
Gesamt / Total: 761,60 EUR

Zahlbar innerhalb von 14 Tagen / Payable within 14 days.
Bank: {O:Sparkasse Rhein Neckar Nord}

Bei Fragen / Questions: Frau {P:Dawn Becker}, Buchhaltung, Tel. +49 621 0000 000

{O:Kühn & Partner Wärmetechnik KG} - {L:Augustaanlage} 32 - 68165 {L:Mannheim} - Geschäftsführer: {P:Will Kühn}"""),

("email-36-hr", """Subject: Organisational announcement - Operations leadership

Dear colleagues,

I am pleased to announce that, effective 1 May, {P:May Chen} will become Vice President of Operations for {L:Asia-Pacific}, based in {L:Singapore}. {P:May} has led our {L:Jakarta} and {L:Manila} sites for the past four years and most recently delivered Project Titan ahead of schedule.

{P:Will Oduya} will succeed {P:May} as Director of Operations, {L:South-East Asia}. {P:Will} joins from our {L:Nairobi} hub, where he launched the Mercury fleet-tracking programme. We will announce his replacement in {L:Kenya} in due course.

Please also join me in thanking {P:Rich Abernathy}, who retires in June after 31 years with the company. {P:Rich} started as a forklift driver in our {L:Memphis} warehouse and built the {L:Americas} network from scratch. A farewell lunch will be held at the {L:Peabody Hotel} in {L:Memphis} on 20 June.

Mark your calendars: the Q2 town hall is on 28 May at 16:00 SGT.

Best regards,
{P:Olumide Fashola}
Chief Operating Officer"""),

("email-37-legal", """Subject: Mutual NDA - {O:Kestrel Analytics} / {O:Hanbit Parts} - for signature

Dear Mr. {P:Park},

Please find attached the mutual non-disclosure agreement between {O:Kestrel Analytics Ltd} (registered in {L:England} and {L:Wales}, company no. 00000000, registered office 88 {L:Wood Street}, {L:London}) and {O:Hanbit Parts Co., Ltd.} ({L:Seoul}).

The agreement is governed by the laws of {L:Singapore} and any dispute will be referred to arbitration at {L:Maxwell Chambers}. We accepted your change to clause 4 (term of five years) but could not accept the non-solicitation wording; our general counsel, {P:Hannah Goldberg-Achebe}, has left a comment in the margin.

Signatories: for {O:Kestrel}, {P:Mark Lindqvist} (Chief Executive Officer); for {O:Hanbit}, Mr. {P:Park Ji-hoon} (Manager, Global Sourcing) or another authorised director.

Please sign via DocuSign by Friday 20 June. If you have questions, reply to me or call {P:Hannah} directly.

Kind regards,
{P:Ines Okafor-Brandt}
Legal Counsel
{O:Kestrel Analytics Ltd}"""),

("email-38-support", """From: {P:tomas rezende} <tomas.rezende@mailbox.example>
To: help@ledgerly.example
Subject: re: your ticket #99102 has been updated

hi {O:ledgerly} team,

ok so i tried what {P:ricardo} said (clear cache, log out, log in) and it still shows the old VAT number for our {L:porto} company. my accountant, {P:ana beatriz}, says the invoices to our customer in {L:vigo} are wrong because of it and {L:spain} will reject them.

can someone just call me? i am in {L:coimbra} this week, number is in my profile. not before 10 please, i have school run.

thanks
{P:tomás}

> On 2 Oct 2025, {P:Ricardo} ({O:Ledgerly} Support) wrote:
> Hi {P:Tomás}, please clear the cache of your browser and log in again. If the problem continues, reply to this e-mail. {P:Ricardo}"""),

("email-39-realestate", """Subject: Viewing confirmed - 2nd floor, {L:Albion Works}, {L:Shoreditch}

Hi {P:Summer},

Hope all is well. Just confirming your viewing of the 2nd floor at {L:Albion Works}, 41 {L:Great Eastern Street}, {L:London} EC2A 3HX on Tuesday at 11:30. I'll meet you in reception.

Key details:
- 4,250 sq ft, open plan, 6 meeting rooms, bike storage in the basement
- Rent GBP 62.50 psf, service charge approx. GBP 14 psf, business rates TBC
- Nearest stations: {L:Old Street} (4 min walk) and {L:Shoreditch High Street} (6 min)
- Landlord: {O:Greywell Estates}; their asset manager {P:Ravi Chandrasekaran} may join.

If the floor works for you, the landlord also has a smaller unit in {L:Clerkenwell} and a fitted floor near {L:Farringdon} station.

Speak soon,
{P:Jack Fairweather}
Associate Director, Office Agency
{O:Carrow Lane Property Advisors} | 7 {L:Bream's Buildings}, {L:London} EC4A 1DT | m. 07700 900123"""),

("email-40-newsletter", """Subject: {O:CloudPilot} product update - October

Hi there,

Here's what shipped in {O:CloudPilot} this month:

- Native connectors for Snowflake, Salesforce and HubSpot.
- The Python SDK now supports async; the Julia and R bindings are in beta.
- Dashboards can be exported to PowerPoint and Excel.
- New data region: {L:Frankfurt}. Customers in {L:Switzerland} can now keep data in {L:Zurich}.

Customer story: how {O:Atlas Textiles} in {L:Casablanca} cut reporting time by 60% - read the interview with {P:Fatima Zahra Benali} on our blog.

Coming next: Project Aurora, our AI assistant for analysts (closed beta in November), and a Rust rewrite of the query engine, code-named Everest.

Join our webinar on Thursday with product lead {P:Grace Liang} and solutions engineer {P:Marco Bianchi-Rossi}. Spots are limited - we hope to see you there.

The {O:CloudPilot} team
{O:CloudPilot Inc.}, 500 {L:Howard Street}, {L:San Francisco} 94105, {L:USA}"""),

("email-41-travel", """Subject: Your tickets: {L:Amsterdam Centraal} - {L:London St Pancras} - {L:Paris Nord}

Dear Mr {P:Maarten van der Linden},

Thank you for booking with {O:Spoorwijs}.

Outbound - Thursday 23 October
  {L:Amsterdam Centraal} 08:16 -> {L:Brussels-Midi} 10:08, {O:Eurostar} 9316, coach 12, seat 44
  {L:Brussels-Midi} 10:56 -> {L:London St Pancras International} 11:57, {O:Eurostar} 9126

Return - Sunday 26 October
  {L:London St Pancras International} 15:31 -> {L:Paris Gare du Nord} 18:47, {O:Eurostar} 9043
  {L:Paris Gare du Nord} 19:25 -> {L:Amsterdam Centraal} 22:43

Check-in closes 30 minutes before departure at {L:St Pancras} and {L:Brussels-Midi}.

Your hotel booking at the {L:Great Northern Hotel}, {L:Pancras Road}, {L:King's Cross} is confirmed for 2 nights (confirmation 55102).

Travelling with you: {P:Rose van Dijk} (adult), {P:Jasper van der Linden} (youth, 14).

Have a good trip!
{O:Spoorwijs Reisbureau}, {L:Utrecht}"""),

("email-42-headers", """From: {P:Jordan Abubakar} <jordan.abubakar@brightwater.example>
To: {P:Georgia Papadopoulos} <georgia.p@brightwater.example>
Cc: {P:Florence Adeyemi}
Subject: Trip planning - {L:Amman}, {L:Tbilisi}, {L:Florence}

Hi {P:Georgia},

Here's the draft plan for the autumn customer tour. {P:Florence}, please check the dates against your leave.

- 6-8 Oct: {L:Amman}, {L:Jordan} - two customer workshops, then a half-day at the bonded warehouse in {L:Aqaba}.
- 9-11 Oct: {L:Tbilisi}, {L:Georgia} - onboarding of our new partner {O:Kartli Freight}; {P:Georgia} (you, not the country!) presents the pricing.
- 13-14 Oct: {L:Florence}, {L:Italy} - visit to the leather workshops in {L:Santa Croce} and the {L:Prato} textile cluster.
- 15 Oct: fly home from {L:Florence} via {L:Munich}.

Let me know if anything clashes.

{P:Jordan}"""),

("email-43-nonnative", """Subject: Complain about damaged goods received in {L:Surabaya}

Dear Sir/Madam,

We are {O:PT Sumber Rejeki Abadi}, your distributor in {L:East Java}. On 3 July we received 120 cartons of the Titan blender (model TB-900) at our warehouse in {L:Rungkut}, {L:Surabaya}. When we open, 18 cartons are damaged and the blenders inside have broken jar.

Our warehouse supervisor, Bapak {P:Agus Santoso}, has make photos and report, please see attachment. The driver from the trucking company ({O:Cahaya Express}) said the damage is already when they pick up from {L:Tanjung Perak} port.

We ask for replacement of 18 units before Independence Day on 17 August because our customers in {L:Malang} and {L:Sidoarjo} are waiting. Please reply to me or to Ibu {P:Dewi Lestari} (Finance).

Thank you for the attention.

Hormat kami,
{P:Rizky Pratama}
Purchasing Manager
{O:PT Sumber Rejeki Abadi}
{L:Jl. Rungkut Industri Raya}, {L:Surabaya}, {L:Jawa Timur}"""),

("email-44-calendar", """Subject: Invitation: Weekly 1:1 - {P:Grace} / {P:Frank} (every Monday)

Organizer: {P:Grace Okonkwo}
Attendees: {P:Frank Mbeki}
When: Weekly on Monday, 09:30-10:00 (GMT+1), starting 2 June 2025
Where: {L:Lagos} HQ, 7th floor / {O:Google} Meet

{P:Frank} - let's use this slot for the Phoenix migration and your growth plan. Bring the Jira board and anything blocking you. If a Monday falls on a public holiday we'll skip it; Eid and Democracy Day in June are already excluded.

Please be frank about workload; I'd rather hear it early.

{P:Grace}"""),

("email-45-nonnative", """Subject: PO 4471 - revised ship date from {L:Chattogram}

Dear Mr. {P:Jack Thornton},

Greetings from {L:Dhaka}!

Regarding PO 4471 (12,000 pcs men's polo shirts, colour Sky Blue and Dusty Rose), we are sorry to inform that the fabric from our mill in {L:Narayanganj} was delayed due to the gas shortage. The new ex-factory date is 25 August and the vessel from {L:Chattogram} port will sail on 30 August via {L:Colombo}.

Our merchandiser {P:Tahmina Akter} will send the updated production plan tomorrow. Our chairman, Alhaj {P:Mohammad Rafiqul Islam}, personally apologises and offers 3% discount on this order.

Please also confirm if the Summer 2026 collection samples can be sent to your design office in {L:Amsterdam} or directly to {L:Hamburg}.

Best regards,
{P:Shafiqul Hasan}
Deputy General Manager - Merchandising
{O:Meghna Knit Composite Ltd.}
{L:Tongi Industrial Area}, {L:Gazipur}, {L:Bangladesh}"""),

("email-46-support", """Subject: Change delivery address for order #A-20914

Hello,

I ordered a {O:Philips} air fryer and a {O:Bosch} drill last week (order #A-20914) but I moved flat. Please change the delivery address:

Old address: Flat 3, 18 {L:Burley Road}, {L:Leeds} LS3 1JB
New address: Flat 9, {L:Kirkstall Court}, 240 {L:Kirkstall Road}, {L:Leeds} LS4 2AU

The parcel should go to my wife, {P:Noor al-Farsi}, if I am not home, I work shifts at the hospital in {L:Bradford}. Please don't leave it with the neighbour at number 7.

Also can you tell me if the drill comes with a three-pin plug? The photo in the listing looks like a European one.

Thank you,
{P:Khalid al-Farsi}
Mobile: 07700 900456"""),

("email-47-forward", """Hi {P:Will},

Can you handle this one? The customer is in {L:Thessaloniki} and writes good English. I'm off to the {L:Athens} office tomorrow.

Thanks,
{P:Dimitra}

-----Original Message-----
From: {P:Eleni Papageorgiou} <eleni.pap@olympos-foods.example>
Sent: Friday, 11 July 2025 14:22
To: {P:Dimitra Kostopoulou} <d.kostopoulou@brightwater.example>
Subject: Missing pallets - shipment from {L:Piraeus}

Dear {P:Dimitra},

Two pallets of olive oil (40 cases) are missing from the delivery that arrived at our warehouse in {L:Kalochori} yesterday. The CMR says 22 pallets, we received 20. The driver from your subcontractor {O:Egnatia Trans}, Mr. {P:Stavros}, said he loaded 22 in {L:Piraeus}. Please check with your depot in {L:Aspropyrgos} and let me know by Monday, as our customer in {L:Sofia} is waiting for this order.

Best regards,
{P:Eleni Papageorgiou}
Logistics Manager, {O:Olympos Foods S.A.}
Industrial Area of {L:Sindos}, {L:Thessaloniki}, {L:Greece}"""),

("email-48-newsletter", """Subject: What's on at {L:Jengo Hub} - March

Habari members!

Here's what is happening at {L:Jengo Hub}, {L:Argwings Kodhek Road}, {L:Kilimani} this March:

- Tue 4 March - "Pitch clinic" with angel investor {P:Achieng Otieno}.
- Thu 13 March - Women in Tech breakfast, hosted by {P:Halima Hassan} and {P:Wairimu Njoroge}. Theme: "Fintech beyond {L:Nairobi} - lessons from {L:Kisumu}, {L:Eldoret} and {L:Mombasa}".
- Sat 22 March - Hackathon on climate data with {P:Baraka Kiprop}; bring your laptop, Python and R welcome.
- Every Friday - open mic and nyama choma on the rooftop.

Member spotlight: {P:Kevin Odhiambo}'s start-up {O:Shamba Direct}, which connects farmers in {L:Nakuru} with buyers in {L:Nairobi}, just closed its seed round. Congratulations, {P:Kevin}!

Reminder: the {L:Ngong Road} entrance is closed for repairs until mid-March; use the main gate.

See you soon,
{P:Mercy} and the {O:Jengo Hub} team"""),

("email-49-legal", """Subject: Estate of the late Mr {P:Hemi Walker} - property at {L:Ponsonby}

Dear Ms {P:Kiri Parata},

We act for the executors of the estate of the late {P:Hemi Walker}. Under his will dated 3 March 2019, the property at 17 {L:Franklin Road}, {L:Ponsonby}, {L:Auckland} passes to his daughter, {P:Mereana Walker-Tuhoe}.

As the current tenant, you are entitled to remain in the property under your fixed-term tenancy until 31 January. The executors, {P:Mereana} and Mr {P:Sam Fonoti}, would like to inspect the property on a weekday in the week of 10 November, ideally Tuesday or Wednesday morning. Please let us know a suitable time.

Rent should continue to be paid to the existing account until you hear from us. Any questions about the bond should go to {O:Tenancy Services}.

Ngā mihi,
{P:Rawiri Te Whata}
Solicitor
{O:Whetu Legal Limited}
Level 4, 55 {L:Shortland Street}, {L:Auckland Central}"""),

("email-50-support", """Subject: Incident report INC-7731 - European login outage (resolved)

Summary: Between 06:12 and 07:48 UTC on Tuesday 9 September, users in {L:Europe} could not log in to {O:CloudPilot}. Customers in {L:North America} and {L:Asia} were not affected.

Timeline:
06:12 Alerts from Sentry and Grafana for the auth service in our {L:Frankfurt} region.
06:20 On-call engineer {P:Siddharth Rao} paged; incident commander: {P:Rose Mwale}.
06:41 Root cause identified: an expired TLS certificate on the Phoenix gateway, renewed manually by {P:Kai Nakoa} from the {L:Honolulu} office.
07:48 Full recovery confirmed from {L:Dublin} and {L:Amsterdam}.

Follow-ups:
- Move certificate renewal to cert-manager in Kubernetes (owner: {P:Siddharth}).
- Add a synthetic login check from {L:São Paulo} and {L:Sydney} (owner: {P:Rose}).
- Review the Atlas runbook with the Mercury team.

We apologise for the disruption. Questions: reply to this e-mail or contact your account manager.

{O:CloudPilot} Reliability Engineering"""),

("email-51-hr", """Subject: Relocation to {L:Toronto} - next steps

Dear {P:Shirin},

Congratulations again on your transfer to the {L:Toronto} office! Here is what happens next.

The immigration firm, {O:Maple & Birch Immigration LLP}, will contact you this week to prepare the work permit application. Please have ready your passport, your degree certificate from the {O:University of Tehran}, and the employment letter from our {L:Dubai} office signed by {P:Omar Haddad}.

Temporary housing: we booked a furnished apartment for 30 days in {L:Liberty Village}, close to {L:King Street West}. Your manager there will be {P:Farid Ahmadzai}, who moved from {L:Kabul} to {L:Toronto} in 2019 and knows the process well. Your partner, {P:Dariush}, is included in the open work permit application.

Please complete the tax form in Workday before Friday and let me know if you want us to ship your books from {L:Dubai} by sea.

Warm regards,
{P:Faith Kimani}
Global Mobility, People Team"""),

("email-52-facilities", """Subject: Mantenimiento / Maintenance - {L:Torre Reforma Sur}, piso 14

Hi team,

Building management of {L:Torre Reforma Sur} informs that on Saturday 8 November the elevators will be under maintenance from 8:00 to 14:00. Access to floor 14 will be by the stairs in the north core only.

Also, the parking entrance on {L:Río Lerma} will be closed; please use the one on {L:Paseo de la Reforma}. Visitors coming from {L:Santa Fe} or {L:Polanco} should allow extra time because of the march to the {L:Zócalo}.

If you need to come to the office that day, tell {P:Guadalupe Hernández} at reception or {P:Jesús María Peña} in IT. The server room is not affected.

For the {L:Guadalajara} and {L:Monterrey} teams: nothing changes for you.

Saludos,
{P:Rocío Villanueva}
Office Manager - {L:Mexico City}"""),

("email-53-calendar", """Subject: Webinar: Supply chain resilience in island economies
Date: Thursday 4 December 2025, 13:00 {L:Manila} / 18:00 {L:Auckland}
Host: {P:Maria Teresa Dela Cruz}, {O:Pacific Reach Foundation}
Speakers:
- {P:Keanu Kahananui}, harbour operations adviser, {L:Honolulu}
- {P:Losa Tuimavave}, customs broker, {L:Apia}
- {P:Jun-Jun Bautista}, shipping analyst, {L:Cebu}
Registration: via Zoom, link below.

Agenda:
1. What the 2024 typhoon season taught us ({P:Jun-Jun})
2. Small-port congestion in the {L:Pacific} ({P:Keanu})
3. Paperwork that sinks shipments ({P:Losa})
4. Q&A moderated by {P:Maria Teresa}

Note: the session is recorded. Slides will be shared afterwards. Please send questions in advance to {P:Maria Teresa} or to info@pacificreach.example."""),

("email-54-nonnative", """Subject: Visit to your factory in {L:Guadalajara}

Dear Mr. {P:Ramírez},

I am {P:Yuki Sato} from {O:Sakura Components}. Thank you very much for your kindly support always.

We are planning to visit your factory in {L:Guadalajara} in next month. The members are: myself, Mr. {P:Kenji Watanabe} (our director), and Ms. {P:Hana Ishikawa} from quality team. We will arrive at {L:Guadalajara International Airport} on 17 November by the flight from {L:Los Angeles}, and stay at hotel near to {L:Andares}.

Could you please kindly arrange the car from airport? Also, Mr. {P:Watanabe} wishes to see the SMT line and the Aurora test bench. If possible, please also arrange the meeting with Ms. {P:Faith Romero} from your purchasing.

We bring the samples of new connectors (series MX-7). Sorry for my poor English.

Best regards,
{P:Yuki Sato} ({P:佐藤 由紀})
{O:Sakura Components K.K.}, {L:Osaka} branch
{L:Umeda}, {L:Kita-ku}, {L:Osaka}, {L:Japan}"""),

("email-55-invoice", """Tax Invoice No. 0087
Date: 31 October 2025

From:
{P:Thandiwe Dlamini} t/a {O:Ubuntu Design Studio}
Unit 4, {L:Old Biscuit Mill}, {L:Albert Road}, {L:Woodstock}, {L:Cape Town} 7925
VAT no. 4000000000

To:
Accounts Payable
{O:Kestrel Analytics (Pty) Ltd}
2nd floor, 1 {L:Sandton Drive}, {L:Sandhurst}, {L:Johannesburg} 2196
Attn: {P:Rich Mokoena}

Description:
- Brand refresh for the Everest product launch (logo, colour palette: Sky, Rose, Sand)
- 3 x illustrated posters for the {L:Johannesburg} and {L:Durban} offices
- Rush fee (delivered before Heritage Day)

Total due: R 48,300.00 (incl. VAT)
Payment: EFT within 14 days. Reference: INV0087."""),

("email-56-ooo", """Subject: Automatic reply: Friday drinks?

Hi, thanks for your email!

I'm away from Wed 23 July to Mon 4 August - summer holiday in {L:Crete} with no laptop (promised!). Emails will not be forwarded.

For account questions please contact {P:Dawn Achterberg} or {P:Bill Sørensen} on the {L:Copenhagen} team. For anything about the Apollo rollout, ask {P:Ravi}. For press requests, our agency {O:Hope & Anchor PR} handles everything.

If it's about the May invoice, it has been paid - check with accounts.

Cheers,
{P:Summer Lindqvist}
Customer Success Manager | {O:Brightwater Logistics Denmark}
{L:Havnegade} 39, {L:Copenhagen}"""),

("email-57-support", """Subject: Complaint - broadband not working since 5 days, account 7781-2290

Respected Sir/Madam,

I am writing to complain that my broadband connection at home is not working since last 5 days. Address is: Flat 4B, {L:Sunshine Apartments}, {L:Model Town}, {L:Ludhiana}, {L:Punjab} 141002.

Your technician Mr. {P:Harpreet} came on Monday and said the problem is in the main junction box near the gurdwara on {L:Ferozepur Road}. He said someone will come on Wednesday but nobody came. I called your customer care 4 times, every time they say ticket is open. I am working from home for a company in {L:Gurugram} and I am losing my salary because of this.

Kindly resolve at the earliest or I will be forced to approach the consumer forum and also port my number to another operator.

Thanking you,
{P:Gurpreet Kaur Sandhu}
Mob. 98xxxxxx12"""),

("email-58-newsletter", """Subject: {O:Eurasia Freight Forwarders Association} - members' digest #42

Dear members,

1. Border update: waiting times at {L:Kapıkule} on the Turkish-Bulgarian border are down to 6 hours. The {L:Sarp} crossing to {L:Georgia} is still congested; plan for two days.
2. New members: {P:Armen Petrosyan} ({O:Yerevan Cargo Services}), {P:Leyla Aliyeva} ({O:Caspian Bridge Logistics}, {L:Baku}) and {P:Serkan Demir} ({L:Mersin}).
3. Training: ADR dangerous goods course in {L:Izmir} on 18-19 November, trainer {P:Hakan Yılmaz}.
4. Our annual dinner takes place at the {L:Çırağan Palace} in {L:Istanbul} on 12 December. Dress code: black tie. Tickets from {P:Nur Aydemir} at the secretariat.
5. Reminder: the rail working group, chaired by {P:Daniyar Seitkali} from {L:Almaty}, meets online on the first Monday of each month.

Kind regards,
The Secretariat
{O:Eurasia Freight Forwarders Association}, {L:Büyükdere Caddesi}, {L:Şişli}, {L:Istanbul}"""),

("email-59-nonnative", """Subject: Rapport / Report - {L:Goma} water project, phase 2

Dear Madam {P:Hope},

Please find enclosed the narrative report for phase 2 of the water project in {L:Goma} and {L:Sake}. Sorry for the delay, we had problem with internet because of the situation in {L:North Kivu}.

The three boreholes in {L:Mugunga} were finished in August. The fourth one in {L:Kibumba} is delayed because the drilling company from {L:Kigali} could not cross the border at {L:Gisenyi} for two weeks. Our engineer, {P:Jean-Baptiste Mukendi}, supervised the works with Mr. {P:Emmanuel Habimana} from the Rwandan side.

We want to request a no-cost extension until March. Our finance officer {P:Grâce Mbuyi} will send the financial report separately, because the bank in {L:Bukavu} still did not give the statements.

We thank you for your patience and support.

Respectfully,
{P:Dieudonné Mwamba}
Coordinator, {O:Maji Safi ASBL}
{L:Avenue du Lac}, Quartier {L:Himbi}, {L:Goma}, {L:DR Congo}"""),

("email-60-forward", """Subject: FW: Claim 55-0192 - water damage at {L:Rosebank} office

{P:Mark},

FYI, see below from the loss adjuster. Can you or {P:Will} confirm the list of damaged equipment? I'll be in {L:Pretoria} until Thursday.

{P:Faith}

From: {P:Grant Hollis} <g.hollis@fairview-adjusters.example>
Sent: 14 May 2025 08:55
To: {P:Faith Mokoena}
Subject: Claim 55-0192 - water damage at {L:Rosebank} office

Dear Ms {P:Mokoena},

Following my inspection of your premises at the {L:Firestation Rosebank} building, 16 {L:Baker Street}, {L:Rosebank}, {L:Johannesburg}, I confirm that the damage was caused by a burst pipe on the floor above. The landlord's insurer, {O:Summit Mutual}, has been notified.

Please send me an itemised list of damaged items (the {O:Dell} monitors, the {O:HP} plotter and the carpets on the east side) with invoices where available. Note that the policy excess is R 5,000 and that mould remediation must be done by an approved contractor.

Kind regards,
{P:Grant Hollis}
Loss Adjuster, {O:Fairview Adjusters}"""),
]
