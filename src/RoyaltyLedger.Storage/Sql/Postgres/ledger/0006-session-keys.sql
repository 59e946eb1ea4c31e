-- Migration 7 (issue 14): the statement pages' sessions are cookies protected by ASP.NET Core data protection; its key
-- ring lives here, beside the ledger, so that any server of a cluster reads a cookie another issued and a restart keeps
-- the sessions (Server/Sessions, docs/sessions.md). One row per XML element (a key or a revocation), never updated or
-- deleted: data protection retires a key by adding a revocation. The rows are as secret as the API key hashes: anyone
-- who reads this table can forge a session, so it is protected as the database is.
CREATE TABLE data_protection_keys (
    element_no BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name TEXT NOT NULL,
    xml TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL
);
