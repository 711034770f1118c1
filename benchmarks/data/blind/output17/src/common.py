"""Shared helpers of blind set 17 (written new for this set): e-mail formatting and the 2026 calendar check."""
import datetime
import re

TITLES = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Sister", "Captain"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATE_RE = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")


def first_name(person):
    words = [w for w in person.split("<")[0].split() if w.rstrip(".") not in TITLES]
    return words[0]


def email(frm, to, when, subject, body, reply=False):
    """frm/to: 'Name <addr>'; when: 'YYYY-MM-DD HH:MM' (UTC). The Date header's weekday is computed."""
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = f"{d.strftime('%a')}, {d.day} {d.strftime('%b %Y %H:%M')} +0000"
    subj = ("Re: " if reply else "") + subject
    return (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subj}\n\n"
            f"Hello {first_name(to)},\n\n{body.strip()}\n\nRegards,\n{first_name(frm)}\n")


def calendar_errors(text):
    """Every 'Weekday D Month' must match the 2026 calendar."""
    errs = []
    for wd, day, month in DATE_RE.findall(text):
        real = datetime.date(2026, MONTHS.index(month) + 1, int(day))
        if DAYS[real.weekday()] != wd:
            errs.append(f"{wd} {day} {month} is a {DAYS[real.weekday()]} in 2026")
    return errs
