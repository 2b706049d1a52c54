"""The colours FieldKit uses for severity and threat levels: one table, read by the map, the PDF
report and the UI, so that a level looks the same everywhere."""

from __future__ import annotations

# threat levels of an assessment (scoring.py's levels)
LEVEL_COLOURS = {
    "low": "#2f9e44",
    "moderate": "#f59f00",
    "high": "#e8590c",
    "severe": "#c92a2a",
    "insufficient": "#868e96",
}
UNKNOWN_LEVEL = "#868e96"
# incident severity 1..5: markers on the map and in the report
SEVERITY_COLOURS = {1: "#40c057", 2: "#fab005", 3: "#fd7e14", 4: "#f03e3e", 5: "#862e9c"}
# the same scale, pale enough to sit behind black text (the incident list's rows)
SEVERITY_TINTS = {1: "#d9f0d3", 2: "#fff3bf", 3: "#ffd8a8", 4: "#ffa8a8", 5: "#e6c3f0"}
# categories on the map, by position in the vocabulary
CATEGORY_COLOURS = [
    "#1971c2",
    "#e8590c",
    "#2f9e44",
    "#c2255c",
    "#6741d9",
    "#f08c00",
    "#0c8599",
    "#862e9c",
    "#5c940d",
    "#d6336c",
    "#364fc7",
    "#a61e4d",
    "#087f5b",
    "#e67700",
    "#495057",
    "#9c36b5",
    "#1098ad",
    "#c92a2a",
    "#74b816",
]
