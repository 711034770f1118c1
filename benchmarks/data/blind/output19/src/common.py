"""Formatting of e-mails and the 2026 calendar check for blind set 19 (written new for this set)."""
import datetime
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLES = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Chef", "Sister", "Coach", "Captain"}
WD = re.compile(r"\b(" + "|".join(DAYS) + r")\s+(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b")


def first_name(full):
    parts = [p for p in full.split() if p.rstrip(".") not in TITLES]
    return parts[0]


def email(frm, to, when, subject, body, reply=False):
    (fname, faddr), (tname, taddr) = frm, to
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = dt.strftime("%a, %d %b %Y %H:%M +0000")
    subj = ("Re: " + subject) if reply else subject
    return (f"From: {fname} <{faddr}>\nTo: {tname} <{taddr}>\nDate: {date}\nSubject: {subj}\n\n"
            f"Hello {first_name(tname)},\n\n{body.strip()}\n\nRegards,\n{first_name(fname)}\n")


def calendar_errors(text):
    errs = []
    for m in WD.finditer(text):
        day, d, mon = m.group(1), int(m.group(2)), MONTHS.index(m.group(3)) + 1
        real = DAYS[datetime.date(2026, mon, d).weekday()]
        if real != day:
            errs.append(f"{m.group(0)!r} is a {real} in 2026")
    return errs
