# Source texts with inline markup: {P:...} PERSON, {L:...} LOCATION, {O:...} ORGANIZATION.
# build.py strips the markup and computes offsets. Written by hand for this set.

EMAILS_A = [
("email-01-headers", """From: {P:Adaeze Nwosu} <adaeze.nwosu@kestrel-analytics.example>
To: {P:Kwame Asante} <k.asante@brightwater.example>
Cc: {P:Hope Mensah} <hope.mensah@brightwater.example>; Finance Team <finance@brightwater.example>
Subject: Q3 review - {L:Accra} visit

Hi {P:Kwame},

Thanks for the call on Monday. As discussed, I will fly into {L:Kotoka International Airport} on 14 May and stay at the {L:Labadi Beach Hotel} until Friday. Could we hold the review at your {L:Airport City} office rather than in {L:Tema}? {P:Hope}, I know you have the Atlas figures ready - please bring a printed copy; we hope to close the June forecast in that session.

Best regards,
{P:Adaeze Nwosu}
Senior Analyst, {O:Kestrel Analytics}
14 {L:Ring Road Central}, {L:Accra}, {L:Ghana}
+233 30 000 1122"""),

("email-02-forward", """---------- Forwarded message ---------
From: {P:Ana Lima} <ana.lima@tidewater-pp.example>
Date: Tue, 3 Jun 2025 at 16:02
Subject: Re: Lease renewal - {L:Chiado} office
To: {P:Jorge Ramírez Ortega} <jorge.ramirez@tidewater-pp.example>

{P:Jorge}, see below. The landlord wants an answer before the end of the month.

On Tue, 3 Jun 2025 at 11:40, {P:Mariana Gonçalves} <mgoncalves@casaforte.example> wrote:
> Dear {P:Ana},
> The owner of the building at {L:Rua Garrett} 62 agreed to keep the 2nd and 3rd floors at the current rent if {O:Tidewater} signs for five years. The ground-floor shop will be let separately. If you prefer a shorter term, we can also show you a space in {L:Parque das Nações}, next to {L:Oriente} station.
> Kind regards,
> {P:Mariana Gonçalves}
> {O:Casa Forte Imobiliária} | {L:Lisboa}

{P:Ana Lima}
Portfolio Manager, {O:Tidewater Property Partners}"""),

("email-03-ooo", """Subject: Automatic reply: Invoice 2025-0417

Thank you for your message. I am out of the office from Monday 21 July until Friday 8 August with limited access to e-mail. For urgent payment questions please contact {P:Bjørn Eriksen} (bjorn.eriksen@haldenfreight.example, +47 22 00 00 00). For anything about the {L:Bergen} terminal, ask {P:Sigrid Øvrebø}.

Takk for meldingen. Jeg er på ferie til 8. august.

{P:Lars Håkansson}
Finance Controller
{O:Halden Freight AS}
{L:Strandgata} 12, 0152 {L:Oslo}, {L:Norway}"""),

("email-04-calendar", """Invitation: Project Phoenix design review @ Thu 12 Jun 2025 10:00 - 11:30 (JST)

Organizer: {P:Kenji Watanabe} <k.watanabe@sakura-components.example>
Guests: {P:Park Ji-hoon}, {P:Chen Mei-ling}, {P:Will Tanaka}, {P:Summer Nakamura} (optional)
Where: {O:Sakura Components}, {L:Shinagawa Intercity Tower A}, 22F, 2-15-1 {L:Konan}, {L:Minato-ku}, {L:Tokyo}
Join by video: meet.example/phx-review

Agenda
1. Phoenix v2 thermal test results (Mercury rig)
2. Supplier status - {L:Busan} plant and {L:Shenzhen} line
3. Summer shipment plan

Notes: {P:Tanaka}-san will share the Excel file beforehand. Will you bring the samples from {L:Osaka}? Please reply by Wednesday.

Going? Yes - Maybe - No"""),

("email-05-newsletter", """Subject: {O:Brightwater} news - June edition

Hello everyone,

Welcome to the June bulletin! A few highlights from the past month:

- New faces: please welcome {P:Faith Wanjiru}, who joins the {L:Nairobi} team as Head of People, and {P:Tevita Havili}, our new warehouse lead in {L:Auckland}.
- Faith in numbers: our customer satisfaction score rose to 91%, and on-time delivery rose for the fourth month running.
- Project Everest, the new routing engine written in Rust and Go, goes live in the {L:Rotterdam} hub in July.
- The summer party will be held on 27 June at the {L:Kenyatta International Convention Centre}. {P:Grace Addo} is collecting RSVPs - the grace period for late sign-ups ends on Friday.
- Congratulations to {P:Rose Haddad} from {L:Beirut}, who ran the {L:Lisbon} half marathon at dawn on Sunday.

Don't forget to book your annual leave in Workday before August.

Warm wishes,
The Internal Communications team
{O:Brightwater Logistics}"""),

("email-06-hr", """Subject: Offer of employment - Senior Data Engineer

Dear Ms. {P:Olena Kovalenko},

Further to your interviews with {P:Mark Petrov} and Dr. {P:Yael Ben-David}, we are pleased to offer you the position of Senior Data Engineer at {O:Nyota Fintech Ltd}, based at our {L:Westlands} office ({L:Delta Corner Tower}, {L:Waiyaki Way}, {L:Nairobi}).

Your start date will be Monday 1 September 2025. The starting salary is KES 6,200,000 per year, paid monthly, and the probation period is six months. The benefits include medical cover (including chronic conditions such as Crohn's disease and Hashimoto's thyroiditis) for you and your dependants.

Please mark the attached contract where indicated, sign it, and return it to HR by 15 August. If you need relocation support from {L:Kyiv} or {L:Warsaw}, our People Operations partner {P:Wanjiru Kamau} will help with visas.

Yours sincerely,

Dr. {P:Amani Mwangi}
Chief People Officer
{O:Nyota Fintech Ltd}"""),

("email-07-legal", """Subject: Without prejudice - service charge dispute, {L:Harbourside House}

Dear Mr {P:Osei},

We act for {O:Meridian Estates Ltd}, the freeholder of {L:Harbourside House}, 9 {L:Canal Wharf}, {L:Leeds} LS11 5PS. We write in response to your letter of 2 May regarding the service charge for unit 4B.

To be frank, our client does not accept that the charge was raised outside the lease terms. Clause 7.3 allows the landlord to recover the cost of the lift replacement carried out by {O:Schindler} in April. Our client is nevertheless willing to meet you and your tenant, Ms {P:Dawn Whitaker}, to discuss a payment plan.

Please note that our colleague {P:Isabel de la Fuente} will handle this matter while {P:Rich Delgado} is on leave. Any reply should be sent to our {L:Manchester} office at 3 {L:Hardman Street}, {L:Spinningfields}, {L:Manchester} M3 3HF.

Yours sincerely,

{P:Isabel de la Fuente}
Associate
{O:Lumen & Saltmarsh LLP}"""),

("email-08-support", """Ticket #48213 - Laptop does not boot after update
Requester: {P:Tran Thi Hoa} (tran.hoa@okapihealth.example)
Assignee: {P:jack kowalski}
Priority: High | Site: {L:Da Nang} office, 5th floor

Description (from requester):
hello support, my {O:Dell} Latitude 5440 show black screen after the Windows update yesterday. I try to restart 3 times but still same. I need it for the Apollo dashboard and the Python scripts for the malaria report, deadline is Thursday. My colleague {P:Nguyen Van Minh} has same model and it is working ok.

Internal note ({P:Jack Kowalski}, 09:12):
Spoke to {P:Hoa} by phone. BitLocker recovery screen, not a hardware fault. Walked her through the key from Intune. Plugged the ethernet jack in to get policies. Will check again at 14:00.

Internal note ({P:Mark Osei}, 11:40):
Same issue reported from the {L:Hanoi} and {L:Ho Chi Minh City} offices after the update. Raising with {O:Microsoft}."""),

("email-09-invoice", """INVOICE INV-2025-0612
Date: 30 May 2025   Due: 29 June 2025

Bill to:
{P:Ahmad bin Yusof}
Procurement Manager
{O:Sinar Harapan Trading Sdn Bhd}
Level 12, {L:Menara Kerjaya}, {L:Jalan Tun Razak}
50400 {L:Kuala Lumpur}, {L:Malaysia}

Ship to:
Warehouse 3, {L:Jalan Perusahaan}, {L:Batu Caves}, {L:Selangor}

Description                     Qty   Amount (MYR)
Titan-X pallet scanner           4       18,400.00
Aurora label printer             2        3,150.00
Installation (bill of works 22)  1        1,200.00
Total                                    22,750.00

Please pay by bank transfer within 30 days. Questions about this bill: accounts@kestrel-analytics.example or call {P:Bill Okonjo} on +44 20 0000 0411.

{O:Kestrel Analytics Ltd}, 88 {L:Wood Street}, {L:London} EC2V 7RS, {L:United Kingdom}"""),

("email-10-travel", """Subject: Your itinerary - Ms {P:Fatou Diallo} - ref QX7P2M

Dear {P:Fatou Diallo},

Here is your trip to the LogiConnect Summit.

Flight 1: Sun 14 Sep 2025, {L:Dakar} ({L:Blaise Diagne International Airport}) 23:55 -> {L:Lisbon Airport} 04:40 (+1), TP 1486
Flight 2: Mon 15 Sep 2025, {L:Lisbon Airport} 07:30 -> {L:Frankfurt Airport} 11:35, LH 1167
Train: Mon 15 Sep, {L:Frankfurt Hauptbahnhof} 13:02 -> {L:Köln Hbf} 14:06, ICE 28
Hotel: {L:Hotel Rheinblick}, {L:Kennedy-Ufer}, {L:Deutz}, {L:Köln} - 3 nights, breakfast included
Venue: {L:Gürzenich}, {L:Martinstraße}, 10 minutes on foot across the bridge

Return: Thu 18 Sep, {L:Frankfurt Airport} 21:40 -> {L:Dakar} 02:10 (+1)

Your travel agent {P:Mamadou Sow} can be reached at +221 33 000 00 00 during office hours. Please carry your Schengen visa and the yellow fever certificate.

Bon voyage,
{O:Teranga Voyages}, {L:Dakar}"""),

("email-11-facilities", """From: Facilities Desk <facilities@okapihealth.example>
To: All staff - {L:Canary Wharf}
Subject: Move to {L:One Canada Square}, 18th floor - weekend of 19/20 July

Dear colleagues,

As announced, the {L:London} team moves from {L:Cabot Place} to the 18th floor of {L:One Canada Square} over the weekend of 19/20 July. Crates will be delivered to each desk on Wednesday; please label them with your name and desk number (e.g. "{P:May Lin} - 18.042").

Parking: the {L:Jubilee Place} car park is closed on Saturday. Couriers should use the {L:Westferry Circus} entrance. The nearest stations are {L:Canary Wharf} and {L:Heron Quays}.

The Orion and Titan project teams will sit together near the east lifts. May I remind everyone that nothing should be left on desks on Friday evening.

Questions? Ask {P:Sky Tuilagi} (Facilities Coordinator) or call ext. 4410.

Facilities Team"""),

("email-12-nonnative", """To: {P:Rose van Dijk} <r.vandijk@lumenparts.example>
Subject: about the shipment to {L:Izmir}

Hello {P:Rose},

I am writing you for the shipment which is still waiting in {L:Ambarlı} port since last week. Our customs broker {P:Burak Şahin} say the documents from {L:Rotterdam} is missing the certificate of origin. Can you kindly send it until tomorrow? Otherwise the goods will stay and we must pay demurrage, this is not fair for us.

Also my manager {P:Elif Yıldız} want to visit your factory in {L:Eindhoven} on next month, maybe together with {P:Mert} from our {L:Ankara} office. Is it possible to arrange a hotel near to the {L:Strijp-S} area? We will come with {O:Turkish Airlines} from {L:Istanbul Airport}.

By the way, the samples of Phoenix model arrived broken, the box was open. I send photos in attachment.

Thank you very much and have a nice day,
{P:Zeynep Çelik}
Import Specialist
{O:Anadolu Makine A.Ş.}
{L:Kadıköy} / {L:İstanbul}"""),

("email-13-support", """From: {P:Layla Mansour} <layla.mansour@desertbloom.example>
To: support@cloudpilot.example
Subject: [{O:CloudPilot}] Cannot export reports since Tuesday

Hi {O:CloudPilot} support,

Since Tuesday our team in {L:Dubai} cannot export the monthly reports to PDF. The error says "Worker timeout (Jenkins job 4411)". My colleague {P:Yousef Al-Qasimi} in our {L:Riyadh} branch gets the same error, but {P:Khalid bin Rashid} in {L:Muscat} can export without problem. We are all on the Enterprise plan and our data is hosted in your {L:Bahrain} region.

This is urgent because our auditors from {O:Al Masah Audit Partners} come on Sunday to our office in {L:Dubai Internet City}, Building 9.

Regards,
{P:Layla Mansour}
Operations Lead | {O:Desert Bloom Trading LLC}
Office 804, {L:Al Noor Tower}, {L:Barsha Heights}, {L:Dubai}, {L:UAE}
Mob: +971 50 000 0000"""),

("email-14-forward", """From: {P:Dariush Rahimi} <d.rahimi@kestrel-analytics.example>
To: {P:Parisa Moradi} <p.moradi@kestrel-analytics.example>
Subject: Re: Orion dashboards

sure, i'll ask {P:golnaz} to check the Kafka lag tomorrow. {P:shirin} said the {L:Tehran} vendor can't deliver before Nowruz anyway.

btw can you ping {P:will} about the Grafana licence? he's in {L:Isfahan} till wed.

{P:dariush}

On Mon, 10 Mar 2025 at 17:21, {P:Parisa Moradi} wrote:
> {P:Dariush}, the Orion dashboards are still showing yesterday's numbers. Is the Kafka consumer stuck again? Also we need the licence renewal signed before the end of March, otherwise Grafana will lock the Atlas workspace.
> {P:Parisa}"""),

("email-15-calendar", """Subject: Updated invitation: Aurora launch rehearsal
When: Sunday 7 September 2025, 14:00-16:00 (IDT)
Where: 31st floor, {L:Azrieli Sarona Tower}, {L:Derech Menachem Begin}, {L:Tel Aviv}
Organizer: {P:Noa Shapira}
Required: {P:Eitan Rosenberg}; {P:Avi Cohen}; {P:Dawn Okafor}; {P:Yael Ben-David}
Optional: {P:Grace Mizrahi}

{P:Noa Shapira} has updated this meeting. Changes: the meeting moved from the 12th floor to the 31st floor.

Hi all - rehearsal for the Aurora launch. {P:Eitan} will walk through the demo on the iPad Pro, {P:Avi} covers pricing. {P:Dawn}, please bring the figures from the {L:Jerusalem} pilot. We finish at dawn if we have to :)"""),

("email-16-realestate", """From: {P:Venkatesh Subramanian} <venkatesh@nandirealty.example>
To: {P:Anjali Deshpande} <anjali.deshpande@kestrel-analytics.example>
Cc: {P:Priya Raghunathan}
Subject: Office options - {L:Koramangala} / {L:Whitefield}

Dear {P:Anjali} ji,

As discussed over phone, please find below the two options for your new {L:Bengaluru} office:

1) {L:Koramangala 5th Block}, {L:80 Feet Road} - 12,000 sq ft on 3rd and 4th floor, warm shell, Rs 95 per sq ft. Near {L:Forum Mall}, good for hiring from {L:HSR Layout} and {L:BTM Layout}.
2) {L:Whitefield}, {L:ITPL Main Road} - 15,500 sq ft in Tower C of {L:Silver Oak Tech Park}, fully furnished, Rs 110 per sq ft.

Metro to {L:Whitefield} ({L:Kadugodi} station) is now running, so commute from {L:Indiranagar} or {L:KR Puram} is easy.

Site visits can be done on Saturday. My colleague {P:Mohammed Irfan} will accompany you. Kindly revert with your preferred time.

Thanks and regards,
{P:Venkatesh Subramanian}
Senior Manager - Leasing
{O:Nandi Realty Pvt Ltd}
No. 14, {L:Lavelle Road}, {L:Bengaluru} 560001"""),

("email-17-legal", """Subject: GDPR data subject request - reference DSR-2025-118

Dear Ms {P:Wiśniewska},

We confirm receipt of your request of 4 April 2025 under Article 15 GDPR for access to the personal data that {O:Halden Freight AS} holds about you.

We have searched our systems (Salesforce, SAP, Outlook and the Jira service desk) and found records linked to your name, {P:Katarzyna Wiśniewska}, and to your previous address in {L:Kraków} ({L:ul. Długa}). A copy is attached as an encrypted ZIP file; the password will be sent by SMS.

Your data is processed by our {L:Warsaw} branch and stored in data centres in {L:Frankfurt} and {L:Stockholm}. We do not transfer it outside {L:Europe}.

If you are not satisfied, you may complain to the Polish supervisory authority ({O:UODO}, {L:ul. Stawki} 2, {L:Warszawa}).

Kind regards,
{P:Tomáš Dvořák}
Data Protection Officer
{O:Halden Freight AS}, {L:Brno} branch
{L:Holandská} 8, 639 00 {L:Brno}, {L:Czech Republic}"""),

("email-18-nonnative", """From: {P:Chukwuemeka Eze} <c.eze@ikejaprint.example>
To: {P:Ngozi Okonjo-Adeyemi} <ngozi@brightwater.example>
Subject: RE: Delivery of branded materials to {L:Victoria Island}

Good morning Ma,

Trust you are doing well. Kindly note that the branded materials for your {L:Victoria Island} event are ready for pickup at our factory in {L:Ikeja}, {L:Lagos}. Due to the traffic on {L:Third Mainland Bridge} we advise the truck leaves before 6am.

Please ask {P:Oyelaran} to confirm the quantity of banners, the last mail from him says 40 but the purchase order says 45. Also Alhaji {P:Musa Danjuma} from the {L:Kano} branch called to ask if the calendars will be ready before Sallah.

We will deliver the balance to {L:Abuja} on Thursday.

Thanks and best regards,
{P:Emeka}
For: {O:Ikeja Print Works Ltd}
12 {L:Allen Avenue}, {L:Ikeja}, {L:Lagos State}"""),

("email-19-headers", """From: {P:Lucía Fernández-Castro} <lucia.fc@solandes.example>
To: {P:Jorge Ramírez Ortega}; {P:María José García López}
Subject: Seguimiento / follow-up {L:Bogotá} visit

Hi both,

Thank you for receiving us in {L:Bogotá} last week. As promised, here is the summary in English for {P:Camila Rojas}, who could not attend.

- The pilot with {O:Supermercados La Sabana} will start in {L:Chapinero} and {L:Usaquén} in October.
- Pricing: our proposal is 4% below what their current supplier, {O:Hoffmann Logistik}, charges. {P:Jorge} thinks we can go lower; {P:María José} prefers to wait.
- Next meeting: {L:Medellín}, at the {L:El Poblado} office, date to be confirmed (probably the week of 13 October, not the long weekend).

Un abrazo,
{P:Lucía}
--
{P:Lucía Fernández-Castro}
Directora Comercial | {O:Sol Andes Distribución S.A.S.}
{L:Carrera 7} # 71-21, {L:Bogotá}, {L:Colombia}"""),

("email-20-newsletter", """From: {P:Sione Taufa} <sione.taufa@pacificreach.example>
To: {P:Losana Vunibola}; {P:Aroha Ngata}; {P:Sefo Leota}
Subject: Cyclone season readiness - {L:Suva} workshop

Bula and mālō e lelei everyone,

Quick update ahead of the readiness workshop at the {L:Grand Pacific Hotel} in {L:Suva} on 3-4 November:

- {P:Losana} will run the logistics session. Please send her your flight details if you arrive from {L:Nuku'alofa}, {L:Apia} or {L:Port Vila}, as {O:Fiji Airways} has changed the schedule.
- {P:Aroha} is flying in from {L:Wellington} via {L:Auckland} and will present the {L:Tonga} water-tank study.
- {P:Sefo}, can you bring the satellite phones from the {L:Apia} store? Make sure the {O:Iridium} SIMs are topped up.
- {P:Mele Fifita} from the {O:Ministry of Infrastructure} in {L:Nukuʻalofa} has confirmed.

The sky looks clear for now but the {O:Met Service} warns of an early start to the season.

Fakafetaʻi lahi,
{P:Sione Taufa}
Programme Coordinator, {O:Pacific Reach Foundation}
Ground floor, {L:Vanua House}, {L:Victoria Parade}, {L:Suva}, {L:Fiji}"""),

("email-21-nonnative", """From: {P:Tesfaye Bekele} <tesfaye.b@abyssiniacoffee.example>
To: {P:Summer Hayes} <summer.hayes@roastworks.example>
Subject: Contract samples from {L:Yirgacheffe} and {L:Guji}

Dear {P:Summer},

Greetings from {L:Addis Ababa}. I hope this finds you well after the summer holidays.

We have dispatched the pre-shipment samples by {O:DHL} this morning. There are four lots: two washed lots from {L:Yirgacheffe}, one natural from {L:Guji} zone and one from the {L:Sidama} region near {L:Hawassa}. Our quality manager {P:Hiwot Alemu} did the cupping yesterday at our lab in {L:Bole}, the scores are between 86 and 88.

The containers will go by train from {L:Addis} to {L:Djibouti} port at the end of October and then by sea to {L:Felixstowe}. Please confirm the shipping marks with your colleague {P:Jack}, he asked last time for changes.

We appreciate very much your frank feedback on the last shipment, we changed the drying beds as you advised.

Best regards,
{P:Tesfaye Bekele}
Export Manager, {O:Abyssinia Coffee Exporters PLC}
{L:Bole Road}, {L:Addis Ababa}, {L:Ethiopia}"""),

("email-22-ooo", """Subject: Out of office: Re: {L:Busan} plant audit

Hello,

I am on business trip to {L:Busan} and {L:Ulsan} until 22 May. During this time I can reply only in the evening (Korean time).

For quality issues please contact Mr. {P:Lee Seung-woo} (seungwoo.lee@hanbitparts.example). For purchasing, contact Ms. {P:Kim Da-eun}. If it is about the Mercury project, please wait for my return.

Thank you for your understanding.

{P:Park Ji-hoon}
Manager, Global Sourcing Team
{O:Hanbit Parts Co., Ltd.}
{L:Teheran-ro} 152, {L:Gangnam-gu}, {L:Seoul}, {L:Republic of Korea}"""),

("email-23-headers", """From: {P:Liu Yang} <liu.yang@pearlriver-elec.example>
To: {P:Dawn Whitaker} <dawn@kestrel-analytics.example>
Cc: {P:Zhang Wei}; {P:Mark Lindqvist}
Subject: RE: Delayed order PO-88412

Dear {P:Dawn},

Sorry for the late reply, we had a holiday for Dragon Boat Festival.

Regarding PO-88412 (2,000 pcs Atlas sensor boards), production is finished in our {L:Dongguan} factory and the goods are now at {L:Yantian} port in {L:Shenzhen}. The vessel was delayed because of typhoon, the new ETD is 18 June and ETA {L:Felixstowe} is 24 July.

Mr. {P:Zhang Wei} from our logistics department will send the updated B/L. If you need air freight for part of the order, we can ship 300 pcs from {L:Hong Kong International Airport} on Monday, the cost is on us.

Please tell {P:Mark} that the Orion firmware v3.2 is already flashed.

Best regards,
{P:Liu Yang} ({P:Lily})
Sales Manager
{O:Pearl River Electronics Co., Ltd.}
No. 8 {L:Keji Road}, {L:Nanshan District}, {L:Shenzhen}, {L:Guangdong}, {L:China}"""),

("email-24-newsletter", """Subject: Ops Meetup - {L:Helsinki}, 9 October

Hi everyone,

Registration for the autumn Ops Meetup is open. This time we meet at the {L:Dipoli} building on the {L:Otaniemi} campus in {L:Espoo}, a short metro ride from {L:Helsinki Central Station}.

Programme:
09:30  Welcome - {P:Eero Virtanen}
10:00  "Terraform at scale without tears" - {P:Aslaug Sigurðardóttir} (flying in from {L:Reykjavík})
11:15  "What we learned moving Cassandra to Postgres" - {P:Jón Þór Gunnarsson}
13:00  Lunch
13:45  Panel: on-call in small teams - {P:Ingrid Solberg}, {P:Mikael Öberg}, {P:Hope Lindgren}
15:00  Sauna and networking at {L:Löyly}, {L:Hernesaari}

Tickets are free but limited to 120. Sign up by 26 September. If you have dietary needs, tell {P:Eero} or write to the organisers.

See you in {L:Espoo}!
Kiitos,
The Meetup crew"""),

("email-25-hr", """Subject: Reference for {P:Grace Adjei}

To whom it may concern,

I am pleased to provide a reference for {P:Grace Adjei}, who worked at {O:Okapi Health Ltd} from March 2019 to April 2025, first as a Clinical Data Coordinator in our {L:Kumasi} office and later as Senior Data Manager in {L:Accra}.

During this time {P:Grace} led the migration of our trial data from Excel and Access into a validated REDCap system, supported two studies on sickle cell disease and one on Buruli ulcer, and trained colleagues in {L:Tamale} and {L:Cape Coast}. She is reliable, calm under pressure and gives frank, constructive feedback.

{P:Grace} is leaving us to join her family in {L:Toronto}. We would re-hire her without hesitation.

If you need more detail, please contact me at the number below.

Yours faithfully,

Dr. {P:Kofi Boateng}
Head of Clinical Operations
{O:Okapi Health Ltd}
{L:Okapi House}, 4 {L:Liberation Road}, {L:Airport Residential Area}, {L:Accra}
+233 30 000 7788"""),

("email-26-nonnative", """To: reservas@casalluna.example
Subject: Reservation problem - booking 77120455

Hello,

My name is {P:Thiago Carvalho} and I made a reservation in your hotel for 3 nights, from 12 to 15 March, for the Mobile World Congress. Today I receive e-mail that my reservation was cancelled because the card was declined, but the card is ok, the bank ({O:Banco Ipê}) confirmed no attempt was made.

I need the room because the fair is in {L:Fira Gran Via} and the hotels near {L:Plaça d'Espanya} are all full. I arrive with my colleague {P:Beatriz Moura} from {L:São Paulo} on the 11th, landing at {L:Barcelona-El Prat Airport} at 07:10.

Please can you restore the reservation with the same price? If not possible, please tell me today so I can search other hotel.

Thank you in advance, I wait for your answer.

{P:Thiago Carvalho}
Key Account Manager - {L:Iberia}
{O:Vértice Telecom Ltda.}
{L:Av. Paulista} 1578, {L:Bela Vista}, {L:São Paulo}, {L:Brazil}"""),

("email-27-travel", """Subject: E-ticket and itinerary - {P:SUBRAMANIAN/VENKATESH} MR

Booking reference: 6TQX2L
Passenger: {P:SUBRAMANIAN/VENKATESH} MR
Travel arranger: {P:Ayesha Siddiqui}, Corporate Travel Desk

Outbound - Monday 6 October 2025
  {L:Bengaluru} ({L:Kempegowda International Airport}) 06:35 -> {L:London Heathrow}, Terminal 2, 12:50
  {O:Heathrow Express} to {L:London Paddington}, then taxi to hotel

Hotel: {L:Kingsway Court Hotel}, 52 {L:Kingsway}, {L:Holborn} - 4 nights, check-in 14:00

Meeting: Tuesday 7 October, 10:00, {O:Kestrel Analytics}, 88 {L:Wood Street}, {L:City of London}. Host: {P:Mark Lindqvist}

Return - Friday 10 October 2025
  {L:London Heathrow} 21:15 -> {L:Bengaluru} 11:45 (+1)

Visa: valid. Per diem as per travel policy.
24x7 helpline: +91 80 0000 1234 (ask for {P:Will} or {P:Sunil})"""),

("email-28-facilities", """From: Building Management <bm@meridiantower.example>
To: All tenants
Subject: Water shut-off Saturday 14 June, floors 10-22

Dear tenants,

Please be advised that the water supply to floors 10 to 22 of {L:Meridian Tower}, 200 {L:Collins Street}, {L:Melbourne} will be shut off on Saturday 14 June from 7:00 to 15:00 while the contractor, {O:Frank & Sons Plumbing}, replaces the riser valves.

Lifts 3 and 4 (east core) will be out of service. The loading dock on {L:Flinders Lane} remains open. Tenants in the {L:Docklands} annex are not affected.

The café on the ground floor ({O:Summer & Rye}) will be closed. Main street cafés along {L:Collins Street} will be very busy, so please plan ahead.

If you have server rooms with water cooling, contact our facilities manager {P:Dawn Fitzgerald-Ngata} before Wednesday. After-hours emergencies: call security on (03) 9000 0000.

Kind regards,
Building Management
{L:Meridian Tower}"""),

("email-29-support", """Subject: [Ticket 20931] Dose calculator shows wrong unit for Ozempic

Reported by: {P:Sandeep Kaur Gill} (Lead Pharmacist, {L:Birmingham} site)
Product: MedCalc Pro 4.2 (Windows)
Severity: 2 - patient safety

Steps:
1. Open a patient with type 2 diabetes on metformin and Ozempic (semaglutide).
2. Add a second drug, e.g. Lipitor 20 mg.
3. The Ozempic line now shows the dose in "mL" instead of "mg".

We also see it for patients with Parkinson's disease on Madopar, and for one patient with Addison's disease on hydrocortisone. It started after Tuesday's update. Our IT contact {P:Nimal Perera} rolled back two machines in the {L:Edgbaston} clinic and the issue disappeared.

Please escalate to your {L:Cambridge} development team. Our medical director, Prof. {P:Hope Adeyemi}, asked for a written root-cause analysis by Friday.

{P:Sandeep}"""),

("email-30-newsletter", """Subject: {O:Tidewater} Market Notes - Q2 2025

Dear clients,

Our quarterly notes on the {L:Lisbon} and {L:Porto} markets:

{L:Lisbon}: Prime office rents in {L:Avenida da Liberdade} and {L:Marquês de Pombal} held at EUR 28/m2/month. {L:Parque das Nações} saw two large lettings, including 6,000 m2 to a {L:Phoenix}-based software firm. Vacancy in {L:Alcântara} rose slightly.

{L:Porto}: Demand around {L:Boavista} and the new {L:Campanhã} station quarter is strong; main street prices for retail on {L:Rua de Santa Catarina} rose 6% year on year.

Regions: Interest from {L:Madeira} and the {L:Algarve} continues for hospitality assets; {L:Alentejo} logistics land is still cheap compared to the {L:Madrid}-{L:Lisbon} corridor.

We hope you find this useful. For a detailed report contact our research lead, {P:João Pedro dos Santos}, or your usual {O:Tidewater} adviser.

Best,
{P:Ana Paula de Souza Lima}
Head of Research
{O:Tidewater Property Partners}, {L:Avenida da República} 50, {L:Lisboa}"""),
]
