-- Migration 3 (issue 13): the journal split into partitions (docs/partitions.md, "Journal and payouts"). Each partition
-- has its own hash chain (prev_hash is the hash of the previous entry of the same partition) and its own head; entry_no
-- stays the journal's one primary key, now taken from journal_entry_no_seq under the partition's lock, so numbers rise
-- within a partition (partitions leave gaps for one another). The history already written becomes partition 0's chain
-- unchanged, so it still verifies. Partitions run 0 to 63 (LedgerPartitioning.MaxCount - 1); every one has a head row
-- from here on, the unused ones at entry 0 with the genesis hash, so an append never has to create one.
ALTER TABLE journal_entries ADD COLUMN partition_no INTEGER NOT NULL DEFAULT 0 CHECK (partition_no BETWEEN 0 AND 63);

CREATE INDEX journal_entries_by_partition ON journal_entries (partition_no, entry_no);

-- One head per partition: the partition's last entry and its hash. Appends to a partition lock its row (FOR UPDATE)
-- and move it in the same transaction as their entries.
CREATE TABLE journal_heads (
    partition_no  INTEGER NOT NULL PRIMARY KEY CHECK (partition_no BETWEEN 0 AND 63),
    entry_no      BIGINT  NOT NULL,
    hash          BYTEA   NOT NULL CHECK (length(hash) = 32)
);

INSERT INTO journal_heads (partition_no, entry_no, hash) SELECT 0, entry_no, hash FROM journal_head WHERE id = 1;

INSERT INTO journal_heads (partition_no, entry_no, hash)
SELECT n, 0, decode(repeat('00', 32), 'hex') FROM generate_series(0, 63) AS n ON CONFLICT (partition_no) DO NOTHING;

DROP TABLE journal_head;

-- CACHE 1: each number is taken from the sequence itself, so numbers are handed out in the order appends ask for them;
-- a silo caching a block would make one partition's numbers fall behind another's.
CREATE SEQUENCE journal_entry_no_seq AS BIGINT MINVALUE 1 CACHE 1;

SELECT setval('journal_entry_no_seq', (SELECT COALESCE(MAX(entry_no), 0) + 1 FROM journal_entries), false);

-- Balances per partition, account and currency: each partition's appends add to their own rows, so partitions never
-- wait on one another's balance rows. A balance is read as the sum over partitions.
ALTER TABLE account_balances ADD COLUMN partition_no INTEGER NOT NULL DEFAULT 0;

ALTER TABLE account_balances DROP CONSTRAINT account_balances_pkey;

ALTER TABLE account_balances ADD PRIMARY KEY (partition_no, account, currency);

CREATE INDEX account_balances_by_account ON account_balances (account, currency);

-- A payout cycle's consistent cut: every partition's head when the cycle locked them all, before its own entry, and
-- heads_root, the Merkle root (RFC 9162, MerkleTree) over those heads' hashes in partition order. Cycles committed
-- before this migration have no cut (heads_root NULL).
ALTER TABLE payout_cycles ADD COLUMN heads_root BYTEA CHECK (heads_root IS NULL OR length(heads_root) = 32);

CREATE TABLE payout_cycle_heads (
    cycle_id      TEXT    NOT NULL,
    partition_no  INTEGER NOT NULL,
    entry_no      BIGINT  NOT NULL,
    hash          BYTEA   NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (cycle_id, partition_no)
);

-- Properties of the ledger fixed when it is created, such as its partition count ('partitions'), which the server
-- records at its first start and checks at every later one.
CREATE TABLE ledger_settings (
    name   TEXT NOT NULL PRIMARY KEY,
    value  TEXT NOT NULL
);
