-- The ledger's own tables on SQLite. Idempotent: run at every start.
CREATE TABLE IF NOT EXISTS producer_streams (
    operator_id     TEXT    NOT NULL,
    stream_name     TEXT    NOT NULL,
    last_batch_seq  INTEGER NOT NULL,
    PRIMARY KEY (operator_id, stream_name)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS batch_acks (
    operator_id  TEXT    NOT NULL,
    stream_name  TEXT    NOT NULL,
    batch_seq    INTEGER NOT NULL,
    ack          BLOB    NOT NULL,
    PRIMARY KEY (operator_id, stream_name, batch_seq)
) WITHOUT ROWID;

-- One row per acknowledged use; (operator_id, event_id) is unique, so a retried event is stored once.
CREATE TABLE IF NOT EXISTS usage_events (
    operator_id          TEXT    NOT NULL,
    event_id             TEXT    NOT NULL,
    stream_name          TEXT    NOT NULL,
    batch_seq            INTEGER NOT NULL,
    model_id             TEXT    NOT NULL,
    work_id              TEXT    NOT NULL,
    use_kind             INTEGER NOT NULL,
    units                INTEGER NOT NULL CHECK (units > 0),
    unit_kind            TEXT    NOT NULL,
    weight_ppm           INTEGER NOT NULL CHECK (weight_ppm BETWEEN 0 AND 1000000),
    occurred_at_ms       INTEGER NOT NULL,
    received_at_ms       INTEGER NOT NULL,
    attribution_method   TEXT    NOT NULL,
    attribution_version  TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    licence_id           TEXT,
    currency             TEXT,
    amount_nanos         INTEGER NOT NULL CHECK (amount_nanos >= 0),
    territory            TEXT    NOT NULL,
    revenue_micros       INTEGER,
    revenue_currency     TEXT,
    status_reason        TEXT,
    PRIMARY KEY (operator_id, event_id)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS usage_events_by_work ON usage_events (work_id);

CREATE TABLE IF NOT EXISTS accruals (
    party_id      TEXT    NOT NULL,
    operator_id   TEXT    NOT NULL,
    event_id      TEXT    NOT NULL,
    share_bps     INTEGER NOT NULL,
    amount_nanos  INTEGER NOT NULL CHECK (amount_nanos >= 0),
    PRIMARY KEY (party_id, operator_id, event_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS registry_entries (
    kind          TEXT NOT NULL,
    id            TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    payload_json  TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- API keys: only a SHA-256 of each key's secret is kept; the key itself is shown once at creation.
CREATE TABLE IF NOT EXISTS api_keys (
    key_id         TEXT    NOT NULL PRIMARY KEY,
    secret_hash    BLOB    NOT NULL,
    role           TEXT    NOT NULL,
    party_id       TEXT,
    label          TEXT    NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    revoked_at_ms  INTEGER
) WITHOUT ROWID;

-- Consent decisions, append-only; the latest per (creator, work, use, operator) is in force.
-- An empty work_id means all the creator's works, an empty operator_id any operator.
CREATE TABLE IF NOT EXISTS consents (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    creator_id      TEXT    NOT NULL,
    work_id         TEXT    NOT NULL,
    use_kind        INTEGER NOT NULL,
    operator_id     TEXT    NOT NULL,
    decision        TEXT    NOT NULL CHECK (decision IN ('granted', 'refused', 'not_given')),
    recorded_at_ms  INTEGER NOT NULL,
    recorded_by     TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS consents_by_scope ON consents (creator_id, work_id, use_kind, operator_id, seq);

-- The parties each licence request concerns: the operator that filed it and every creator asked.
CREATE TABLE IF NOT EXISTS licence_request_parties (
    party_id    TEXT NOT NULL,
    request_id  TEXT NOT NULL,
    PRIMARY KEY (party_id, request_id)
) WITHOUT ROWID;

-- Members of collecting societies: creators and rightsholders.
CREATE TABLE IF NOT EXISTS society_members (
    society_id    TEXT NOT NULL,
    member_id     TEXT NOT NULL,
    member_kind   TEXT NOT NULL CHECK (member_kind IN ('creator', 'rightsholder')),
    joined_at_ms  INTEGER NOT NULL,
    PRIMARY KEY (society_id, member_id)
) WITHOUT ROWID;

-- Licences, immutable once granted: the terms as JSON plus the columns they are looked up by.
CREATE TABLE IF NOT EXISTS licences (
    licence_id     TEXT    NOT NULL PRIMARY KEY,
    operator_id    TEXT    NOT NULL,
    licensor_kind  TEXT    NOT NULL CHECK (licensor_kind IN ('creator', 'rightsholder')),
    licensor_id    TEXT    NOT NULL,
    catalogue      INTEGER NOT NULL,
    granted_at_ms  INTEGER NOT NULL,
    terms_json     TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS licences_by_licensor ON licences (licensor_id, catalogue);
CREATE INDEX IF NOT EXISTS licences_by_operator ON licences (operator_id);

-- The works a licence lists (catalogue licences list none).
CREATE TABLE IF NOT EXISTS licence_works (
    work_id     TEXT NOT NULL,
    licence_id  TEXT NOT NULL,
    PRIMARY KEY (work_id, licence_id)
) WITHOUT ROWID;

-- Who a work belongs to: every creator of any of its split versions and every rightsholder whose catalogue holds it.
CREATE TABLE IF NOT EXISTS work_parties (
    party_id  TEXT NOT NULL,
    relation  TEXT NOT NULL CHECK (relation IN ('contributor', 'rightsholder')),
    work_id   TEXT NOT NULL,
    PRIMARY KEY (party_id, relation, work_id)
) WITHOUT ROWID;
