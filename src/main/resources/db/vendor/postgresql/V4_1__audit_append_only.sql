-- The audit trail is append-only: any UPDATE or DELETE of a row raises, whoever sends it.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();

-- TRUNCATE fires no row trigger: a statement trigger refuses it too
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
