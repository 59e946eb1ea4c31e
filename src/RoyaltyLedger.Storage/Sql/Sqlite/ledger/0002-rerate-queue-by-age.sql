-- Migration 2 (issue 12, the first after the baseline): the projector's re-rating pass reads the oldest requests first
-- (Projection/RerateSql.Peek: ORDER BY requested_at_ms, work_id LIMIT n). Without an index in that order every peek
-- reads and sorts the whole queue, which a catalogue-wide licence change fills with one row per work.
CREATE INDEX rerate_queue_by_age ON rerate_queue (requested_at_ms, work_id);
