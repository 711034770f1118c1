"""Formatting and calendar checks for blind set 13 (written for this set)."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DATE_RE = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")
YEAR = 2026


def _name(addr):
    return addr.split("<")[0].strip()


def email(frm, to, when, subject, body, reply=False):
    """when = 'YYYY-MM-DD HH:MM'; the Date header's weekday is computed from the date."""
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = dt.strftime("%a, %d %b %Y %H:%M +0000").replace(", 0", ", ")
    first_to, first_from = _name(to).split()[0], _name(frm).split()[0]
    return (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {'Re: ' if reply else ''}{subject}\n\n"
            f"Hi {first_to},\n\n{body.strip()}\n\nBest,\n{first_from}\n")


def calendar_errors(text):
    errs = []
    for m in DATE_RE.finditer(text):
        day, num, month = m.group(1), int(m.group(2)), MONTHS.index(m.group(3)) + 1
        real = DAYS[datetime.date(YEAR, month, num).weekday()]
        if real != day:
            errs.append(f"{m.group(0)!r} is a {real} in {YEAR}")
    return errs
