-- Every foreign key leads an index, so that deleting or merging a place (or a tie, or a country) finds the rows that
-- name it by the index rather than by reading the whole table once per deleted row: without the first one,
-- removing 34,500 places read wikidata_place 34,500 times (16 s on PostgreSQL). H2 gives every foreign key an index of
-- its own (see V8_1), so this file is PostgreSQL's alone. SchemaTests guards against a key without one.
create index wikidata_place_place on wikidata_place (place_id);
create index account_scope_place on account_scope (place_id);
create index extract_candidate_domestic on extract_candidate (domestic_id);
create index extract_candidate_partner on extract_candidate (partner_id);
create index extract_candidate_tie on extract_candidate (tie_id);
create index country_alias_country on country_alias (country_code);
