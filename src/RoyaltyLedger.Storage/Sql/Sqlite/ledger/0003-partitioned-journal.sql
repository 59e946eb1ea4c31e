-- Migration 3 (issue 13): the journal split into partitions (docs/partitions.md, "Journal and payouts"). Each partition
-- has its own hash chain (prev_hash is the hash of the previous entry of the same partition) and its own head; entry_no
-- stays the journal's one primary key. The history already written becomes partition 0's chain unchanged, so it still
-- verifies. Partitions run 0 to 63 (LedgerPartitioning.MaxCount - 1); every one has a head row from here on, the
-- unused ones at entry 0 with the genesis hash, so an append never has to create one.
ALTER TABLE journal_entries ADD COLUMN partition_no INTEGER NOT NULL DEFAULT 0 CHECK (partition_no BETWEEN 0 AND 63);

CREATE INDEX journal_entries_by_partition ON journal_entries (partition_no, entry_no);

-- One head per partition: the partition's last entry and its hash. Appends to a partition lock its row and move it in
-- the same transaction as their entries.
CREATE TABLE journal_heads (
    partition_no  INTEGER NOT NULL PRIMARY KEY CHECK (partition_no BETWEEN 0 AND 63),
    entry_no      INTEGER NOT NULL,
    hash          BLOB    NOT NULL CHECK (length(hash) = 32)
);

INSERT INTO journal_heads (partition_no, entry_no, hash) SELECT 0, entry_no, hash FROM journal_head WHERE id = 1;

WITH RECURSIVE p (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM p WHERE n < 63)
INSERT INTO journal_heads (partition_no, entry_no, hash) SELECT n, 0, zeroblob(32) FROM p WHERE true ON CONFLICT (partition_no) DO NOTHING;

DROP TABLE journal_head;

-- Balances per partition, account and currency: each partition's appends add to their own rows, so partitions never
-- wait on one another's balance rows. A balance is read as the sum over partitions.
CREATE TABLE account_balances_by_partition (
    partition_no  INTEGER NOT NULL DEFAULT 0,
    account       TEXT    NOT NULL,
    currency      TEXT    NOT NULL,
    amount_nanos  BLOB    NOT NULL CHECK (typeof(amount_nanos) = 'blob' AND length(amount_nanos) = 16),
    PRIMARY KEY (partition_no, account, currency)
) WITHOUT ROWID;

INSERT INTO account_balances_by_partition (partition_no, account, currency, amount_nanos) SELECT 0, account, currency, amount_nanos FROM account_balances;

DROP TABLE account_balances;

ALTER TABLE account_balances_by_partition RENAME TO account_balances;

CREATE INDEX account_balances_by_account ON account_balances (account, currency);

-- A payout cycle's consistent cut: every partition's head when the cycle locked them all, before its own entry, and
-- heads_root, the Merkle root (RFC 9162, MerkleTree) over those heads' hashes in partition order. Cycles committed
-- before this migration have no cut (heads_root NULL).
ALTER TABLE payout_cycles ADD COLUMN heads_root BLOB CHECK (heads_root IS NULL OR length(heads_root) = 32);

CREATE TABLE payout_cycle_heads (
    cycle_id      TEXT    NOT NULL,
    partition_no  INTEGER NOT NULL,
    entry_no      INTEGER NOT NULL,
    hash          BLOB    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (cycle_id, partition_no)
) WITHOUT ROWID;

-- Properties of the ledger fixed when it is created, such as its partition count ('partitions'), which the server
-- records at its first start and checks at every later one.
CREATE TABLE ledger_settings (
    name   TEXT NOT NULL PRIMARY KEY,
    value  TEXT NOT NULL
);
