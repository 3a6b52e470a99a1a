-- A place's population where reference data knows it (Natural Earth's POP_MAX, the urban agglomeration): a size clue
-- for telling apart places of one name (圣何塞 in Uruguay or in the USA), never a figure shown as official.
alter table place add column population bigint;
