"""Helpers for blind set 8: build e-mails with computed weekdays, and collect threads."""
import datetime

THREADS = []


def E(eid, frm, to, date, subject, body):
    """One e-mail; date is 'YYYY-MM-DD HH:MM', weekday is computed."""
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    hdr = (f"From: {frm}\nTo: {to}\nDate: {d.strftime('%a, %d %b %Y %H:%M')} +0000\n"
           f"Subject: {subject}\n\n")
    return (eid, hdr + body.strip() + "\n")


def T(tid, emails, cases):
    THREADS.append({"id": tid, "emails": emails, "cases": cases})
