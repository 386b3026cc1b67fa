"""Privacy: the central office's key pair, sealing, demo mode."""
