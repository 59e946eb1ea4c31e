-- Migration 0007 (issue 15): the bank accounts payment files pay into and from (docs/pain001.md). One row per holder:
-- a paid party ('party': a creator or rightsholder, by its registry id) or a society ('society', the account its
-- payouts are paid from). Setting an account again replaces the row; updated_at_ms says when. The IBAN is held
-- normalized (no spaces, upper case, check digits verified), the BIC upper case or '' when none is held.
CREATE TABLE bank_accounts (
    holder_kind TEXT NOT NULL,
    holder_id TEXT NOT NULL,
    holder_name TEXT NOT NULL,
    iban TEXT NOT NULL,
    bic TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (holder_kind, holder_id)
);
