"""Formatting helpers for blind set 12 (hand-written data; no randomness)."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def first_name(addr):
    return addr.split()[0]


def email(sender, to, when, subject, body, reply=False):
    """Format one e-mail. when = 'YYYY-MM-DD HH:MM'; the Date header's weekday is computed."""
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = d.strftime("%a, %d %b %Y %H:%M +0000")
    subj = ("Re: " if reply else "") + subject
    return (f"From: {sender}\nTo: {to}\nDate: {date}\nSubject: {subj}\n\n"
            f"Hi {first_name(to)},\n\n{body}\n\nThanks,\n{first_name(sender)}\n")


WEEKDAY_DATE = re.compile(r"\b(" + "|".join(DAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r")\b")


def calendar_errors(text, year=2026):
    errs = []
    for wd, day, month in WEEKDAY_DATE.findall(text):
        d = datetime.date(year, MONTHS.index(month) + 1, int(day))
        if DAYS[d.weekday()] != wd:
            errs.append(f"{wd} {day} {month} is a {DAYS[d.weekday()]} in {year}")
    return errs
