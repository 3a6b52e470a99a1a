#!/usr/bin/env bash
# Ranking and year-end report benchmark (issue 6): every prefecture-level city ranked on the bundled network plus N
# generated ledger activities (default 1,000,000), one city's report as JSON and as PDF, through the running app's
# API on PostgreSQL; the peer, in the same run, is the ranking's two aggregates as plain SQL through psql.
# usage: bench/report/run.sh [N]     (needs the PostgreSQL on 127.0.0.1:5432, user postgres; writes bench/report/work/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-1000000}
work="$here/work"
db=youcheng_bench6
port=8061
mkdir -p "$work"
psql=(psql -h 127.0.0.1 -U postgres -X -q -t -A)

"${psql[@]}" -c "drop database if exists $db" -c "create database $db"
"$root/youcheng" serve --port $port --db "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/api/v1/places?q=x" > /dev/null; do sleep 2; done

"${psql[@]}" -d $db -c "select id from place where country_code = 'CN' and level = 'prefecture'" > "$work/prefectures.txt"
python3 "$here/generate_activities.py" "$n" "$work/prefectures.txt" "$work/activities.csv"
"${psql[@]}" -d $db -c "\\copy activity (type, place_id, started_on, direction, leader_level, head_count, event_kind, online, agreement_type, domain, project_status, outcome, title, award_year, recipient_kind, created_at, updated_at) from '$work/activities.csv' with (format csv, header true)" -c "analyze activity"
activities=$("${psql[@]}" -d $db -c "select count(*) from activity")
city=$("${psql[@]}" -d $db -c "select id from place where code = 'CN-370200'")

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() {   # url runs → median seconds over runs after 2 warm-up calls
  for _ in 1 2; do curl -sf -o /dev/null "$1"; done
  for _ in $(seq "$2"); do curl -sf -o /dev/null -w '%{time_total}\n' "$1"; done | median
}
base="http://127.0.0.1:$port/api/v1"
# cold: the first call after the ledger changed (the ranking is cached until the ties or the ledger change); one
# activity is added through psql before each such call
touch_ledger() {
  "${psql[@]}" -d $db -c "insert into activity (type, place_id, started_on, event_kind, online, created_at, updated_at) values ('event', $city, date '2025-06-01', 'forum', true, now(), now())"
}
cold() {   # url runs → median seconds of calls each made right after a change of the ledger
  for _ in $(seq "$2"); do touch_ledger; curl -sf -o /dev/null -w '%{time_total}\n' "$1"; done | median
}
rank_cold=$(cold "$base/rankings/prefecture?year=2025" 5)
json_cold=$(cold "$base/places/$city/report?year=2025&format=json" 5)
pdf_cold=$(cold "$base/places/$city/report?year=2025&format=pdf" 5)
rank=$(measure "$base/rankings/prefecture?year=2025" 10)
json=$(measure "$base/places/$city/report?year=2025&format=json" 20)
pdf=$(measure "$base/places/$city/report?year=2025&format=pdf" 10)
html=$(measure "$base/places/$city/report?year=2025&format=html" 10)
curl -sf -o "$work/qingdao-2025.pdf" "$base/places/$city/report?year=2025&format=pdf"

# the peer: the ranking's aggregates over the same data as plain SQL (ties by place with countries and continents,
# activities by place), timed by psql itself
peer_sql="$work/peer.sql"
cat > "$peer_sql" <<SQL
\\timing on
select s.id, count(*) filter (where t.kind = 'sister'), count(*) filter (where t.kind = 'partner'),
       count(distinct o.country_code), count(distinct c.continent), min(extract(year from t.signed_on))
from tie t join place s on s.id = t.domestic_id join place o on o.id = t.partner_id join country c on c.code = o.country_code
where s.country_code = 'CN' and o.country_code <> 'CN' and s.level = 'prefecture' and t.status <> 'ended'
group by s.id;
select a.place_id, count(distinct case when a.type = 'project' then a.domain end),
       sum(case when a.type = 'project' then 1 else 0 end),
       sum(case when a.type = 'project' and a.outcome is not null then 1 else 0 end),
       sum(case when a.type = 'delegation' then 1 else 0 end), sum(case when a.type = 'delegation' then a.head_count else 0 end),
       sum(case when a.type = 'delegation' and a.leader_level in ('head_of_state', 'minister', 'governor', 'mayor', 'party_secretary', 'council_speaker') then 1 else 0 end),
       sum(case when a.type = 'award' then 1 else 0 end), sum(case when a.started_on >= date '2023-01-01' then 1 else 0 end),
       count(*), min(a.started_on)
from activity a join place p on p.id = a.place_id
where p.country_code = 'CN' and p.level = 'prefecture' and a.started_on <= date '2025-12-31'
group by a.place_id;
SQL
peer=$(for _ in 1 2 3 4 5 6; do "${psql[@]}" -d $db -f "$peer_sql" | awk '/^Time:/ {s += $2} END {print s / 1000}'; done | tail -5 | median)

{
  echo "activities: $activities (generated, over the prefecture-level cities), ranked: every prefecture-level city"
  echo "ranking, computed (first call after a change of the ledger, median of 5): ${rank_cold} s"
  echo "ranking, cached (median of 10): ${rank} s"
  echo "peer: the same two aggregates as plain SQL through psql (median of 5): ${peer} s"
  echo "ratio computed ranking / peer: $(awk -v a="$rank_cold" -v b="$peer" 'BEGIN {printf "%.2f", a / b}')"
  echo "report JSON of 青岛市 2025, first after a change (median of 5): ${json_cold} s; then (median of 20): ${json} s"
  echo "report PDF, first after a change (median of 5): ${pdf_cold} s; then (median of 10): ${pdf} s"
  echo "report HTML (median of 10): ${html} s"
} | tee "$work/results.txt"
