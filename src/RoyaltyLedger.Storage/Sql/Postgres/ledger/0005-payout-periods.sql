-- Migration 5 (issue 14): payouts by period of use (docs/payouts.md).
-- Every rating line (usage and adjustment entries) carries the month of use ("yyyy-MM", UTC) of the uses it prices.
-- Lines written before this migration, and lines of other entries (payouts), have period '': a payout cycle always
-- counts them, as it counted every line before.
ALTER TABLE journal_lines ADD COLUMN period TEXT NOT NULL DEFAULT '';

-- A cycle reads a society's members' lines per account, currency and month of use.
CREATE INDEX journal_lines_by_account_period ON journal_lines (account, currency, period);

-- A cycle's period, an inclusive range of months; '' for cycles committed before this migration, which cut the
-- journal by when entries were recorded (period_end_ms) and close no month.
ALTER TABLE payout_cycles ADD COLUMN period_first TEXT NOT NULL DEFAULT '';
ALTER TABLE payout_cycles ADD COLUMN period_last TEXT NOT NULL DEFAULT '';

-- The months a society's earlier cycles closed, and their cuts, are read per society and currency.
CREATE INDEX payout_cycles_by_society ON payout_cycles (society_id, currency);

-- What each paid or held member's gross is made of: per month of use, the cycle's own months ('period') and the late
-- lines of months an earlier cycle closed ('late'). What the parts do not cover is brought forward (gross - sum).
CREATE TABLE payout_line_parts (
    cycle_id      TEXT    NOT NULL,
    party_id      TEXT    NOT NULL,
    period        TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('period', 'late')),
    amount_nanos  NUMERIC(38,0) NOT NULL,
    PRIMARY KEY (cycle_id, party_id, period, kind)
);
