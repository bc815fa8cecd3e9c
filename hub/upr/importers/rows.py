"""One source row (a dict of our keys → raw values) checked into model values or errors."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from hub.core.countries import country_code, fold, un_name
from hub.upr.importers.values import (
    clean_text,
    map_response,
    parse_action_category,
    parse_cycle,
    parse_date,
    parse_session,
    quoted,
    split_values,
    stable_hash,
)
from hub.upr.models import cycle_for_session

MAX_ID_LENGTH = 100


class ImportRefused(Exception):
    """The file as a whole cannot be imported; nothing of it is saved."""


@dataclass
class ParsedRow:
    number: int
    values: dict | None = None
    errors: list = field(default_factory=list)
    ignored: str = ""


@dataclass
class ParsedFile:
    source: str
    kind: str
    columns: list
    rows: list


class RowBuilder:
    """Turns one source row (a dict of our keys → raw values) into model values + errors."""

    def __init__(self, source, labels, language="en", json_ids=False):
        self.source = source
        self.labels = labels  # our key → the column name as the file writes it
        self.language = language
        self.json_ids = json_ids

    def label(self, key):
        return self.labels.get(key, key)

    def error(self, row, key, value, problem):
        row.errors.append(
            _("row %(row)s: %(field)s: %(value)s %(problem)s")
            % {
                "row": row.number,
                "field": self.label(key),
                "value": quoted(value),
                "problem": problem,
            }
        )

    def states(self, row, key, raw):
        states = []
        for name in split_values(raw):
            code = country_code(name)
            if code is None:
                self.error(row, key, name, _("unknown country"))
            elif code not in [state["code"] for state in states]:
                states.append({"code": code, "name": un_name(code)})
        return states

    def build(self, number, raw):
        try:
            return self._build(number, raw)
        except RecursionError:  # a JSON value nested thousands of levels deep
            row = ParsedRow(number)
            row.errors.append(_("row %(row)s: a value is nested too deeply") % {"row": number})
            return row

    def _build(self, number, raw):
        row = ParsedRow(number)
        for key in ("text", "session", "cycle", "date", "source_id"):
            if isinstance(raw.get(key), list | tuple):
                items = [item for item in raw[key] if clean_text(item)]
                raw[key] = items[0] if len(items) == 1 else "; ".join(map(clean_text, items))
        kind = split_values(raw.get("type"))
        if kind and not any("recommendation" in fold(item) for item in kind):
            row.ignored = "; ".join(kind)
            return row

        text = clean_text(raw.get("text"))
        if not text:
            self.error(row, "text", "", _("empty text"))

        country = ""
        names = split_values(raw.get("country"))
        if not names:
            self.error(row, "country", raw.get("country"), _("no state under review"))
        elif len(names) > 1:
            self.error(
                row,
                "country",
                "; ".join(names),
                _("several states under review (a recommendation has one)"),
            )
        else:
            country = country_code(names[0]) or ""
            if not country:
                self.error(row, "country", names[0], _("unknown country"))

        recommending = self.states(row, "recommending_states", raw.get("recommending_states"))

        session = None
        if clean_text(raw.get("session")):
            try:
                session = parse_session(raw["session"])
            except ValueError:
                self.error(row, "session", raw["session"], _("is not a UPR session number"))

        cycle = None
        if clean_text(raw.get("cycle")):
            try:
                cycle = parse_cycle(raw["cycle"])
            except ValueError:
                self.error(row, "cycle", raw["cycle"], _("is not a UPR cycle number"))
        if cycle is None:
            cycle = cycle_for_session(session)

        date = None
        if clean_text(raw.get("date")):
            try:
                date = parse_date(raw["date"])
            except (ValueError, OverflowError):
                self.error(row, "date", raw["date"], _("is not a date"))

        action_category = None
        if clean_text(raw.get("action_category")):
            try:
                action_category = parse_action_category(raw["action_category"])
            except ValueError:
                self.error(
                    row, "action_category", raw["action_category"], _("is not a category 1–5")
                )

        symbol = "; ".join(split_values(raw.get("document_symbol")))
        if len(symbol) > 100:
            self.error(row, "document_symbol", symbol, _("is longer than 100 characters"))
        body = "; ".join(split_values(raw.get("body")))[:100]
        response, response_original = map_response(split_values(raw.get("position")))

        source_id = clean_text(raw.get("source_id"))
        if self.source == "uprinfo":
            source_id = stable_hash(
                country, ",".join(state["code"] for state in recommending), session or "", text
            )
        elif not source_id and self.json_ids:
            source_id = stable_hash(symbol, text)
        elif not source_id:
            self.error(row, "source_id", "", _("empty identifier"))
        if len(source_id) > MAX_ID_LENGTH:
            self.error(row, "source_id", source_id, _("is longer than 100 characters"))

        if row.errors:
            return row
        row.values = {
            "source": self.source,
            "source_id": source_id,
            "text": text,
            "text_language": self.language,
            "country": country,
            "recommending_states": recommending,
            "body": body or ("UPR" if self.source == "uprinfo" else ""),
            "cycle": cycle,
            "session": session,
            "document_symbol": symbol,
            "response": response,
            "response_original": response_original,
            "action_category": action_category,
            "themes": split_values(raw.get("themes"), commas=self.source == "uprinfo"),
            "affected_persons": split_values(raw.get("affected_persons")),
            "sdgs": split_values(raw.get("sdgs")),
            "date": date,
        }
        return row
