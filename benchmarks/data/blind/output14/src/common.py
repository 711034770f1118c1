"""E-mail formatting and calendar check for blind set 14 (written new for this set)."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAT = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")


def calendar_errors(text, year=2026):
    """Every 'Weekday D Month' in text must match the calendar of `year`."""
    errs = []
    for wd, d, mon in PAT.findall(text):
        real = DAYS[datetime.date(year, MONTHS.index(mon) + 1, int(d)).weekday()]
        if real != wd:
            errs.append(f"{wd} {d} {mon} is a {real}")
    return errs


TITLES = {"Dr", "Mr", "Mrs", "Ms"}


def _greet(addr):
    """Greeting name: first name, or title and surname for a titled sender ("Dr Reyes")."""
    parts = addr.split("<")[0].split()
    return f"{parts[0]} {parts[-1]}" if parts[0] in TITLES else parts[0]


def _first(addr):
    """Sign-off name: the first name, skipping a title."""
    parts = addr.split("<")[0].split()
    return parts[1] if parts[0] in TITLES else parts[0]


def email(frm, to, when, subject, body, reply=False):
    """when = 'YYYY-MM-DD HH:MM'; the Date header's weekday is computed from the date."""
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = dt.strftime("%a, ") + f"{dt.day} " + dt.strftime("%b %Y %H:%M") + " +0000"
    subj = ("Re: " if reply else "") + subject
    return (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subj}\n\n"
            f"Hi {_greet(to)},\n\n{body.strip()}\n\nBest,\n{_first(frm)}\n")
