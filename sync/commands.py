"""`pitstop` sub-commands of the sync layer (registered through the pitstop.commands entry point)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this layer's sub-commands to `sub`."""
