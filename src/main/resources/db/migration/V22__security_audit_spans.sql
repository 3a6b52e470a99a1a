-- An import adds up to millions of ties and each gets an audit entry of its own, but writing one row (and two index
-- entries) per tie cost the H2 import a quarter of its writing. A span row stands for the entries of consecutive
-- entities that one action added at one moment: entity_id is the first, last_entity_id the last, and after_json holds
-- one line of values per entity (security/internal/AuditSpans). The trail is read one entry per entity, spans
-- expanded (security/internal/AuditRepository). Rows of one entry leave last_entity_id null.
alter table audit_event add column last_entity_id bigint;
