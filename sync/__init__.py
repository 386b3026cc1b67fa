"""Sync engine, transports (shared folder, HTTP), wire protocol and the reference central server.

Imports kiosk/ only; never Qt (tests/test_layering.py).
"""
