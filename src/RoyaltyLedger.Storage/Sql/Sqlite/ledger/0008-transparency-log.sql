-- Migration 0008 (issue 16): the transparency log (docs/transparency-log.md). Its leaves are the journal's entries, so it
-- needs no table of its own; what it adds is the heads the server signs, kept forever (a witness or a creator proves
-- consistency from any of them), and, when the server is given no key in its configuration (TransparencyLog:SigningKey,
-- the embedded default), the Ed25519 seed it generated at its first start. That seed is as secret as the database:
-- whoever reads it can sign heads; a deployment that keeps its key elsewhere (a k8s secret) leaves this table empty.
CREATE TABLE log_tree_heads (
    partition_no  INTEGER NOT NULL CHECK (partition_no BETWEEN 0 AND 63),
    tree_size     INTEGER NOT NULL CHECK (tree_size >= 0),
    root          BLOB    NOT NULL CHECK (length(root) = 32),
    timestamp_ms  INTEGER NOT NULL,
    key_id        TEXT    NOT NULL,
    signature     BLOB    NOT NULL CHECK (length(signature) = 64),
    PRIMARY KEY (partition_no, tree_size, timestamp_ms)
) WITHOUT ROWID;

CREATE TABLE log_signing_key (
    id             INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seed           BLOB    NOT NULL CHECK (length(seed) = 32),
    created_at_ms  INTEGER NOT NULL
);
