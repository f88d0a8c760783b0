-- Every update Telegram delivers, stored before it is handled (keyed by update_id, so a
-- re-delivery is ignored). Instants are Unix milliseconds.
CREATE TABLE inbox (
    update_id       INTEGER PRIMARY KEY,
    chat_id         INTEGER NOT NULL,
    payload         TEXT    NOT NULL,
    received_at     INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'parked')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT
);
CREATE INDEX ix_inbox_pending ON inbox (status, chat_id, update_id);

-- Every message to a user, written in the same transaction as the change that caused it.
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id             INTEGER NOT NULL,
    kind                TEXT    NOT NULL CHECK (kind IN ('send', 'edit', 'answer')),
    payload             TEXT    NOT NULL,
    message_key         TEXT,
    status              TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    not_before          INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    sent_at             INTEGER,
    telegram_message_id INTEGER,
    last_error          TEXT
);
CREATE INDEX ix_outbox_pending ON outbox (status, chat_id, id);
CREATE INDEX ix_outbox_key ON outbox (chat_id, message_key) WHERE message_key IS NOT NULL;

-- One row per private chat: the user's answers, their program state and the dialogue in progress.
CREATE TABLE chats (
    chat_id        INTEGER PRIMARY KEY,
    first_name     TEXT,
    status         TEXT    NOT NULL DEFAULT 'onboarding'
                           CHECK (status IN ('onboarding', 'active', 'paused', 'stopped')),
    blocked        INTEGER NOT NULL DEFAULT 0,
    time_zone      TEXT,
    reminder_time  TEXT,
    training_days  INTEGER,
    has_band       INTEGER,
    level          INTEGER NOT NULL DEFAULT 1,
    dialogue       TEXT    NOT NULL DEFAULT '{}',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
