-- Every change to a provenance table, however it was made: the app's edits (with the actor
-- the app names in claimtrail.actor) and anything that bypasses it, such as a direct
-- UPDATE in psql. The app role may only add rows here (see claimtrail_grant_app_role).
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "table_name" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "old_row" JSONB,
    "new_row" JSONB,
    "db_user" TEXT NOT NULL DEFAULT current_user,
    "actor" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION "audit_provenance_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "audit_log" ("table_name", "operation", "old_row", "new_row", "actor")
    VALUES (
        TG_TABLE_NAME,
        TG_OP,
        CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
        CASE WHEN TG_OP IN ('UPDATE', 'INSERT') THEN to_jsonb(NEW) END,
        nullif(current_setting('claimtrail.actor', true), '')
    );
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['entities', 'entity_names', 'affiliations', 'sources', 'source_relations', 'claims',
        'claim_statements', 'claim_entities', 'tags', 'claim_tags', 'quotes', 'quote_translations', 'citations',
        'claim_relations', 'revisions'] LOOP
        EXECUTE format('CREATE TRIGGER "audit_change" AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "audit_provenance_change"()', name);
        EXECUTE format('CREATE TRIGGER "audit_truncate" AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "audit_provenance_change"()', name);
    END LOOP;
END $$;

-- The rights of the role the app runs as, when it is not the owner: read and write the
-- records, add revisions and audit rows, and nothing else. No TRUNCATE anywhere, no UPDATE or
-- DELETE of revisions or audit rows, no DDL; not being the owner, it cannot disable or drop a
-- trigger. Called after every migration run, so tables added later are covered.
CREATE FUNCTION "claimtrail_grant_app_role"("app_role" NAME) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'REVOKE CREATE ON SCHEMA public FROM PUBLIC';
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);
    EXECUTE format('REVOKE UPDATE, DELETE ON "revisions" FROM %I', app_role);
    EXECUTE format('REVOKE SELECT, UPDATE, DELETE ON "audit_log" FROM %I', app_role);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM %I', app_role);
END;
$$;
