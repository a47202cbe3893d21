-- The members member-service erased at their request: the audit keeps the facts about them and
-- shows them as erased. Append-only, like the rest of the audit.
CREATE TABLE erased_member (
    member_id   TEXT        PRIMARY KEY,
    legal_basis TEXT        NOT NULL,
    erased_on   DATE        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TRIGGER erased_member_append_only
    BEFORE UPDATE OR DELETE ON erased_member
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();

-- The institution a member worked at is theirs: an erasure empties it, and that is the one change
-- a membership state ever takes.
CREATE FUNCTION refuse_rewrite_but_erasure() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.institution IS NULL
            AND (to_jsonb(OLD) - 'institution') = (to_jsonb(NEW) - 'institution') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit rows are append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER audit_membership_state_append_only ON audit_membership_state;
CREATE TRIGGER audit_membership_state_append_only
    BEFORE UPDATE OR DELETE ON audit_membership_state
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite_but_erasure();
