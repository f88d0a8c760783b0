-- When each chat's next plan is due (NULL: nothing scheduled), found by an index, not a scan.
ALTER TABLE chats ADD COLUMN next_plan_at INTEGER;
ALTER TABLE chats ADD COLUMN last_plan_date TEXT;
ALTER TABLE chats ADD COLUMN snoozed_until INTEGER;
ALTER TABLE chats ADD COLUMN level_offered_on TEXT;
ALTER TABLE chats ADD COLUMN level_since TEXT;
CREATE INDEX ix_chats_next_plan ON chats (next_plan_at) WHERE next_plan_at IS NOT NULL;
CREATE INDEX ix_chats_snoozed ON chats (snoozed_until) WHERE snoozed_until IS NOT NULL;

-- One plan per chat and local date: the key that stops a restart or a zone change from sending twice.
CREATE TABLE plans (
    chat_id    INTEGER NOT NULL REFERENCES chats (chat_id),
    local_date TEXT    NOT NULL,
    level      INTEGER NOT NULL,
    sent_at    INTEGER NOT NULL,
    PRIMARY KEY (chat_id, local_date)
);

-- What users logged: one row per exercise per check-in; several check-ins a day add up.
-- batch groups the rows of one check-in so /undo removes it whole.
CREATE TABLE check_ins (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id       INTEGER NOT NULL REFERENCES chats (chat_id),
    local_date    TEXT    NOT NULL,
    batch         INTEGER NOT NULL,
    exercise      INTEGER,
    sets          INTEGER NOT NULL DEFAULT 0,
    reps_per_side INTEGER NOT NULL DEFAULT 0,
    is_full       INTEGER NOT NULL DEFAULT 0,
    skipped       INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);
CREATE INDEX ix_check_ins_chat_date ON check_ins (chat_id, local_date);
CREATE INDEX ix_check_ins_chat_batch ON check_ins (chat_id, batch);
