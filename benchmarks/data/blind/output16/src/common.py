"""E-mail formatting and the calendar check for blind set 16 (written new for this set)."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WD = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")
YEAR = 2026


def _first(who):
    words = [w for w in who.split() if w not in ("Dr", "Mr", "Ms")]
    return words[0]


def email(frm, to, when, subject, body, reply=False):
    """frm/to: 'Name <addr>'; when: 'YYYY-MM-DD HH:MM'."""
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = f"{DAYS[dt.weekday()][:3]}, {dt.day} {MONTHS[dt.month - 1][:3]} {dt.year} {dt:%H:%M} +0000"
    first_to = _first(to)
    first_from = _first(frm)
    subj = ("Re: " + subject) if reply else subject
    return (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subj}\n\n"
            f"Hello {first_to},\n\n{body.strip()}\n\nRegards,\n{first_from}\n")


def calendar_errors(text):
    errs = []
    for wd, d, m in _WD.findall(text):
        real = datetime.date(YEAR, MONTHS.index(m) + 1, int(d))
        if DAYS[real.weekday()] != wd:
            errs.append(f"{wd} {d} {m} is a {DAYS[real.weekday()]} in {YEAR}")
    return errs
