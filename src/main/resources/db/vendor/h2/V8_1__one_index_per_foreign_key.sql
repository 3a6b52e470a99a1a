-- H2 gives every foreign key an index of its own (CONSTRAINT_INDEX_…) unless, when the key is declared, an index made
-- by CREATE INDEX on exactly its columns exists already. The keys of V1–V8 are declared in CREATE TABLE, before the
-- CREATE INDEX that follows each table, so on H2 every one of these indexes was a second copy of the key's own: every
-- insert wrote both, and the tie and activity imports paid a B-tree too many per row. The key's index stays and serves
-- the same queries. PostgreSQL makes no index for a foreign key, so there these indexes are the only ones and stay.
-- (SchemaTests guards against a copy coming back.)
drop index activity_tie;
drop index activity_file_activity;
drop index activity_partner_place;
drop index api_token_account;
drop index partner_request_place;
drop index place_country;
drop index place_parent;
drop index place_name_place;
drop index tie_partner;
drop index tie_application_step_application;
drop index tie_document_tie;
drop index tie_status_change_tie;
