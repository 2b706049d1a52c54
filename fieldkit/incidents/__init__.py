"""Incidents: fields and validation, search, the store (sole writer of the incident tables), attachments
and editor drafts. Import what you need from here."""

from .drafts import DraftStore
from .fields import (
    CLOCK_SKEW,
    CREDIBILITY,
    EDITABLE,
    LOCATION_PRECISIONS,
    RELIABILITY,
    STATUSES,
    TIME_PRECISIONS,
    TITLE_MAX,
    CleanCheck,
    actors_text,
    json_column,
    parse_datetime,
    parse_source_grade,
    source_grade,
    validate,
)
from .search import SORTABLE, IncidentFilter, fts_query
from .store import LIST_COLUMNS, ROW_COLUMNS, IncidentStore, content_of

__all__ = [
    "CLOCK_SKEW",
    "CREDIBILITY",
    "EDITABLE",
    "LIST_COLUMNS",
    "LOCATION_PRECISIONS",
    "RELIABILITY",
    "ROW_COLUMNS",
    "SORTABLE",
    "STATUSES",
    "TIME_PRECISIONS",
    "TITLE_MAX",
    "CleanCheck",
    "DraftStore",
    "IncidentFilter",
    "IncidentStore",
    "actors_text",
    "content_of",
    "fts_query",
    "json_column",
    "parse_datetime",
    "parse_source_grade",
    "source_grade",
    "validate",
]
