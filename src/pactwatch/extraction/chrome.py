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
# where a photo's caption places the people it names: "President Lula, right, greets his
# guest", "the minister (L) and ..."
PLACED_IN_PHOTO = re.compile(
    r"[A-Z][\w’'-]+, (?:(?:second |far |from )?(?:left|right)|cent(?:er|re)),"
    r"|[A-Z][\w’'-]+ \((?:(?:second |far )?(?:left|right)|cent(?:er|re)|L|R|C)\)"
)
RELATED = ("related", "read also", "see also", "more on this", "recommended", "most read")
LINK_OPENINGS = ("read more:", "also read:", "read also:", "see also:", "related:", "watch:")
PROMPTS = ("sign up for", "subscribe to", "subscribe for")  # an imperative to the reader


def _ends_like_prose(sent: Span) -> bool:
    last = [t for t in sent if not t.is_space]
    return bool(last) and last[-1].text in (".", "!", "?", "”", '"', "’", "»", ":")


def chrome_sentences(doc: Doc) -> set[int]:
    out: set[int] = set()
    in_related = False
    link_until = -1  # "READ MORE: Greece to buy jets ...": the headline a link gives
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space and not t.is_punct]
        linked_line = sent.start_char < link_until
        link_until = -1
        if linked_line and not _ends_like_prose(sent) and len(words) <= 25:
            out.add(sent.start)  # the headline the link gives
            continue
        text = sent.text.strip().lower()
        if not words:
            continue
        short = len(words) <= 14
        said = any(p in text for p in cw.CHROME) or text.startswith(cw.CHROME_OPENING)
        # "READ MORE: Greece to buy jets, three frigates from France ...", "Sign up for the
        # NBC 6 Weather newsletter to get the latest forecast in your inbox": a link or a
        # prompt, longer than a label
        linked = text.startswith(LINK_OPENINGS + PROMPTS) or "newsletter" in text
        if (short and (said or CALL_TO_ACTION.match(text))) or (linked and len(words) <= 30):
            out.add(sent.start)
            if text.startswith(LINK_OPENINGS):
                line_end = doc.text.find("\n", sent.start_char)
                link_until = line_end if line_end >= 0 else len(doc.text)
            in_related = any(text.startswith(p) for p in RELATED)
            continue
        if any(p in text for p in cw.LEGAL_NOTICES + cw.APPEALS):
            out.add(sent.start)  # a publisher's notice or appeal, however long
            continue
        if any(p in text for p in ("image via", "(ap photo", "photo:", "file photo", "(photo")):
            out.add(sent.start)  # a caption
            continue
        if PLACED_IN_PHOTO.search(sent.text):
            out.add(sent.start)  # a caption that says where each one stands
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
