-- Migration 0009 (issue 16): every rating line (usage and adjustment entries) names the uses it prices: operator, model,
-- use kind, licence status and unit kind, the keys a creator's statement line is split by, so that a statement line's
-- amount is the sum of the party's journal lines with its keys and a creator can check it against the journal
-- (docs/statement-proofs.md). Entries whose lines carry them are hashed as journal v4; lines written before this
-- migration, and lines of other entries (payouts), keep '' and 0 and their entries hash as v2/v3 exactly as before.
ALTER TABLE journal_lines ADD COLUMN operator_id TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_lines ADD COLUMN model_id TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_lines ADD COLUMN use_kind INTEGER NOT NULL DEFAULT 0;
ALTER TABLE journal_lines ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_lines ADD COLUMN unit_kind TEXT NOT NULL DEFAULT '';

-- A statement with proofs reads a party's lines of one work (its own account and its claims).
CREATE INDEX journal_lines_by_account_work ON journal_lines (account, work_id, period);
