"""How demo data is marked, for the modules that must leave it out (bundles) or find it (``fieldkit.demo``): every
demo incident carries the tag ``DEMO_TAG`` and a title that begins with ``DEMO_MARK``; the ids of the demo
assessments are kept in the setting ``DEMO_ASSESSMENTS``."""

from __future__ import annotations

import json

DEMO_TAG = "demo-data"
DEMO_MARK = "[DEMO] "
DEMO_ASSESSMENTS = "demo_assessments"  # setting: a JSON list of assessment ids


def demo_assessment_ids(ws) -> set[str]:
    try:
        return set(json.loads(ws.settings.get(DEMO_ASSESSMENTS) or "[]"))
    except ValueError:
        return set()


def demo_incident_ids(ws) -> list[str]:
    return [
        r[0]
        for r in ws.db.execute(
            "SELECT id FROM incidents WHERE EXISTS (SELECT 1 FROM json_each(incidents.tags) WHERE value = ?)",
            [DEMO_TAG],
        )
    ]
