"""The reference central server: FastAPI app, its own database (SQLite or PostgreSQL), operations.

Importing this package does not import FastAPI; `central.app.create_app` does.
"""
