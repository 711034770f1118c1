"""E-mail formatting and the calendar check for blind set 18 (written new for this set)."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLES = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Captain", "Rev", "Sister", "Skipper"}
WEEKDAY_DATE = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")


def first_name(addr):
    name = addr.split("<")[0].strip().split()
    return next((w for w in name if w not in TITLES), name[0])


def email(frm, to, when, subject, body, reply=False):
    """when = 'YYYY-MM-DD HH:MM'; the Date header's weekday is computed from the date."""
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = dt.strftime("%a, %d %b %Y %H:%M +0000")
    subj = ("Re: " if reply else "") + subject
    return (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subj}\n\n"
            f"Hello {first_name(to)},\n\n{body.strip()}\n\nRegards,\n{first_name(frm)}\n")


def calendar_errors(text, year=2026):
    errs = []
    for wd, d, m in WEEKDAY_DATE.findall(text):
        real = DAYS[datetime.date(year, MONTHS.index(m) + 1, int(d)).weekday()]
        if real != wd:
            errs.append(f"'{wd} {d} {m}' is a {real} in {year}")
    return errs
