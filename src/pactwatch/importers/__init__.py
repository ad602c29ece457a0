"""Importers: researchers' datasets (ATOP, COW) read into the knowledge base's own schema."""
