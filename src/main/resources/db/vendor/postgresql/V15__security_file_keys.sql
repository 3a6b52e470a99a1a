-- Attached files are named in addresses by a random key, not by their row number (docs/security.md, Attachments):
-- files attached before get a random UUID's 32 hex digits, new ones 22 characters of base64url (128 random bits).
-- One file per database vendor because the two name their random UUID function differently.
alter table activity_file add column file_key varchar(32);
update activity_file set file_key = replace(gen_random_uuid()::text, '-', '');
alter table activity_file alter column file_key set not null;
create unique index activity_file_key on activity_file (file_key);

-- A disabled account's tokens are revoked, so that enabling the account again revives none of them.
update api_token set revoked_at = current_timestamp
where revoked_at is null and account_id in (select id from account where not enabled);
