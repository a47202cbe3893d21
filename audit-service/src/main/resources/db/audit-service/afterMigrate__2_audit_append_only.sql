-- After the platform's grants (afterMigrate__1): the audit's rows are append-only for the
-- application role too. An erasure's one change stays granted, column by column: the erased
-- words of an action (reason, detail) and the institution of a membership state; the triggers
-- still check that nothing else changes.
DO $$
DECLARE
    application TEXT := '${application_role}';
BEGIN
    IF application = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_action, audit_membership_state, erased_member, chain_checkpoint FROM %I', application);
    EXECUTE format('GRANT UPDATE (reason, detail) ON audit_action TO %I', application);
    EXECUTE format('GRANT UPDATE (institution) ON audit_membership_state TO %I', application);
END
$$;
