"""Shared helpers for blind set 9: thread registry and e-mail formatting (weekday computed from the date)."""
import datetime

THREADS = []


def mail(eid, frm, to, when, subject, greeting, body, sign):
    """Return (eid, text): one e-mail with From/To/Date/Subject headers, greeting, body and sign-off."""
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    date = d.strftime("%a, %d %b %Y %H:%M +0000")
    text = (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subject}\n\n{greeting}\n\n"
            f"{body.strip()}\n\n{sign}\n")
    return eid, text


def thread(tid, emails, cases):
    """Register a thread: e-mails [(eid, text)], cases [(text, supported, kind)]."""
    THREADS.append({"id": tid, "emails": emails, "cases": cases})
