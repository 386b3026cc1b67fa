"""Bundled package data: demo catalogue, icons (SVG), theme, staff spreadsheet templates.

Read through `kiosk.paths.asset(...)` (importlib.resources), never from a path built on __file__.
"""
