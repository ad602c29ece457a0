"""The command-line interface: it parses, calls the world and prints; it never computes."""
