-- Text in the platform's own tables has no length of its own: the one limit per field is checked
-- where a request enters (kernel Limits), so nothing a command accepts can stop a read model, a
-- registry or a publisher for being a character too long. Runs after every versioned migration;
-- TextColumnsTest keeps new columns to the rule. Axon's tables keep the shape Axon gives them (their
-- text is made by the platform, not by a request).
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT table_name, column_name
        FROM information_schema.columns
        WHERE table_schema = current_schema()
          AND data_type = 'character varying'
          AND table_name NOT IN ('domainevententry', 'snapshotevententry', 'tokenentry',
                                 'deadletterentry', 'flyway_schema_history')
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text', c.table_name, c.column_name);
    END LOOP;
    FOR c IN
        SELECT table_name, column_name
        FROM information_schema.columns
        WHERE table_schema = current_schema()
          AND data_type = 'numeric' AND numeric_precision IS NOT NULL
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE numeric', c.table_name, c.column_name);
    END LOOP;
END $$;
