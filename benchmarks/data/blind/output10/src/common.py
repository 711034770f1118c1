"""Format hand-written e-mails (headers computed; weekday from the date)."""
import datetime


def email(frm, to, when, subject, body):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    greet = to.split()[0]
    sign = frm.split()[0]
    return (f"From: {frm}\nTo: {to}\nDate: {d.strftime('%a, %d %b %Y %H:%M')} +0000\n"
            f"Subject: {subject}\n\nHi {greet},\n\n{body}\n\nThanks,\n{sign}\n")
