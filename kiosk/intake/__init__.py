"""Contact requests: the form model, sealing and storing with the outbox, opening at the office."""
