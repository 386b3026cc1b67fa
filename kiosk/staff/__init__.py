"""Staff mode's headless core: the PIN store, the status facts, removable-media import and export.

Nothing here imports Qt; the ui layer's staff view-model calls these functions from a worker.
"""
