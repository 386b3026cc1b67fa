"""Usage figures (issue 15): daily counts only — no event log, no time finer than a day, no
identifiers. What is counted is in `metrics`, the counts wait in memory (`tally`) until they
are added to the kiosk's SQLite file (`store`, table `usage_count`, migration 0004), and the
sync engine delivers them with the heartbeat or as day files on the share (docs/figures.md)."""
