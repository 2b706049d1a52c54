-- FieldKit HQ store on PostgreSQL, schema step 6: conflicts resolved from any analyst's desk. The store holds the HQ
-- workspace's conflicts (published with the rest); an analyst (a role in fieldkit_analyst) asks for one to be
-- resolved ('fieldkit hq resolve'), several analysts at once; the HQ workspace's merge service ('hq serve', or its
-- window) applies each request with the one merge engine's resolution, as a new version whose reason names the
-- analyst who asked, publishes, and writes the outcome back. A request for a conflict already resolved (two analysts
-- at once) is refused with a plain sentence. Analysts add requests and read them; they change nothing else.
CREATE TABLE conflict_requests (
    id TEXT PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    conflict_id TEXT NOT NULL CHECK (length(conflict_id) <= 64),
    choices TEXT NOT NULL CHECK (length(choices) <= 4000),  -- JSON: {"keep": side, "fields": {"name": side}}
    reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    requested_by TEXT NOT NULL DEFAULT current_user,
    requested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'applied', 'refused')),
    handled_at TIMESTAMPTZ,
    handled_by TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_conflict_requests_waiting ON conflict_requests (requested_at) WHERE state = 'waiting';

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_importer') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON conflict_requests TO fieldkit_importer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_analyst') THEN
        GRANT SELECT, INSERT (id, conflict_id, choices, reason) ON conflict_requests TO fieldkit_analyst;
    END IF;
END
$$;
