"""Realistic, repeatable demo data: incidents at real places named in the source papers, and two
assessments of the same area a few months apart (one final, one in progress) citing them.

The same seed on the same day gives the same data (ids included)."""

from __future__ import annotations

import csv
import json
import random
import uuid
from datetime import timedelta

from . import paths
from .clock import iso
from .errors import FieldkitError
from .marks import DEMO_ASSESSMENTS, DEMO_MARK, DEMO_TAG, demo_assessment_ids, demo_incident_ids

TEMPLATES = {
    "MOVE_OBS": [
        "Convoy of {n} trucks crossing at night near {place}",
        "Unlit vessel offloading at night off {place}",
        "Light aircraft landing on an unlisted airstrip near {place}",
        "Pick-up convoy on the smuggling track north of {place}",
    ],
    "INT_SEIZURE": [
        "Customs seize {n} kg of cocaine at {place}",
        "Weapons cache found in a warehouse in {place}",
        "Cash in bulk seized at the {place} checkpoint",
    ],
    "SITE_OBS": [
        "Artisanal gold mine changing hands near {place}",
        "Charcoal camp operating inside the reserve near {place}",
        "Fuel bunkering point spotted on the river near {place}",
    ],
    "EXTORT": [
        "Armed men levy a 'toll' on traders at a roadblock near {place}",
        "Market vendors in {place} forced to pay protection money",
    ],
    "ABDUCT": ["Trader abducted on the road out of {place}", "Two aid workers briefly held for ransom near {place}"],
    "CLASH_CRIM": [
        "Clash between rival armed groups over the route through {place}",
        "Exchange of fire at a mine site near {place}",
    ],
    "VAC_CRIM": [
        "Villagers attacked after refusing to move goods near {place}",
        "Homes burned near {place} in a dispute over a mine",
    ],
    "THREAT_HRD": [
        "Journalist threatened after reporting on trafficking in {place}",
        "Local councillor in {place} receives death threats",
    ],
    "UN_THREAT": [
        "Patrol stopped and threatened at an illegal checkpoint near {place}",
        "Shots fired near the UN team site in {place}",
    ],
    "CORRUPT": [
        "Police escort seen accompanying a suspect shipment in {place}",
        "Port official in {place} waves through unregistered containers",
    ],
    "PIRACY": ["Fishing vessel boarded by armed men off {place}", "Tanker approached by skiffs off {place}"],
    "TIP_SOM": ["Migrant boat departure observed at dawn from {place}", "Minors found working at a mine near {place}"],
    "SANCT_VIOL": [
        "Embargoed timber loaded at the port of {place}",
        "Arms delivery in breach of the embargo reported in {place}",
    ],
    "ML_IND": [
        "Cash purchase of several villas in {place}",
        "New hotel in {place} built with no visible source of funds",
    ],
    "ENV_HARM": ["Oil spill from an illegal refinery near {place}", "Hazardous waste dumped on the shore near {place}"],
    "JUSTICE": [
        "Suspected trafficker released without charge in {place}",
        "Trial of a network leader opens in {place}",
    ],
    "PROTEST_ILL": [
        "Protest in {place} after crop eradication",
        "Riot in {place} after the arrest of a local smuggler",
    ],
    "STRAT_DEV": [
        "New armed faction claims control of the route through {place}",
        "Cocaine price drop reported in {place}",
    ],
    "MISSION_FP": [
        "Mission fuel contractor in {place} linked to a smuggling network",
        "Camp construction subcontractor in {place} tied to an armed group",
    ],
}
DETAILS = [
    "Observed by a patrol from about {d} m. No shots fired.",
    "Reported by a community contact known to the team; details not yet confirmed.",
    "Local radio and two residents describe the same event.",
    "Seen during a routine patrol; photos taken from the vehicle.",
    "Source says the same group operated here last month.",
    "Customs officer confirmed the figures by phone.",
]
ACTORS = [
    ("Northern Route Network", "NETWORK"),
    ("Bijagós boatmen", "NETWORK"),
    ("General K.", "STATE_EMB"),
    ("Front for the Liberation of the North", "ARMED_NSAG"),
    ("Porto Gang", "GANG"),
    ("Atlantic Trading Ltd", "PRIVATE"),
    ("Unknown foreign buyers", "FOREIGN"),
    ("Customs brigade 3", "STATE_FORCE"),
    ("Kivu Minerals Co.", "PRIVATE"),
    ("Mai-Mai faction", "ARMED_NSAG"),
    ("Coast pirates", "PIRATE"),
    ("'El Capitán'", "TRAFFICKER"),
]
SOURCE_TYPES = ["PATROL", "HUMAN", "OSINT", "NGO", "TRADE", "NAT_INTEL", "POE", "UN_AGENCY"]
TAGS = ["night", "border", "river", "port", "mine", "checkpoint", "follow-up", "photo", "coast", "market"]
# The incident categories that can back an answer of each section: demo evidence is picked among them, in the
# assessment's period, so that an answer about state protection is backed by a corruption report, not by minors
# found at a mine.
EVIDENCE_FOR = {
    "A": ("STRAT_DEV", "MOVE_OBS", "PROTEST_ILL"),
    "B": ("MOVE_OBS", "INT_SEIZURE", "SITE_OBS", "PIRACY"),
    "C": ("STRAT_DEV", "CLASH_CRIM", "EXTORT", "CORRUPT"),
    "D": ("CLASH_CRIM", "SANCT_VIOL", "EXTORT"),
    "E": ("CORRUPT", "JUSTICE", "ML_IND"),
    "F": ("VAC_CRIM", "ABDUCT", "THREAT_HRD", "TIP_SOM", "ENV_HARM"),
    "G": ("UN_THREAT", "STRAT_DEV", "CLASH_CRIM"),
    "M": ("MISSION_FP", "UN_THREAT"),
    "H": ("JUSTICE", "INT_SEIZURE"),
}
# questions whose section's categories are too wide for them
EVIDENCE_FOR_QUESTION = {
    "A10": ("ML_IND",),
    "B7": ("ML_IND",),
    "B8": ("ML_IND",),
    "G3": ("UN_THREAT",),
    "M1": ("MISSION_FP",),
}


def evidence_categories(qid: str) -> tuple:
    """The incident categories that can back an answer to ``qid`` in the demo."""
    return EVIDENCE_FOR_QUESTION.get(qid) or EVIDENCE_FOR.get(qid[:1], ())


DEMO_AREA = "Guinea-Bissau"
DEMO_BBOX = [-16.9, 10.8, -13.6, 12.7]


def load_places() -> list[dict]:
    with open(paths.resources_dir() / "demo" / "places.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [{"name": r["name"], "kind": r["kind"], "lat": float(r["lat"]), "lon": float(r["lon"])} for r in rows]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# The criminal market a demo title is about, from its words (no random draw: the same seed gives the same data)
MARKET_WORDS = (
    ("cocaine", "DRG_COC"),
    ("gold mine", "MIN"),
    ("mine", "MIN"),
    ("charcoal", "TMB"),
    ("timber", "TMB"),
    ("fuel", "OIL"),
    ("oil", "OIL"),
    ("tanker", "OIL"),
    ("fishing", "FSH"),
    ("weapons", "ARMS"),
    ("arms", "ARMS"),
    ("migrant", "MS"),
    ("minors", "HT"),
    ("ransom", "KFR"),
    ("abducted", "KFR"),
    ("toll", "EXT"),
    ("protection money", "EXT"),
    ("villas", "ML"),
    ("hotel", "ML"),
    ("cash", "ML"),
    ("waste", "WST"),
)


def _markets_of(title: str) -> list[str]:
    low = title.lower()
    return sorted({code for word, code in MARKET_WORDS if word in low})


def make_incidents(n: int, seed: int, now, places: list[dict]) -> list[dict]:
    rng = random.Random(seed)
    cats = list(TEMPLATES)
    focus = [p for p in places if p["name"] in ("Guinea-Bissau", "Bissau", "Islands off Guinea-Bissau")]
    out = []
    for _ in range(n):
        place = rng.choice(focus) if rng.random() < 0.25 else rng.choice(places)
        precision = (
            "near"
            if place["kind"] in ("city", "neighbourhood")
            else "district"
            if place["kind"] in ("region", "sub-national area", "island group")
            else "country"
        )
        jitter = 0.05 if precision == "near" else 0.6
        lat = max(-89.9, min(89.9, place["lat"] + rng.uniform(-jitter, jitter)))
        lon = max(-179.9, min(179.9, place["lon"] + rng.uniform(-jitter, jitter)))
        cat = rng.choice(cats)
        when = now - timedelta(days=rng.uniform(0.5, 540), minutes=rng.randint(0, 1440))
        severity = min(5, max(1, int(rng.triangular(1, 5.99, 2))))
        actors = [dict(zip(("name", "type"), a, strict=False)) for a in rng.sample(ACTORS, rng.choice([0, 1, 1, 2]))]
        iid = _uuid(rng)
        title = rng.choice(TEMPLATES[cat]).format(n=rng.randint(2, 40), place=place["name"])
        out.append(
            {
                "id": iid,
                "title": title,
                "description": rng.choice(DETAILS).format(d=rng.choice([200, 500, 800, 1500])),
                "occurred_at": iso(when),
                "occurred_precision": rng.choice(["exact", "exact", "day", "approximate"]),
                "reported_at": iso(min(now, when + timedelta(hours=rng.uniform(1, 72)))),
                "lat": round(lat, 5),
                "lon": round(lon, 5),
                "place": place["name"],
                "location_precision": precision,
                "category": cat,
                "severity": severity,
                "actors": actors,
                "source_type": rng.choice(SOURCE_TYPES),
                "source_reliability": rng.choice("AABBBCCCDEF"),
                "source_credibility": rng.choice("1222333456"),
                "tags": rng.sample(TAGS, rng.choice([0, 1, 2])),
                "status": "final" if rng.random() < 0.92 else "draft",
                "sensitive": rng.random() < 0.08,
                "markets": _markets_of(title),
                # deaths in the grave clashes and attacks only (severity 4: one, 5: three)
                "fatalities": {4: 1, 5: 3}.get(severity) if cat in ("CLASH_CRIM", "VAC_CRIM") else None,
            }
        )
    return out


FIRST_ANSWERS = {
    "A1": 3,
    "A2": "implementation",
    "A3": ["unemployment", "poverty", "corruption", "borders"],
    "A4": "no",
    "A5": 2,
    "A6": 2,
    "A7": "no",
    "A8": ["islands", "coast", "airstrip"],
    "A9": 1,
    "B1": ["DRG_COC", "FSH", "TMB"],
    "B2": 3,
    "B3": ["transit"],
    "B4": ["sea", "air"],
    "B5": "increasing",
    "B6": 1,
    "B7": 2,
    "B8": "yes",
    "B9": ["fishing", "logging"],
    "B10": 2,
    "B11": "unknown",
    "C1": ["NETWORK", "STATE_EMB", "FOREIGN"],
    "C2": "network",
    "C3": "economic",
    "C4": ["officials", "military"],
    "C5": 2,
    "C6": "yes",
    "C7": 1,
    "C8": "no",
    "C9": 2,
    "C10": "unknown",
    "D1": 1,
    "D3": "no",
    "D4": "no",
    "D5": "unknown",
    "D6": 1,
    "D7": 1,
    "E1": ["military", "customs", "judiciary"],
    "E2": 3,
    "E3": "unknown",
    "E4": "yes",
    "E5": 3,
    "E6": 1,
    "E7": "no",
    "E8": 0,
    "E9": 3,
    "F1": 2,
    "F2": ["threats", "extortion"],
    "F3": 2,
    "F4": 1,
    "F5": 2,
    "F7": 1,
    "F8": 2,
    "F9": 2,
    "F10": "no",
    "G1": 2,
    "G2": "yes",
    "G3": 1,
    "G4": ["fuel"],
    "G5": 2,
    "G6": 2,
    "G7": 3,
    "G8": 2,
    "G9": "indirect",
    "G10": 2,
    "G11": "no",
    "H1": ["customs"],
    "H2": 1,
    "H3": 2,
    "H4": ["youth"],
    "H5": 2,
    "H6": ["unodc", "interpol"],
    "H7": 1,
    "H8": 1,
    "I1": ["PATROL", "HUMAN", "OSINT"],
    "I2": 1,
    "I3": "Who protects the navy-linked shipments; volumes through the islands.",
    "I4": "yes",
    "I5": ["leadership", "jmac"],
    "I6": "capture",
    "I7": ["political", "money", "regional"],
    "I8": "no",
    "I9": "unsystem",
    "I10": "Cocaine transit through the islands is growing under protection from parts of the security forces.",
    # questions added in checklist 2.0.0 (issue 17)
    "A10": ["cash", "trade"],
    "A11": 3,
    "B12": "Cocaine: Brazil by sea and air, Bijagós islands, then by road to Mali and by sea to Europe.",
    "B13": "Cocaine rising (two seizures); timber steady; fishing rising with foreign trawlers.",
    "C8b": "no",
    "C10b": "unknown",
    "C11": 3,
    "C12": "unknown",
    "D1b": 0,
    "D8": "no",
    "D9": 1,
    "E10": 3,
    "F3b": 4,
    "G12": 1,
    "G13": 2,
    "G14": 1,
    "G15": 0,
    "G16": "unknown",
    "M1": 1,
    "M2": "no",
    "M3": "sometimes",
    "M4": 2,
    "M5": "unknown",
    "M6": "partly",
    "I8b": "no",
    "I11": "worse",
    "I12": "A new airstrip in use on the islands; a navy officer named in a seizure is promoted.",
}
FIRST_MARKETS = {
    "DRG_COC": {
        "scale": 3,
        "harm": 3,
        "trend": "rising",
        "origin": "Colombia, Venezuela",
        "transit": "Bijagós islands, light aircraft to inland strips",
        "destination": "Europe via the Sahel",
        "seizures": "2 seizures reported (about 300 kg)",
        "actors": ["Northern Route Network", "General K."],
    },
    "FSH": {
        "scale": 2,
        "harm": 2,
        "trend": "stable",
        "origin": "Bissau waters",
        "destination": "Foreign fleets",
        "actors": ["Atlantic Trading Ltd"],
    },
    "TMB": {"scale": 2, "harm": 3, "trend": "falling", "origin": "Cacheu forests", "destination": "Asia (rosewood)"},
}
SECOND_MARKETS = {
    **FIRST_MARKETS,
    "DRG_COC": {**FIRST_MARKETS["DRG_COC"], "scale": 4, "seizures": "4 seizures (about 900 kg); price in Bissau down"},
    "FIN": {"scale": 2, "harm": 2, "trend": "rising", "note": "Cash purchases of property in Bissau."},
}
FIRST_ACTORS = {
    "Northern Route Network": {
        "type": "NETWORK",
        "role": "TRANSPORTER",
        "capability": 3,
        "armed_links": "some",
        "state_links": "strong",
        "trend": "rising",
    },
    "General K.": {
        "type": "STATE_EMB",
        "role": "PROTECTOR",
        "capability": 3,
        "armed_links": "none",
        "state_links": "strong",
        "trend": "stable",
    },
    "Atlantic Trading Ltd": {"type": "PRIVATE", "role": "LAUNDERER", "capability": 2, "trend": "stable"},
}
SECOND_ACTORS = {
    **FIRST_ACTORS,
    "Northern Route Network": {**FIRST_ACTORS["Northern Route Network"], "capability": 4},
    "Bijagós boatmen": {"type": "NETWORK", "role": "TRANSPORTER", "capability": 1, "trend": "rising"},
}
SECOND_CHANGES = {"B2": 4, "B5": "increasing", "D1": 2, "E2": 3, "G1": 3, "G3": 2, "F1": 6, "C9": 3}


def mark(record: dict) -> dict:
    """A demo incident as it is stored: marked in its title (list, detail, map, PDF, exports) and by its tag (what
    bundles leave out and ``remove`` finds)."""
    return {
        **record,
        "title": DEMO_MARK + record["title"],
        "tags": sorted({*record.get("tags", []), DEMO_TAG}),
    }


def present(ws) -> bool:
    """Whether the workspace holds demo data (the app says so in its status bar)."""
    live = {a["id"] for a in ws.assessments.list()}
    return bool(demo_incident_ids(ws)) or bool(demo_assessment_ids(ws) & live)


def remove(ws) -> dict:
    """Remove every demo incident for good (with its history) and every demo assessment: one action, the real
    records untouched. Returns what was removed."""
    ids = demo_incident_ids(ws)
    for iid in ids:
        if not ws.incidents.get(iid, with_attachments=False)["deleted_at"]:
            ws.incidents.delete(iid, reason="Demo data removed")
        ws.incidents.purge(iid, reason="Demo data removed")
    gone = 0
    live = {a["id"] for a in ws.assessments.list()}
    for aid in sorted(demo_assessment_ids(ws) & live):
        ws.assessments.delete(aid, demo=True)
        gone += 1
    ws.settings.set(DEMO_ASSESSMENTS, "[]")
    return {"incidents": len(ids), "assessments": gone}


def fill(ws, incidents: int = 500, seed: int = 1) -> dict:
    if not ws.is_empty():
        raise FieldkitError(
            "This workspace already holds data; load the demo into an empty workspace (use another --data-dir)."
        )
    now = ws.clock.now()
    places = load_places()
    records = [mark(r) for r in make_incidents(incidents, seed, now, places)]
    ws.incidents.add_many(records)
    rng = random.Random(seed + 1)
    in_area = [
        r
        for r in records
        if DEMO_BBOX[1] <= r["lat"] <= DEMO_BBOX[3]
        and DEMO_BBOX[0] <= r["lon"] <= DEMO_BBOX[2]
        and r["status"] == "final"
    ]
    created = {"incidents": len(records), "assessments": 0}
    if not ws.user_name:
        ws.settings.set("user_name", "Demo Monitor")
    first_end = (now - timedelta(days=120)).date()
    a1 = ws.assessments.new(
        DEMO_MARK + DEMO_AREA,
        period_start=(first_end - timedelta(days=90)).isoformat(),
        period_end=first_end.isoformat(),
        bbox=DEMO_BBOX,
        lat=11.8,
        lon=-15.18,
        aid=_uuid(rng),
    )
    _answer_all(ws, a1["id"], FIRST_ANSWERS, in_area, rng)
    _records(ws, a1["id"], FIRST_MARKETS, FIRST_ACTORS)
    ws.assessments.finalise(a1["id"])
    a2 = ws.assessments.new(
        DEMO_MARK + DEMO_AREA,
        period_start=(first_end + timedelta(days=1)).isoformat(),
        period_end=now.date().isoformat(),
        bbox=DEMO_BBOX,
        lat=11.8,
        lon=-15.18,
        based_on=a1["id"],
        aid=_uuid(rng),
    )
    a2 = ws.assessments.get(a2["id"])
    for qid, value in SECOND_CHANGES.items():
        ev = _plausible(in_area, qid, a2, rng, 2)
        ws.assessments.answer(
            a2["id"], qid, value, note="Updated after the last quarter's patrol reports.", add_evidence=ev
        )
    for qid in ("I3", "I10", "I4", "I5"):  # the narrative is still to be rewritten for this period
        ws.assessments.answer(a2["id"], qid, None)
    _records(ws, a2["id"], SECOND_MARKETS, SECOND_ACTORS)
    ws.settings.set(DEMO_ASSESSMENTS, json.dumps([a1["id"], a2["id"]]))
    created["assessments"] = 2
    return created


def _plausible(in_area, qid, a, rng, n) -> list[str]:
    """Up to ``n`` incidents that could back an answer to ``qid``: of a fitting category, in the period."""
    cats = evidence_categories(qid)
    fit = [
        r for r in in_area if r["category"] in cats and a["period_start"] <= r["occurred_at"][:10] <= a["period_end"]
    ]
    return [r["id"] for r in rng.sample(fit, min(n, len(fit)))]


def _records(ws, aid, markets, actors):
    for name, fields in actors.items():
        ws.assessment_records.set_actor(aid, name, reason="Demo data", **fields)
    for code, fields in markets.items():
        ws.assessment_records.set_market(aid, code, reason="Demo data", **fields)


def _answer_all(ws, aid, answers, in_area, rng):
    a = ws.assessments.get(aid)
    for qid, value in answers.items():
        ev = []
        if in_area and isinstance(value, int) and not isinstance(value, bool) and value >= 2 and rng.random() < 0.6:
            ev = _plausible(in_area, qid, a, rng, rng.randint(1, 2))
        ws.assessments.answer(aid, qid, value, evidence=ev)
