-- The review queue shows, for each candidate, the sentence pattern that read it (extract/TiePattern's name, such as
-- `connector` or `elided-subject`); candidates filed before this column existed have none.
alter table extract_candidate add column pattern varchar(40);
