"""Helpers shared by the hand-written thread files of blind set 11 (CC0 1.0)."""
import datetime
import re

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def email(eid, frm, to, when, subject, body):
    """frm/to are (name, address); when is 'YYYY-MM-DD HH:MM'. Returns (eid, text)."""
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = d.strftime("%a, %d %b %Y %H:%M +0000")
    text = (f"From: {frm[0]} <{frm[1]}>\nTo: {to[0]} <{to[1]}>\nDate: {date}\nSubject: {subject}\n\n"
            f"Hi {to[0].split()[0]},\n\n{body.strip()}\n\nThanks,\n{frm[0].split()[0]}\n")
    return eid, text


def weekday_errors(text, year=2026):
    """Return 'Weekday D Month' mentions that do not match the calendar of `year`."""
    errs = []
    for wd, day, mon in re.findall(r"\b(%s) (\d{1,2}) (%s)\b" % ("|".join(WEEKDAYS), "|".join(MONTHS)), text):
        real = datetime.date(year, MONTHS.index(mon) + 1, int(day)).weekday()
        if WEEKDAYS[real] != wd:
            errs.append(f"{wd} {day} {mon} is a {WEEKDAYS[real]}")
    return errs
