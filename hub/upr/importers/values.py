"""Cell values of export files: text, several values in one cell, sessions, cycles, dates,
responses, and the stable hash that identifies rows without an identifier."""

import datetime
import hashlib
import re

from hub.core.countries import fold
from hub.upr.models import Recommendation

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def clean_text(value):
    """A cell as text: '' for empty, integral floats without '.0', Excel's _x000D_ removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = (
        str(value)
        .replace("_x000D_", "")
        .replace("\x00", "")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
    )
    return text.strip()


def split_values(value, commas=False):
    """Several values of one cell: a JSON list, or one per line each starting with "- "."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        items = []
        for item in value:
            if isinstance(item, dict):
                item = next(
                    (
                        item[k]
                        for k in ("Name", "name", "Title", "title", "Value", "value")
                        if k in item
                    ),
                    "",
                )
            items.extend(split_values(item, commas=commas))
        return items
    text = clean_text(value)
    if not text:
        return []
    parts = text.split("\n")
    if len(parts) == 1 and ";" in text:
        parts = text.split(";")
    elif len(parts) == 1 and commas and "," in text:
        parts = text.split(",")
    values = []
    for part in parts:
        part = re.sub(r"^\s*[-–•]\s*", "", part).strip()
        if part and part not in values:
            values.append(part)
    return values


def quoted(value):
    text = value if isinstance(value, str) else clean_text(value)
    text = text.replace("\n", " ⏎ ")
    if len(text) > 80:
        text = text[:79] + "…"
    return f"'{text}'"


SESSION = re.compile(
    r"(?:upr\s*)?(?:session\s*)?(\d{1,3})(?:\.0+)?\s*(?:st|nd|rd|th)?(?:\s*(?:upr\s*)?session)?"
)
CYCLE = re.compile(
    r"(?:upr\s*)?(?:cycle\s*)?(\d{1,2}|i{1,3}|iv|v)(?:\.0+)?\s*(?:st|nd|rd|th)?(?:\s*cycle)?"
)


def _ordinal(value, pattern, highest):
    """A number from 1 to `highest`, given as a number or as text that `pattern` reads
    (its first group: digits or a Roman numeral); ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise ValueError
        number = int(value)
    else:
        text = re.sub(r"^-\s*", "", clean_text(value).lower())
        match = pattern.fullmatch(text)
        if not match:
            raise ValueError
        token = match.group(1)
        number = ROMAN[token] if token in ROMAN else int(token)
    if not 1 <= number <= highest:
        raise ValueError
    return number


def parse_session(value):
    """A UPR Working Group session number from 14, 14.0, "14", "14th", "- 14th session"…"""
    return _ordinal(value, SESSION, 99)


def parse_cycle(value):
    """A UPR cycle from 2, "2", "Cycle 2", "2nd cycle", "II"…"""
    return _ordinal(value, CYCLE, 9)


def parse_action_category(value):
    """UPR Info's action category, 1 to 5, from 5, "5", "Category 5", "5 - Specific action"…"""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _ordinal(value, CYCLE, 5)
    match = re.match(r"\s*(?:category\s*)?([1-5])(?:\.0+)?\b", clean_text(value).lower())
    if not match:
        raise ValueError
    return int(match.group(1))


EXCEL_EPOCH = datetime.date(1899, 12, 30)
MONTH_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")


def parse_date(value):
    """A date from a date, an Excel serial number, ISO (2012-12-12…) or D-M-Y (12/12/2012)."""
    if isinstance(value, datetime.datetime):
        result = value.date()
    elif isinstance(value, datetime.date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = EXCEL_EPOCH + datetime.timedelta(days=int(value))
    else:
        text = re.sub(r"^-\s*", "", clean_text(value))
        if re.fullmatch(r"\d{4,5}(\.\d+)?", text):
            result = EXCEL_EPOCH + datetime.timedelta(days=int(float(text)))
        elif match := re.fullmatch(
            r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?", text
        ):
            result = datetime.date(*map(int, match.groups()))
        elif match := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text):
            day, month, year = map(int, match.groups())
            result = datetime.date(year, month, day)
        else:
            for fmt in MONTH_FORMATS:
                try:
                    result = datetime.datetime.strptime(text, fmt).date()
                    break
                except ValueError:
                    continue
            else:
                raise ValueError
    if not 1945 <= result.year <= 2100:
        raise ValueError
    return result


def map_response(originals):
    """(response, response_original) from the source's own words ("Supported", "Noted"…).

    "Rejected" and "not supported" count as noted (the UPR's word for them since cycle 2);
    partial support, "without clear position", no response or mixed answers are other.
    """
    if not originals:
        return Recommendation.Response.OTHER, ""
    mapped = set()
    for original in originals:
        text = fold(original)
        if "partial" in text or "in part" in text:
            mapped.add(Recommendation.Response.OTHER)
        elif text.startswith(("not support", "not accept", "reject", "noted", "note")):
            mapped.add(Recommendation.Response.NOTED)
        elif text.startswith(("support", "accept")):
            mapped.add(Recommendation.Response.SUPPORTED)
        else:
            mapped.add(Recommendation.Response.OTHER)
    response = mapped.pop() if len(mapped) == 1 else Recommendation.Response.OTHER
    return response, "; ".join(originals)[:255]


def stable_hash(*parts):
    joined = "\x1f".join(re.sub(r"\s+", " ", str(part)).strip() for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()
