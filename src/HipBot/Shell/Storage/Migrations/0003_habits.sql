-- The habit record of each chat: streaks, the run of misses, how far days are closed, the ladder's memory, pauses.
ALTER TABLE chats ADD COLUMN current_streak INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN best_streak INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN consecutive_misses INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN last_closed_date TEXT;
ALTER TABLE chats ADD COLUMN last_user_input_at INTEGER;
ALTER TABLE chats ADD COLUMN last_unsolicited_on TEXT;
ALTER TABLE chats ADD COLUMN last_variant_key TEXT;
ALTER TABLE chats ADD COLUMN farewell_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN paused_from TEXT;
ALTER TABLE chats ADD COLUMN paused_until TEXT;

-- How each closed training day ended. Written once when the day closes; changed only by an explicit backfill.
CREATE TABLE day_outcomes (
    chat_id    INTEGER NOT NULL REFERENCES chats (chat_id),
    local_date TEXT    NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('done', 'partial', 'skipped', 'paused', 'missed')),
    closed_at  INTEGER NOT NULL,
    PRIMARY KEY (chat_id, local_date)
);
