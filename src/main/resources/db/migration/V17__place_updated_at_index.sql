-- Place search keeps the names in memory and reads them again when the places change; it asks for the last change of
-- a place on every search, which without this index is a scan of every place.
create index place_updated_at on place (updated_at);
