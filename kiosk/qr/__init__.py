"""QR handoff: payloads a parent's phone understands (link, vCard, iCalendar) and their matrices.

Qt-free. Every payload is built to fit a QR code of version ≤ 10 at error correction M with a
quiet zone of 4 modules, so that it scans off a kiosk screen from about 40 cm.
"""
