-- Migration 4 (issue 13): the projection's work queues are partitioned (docs/partitions.md, "Usage log and projection").
-- usage_log_pending holds one row per partition a batch has counted events in, with that partition's counted events
-- (counted) and their mask (same bit layout as usage_log.counted_mask). Rows from before this migration have neither:
-- they stay in partition 0 with NULLs, and the projector of partition 0 files them into partitions before projecting.
-- A row inserted naming only its log_seq (as before) is such a row too: partition_no defaults to 0.
ALTER TABLE usage_log_pending ADD COLUMN partition_no INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_log_pending ADD COLUMN counted INTEGER NULL;
ALTER TABLE usage_log_pending ADD COLUMN counted_mask BYTEA NULL;
ALTER TABLE usage_log_pending DROP CONSTRAINT usage_log_pending_pkey;
ALTER TABLE usage_log_pending ADD PRIMARY KEY (partition_no, log_seq);

-- The lag (how many batches wait, the oldest) is read across partitions by log_seq.
CREATE INDEX usage_log_pending_by_log_seq ON usage_log_pending (log_seq);

-- Each partition's projector re-rates its partition's works. -1: not filed (rows from before this migration, and
-- requests from writers that do not know the partitioning); every projector reads those and keeps its own works'.
ALTER TABLE rerate_queue ADD COLUMN partition_no INTEGER NOT NULL DEFAULT -1;

CREATE INDEX rerate_queue_by_partition ON rerate_queue (partition_no, requested_at_ms, work_id);
