"""The curated knowledge base: YAML data shipped in the package, and its loader."""

from pactwatch.kb.loader import KBError, KnowledgeBase, Problem, default_kb_path, load_kb

__all__ = ["KBError", "KnowledgeBase", "Problem", "default_kb_path", "load_kb"]
