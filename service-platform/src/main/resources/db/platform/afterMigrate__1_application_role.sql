-- After every migration: the service's application role (its login, spring.datasource.username)
-- may read and write what the service keeps, but it can neither change nor remove an event or a
-- seal: the append-only rule is a grant, not only a trigger. The migration role (spring.flyway.user)
-- owns the schema. When both are one role (a test, a single-role setup) there is nothing to grant.
DO $$
DECLARE
    application TEXT := '${application_role}';
BEGIN
    IF application = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', application);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO %I', application);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', application);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', application);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON domainevententry, event_seal FROM %I', application);
END
$$;
