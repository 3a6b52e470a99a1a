-- The audit trail is append-only: any UPDATE or DELETE of a row raises (security/AuditAppendOnly).
-- H2 fires no trigger on TRUNCATE TABLE; the application never sends one (see README, Security).
create trigger audit_event_no_update before update on audit_event
    for each row call 'org.youcheng.security.AuditAppendOnly';
create trigger audit_event_no_delete before delete on audit_event
    for each row call 'org.youcheng.security.AuditAppendOnly';
