"""Threads 11-20 (logistics, safety, finance, events, SaaS, legal). Hand-written for blind set 7."""
from common import thread

thread("log_containers", [
    ("ctr1", "Mei Tanaka <mei.tanaka@ostervale.example>", "Warehouse team <warehouse@ostervale.example>",
     "2026-03-16 08:10", "Containers from Ningbo", """Hi team,

Our two containers of garden furniture left Ningbo on 20 February and were due in Rotterdam on 18 March. The
shipping line now says the vessel was held outside Colombo for a week because of a port strike and will arrive on
25 March instead.

Mei"""),
    ("ctr2", "Lars Eriksen <lars.eriksen@ostervale.example>", "Mei Tanaka <mei.tanaka@ostervale.example>",
     "2026-03-16 09:02", "RE: Containers from Ningbo", """Mei,

That pushes our spring launch stock close to the line. The launch is on 6 April. Trucking from Rotterdam to our
warehouse takes two days and unpacking another three. Can we pay for priority unloading?

Lars"""),
    ("ctr3", "Mei Tanaka <mei.tanaka@ostervale.example>", "Lars Eriksen <lars.eriksen@ostervale.example>",
     "2026-03-17 15:30", "RE: Containers from Ningbo", """Lars,

Priority unloading is booked at 350 EUR per container. The terminal confirmed both containers will be released the
day after arrival.

Mei"""),
], [
    ("+scause", "The containers are a week late because the vessel was held outside Colombo during a port strike."),
    ("+num", "Priority unloading for the two containers costs 700 EUR in total."),
    ("+cross", "If released on 26 March, the furniture should be unpacked at the warehouse around 31 March, before the 6 April launch."),
    ("+rep", "Lars asked whether they could pay for priority unloading."),
    ("+para", "The shipment of garden furniture set off from Ningbo on 20 February."),
    ("-blame", "The delay was caused by Ostervale booking the wrong vessel."),
    ("-wdate", "The containers are now expected in Rotterdam on 18 March."),
    ("-conseq", "The spring launch has been postponed because of the delay."),
    ("-wnum", "Priority unloading costs 350 EUR for both containers together."),
    ("-swap", "The vessel left Rotterdam for Ningbo on 20 February."),
])

thread("safety_forklift", [
    ("fork1", "Gareth Lowe <gareth.lowe@ostervale.example>", "Health and safety <hse@ostervale.example>",
     "2026-05-19 14:25", "Near miss in aisle 7", """Hi,

At about 13:50 a forklift reversing out of aisle 7 came within a metre of a picker, Joanna Wirth. Nobody was hurt.
The reversing beeper on that truck, FL-03, was not working. I have taken FL-03 out of service.

Gareth, shift supervisor"""),
    ("fork2", "Health and safety <hse@ostervale.example>", "Gareth Lowe <gareth.lowe@ostervale.example>",
     "2026-05-19 16:00", "RE: Near miss in aisle 7", """Gareth,

Thank you for acting quickly. Please ask the driver and Joanna for short written statements by Thursday. We will
check the beepers on all six forklifts tomorrow morning.

Amira Haddad, HSE"""),
    ("fork3", "Health and safety <hse@ostervale.example>", "Gareth Lowe <gareth.lowe@ostervale.example>",
     "2026-05-20 11:45", "RE: Near miss in aisle 7", """Gareth,

We checked all six forklifts this morning. FL-03 had a broken wire to the beeper; the other five were fine. FL-03 is
repaired and back in service.

Amira"""),
], [
    ("+neg", "No one was injured in the near miss in aisle 7."),
    ("+cross", "The reversing beeper on FL-03 failed because of a broken wire, which has been repaired."),
    ("+num", "Five of the six forklifts had working beepers."),
    ("+rep", "Amira asked Gareth to collect written statements from the driver and Joanna by Thursday."),
    ("+para", "Gareth withdrew FL-03 from use right after the incident."),
    ("+multi", "FL-03 came within a metre of Joanna Wirth at about 13:50 while reversing out of aisle 7."),
    ("-blame", "The forklift driver was not paying attention when reversing."),
    ("-blame", "Gareth Lowe is responsible for the broken beeper on FL-03."),
    ("-negated", "Joanna Wirth was slightly injured."),
    ("-conseq", "The forklift driver was suspended after the near miss."),
    ("-overgen", "Several forklifts had broken beepers."),
])

thread("fin_budget", [
    ("bud1", "Claire Dumont <claire.dumont@verelink.example>", "Marketing leads <mkt-leads@verelink.example>",
     "2026-10-05 09:00", "Q4 marketing budget", """Hi all,

Our Q4 budget is 120,000 EUR. By the end of September we had spent 41,000 EUR of it on the trade show and 18,000 EUR
on paid search. Please send me your remaining plans by 9 October.

Claire"""),
    ("bud2", "Felix Sauer <felix.sauer@verelink.example>", "Claire Dumont <claire.dumont@verelink.example>",
     "2026-10-07 17:22", "RE: Q4 marketing budget", """Claire,

For the rest of the quarter I need 35,000 EUR for the product video and 20,000 EUR for paid search.

Felix"""),
    ("bud3", "Claire Dumont <claire.dumont@verelink.example>", "Felix Sauer <felix.sauer@verelink.example>",
     "2026-10-09 10:15", "RE: Q4 marketing budget", """Felix,

Approved. That leaves 6,000 EUR for the newsletter redesign, which Noor asked for, so I'll ask her to scale it down
to fit.

Claire"""),
], [
    ("+num", "By the end of September, 59,000 EUR of the Q4 budget had been spent."),
    ("+num", "Felix's plans add up to 55,000 EUR."),
    ("+cross", "Paid search will cost 38,000 EUR over the quarter in total."),
    ("+cross", "Claire approved Felix's 35,000 EUR request for the product video."),
    ("+pron", "Claire told Felix she would ask Noor to scale down the newsletter redesign."),
    ("-wnum", "The Q4 marketing budget is 102,000 EUR."),
    ("-cause", "Noor's newsletter redesign was cut because it came in late."),
    ("-blame", "Felix overspent the paid search budget."),
    ("-unstated", "Noor agreed to scale down the newsletter redesign."),
    ("-wdate", "Plans had to be sent to Claire by 7 October."),
])

thread("ev_conference", [
    ("conf1", "Sofia Marchetti <sofia.m@lumenfield.example>", "Events <events@lumenfield.example>",
     "2026-04-02 10:30", "DataOps Summit stand", """Hi events team,

We have a 3 by 4 metre stand at the DataOps Summit in Lyon on 9 and 10 June. The organiser needs our stand design by
15 May and the exhibitor list by 1 June. We can bring four staff badges.

Sofia"""),
    ("conf2", "Kenji Mori <kenji.mori@lumenfield.example>", "Sofia Marchetti <sofia.m@lumenfield.example>",
     "2026-04-03 08:45", "RE: DataOps Summit stand", """Sofia,

I'd like to come, plus Alba and Yusuf from sales. Alba is also giving the 20-minute talk on day two.

Kenji"""),
    ("conf3", "Sofia Marchetti <sofia.m@lumenfield.example>", "Events <events@lumenfield.example>",
     "2026-05-14 16:00", "RE: DataOps Summit stand", """Stand design submitted today. Badges: Kenji, Alba, Yusuf and
me. Alba's talk is at 11:30 on 10 June in hall C.

Sofia"""),
], [
    ("+num", "The stand covers 12 square metres."),
    ("+cross", "Alba's 20-minute talk is at 11:30 on 10 June in hall C."),
    ("+multi", "All four staff badges are used: Kenji, Alba, Yusuf and Sofia."),
    ("+cross", "The stand design went in a day before the organiser's deadline."),
    ("+pron", "Kenji told Sofia he wanted to attend along with Alba and Yusuf."),
    ("-wdate", "Alba's talk is on 9 June."),
    ("-swap", "Yusuf is giving the talk and Alba is staffing the stand for sales."),
    ("-unstated", "The exhibitor list has already been sent to the organiser."),
    ("-wnum", "The organiser allows six staff badges."),
    ("-pred", "The stand is likely to attract more leads than last year."),
])

thread("saas_renewal", [
    ("saas1", "Renewals <renewals@stackpulse.example>", "Omar Siddiqui <omar.siddiqui@kettering-eng.example>",
     "2026-01-20 09:00", "Your StackPulse renewal", """Dear Omar,

Your StackPulse Team plan for 40 seats renews on 1 March. The new list price is 24 USD per seat per month, up from
20 USD.

StackPulse Renewals"""),
    ("saas2", "Omar Siddiqui <omar.siddiqui@kettering-eng.example>", "Vera Lind <vera.lind@kettering-eng.example>",
     "2026-01-21 11:15", "FW: Your StackPulse renewal", """Vera,

FYI. We only have 31 active users, so I'd like to cut to 32 seats and ask for the old price on a two-year term.

Omar"""),
    ("saas3", "Omar Siddiqui <omar.siddiqui@kettering-eng.example>", "Vera Lind <vera.lind@kettering-eng.example>",
     "2026-02-10 14:30", "RE: FW: Your StackPulse renewal", """Vera,

StackPulse agreed to 32 seats at 21 USD per seat per month on a two-year term. I have signed the order form.

Omar"""),
], [
    ("+num", "StackPulse raised its list price by 20 percent, from 20 to 24 USD per seat per month."),
    ("+num", "The new contract costs 672 USD a month for 32 seats."),
    ("+cross", "Omar cut the plan from 40 seats to 32 because only 31 users were active."),
    ("+para", "Omar signed a two-year order form for 32 seats at 21 USD per seat each month."),
    ("+rep", "Omar told Vera that he wanted the old price on a two-year term."),
    ("-wnum", "StackPulse agreed to 20 USD per seat, the old price."),
    ("-cause", "StackPulse raised its prices because of currency changes."),
    ("-conseq", "Nine users lost access to StackPulse after the renewal."),
    ("-entity", "Vera signed the StackPulse order form."),
    ("-wdate", "The StackPulse plan renews on 1 February."),
])

thread("hire_intern", [
    ("int1", "Grace Okafor <grace.okafor@bellweather.example>", "Hiring managers <hm@bellweather.example>",
     "2026-02-16 10:00", "Summer interns", """Hi all,

We can take six summer interns this year, from 29 June to 21 August. Each team that wants one must name a mentor by
27 February.

Grace, People team"""),
    ("int2", "Matteo Ricci <matteo.ricci@bellweather.example>", "Grace Okafor <grace.okafor@bellweather.example>",
     "2026-02-18 13:30", "RE: Summer interns", """Grace,

Data engineering would like two interns. Hye-jin Park and I will mentor them.

Matteo"""),
    ("int3", "Grace Okafor <grace.okafor@bellweather.example>", "Hiring managers <hm@bellweather.example>",
     "2026-03-02 09:20", "RE: Summer interns", """All,

Eight teams asked for nine interns, but we have six places. Data engineering gets one intern, not two; design, legal,
finance, support and sales get one each.

Grace"""),
], [
    ("+num", "The internships last eight weeks."),
    ("+num", "Requests exceeded the available places by three."),
    ("+cross", "Matteo asked for two interns for data engineering but was given one."),
    ("+para", "Teams wanting an intern had to put forward a mentor by 27 February."),
    ("+neg", "Two of the eight teams that asked will not get an intern."),
    ("-cause", "Data engineering got only one intern because Matteo named his mentors late."),
    ("-wnum", "The company is taking nine summer interns."),
    ("-wdate", "The internships end on 29 August."),
    ("-unstated", "Hye-jin Park will mentor the data engineering intern."),
    ("-overgen", "Every team that asked received at least one intern."),
])

thread("cust_billing", [
    ("bill1", "Derek Mills <derek.mills@post.example>", "Billing <billing@northwire.example>",
     "2026-06-08 20:10", "Charged twice", """Hello,

My broadband bill for May, 39.90 GBP, was taken twice from my account on 3 June. Please refund the second payment.
Account number NW-558213.

Derek Mills"""),
    ("bill2", "Billing <billing@northwire.example>", "Derek Mills <derek.mills@post.example>",
     "2026-06-09 11:00", "RE: Charged twice", """Dear Mr Mills,

You are right, the payment was collected twice. The refund of 39.90 GBP will reach your account within five working
days. We have added a 10 GBP credit to your next bill for the inconvenience.

Priya, Northwire Billing"""),
    ("bill3", "Derek Mills <derek.mills@post.example>", "Billing <billing@northwire.example>",
     "2026-06-16 19:30", "RE: Charged twice", """The refund arrived today. Thanks for sorting it out quickly.

Derek"""),
], [
    ("+num", "Northwire took a total of 79.80 GBP from Derek on 3 June instead of 39.90 GBP."),
    ("+rep", "Priya confirmed that the May payment had been collected twice."),
    ("+cross", "Derek's refund of 39.90 GBP arrived on 16 June, within the five working days Northwire promised."),
    ("+para", "Northwire credited 10 GBP to Derek's next bill to make up for the trouble."),
    ("-cause", "The double payment happened because Derek's bank retried the direct debit."),
    ("-wnum", "Northwire added a 39.90 GBP credit to Derek's next bill."),
    ("-negated", "The refund had not arrived by 16 June."),
    ("-overgen", "Many Northwire customers were charged twice in June."),
])

thread("it_email", [
    ("mail1", "IT operations <itops@calderbank.example>", "All staff <staff@calderbank.example>",
     "2026-10-20 10:25", "E-mail delays", """Hi all,

Since about 09:30, incoming e-mail from outside the company is delayed by up to 40 minutes. Internal e-mail is not
affected. We are working with our mail filtering provider, SafeRelay.

IT operations"""),
    ("mail2", "IT operations <itops@calderbank.example>", "All staff <staff@calderbank.example>",
     "2026-10-20 13:40", "RE: E-mail delays", """Update: SafeRelay says a configuration change on their side at 09:20
sent our mail through a single overloaded server. They rolled the change back at 13:05 and the queue cleared by 13:30.
No e-mail was lost.

IT operations"""),
    ("mail3", "Hugo Lambert <hugo.lambert@calderbank.example>", "IT operations <itops@calderbank.example>",
     "2026-10-20 14:02", "RE: E-mail delays", """Thanks. A customer says she sent us a tender document at 10:15 that
we still have not received. Her address is on the sales@ list. Could you check?

Hugo"""),
], [
    ("+scause", "According to SafeRelay, the delays were caused by a configuration change on their side."),
    ("+num", "External e-mail was delayed for about four hours, from roughly 09:30 until the queue cleared at 13:30."),
    ("+neg", "E-mail sent inside the company was not delayed."),
    ("+rep", "IT operations said no e-mail was lost."),
    ("+para", "SafeRelay undid the change at 13:05."),
    ("-blame", "Calderbank's IT team made the configuration change that delayed the mail."),
    ("-conseq", "Calderbank lost the tender because the customer's document arrived late."),
    ("-swap", "Internal e-mail was delayed while external e-mail was not affected."),
    ("-wnum", "Incoming e-mail was delayed by up to four minutes."),
    ("-unstated", "IT operations found the customer's tender document in the queue."),
])

thread("legal_lease", [
    ("lease1", "Anil Kapoor <anil.kapoor@redwick.example>", "Finance <finance@redwick.example>",
     "2026-08-03 09:40", "Office lease renewal", """Hi finance,

Our lease at 14 Quarry Lane ends on 31 December. The landlord offers a new five-year lease at 31,200 EUR a year,
compared with 28,800 EUR now. We must give notice by 30 September if we do not want to renew.

Anil"""),
    ("lease2", "Rosa Almeida <rosa.almeida@redwick.example>", "Anil Kapoor <anil.kapoor@redwick.example>",
     "2026-08-05 15:00", "RE: Office lease renewal", """Anil,

We use about half the desks on most days. Before we decide, please get a quote for a smaller unit. Ask for a
three-year term as well.

Rosa"""),
    ("lease3", "Anil Kapoor <anil.kapoor@redwick.example>", "Rosa Almeida <rosa.almeida@redwick.example>",
     "2026-09-10 11:30", "RE: Office lease renewal", """Rosa,

The landlord can offer unit 2B in the same building, about 60 percent of our current space, at 20,400 EUR a year on
a three-year term. Moving would cost around 6,000 EUR.

Anil"""),
], [
    ("+num", "The landlord's renewal offer is 2,400 EUR a year more than the current rent."),
    ("+num", "Unit 2B would cost 10,800 EUR a year less than renewing the current lease."),
    ("+rep", "Rosa asked Anil for a quote on a smaller unit and for a three-year term."),
    ("+cross", "Redwick has until 30 September to give notice, and the lease at 14 Quarry Lane ends on 31 December."),
    ("+para", "About half of the desks are in use on most days."),
    ("-unstated", "Redwick has decided to move to unit 2B."),
    ("-wnum", "The renewal offer is 28,800 EUR a year."),
    ("-cause", "The landlord raised the rent because the building was renovated."),
    ("-wdate", "Notice must be given by 31 December."),
    ("-pred", "Moving to unit 2B will likely save Redwick money overall."),
])

thread("proc_catering", [
    ("cat1", "Yvonne Becker <yvonne.becker@amberlane.example>", "Procurement <procurement@amberlane.example>",
     "2026-04-20 10:10", "Canteen catering tender", """Hi,

The canteen catering contract with Greenplate ends on 30 June. We received three bids: Greenplate at 6.80 EUR per
meal, Fresco Group at 6.20 EUR and Harvest Table at 7.10 EUR. We serve about 450 meals a day.

Yvonne"""),
    ("cat2", "Procurement <procurement@amberlane.example>", "Yvonne Becker <yvonne.becker@amberlane.example>",
     "2026-04-24 16:45", "RE: Canteen catering tender", """Yvonne,

The tasting panel scored Harvest Table highest on quality, with Fresco second. Fresco's references were weak: two of
their three reference sites did not reply.

Jan, Procurement"""),
    ("cat3", "Yvonne Becker <yvonne.becker@amberlane.example>", "Procurement <procurement@amberlane.example>",
     "2026-05-04 09:05", "RE: Canteen catering tender", """Jan,

The works council prefers Harvest Table. We'll award the contract to them from 1 July, subject to board sign-off on
12 May.

Yvonne"""),
], [
    ("+num", "Fresco Group's bid was 0.90 EUR per meal cheaper than Harvest Table's."),
    ("+num", "At about 450 meals a day, Harvest Table's price comes to roughly 3,195 EUR a day."),
    ("+cross", "Harvest Table, the most expensive bidder, scored highest with the tasting panel and is to get the contract from 1 July."),
    ("+neg", "Only one of Fresco's three reference sites replied."),
    ("+para", "The award to Harvest Table still needs the board's approval on 12 May."),
    ("+rep", "Yvonne said the works council prefers Harvest Table."),
    ("-cause", "Greenplate lost the contract because of complaints about food quality."),
    ("-swap", "Fresco scored highest on quality and Harvest Table came second."),
    ("-unstated", "The board approved the Harvest Table contract on 12 May."),
    ("-wnum", "Greenplate bid 6.20 EUR per meal."),
    ("-blame", "Jan rejected Fresco because of its weak references."),
])
