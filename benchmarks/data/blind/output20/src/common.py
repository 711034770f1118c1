"""Formatting and calendar check for blind set 20 (written new for this set)."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLES = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Sister", "Father", "Captain", "Chef", "Canon"}
GREET = {"en": ("Hello", "Regards,"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Cordialement,"),
         "es": ("Hola", "Un saludo,")}
FIRMS = {'copperkettlebrew': 'Copper Kettle Brewing', 'frostline': 'FrostLine Refrigeration', 'inkwellharbour': 'Inkwell Harbour Tattoo', 'pigmenthouse': 'Pigment House', 'fernbankvets': 'Fernbank Veterinary Clinic', 'radiant-imaging': 'Radiant Imaging', 'fenwicksweeps': 'Fenwick & Daughters Sweeps', 'lanternlightphoto': 'Lantern Light Photography', 'stwerburgh': "St Werburgh's Church", 'fairclough-organs': 'Fairclough Organs', 'gaertnerei-lindenhof': 'Gärtnerei Lindenhof', 'tropfwerk': 'Tropfwerk Bewässerungstechnik', 'lockandriddle': 'Lock & Riddle Escape Rooms', 'magnetica-props': 'Magnetica Props', 'ardwyncouncil': 'Ardwyn Council Libraries', 'liftway-hydraulics': 'Liftway Hydraulics', 'clearsound': 'Clearsound Audiology', 'bluebirdsigns': 'Bluebird Signs', 'widejet-service': 'WideJet Service', 'whinmoorlivery': 'Whinmoor Livery', 'bellfarriery': 'Bell Farriery', 'emberglass': 'Ember Glass Studio', 'kilnworks': 'Kilnworks', 'highlinerope': 'Highline Rope Access', 'corrantower': 'Corran Tower Facilities', 'sparklelane': 'Sparkle Lane Car Wash', 'fjordlaks': 'Fjordlaks', 'oxyflow': 'OxyFlow', 'voxlingua': 'Vox Lingua', 'sonoreseau': 'Sonoréseau', 'strikezone-bowl': 'Strike Zone Bowl', 'pinmech': 'Pinmech', 'pughtiling': 'Pugh Tiling', 'colegiolosalmendros': 'Colegio Los Almendros', 'rastreabus': 'Rastreabus', 'palacepictures': 'Palace Pictures', 'lumenproj': 'Lumen Projection', 'threadneedle-alterations': 'Threadneedle Alterations', 'northmoor-archive': 'Northmoor Archive', 'folioscan': 'FolioScan', 'quarrylaneallotments': 'Quarry Lane Allotments', 'pumpright': 'Pumpright', 'smokeandember': 'Smoke & Ember', 'meadowbeatfest': 'Meadowbeat Festival', 'skywarddrift': 'Skyward Drift Balloons', 'vukovicwatchmakers': 'Vukovic Watchmakers', 'kelmscott-bio': 'Kelmscott Bio', 'hazelbrookkennels': 'Hazelbrook Kennels', 'warmpaw-heating': 'Warmpaw Heating', 'tidewatersails': 'Tidewater Sails'}
CAL = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")


def first_name(addr):
    words = [w for w in addr.split("<")[0].split() if w.rstrip(".") not in TITLES]
    return words[0]


def email(frm, to, when, subject, body, reply=False, lang="en"):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    hello, bye = GREET[lang]
    subj = ("Re: " if reply and lang != "de" else "AW: " if reply else "") + subject
    return (f"From: {frm}\nTo: {to}\nDate: {d.strftime('%a, %d %b %Y %H:%M')} +0000\nSubject: {subj}\n\n"
            f"{hello} {first_name(to)},\n\n{body.strip()}\n\n{bye}\n{signature(frm)}\n")


def signature(frm):
    """Full name, then the sender's firm (looked up from the e-mail domain) when it has one."""
    name = frm.split("<")[0].strip()
    firm = FIRMS.get(frm.split("@")[1].rstrip(">").removesuffix(".example"))
    return f"{name}\n{firm}" if firm else name


def calendar_errors(text):
    errs = []
    for m in CAL.finditer(text):
        day, num, mon = m.group(1), int(m.group(2)), MONTHS.index(m.group(3)) + 1
        real = DAYS[datetime.date(2026, mon, num).weekday()]
        if real != day:
            errs.append(f"'{m.group(0)}' is a {real} in 2026")
    return errs
