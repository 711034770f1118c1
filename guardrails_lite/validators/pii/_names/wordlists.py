"""Words that look like names or places but, without context, usually are something else.

A single word from these lists is reported only when the context says it is a person or a place
(a greeting, a title, a header, a surname next to it, "in"/"from" before a place).
"""

from __future__ import annotations

# Myths, stars and planets, animals and big words: the usual project and release code names.
CODE_NAMES = frozenset(
    """apollo atlas phoenix titan orion mercury jupiter saturn venus mars neptune pluto uranus gemini hermes
    zeus athena artemis hercules odyssey olympus nova falcon eagle aurora polaris vega sirius andromeda pegasus
    helios nimbus zephyr horizon summit pinnacle beacon catalyst genesis matrix nexus spark thor odin loki kronos
    chronos hydra kraken raven cobra viper mustang jaguar panther puma lynx condor osprey hawk sparrow comet
    meteor nebula quasar pulsar galaxy cosmos stellar apex vertex vortex zenith everest kilimanjaro sahara
    amazon nile atlantis avalon camelot excalibur merlin pandora prometheus poseidon hades ares apollon iris
    gaia selene eos nyx kairos janus vulcan minerva juno diana ceres vesta triton calypso athos aegis sentinel
    guardian bluebird redwood sequoia cedar maple willow aspen birch cypress magnolia jasmine lotus orchid
    sapphire ruby emerald onyx jade amber topaz quartz cobalt neon argon helium carbon fusion ignite""".split()
)
# Software, services and companies that mail often names; never a person or a place.
PRODUCTS = frozenset(
    """slack jira confluence salesforce sap oracle excel outlook teams zoom gmail google microsoft apple amazon
    aws azure github gitlab bitbucket dropbox notion asana trello hubspot zendesk workday servicenow tableau
    snowflake databricks stripe paypal shopify docusign okta twilio mailchimp figma miro airtable quickbooks
    netsuite xero sharepoint onedrive onenote powerpoint word office windows linux macos ios android chrome
    firefox safari edge kubernetes docker terraform jenkins datadog splunk grafana kibana elasticsearch postgres
    mysql mongodb redis kafka spark hadoop openai chatgpt gemini claude copilot webex skype whatsapp telegram
    signal facebook instagram linkedin twitter youtube tiktok netflix spotify uber lyft airbnb ebay alibaba
    tesla ibm intel nvidia cisco adobe dell hp lenovo samsung sony siemens philips bosch accenture deloitte
    kpmg pwc ey mckinsey fedex ups dhl visa mastercard amex""".split()
)
# Words that sign, head or follow an "@" without being anyone's name (review r14a H4/M2): chat shorthand, role
# mailboxes and teams, chat broadcast words, service accounts, and code annotations ("@property", "@media").
NOT_HANDLES = frozenset(
    """lgtm ptal brb wfh ooo afk tbd tba idk imo imho fyi asap thx tks np kk ok okay yw gn gm ttyl lol rofl lmao
    omw otw nvm smh tia
    noreply donotreply devops ops sre hr admin admins support billing payroll sales info team teams oncall helpdesk
    accounts finance legal security it qa dev devs marketing ceo cto cfo postmaster mailer daemon root webmaster
    here channel everyone all anyone someone
    dependabot renovate jenkins github gitlab bitbucket nginx apache cron circleci
    property staticmethod classmethod dataclass abstractmethod cached_property functools lru_cache cache
    contextmanager wraps override deprecated overload final pytest fixture patch mock app route media import
    keyframes charset supports layer types component injectable input output ngmodule autowired bean entity
    test before after transactional suppresswarnings functionalinterface param returns throws""".split()
)
# Feasts and holidays: "after Easter", "before Diwali" name a date.
HOLIDAYS = frozenset(
    """easter christmas xmas advent lent pentecost whitsun ramadan eid diwali holi hanukkah chanukah passover
    thanksgiving halloween nowruz songkran tet""".split()
)
MONTHS = frozenset("january february march april may june july august september october november december".split())
# Words before a place that make a capitalised word a place ("in Phoenix", "flying to Atlanta").
# (and "from"/"to"/"in" of chat in other languages: Indonesian "dari"/"ke", German "nach"/"aus", Vietnamese "ở"/"tại")
PLACE_CUES = frozenset(
    "in from to near at via visiting visit based located around outside across into dari ke nach aus ở tại".split()
)
# Words that follow a person's name opening a sentence ("Mark said", "Grace will"), unlike an imperative
# or a noun ("Mark the date", "Grace period").
AFTER_NAME = frozenset(
    """is was has had will would can could should said says wrote writes asked asks called calls mentioned
    thinks thought told tells wants wanted needs needed and or to from at in on who just also already
    agreed agrees confirmed confirms sent sends replied replies left joined joins is's""".split()
)
# Lines that close a message; the name under them is the sender's. Never a name themselves.
CLOSINGS = frozenset(
    w.strip()
    for w in """best | best regards | best wishes | regards | kind regards | warm regards | warmest regards |
    many thanks | thanks | thank you | thanks again | thanks so much | cheers | sincerely | yours sincerely |
    yours truly | yours | all the best | talk soon | speak soon | cordially | respectfully | take care |
    with thanks | thx | br | love | rgds | grazie | merci | danke | gracias | obrigado | obrigada | saludos |
    un saludo | cordialement | bien à vous | mit freundlichen grüßen | viele grüße | groeten |
    met vriendelijke groet | hälsningar | mvh | pozdrawiam | atenciosamente | ciao | with apologies |
    with gratitude | gratefully | warmly | lots of love | much love | hugs | big hugs""".split("|")
)
# Titles before a name ("Dr. Lee", "Frau Weiss"): never a name themselves.
TITLE_WORDS = tuple("Mr Mrs Ms Mx Miss Dr Prof Professor Sir Dame Madam Mme Mlle Herr Frau Sr Sra".split())
# Family words used as a form of address, in many languages ("Nonna keeps asking", "like Babcia Zofia did",
# "Abuela: ya llegué"): a relation, not a name; before a name, a title ("Babcia Zofia": the name is "Zofia").
# Words that are also common given names in some tradition (Lola, Nana, Baba, Tito, Amma, Bibi, Saba, Tia)
# are left out: those stay the tagger's call.
KIN_WORDS = frozenset(
    """mum mom mam mummy mommy mama mamma mamá maman mutti dad daddy papa papà papá vati nan nanna nonna nonno
    gran granny grandma grandpa grandad granddad abuela abuelo abuelita abuelito avó avô vovó vovô
    opa babcia dziadek babushka dedushka yiayia giagia pappou nani dadi daadi nanaji dadaji ammi abbu appa
    lolo tío tio zia zio tante onkel oncle aunt auntie aunty uncle bubbe zayde savta teta jiddo sitto
    halmeoni harabeoji obaasan ojiisan mzee umma ummi bhaiya didi bhai""".split()
)
# Goods, batches and services named after "the"/"our" ... by a brand, a variety or a model ("the Voskehat wines",
# "the Kratt dashboard", "the Blue Eagle bus", "the Negin grade"): a name the tagger took for a place or a person
# there, made of words on no place list, is the product's (`detect._plausible`). Sites and areas ("office",
# "valley", "gate", "café") are left out: places are named before those; so are foods and drinks, lots and
# harvests, named for where they come from as often ("the Douro wines", "the Yirgacheffe lot").
# Quantities of goods before "of" ("two pallets of Saperavi", "12 tonnes of Saaz", "30 bags of Caturra"): what
# follows is a commodity, a grape or a cultivar, never a person (not "lots", "loads": "lots of Ceylon issues").
MEASURES = frozenset(
    """bag bags sack sacks tonne tonnes ton tons kilo kilos kg kgs kilogram kilograms gram grams pound pounds lb lbs
    pallet pallets bottle bottles case cases crate crates box boxes carton cartons litre litres liter liters barrel
    barrels cup cups jar jars tin tins can cans bale bales container containers pack packs packet packets drum
    drums bushel bushels sachet sachets punnet punnets tray trays hectolitres hectoliters cask casks""".split()
)
GOODS_NOUNS = frozenset(
    """scarf scarves pendant pendants sample samples grade grades stove stoves dashboard dashboards bottle bottles
    blend blends batch batches variety varieties cultivar cultivars strain strains fabric fabrics yarn yarns rug
    rugs tile tiles jar jars kit kits app apps headphones glass glasses brand brands template templates bus buses
    feeder tickets ticket label labels collection collections model models palm palms seedlings
    saplings scooter scooters stroller strollers tyres tires sneakers boots jackets tent tents backpack backpacks
    pastries plugin plugins firmware dongle dongles handset handsets""".split()
)

# Labels of headers, forms and message parts (also in Spanish, Portuguese, German, French, Italian mail): never a
# speaker.
HEADER_LABELS = frozenset(
    """from to cc bcc subject date sent re fw fwd attn attachment attachments tel fax mob mobile phone email
    e-mail web url ref id pin otp tip ps nb fyi faq q a edit update note notes requester requestor assignee
    reporter approver organizer organiser attendee attendees guest guests sender recipient recipients caller
    customer client passenger agent admin moderator mod bot system host de para asunto assunto enviado enviada
    fecha data von an betreff gesendet datum objet envoyé cc oggetto inviato da""".split()
)
