-- Amounts (nanos) and units sums are Int128 in memory and numeric(38,0) here (docs/money.md): |x| <= 10^38 - 1, which a
-- cast to numeric(38,0) enforces ("numeric field overflow", SQLSTATE 22003). i128_add, i128_neg and i128_sum are the
-- names the SQLite store registers for its BLOB amounts, so that one statement serves both databases.
CREATE OR REPLACE FUNCTION i128(a numeric) RETURNS numeric(38,0) LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT a::numeric(38,0)';
CREATE OR REPLACE FUNCTION i128_add(a numeric, b numeric) RETURNS numeric(38,0) LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT (a + b)::numeric(38,0)';
CREATE OR REPLACE FUNCTION i128_neg(a numeric) RETURNS numeric(38,0) LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT (-a)::numeric(38,0)';
CREATE OR REPLACE FUNCTION i128_text(a numeric) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT a::text';
CREATE OR REPLACE AGGREGATE i128_sum(numeric) (SFUNC = i128_add, STYPE = numeric);
-- The ledger's own tables on PostgreSQL. Idempotent: run at every start.
CREATE TABLE IF NOT EXISTS producer_streams (
    operator_id     TEXT   NOT NULL,
    stream_name     TEXT   NOT NULL,
    last_batch_seq  BIGINT NOT NULL,
    PRIMARY KEY (operator_id, stream_name)
);

CREATE TABLE IF NOT EXISTS registry_entries (
    kind          TEXT NOT NULL,
    id            TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    payload_json  TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);

-- API keys: only a SHA-256 of each key's secret is kept; the key itself is shown once at creation.
CREATE TABLE IF NOT EXISTS api_keys (
    key_id         TEXT    NOT NULL PRIMARY KEY,
    secret_hash    BYTEA    NOT NULL,
    role           TEXT    NOT NULL,
    party_id       TEXT,
    label          TEXT    NOT NULL,
    created_at_ms  BIGINT NOT NULL,
    revoked_at_ms  BIGINT
);

-- Consent decisions, append-only; the latest per (creator, work, use, operator) is in force.
-- An empty work_id means all the creator's works, an empty operator_id any operator.
CREATE TABLE IF NOT EXISTS consents (
    seq             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    creator_id      TEXT    NOT NULL,
    work_id         TEXT    NOT NULL,
    use_kind        INTEGER NOT NULL,
    operator_id     TEXT    NOT NULL,
    decision        TEXT    NOT NULL CHECK (decision IN ('granted', 'refused', 'not_given')),
    recorded_at_ms  BIGINT  NOT NULL,
    recorded_by     TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS consents_by_scope ON consents (creator_id, work_id, use_kind, operator_id, seq);

-- The parties each licence request concerns: the operator that filed it and every creator asked.
CREATE TABLE IF NOT EXISTS licence_request_parties (
    party_id    TEXT NOT NULL,
    request_id  TEXT NOT NULL,
    PRIMARY KEY (party_id, request_id)
);

-- Members of collecting societies: creators and rightsholders.
CREATE TABLE IF NOT EXISTS society_members (
    society_id    TEXT NOT NULL,
    member_id     TEXT NOT NULL,
    member_kind   TEXT NOT NULL CHECK (member_kind IN ('creator', 'rightsholder')),
    joined_at_ms  BIGINT NOT NULL,
    PRIMARY KEY (society_id, member_id)
);

-- A creator's societies, looked up when a work prices its contributors' unlicensed uses.
CREATE INDEX IF NOT EXISTS society_members_by_member ON society_members (member_id, member_kind);

-- Each society's unlicensed tariffs: the price of a use of a member's work that no licence covers or that a creator
-- refused, per use (the wire enum's number) and unit kind. Setting one replaces the row with the same key.
CREATE TABLE IF NOT EXISTS society_unlicensed_tariffs (
    society_id    TEXT    NOT NULL,
    use_kind      INTEGER NOT NULL,
    unit_kind     TEXT    NOT NULL,
    price_micros  BIGINT  NOT NULL CHECK (price_micros >= 0),
    per_units     BIGINT  NOT NULL CHECK (per_units >= 1),
    currency      TEXT    NOT NULL,
    set_at_ms     BIGINT  NOT NULL,
    PRIMARY KEY (society_id, use_kind, unit_kind)
);

-- Licences, immutable once granted: the terms as JSON plus the columns they are looked up by.
CREATE TABLE IF NOT EXISTS licences (
    licence_id     TEXT    NOT NULL PRIMARY KEY,
    operator_id    TEXT    NOT NULL,
    licensor_kind  TEXT    NOT NULL CHECK (licensor_kind IN ('creator', 'rightsholder')),
    licensor_id    TEXT    NOT NULL,
    catalogue      INTEGER NOT NULL,
    granted_at_ms  BIGINT  NOT NULL,
    terms_json     TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS licences_by_licensor ON licences (licensor_id, catalogue);
CREATE INDEX IF NOT EXISTS licences_by_operator ON licences (operator_id);

-- The works a licence lists (catalogue licences list none).
CREATE TABLE IF NOT EXISTS licence_works (
    work_id     TEXT NOT NULL,
    licence_id  TEXT NOT NULL,
    PRIMARY KEY (work_id, licence_id)
);

-- Who a work belongs to: every creator of any of its split versions and every rightsholder whose catalogue holds it.
CREATE TABLE IF NOT EXISTS work_parties (
    party_id  TEXT NOT NULL,
    relation  TEXT NOT NULL CHECK (relation IN ('contributor', 'rightsholder')),
    work_id   TEXT NOT NULL,
    PRIMARY KEY (party_id, relation, work_id)
);

-- ===== Usage log (see docs/ingest-design.md) =====

-- Operators numbered so that event keys stay short.
CREATE TABLE IF NOT EXISTS operator_numbers (
    operator_id  TEXT    NOT NULL PRIMARY KEY,
    operator_no  BIGINT   NOT NULL UNIQUE
);

-- One row per acknowledged batch: the batch as received (protobuf royaltyledger.v1.UsageBatch) and
-- a bit mask of the events counted (bit i of byte i/8: event i was valid and not a duplicate).
CREATE TABLE IF NOT EXISTS usage_log (
    log_seq         BIGINT   NOT NULL PRIMARY KEY,
    operator_id     TEXT    NOT NULL,
    stream_name     TEXT    NOT NULL,
    batch_seq       BIGINT   NOT NULL,
    received_at_ms  BIGINT   NOT NULL,
    counted         INTEGER NOT NULL,
    payload         BYTEA   NOT NULL,
    counted_mask    BYTEA   NOT NULL,
    ack             BYTEA   NOT NULL,
    UNIQUE (operator_id, stream_name, batch_seq)
);

-- The SHA-256 of each stored batch's content (docs/ingest-design.md, "Resends"), written in the batch's own
-- transaction: a resend of the batch number is answered from the stored ack only when its content has the same
-- digest. A table of its own, so that a ledger created before it gains it on start (rows older than it have none).
CREATE TABLE IF NOT EXISTS usage_log_digests (
    log_seq         BIGINT  NOT NULL PRIMARY KEY,
    content_sha256  BYTEA    NOT NULL
);

-- The projector's work queue: log rows not yet projected. Deleted in the projection's transaction.
CREATE TABLE IF NOT EXISTS usage_log_pending (
    log_seq  BIGINT   NOT NULL PRIMARY KEY
);

-- Every counted event id, once per operator: the database's guarantee that an event counts once.
-- event_key is 0x01 + 16 bytes for a UUID, 0x02 + UTF-8 for any other id.
CREATE TABLE IF NOT EXISTS usage_event_ids (
    operator_no  BIGINT   NOT NULL,
    event_key    BYTEA   NOT NULL,
    PRIMARY KEY (operator_no, event_key)
);

-- Projection: running totals per party (creator; '' for the work as a whole), work, operator, model,
-- use, licence status, unit kind, currency ('' when unpriced) and month of use (YYYY-MM, UTC).
CREATE TABLE IF NOT EXISTS usage_totals (
    party_id      TEXT    NOT NULL,
    work_id       TEXT    NOT NULL,
    operator_id   TEXT    NOT NULL,
    model_id      TEXT    NOT NULL,
    use_kind      INTEGER NOT NULL,
    status        TEXT    NOT NULL,
    unit_kind     TEXT    NOT NULL,
    currency      TEXT    NOT NULL,
    period        TEXT    NOT NULL,
    event_count   BIGINT   NOT NULL,
    units         NUMERIC(38,0) NOT NULL,
    amount_nanos  NUMERIC(38,0) NOT NULL,
    -- The first and last time (Unix ms) a use in this row happened: a model's transparency report shows them.
    first_at_ms   BIGINT NOT NULL,
    last_at_ms    BIGINT NOT NULL,
    PRIMARY KEY (party_id, work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period)
);

-- Per-model totals (operators' statements) read the rows for works as a whole.
CREATE INDEX IF NOT EXISTS usage_totals_by_model ON usage_totals (model_id) WHERE party_id = '';

-- A model's transparency report pages through the works it used, by work id, reading only training uses.
CREATE INDEX IF NOT EXISTS usage_totals_model_works ON usage_totals (model_id, work_id, use_kind, status) WHERE party_id = '';

-- The society's suspense: counted events naming a work nobody has registered (by id or identifier).
CREATE TABLE IF NOT EXISTS unidentified_usage (
    log_seq          BIGINT   NOT NULL,
    event_index      INTEGER NOT NULL,
    operator_id      TEXT    NOT NULL,
    event_id         TEXT    NOT NULL,
    model_id         TEXT    NOT NULL,
    work_id          TEXT    NOT NULL,
    ref_scheme       TEXT    NOT NULL,
    ref_value        TEXT    NOT NULL,
    use_kind         INTEGER NOT NULL,
    units            BIGINT   NOT NULL,
    unit_kind        TEXT    NOT NULL,
    occurred_at_ms   BIGINT   NOT NULL,
    matched_work_id  TEXT,
    matched_at_ms    BIGINT ,
    PRIMARY KEY (log_seq, event_index)
);

CREATE INDEX IF NOT EXISTS unidentified_by_work ON unidentified_usage (work_id) WHERE matched_work_id IS NULL;
CREATE INDEX IF NOT EXISTS unidentified_by_ref ON unidentified_usage (ref_scheme, ref_value) WHERE matched_work_id IS NULL;

-- Registered works' public identifiers (normalized), for matching usage that names a work by identifier.
CREATE TABLE IF NOT EXISTS work_identifiers (
    scheme   TEXT NOT NULL,
    value    TEXT NOT NULL,
    work_id  TEXT NOT NULL,
    PRIMARY KEY (scheme, value)
);

-- Which log rows hold counted uses of each work (by work id, identifier or a suspense match): what a re-rating of
-- the work's past uses reads back. Written by the projector in the transaction that projects the rows.
CREATE TABLE IF NOT EXISTS work_log (
    work_id  TEXT   NOT NULL,
    log_seq  BIGINT NOT NULL,
    PRIMARY KEY (work_id, log_seq)
);

-- Works whose past uses must be rated again (a licence reaching into the past, a split correction, a suspense match).
-- version grows with every request, so a request that arrives while a re-rating runs is not lost with it.
CREATE TABLE IF NOT EXISTS rerate_queue (
    work_id          TEXT   NOT NULL PRIMARY KEY,
    reason           TEXT   NOT NULL,
    requested_at_ms  BIGINT NOT NULL,
    version          BIGINT NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS usage_log_seq;

-- Committed payout cycles: the journal cut-off, the Merkle root over the lines and the payout entry that moved the money.
CREATE TABLE IF NOT EXISTS payout_cycles (
    cycle_id              TEXT    NOT NULL PRIMARY KEY,
    society_id            TEXT    NOT NULL,
    currency              TEXT    NOT NULL,
    period_end_ms         BIGINT  NOT NULL,
    minimum_payout_minor  BIGINT  NOT NULL,
    commission_bps        INTEGER NOT NULL,
    cutoff_entry_no       BIGINT  NOT NULL,
    merkle_root           BYTEA   NOT NULL,
    journal_entry_no      BIGINT  NOT NULL,
    committed_at_ms       BIGINT  NOT NULL,
    suspense_events       BIGINT  NOT NULL
);

-- Each member's line of a cycle, in ordinal party order (the order of the Merkle tree's leaves).
CREATE TABLE IF NOT EXISTS payout_lines (
    cycle_id          TEXT    NOT NULL,
    line_no           INTEGER NOT NULL,
    party_id          TEXT    NOT NULL,
    gross_nanos       NUMERIC(38,0) NOT NULL,
    commission_nanos  NUMERIC(38,0) NOT NULL,
    paid_minor        NUMERIC(38,0) NOT NULL,
    paid_nanos        NUMERIC(38,0) NOT NULL,
    carried_nanos     NUMERIC(38,0) NOT NULL,
    held              INTEGER NOT NULL,
    PRIMARY KEY (cycle_id, line_no)
);

-- ===== Journal: double-entry, hash-chained (see README "The journal") =====

-- One row per entry, numbered from 1 without gaps. hash = SHA-256 of the entry's canonical encoding and prev_hash
-- (Domain.Ledger.JournalHash); prev_hash is the previous entry's hash, 32 zero bytes for entry 1.
CREATE TABLE IF NOT EXISTS journal_entries (
    entry_no        BIGINT NOT NULL PRIMARY KEY,
    kind            TEXT   NOT NULL,
    recorded_at_ms  BIGINT NOT NULL,
    reference       TEXT   NOT NULL,
    prev_hash       BYTEA  NOT NULL CHECK (length(prev_hash) = 32),
    hash            BYTEA  NOT NULL CHECK (length(hash) = 32)
);

-- An entry's lines, numbered from 0 in the order they are hashed; amount_nanos > 0 is a debit, < 0 a credit.
CREATE TABLE IF NOT EXISTS journal_lines (
    entry_no      BIGINT  NOT NULL,
    line_no       INTEGER NOT NULL,
    account       TEXT    NOT NULL,
    work_id       TEXT    NOT NULL,
    currency      TEXT    NOT NULL,
    amount_nanos  NUMERIC(38,0) NOT NULL,
    PRIMARY KEY (entry_no, line_no)
);

CREATE INDEX IF NOT EXISTS journal_lines_by_work ON journal_lines (work_id);
CREATE INDEX IF NOT EXISTS journal_lines_by_account ON journal_lines (account, currency);

-- The last entry and its hash, in one row; appends lock it (FOR UPDATE) and move it in the same transaction as their entries.
CREATE TABLE IF NOT EXISTS journal_head (
    id        INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    entry_no  BIGINT  NOT NULL,
    hash      BYTEA   NOT NULL CHECK (length(hash) = 32)
);

INSERT INTO journal_head (id, entry_no, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex')) ON CONFLICT (id) DO NOTHING;

-- Per account and currency, the sum of every journal line: maintained in each append's transaction and rebuilt
-- from journal_lines on request. A sum outside ±(10^38 - 1) fails the append (numeric field overflow).
CREATE TABLE IF NOT EXISTS account_balances (
    account       TEXT   NOT NULL,
    currency      TEXT   NOT NULL,
    amount_nanos  NUMERIC(38,0) NOT NULL,
    PRIMARY KEY (account, currency)
);

-- Claims an operator settled: its unlicensed and refused uses of the work up to settled_through_ms are paid at the
-- unlicensed tariff (posted to operator: and party: instead of claims: and claimed:). Settling re-rates the work.
CREATE TABLE IF NOT EXISTS claim_settlements (
    settlement_id       TEXT    NOT NULL,
    work_id             TEXT    NOT NULL,
    operator_id         TEXT    NOT NULL,
    settled_through_ms  BIGINT  NOT NULL,
    note                TEXT    NOT NULL,
    settled_by          TEXT    NOT NULL,
    settled_at_ms       BIGINT  NOT NULL,
    PRIMARY KEY (settlement_id, work_id)
);

CREATE INDEX IF NOT EXISTS claim_settlements_by_work ON claim_settlements (operator_id, work_id);
-- ===== Removal with evidence (see README "Removal with evidence") =====

-- Requests that an operator remove a work from a model, or from all its models (model_id ''). requested_by is the
-- asking creator or society ('' for an admin or the ledger); origin 'refused-use' marks the demands the ledger opens
-- itself for training against a creator's refusal. Each row is written in the transaction that appends its
-- removal-request journal entry and keeps that entry's number, which also orders listings.
CREATE TABLE IF NOT EXISTS removal_requests (
    request_id         TEXT    NOT NULL PRIMARY KEY,
    work_id            TEXT    NOT NULL,
    operator_id        TEXT    NOT NULL,
    model_id           TEXT    NOT NULL,
    requested_by       TEXT    NOT NULL,
    requested_by_role  TEXT    NOT NULL,
    reason             TEXT    NOT NULL,
    origin             TEXT    NOT NULL CHECK (origin IN ('request', 'refused-use')),
    status             TEXT    NOT NULL CHECK (status IN ('open', 'attested', 'withdrawn')),
    requested_at_ms    BIGINT  NOT NULL,
    journal_entry_no   BIGINT  NOT NULL UNIQUE
);

CREATE INDEX IF NOT EXISTS removal_requests_by_work ON removal_requests (work_id);
CREATE INDEX IF NOT EXISTS removal_requests_by_operator ON removal_requests (operator_id, journal_entry_no);

-- The ledger keeps at most one demand per work, operator and model that is not withdrawn, however many refused uses
-- there are. A withdrawn one stops counting here so that a refusal recorded after its withdrawal can open the next
-- (see SqlLedgerStore.RemovalDemands); the pass itself decides when that is.
CREATE UNIQUE INDEX IF NOT EXISTS removal_demands_live ON removal_requests (work_id, operator_id, model_id)
    WHERE origin = 'refused-use' AND status <> 'withdrawn';

-- The demand pass looks up every demand of a work, operator and model, withdrawn ones included, and for a withdrawn
-- one the creators of the work (work_parties_by_work) and their refusals recorded since (consents_by_scope).
CREATE INDEX IF NOT EXISTS removal_demands_by_pair ON removal_requests (work_id, operator_id, model_id) WHERE origin = 'refused-use';
CREATE INDEX IF NOT EXISTS work_parties_by_work ON work_parties (work_id, relation, party_id);

-- The operator's evidence, one per request: the dataset or model version without the work, how and when it was
-- removed, and the SHA-256 (lower-case hex) of what was removed. Written with its removal-attestation entry.
CREATE TABLE IF NOT EXISTS removal_attestations (
    request_id        TEXT    NOT NULL PRIMARY KEY,
    model_version     TEXT    NOT NULL,
    method            TEXT    NOT NULL,
    removed_at_ms     BIGINT  NOT NULL,
    content_hash      TEXT    NOT NULL CHECK (length(content_hash) = 64),
    attested_by       TEXT    NOT NULL,
    attested_at_ms    BIGINT  NOT NULL,
    journal_entry_no  BIGINT  NOT NULL UNIQUE
);

-- Withdrawals of open requests, one per request (the key makes a retry find the first): the note saying why, and the
-- creator or society that withdrew ('' for an admin). Written with its removal-withdrawal entry, in the transaction that
-- moves the request from open to withdrawn.
CREATE TABLE IF NOT EXISTS removal_withdrawals (
    request_id         TEXT    NOT NULL PRIMARY KEY,
    note               TEXT    NOT NULL,
    withdrawn_by       TEXT    NOT NULL,
    withdrawn_by_role  TEXT    NOT NULL,
    withdrawn_at_ms    BIGINT  NOT NULL,
    journal_entry_no   BIGINT  NOT NULL UNIQUE
);

-- Refused training and fine-tuning (use kinds 1 and 2), which the ledger's pass turns into removal demands.
CREATE INDEX IF NOT EXISTS usage_totals_refused_training ON usage_totals (work_id, operator_id, model_id)
    WHERE party_id = '' AND status = 'refused' AND use_kind IN (1, 2);

-- Partial indexes that hold only rows a projection commit must not leave behind (negative totals, a broken invariant)
-- or drops (totals back at zero), so checking for them after a bulk upsert costs nothing when there are none.
CREATE INDEX IF NOT EXISTS usage_totals_negative ON usage_totals (party_id) WHERE event_count < 0 OR units < 0 OR amount_nanos < 0;
CREATE INDEX IF NOT EXISTS usage_totals_empty ON usage_totals (party_id) WHERE event_count = 0 AND units = 0 AND amount_nanos = 0;

-- Effective-dated registry (issue 11, README "Rating as of the use's time"): every unlicensed tariff a society set,
-- in the order set, so that a use is priced by the tariff in force at its time. society_unlicensed_tariffs keeps the
-- current ones for listing; both are written in one transaction.
CREATE TABLE IF NOT EXISTS society_tariff_history (
    seq           BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    society_id    TEXT    NOT NULL,
    use_kind      INTEGER NOT NULL,
    unit_kind     TEXT    NOT NULL,
    price_micros  BIGINT  NOT NULL CHECK (price_micros >= 0),
    per_units     BIGINT  NOT NULL CHECK (per_units >= 1),
    currency      TEXT    NOT NULL,
    set_at_ms     BIGINT  NOT NULL
);

CREATE INDEX IF NOT EXISTS society_tariff_history_by_society ON society_tariff_history (society_id, seq);

-- Quarantine (issue 11): counted uses the projector could not rate or post (a bug, a corrupt row, an impossible value),
-- set aside with their log position, the error and the time in the transaction that commits the rest of their round.
-- They are in no total and no journal entry until a retry posts them, in the transaction that deletes their row here:
-- the primary key holds each use once, and a retry that finds its row gone changes nothing, so none is posted twice.
-- event_index -1 stands for a whole log row that could not be read.
CREATE TABLE IF NOT EXISTS quarantined_uses (
    log_seq                  BIGINT  NOT NULL,
    event_index              INTEGER NOT NULL CHECK (event_index >= -1),
    operator_id              TEXT    NOT NULL,
    event_id                 TEXT    NOT NULL,
    work_id                  TEXT    NOT NULL,
    error_type               TEXT    NOT NULL,
    error_message            TEXT    NOT NULL,
    first_quarantined_at_ms  BIGINT  NOT NULL,
    quarantined_at_ms        BIGINT  NOT NULL,
    attempts                 INTEGER NOT NULL CHECK (attempts >= 1),
    PRIMARY KEY (log_seq, event_index)
);

-- A consent decision's explicit effective instant (RecordConsent effective_from, not in the future), written with the
-- decision; a decision without a row here applies as ConsentHistory says (from when it was recorded, or a first grant
-- from the beginning).
CREATE TABLE IF NOT EXISTS consent_effective (
    seq                BIGINT NOT NULL PRIMARY KEY,
    effective_from_ms  BIGINT NOT NULL
);
