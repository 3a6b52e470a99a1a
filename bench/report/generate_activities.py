#!/usr/bin/env python3
"""Writes N generated ledger activities as CSV for PostgreSQL's COPY into the activity table.

usage: generate_activities.py N PLACE_IDS_FILE OUT.csv   (fixed seed; PLACE_IDS_FILE: one place id a line)
Types, leader levels, domains and dates are drawn with fixed weights; every row satisfies the table's checks.
"""
import csv
import datetime
import random
import sys

TYPES = [("delegation", 40), ("event", 25), ("agreement", 10), ("project", 20), ("award", 5)]
LEADERS = ["head_of_state", "minister", "governor", "mayor", "vice_mayor", "party_secretary", "council_speaker",
           "department_head", "other"]
EVENTS = ["conference", "expo", "forum", "culture_week", "exhibition", "performance"]
AGREEMENTS = ["sister_city", "friendship_cooperation", "memorandum"]
DOMAINS = ["trade", "ports", "industry", "agriculture", "education", "youth", "culture_tourism", "health", "ecology",
           "urban_planning", "water", "talent", "science", "media", "sports", "other"]
STATUSES = ["proposed", "ongoing", "completed", "stopped"]


def main():
    n, ids_file, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    places = [int(line) for line in open(ids_file) if line.strip()]
    rnd = random.Random(6)
    types = [t for t, w in TYPES for _ in range(w)]
    start = datetime.date(2000, 1, 1).toordinal()
    span = datetime.date(2025, 12, 31).toordinal() - start
    now = "2026-01-01 00:00:00+00"
    cols = ["type", "place_id", "started_on", "direction", "leader_level", "head_count", "event_kind", "online",
            "agreement_type", "domain", "project_status", "outcome", "title", "award_year", "recipient_kind",
            "created_at", "updated_at"]
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for i in range(n):
            t = rnd.choice(types)
            day = datetime.date.fromordinal(start + rnd.randrange(span))
            row = dict.fromkeys(cols, "")
            row.update(type=t, place_id=rnd.choice(places), started_on=day.isoformat(), created_at=now,
                       updated_at=now)
            if t == "delegation":
                row.update(direction=rnd.choice(["received", "sent"]), leader_level=rnd.choice(LEADERS),
                           head_count=rnd.randint(2, 40))
            elif t == "event":
                row.update(event_kind=rnd.choice(EVENTS), online=rnd.choice(["true", "false"]))
            elif t == "agreement":
                row.update(agreement_type=rnd.choice(AGREEMENTS))
            elif t == "project":
                row.update(domain=rnd.choice(DOMAINS), project_status=rnd.choice(STATUSES),
                           outcome=("outcome %d" % i) if rnd.random() < 0.3 else "")
            else:
                row.update(title="award %d" % i, award_year=day.year, recipient_kind="place")
            w.writerow([row[c] for c in cols])


if __name__ == "__main__":
    main()
