-- An account whose password an admin chose (a one-time password handed over) changes it at its first sign-in:
-- until it does, every page leads to the change of password, and no API token is made for it.
alter table account add column must_change_password boolean default false not null;
