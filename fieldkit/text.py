"""Text from other people (a bundle's device label, a key file's label, a name typed elsewhere) shown as one plain
line: no control characters (line breaks that push the real fingerprint off screen), no invisible formatting
characters (bidirectional overrides that reorder what is read, zero-width characters that make two labels look
alike), and a bounded length."""

from __future__ import annotations

import unicodedata

from .errors import ValidationError, msg

LABEL_MAX = 200


def _hidden(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn")


def one_line(text, limit: int = 80) -> str:
    """``text`` as one visible line of at most ``limit`` characters (an ellipsis marks a cut): control and
    formatting characters are removed and runs of white space become one space."""
    s = "".join(" " if _hidden(ch) and ch in "\t\n\r\x0b\x0c\x85\u2028\u2029" else ch for ch in str(text or ""))
    s = "".join(ch for ch in s if not _hidden(ch))
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def check_label(value: str, field: str) -> str:
    """A name or label typed for this device (it travels in bundles): one line of visible text, at most
    ``LABEL_MAX`` characters. Returns it trimmed; raises ValidationError otherwise."""
    value = str(value).strip()
    if any(_hidden(ch) for ch in value):
        raise ValidationError({field: msg("Use one line of plain text, without line breaks or invisible characters.")})
    if len(value) > LABEL_MAX:
        raise ValidationError({field: msg("At most {max} characters ({n} given).", max=LABEL_MAX, n=len(value))})
    return value
