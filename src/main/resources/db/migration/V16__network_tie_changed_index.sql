-- The network's graphs are kept while the tie table stays as it was; every graph request asks whether it changed
-- (row count, last id, last change). Without this index the last change was a scan of every tie (1 s on H2 with
-- 110,000 ties under load, 275 ms on PostgreSQL): now it is the index's last entry.
create index tie_updated_at on tie (updated_at);
