-- The words about an erased member (a decision's reason, an introduction's reason) are theirs to
-- take: an erasure replaces them with the erased mark, in the column and in the fact as received.
-- That is the one change an audit action ever takes; the facts themselves stay.
CREATE FUNCTION refuse_rewrite_but_erased_words() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.reason IS NOT DISTINCT FROM '[erased]'
            AND (to_jsonb(OLD) - 'reason' - 'detail') = (to_jsonb(NEW) - 'reason' - 'detail')
            AND (OLD.detail - 'reason') = (NEW.detail - 'reason') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit rows are append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER audit_action_append_only ON audit_action;
CREATE TRIGGER audit_action_append_only
    BEFORE UPDATE OR DELETE ON audit_action
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite_but_erased_words();
