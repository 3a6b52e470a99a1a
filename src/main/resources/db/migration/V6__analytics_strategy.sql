-- A place's strategy layout: the regions its office plans for, each with a verb and, optionally, a target count
-- of ties. Regions are the strategy regions of country.region.
create table strategy_aim (
    place_id  bigint      not null references place (id) on delete cascade,
    region    varchar(24) not null,
    verb      varchar(12) not null check (verb in ('deepen', 'strengthen', 'tighten', 'keep', 'open_up',
                                                  'consolidate', 'widen')),
    target    integer     check (target >= 0),
    position  integer     not null,
    primary key (place_id, region)
);
