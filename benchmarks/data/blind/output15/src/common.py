"""Helpers for blind set 15 (written new for this set): e-mail formatting and a 2026 calendar check."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_DATE = re.compile(r"\b(" + "|".join(DAYS) + r"),? (\d{1,2}) (" + "|".join(MONTHS) + r")\b")


def calendar_errors(text, year=2026):
    """Every 'Weekday D Month' in text must fall on that weekday in the given year."""
    errs = []
    for m in WEEKDAY_DATE.finditer(text):
        day = datetime.date(year, MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if DAYS[day.weekday()] != m.group(1):
            errs.append(f"{m.group(0)!r} is a {DAYS[day.weekday()]} in {year}")
    return errs


def first_name(sender):
    name = sender.split("<")[0].strip()
    return name.split()[0]


def email(frm, to, when, subject, body, reply=False):
    """frm/to: 'Name <addr>'; when: (month, day, hour, minute) in 2026."""
    month, day, hour, minute = when
    d = datetime.datetime(2026, month, day, hour, minute)
    date = f"{DAYS[d.weekday()][:3]}, {day} {MONTHS[month - 1][:3]} 2026 {hour:02d}:{minute:02d} +0000"
    subj = ("Re: " if reply else "") + subject
    return (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subj}\n\n"
            f"Hello {first_name(to)},\n\n{body.strip()}\n\nRegards,\n{first_name(frm)}\n")
