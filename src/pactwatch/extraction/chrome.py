"""Page chrome: what a web page wraps around an article (subscription prompts, captions,
bylines, related-story lists). Its sentences start no event.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pactwatch.extraction import cue_words as cw
from pactwatch.extraction.reading import Reading, guarded

# "Become an OC Media Member", "Join our readers": an imperative to the reader, not news
CALL_TO_ACTION = re.compile(
    r"^(become|join) (an? |our |the )?([\w-]+ ){0,3}"
    r"(member|subscriber|supporter|patron|readers)[.!]?$"
)
RELATED = ("related", "read also", "see also", "more on this", "recommended", "most read")


def _ends_like_prose(sent: Span) -> bool:
    last = [t for t in sent if not t.is_space]
    return bool(last) and last[-1].text in (".", "!", "?", "”", '"', "’", "»", ":")


def chrome_sentences(doc: Doc) -> set[int]:
    out: set[int] = set()
    in_related = False
    for sent in doc.sents:
        text = sent.text.strip().lower()
        words = [t for t in sent if not t.is_space and not t.is_punct]
        if not words:
            continue
        short = len(words) <= 14
        said = any(p in text for p in cw.CHROME) or text.startswith(cw.CHROME_OPENING)
        if short and (said or CALL_TO_ACTION.match(text)):
            out.add(sent.start)
            in_related = any(text.startswith(p) for p in RELATED)
            continue
        if any(p in text for p in cw.LEGAL_NOTICES):
            out.add(sent.start)  # a publisher's notice, however long
            continue
        if any(p in text for p in ("image via", "(ap photo", "photo:", "file photo", "(photo")):
            out.add(sent.start)  # a caption
            continue
        if in_related and not _ends_like_prose(sent) and len(words) <= 20:
            out.add(sent.start)
            continue
        in_related = False
    return out


@Language.component("pactwatch_chrome")
@guarded("pactwatch_chrome")
def chrome(doc: Doc) -> Doc:
    r: Reading = doc._.pactwatch
    r.chrome = chrome_sentences(doc)
    return doc
