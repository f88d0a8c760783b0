-- Group challenges. One row per group chat the bot was added to; the group's id is group_id, never chat_id, which
-- names a private chat everywhere (and /deleteme forgets by it). Instants are Unix ms, dates ISO text, times HH:mm.
CREATE TABLE groups (
    group_id         INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('awaiting_setup', 'active', 'suspended', 'ended')),
    challenge        TEXT,   -- the challenge as JSON (name, start, weeks, zone, post time, topic, what the board shows)
    draft            TEXT,   -- the challenge being set up, as JSON
    admin_chat_id    INTEGER,
    next_post_at     INTEGER,
    posted_on        TEXT,
    shown_board      TEXT,
    refresh_at       INTEGER,
    last_post_change INTEGER,
    paused_until     TEXT,
    may_pin          INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
-- The scheduler's two questions: whose post is due, whose board may need an edit.
CREATE INDEX ix_groups_next_post ON groups (next_post_at) WHERE next_post_at IS NOT NULL;
CREATE INDEX ix_groups_refresh ON groups (refresh_at) WHERE refresh_at IS NOT NULL;
CREATE INDEX ix_groups_admin ON groups (admin_chat_id) WHERE admin_chat_id IS NOT NULL;

-- Who is on a group's board. chat_id is the member's private chat (their user id): /deleteme takes them off every board.
CREATE TABLE group_members (
    group_id   INTEGER NOT NULL REFERENCES groups (group_id) ON UPDATE CASCADE ON DELETE CASCADE,
    chat_id    INTEGER NOT NULL,
    first_name TEXT    NOT NULL,
    joined_at  INTEGER NOT NULL,
    left_at    INTEGER,
    PRIMARY KEY (group_id, chat_id)
);
CREATE INDEX ix_group_members_chat ON group_members (chat_id);

-- Single-use setup links (t.me/Bot?start=payload). chat_id is the admin the link was made for; null when an anonymous
-- admin asked and whoever opens it must prove to be an admin.
CREATE TABLE group_setup_links (
    payload    TEXT    PRIMARY KEY,
    group_id   INTEGER NOT NULL REFERENCES groups (group_id) ON UPDATE CASCADE ON DELETE CASCADE,
    chat_id    INTEGER,
    thread_id  INTEGER,
    expires_at INTEGER NOT NULL,
    used       INTEGER NOT NULL DEFAULT 0
);

-- New kinds of outgoing message: a quiet post in a group's topic, a reaction, a pin. SQLite cannot change a CHECK
-- constraint, so the outbox is rebuilt with the wider one, as in migration 5: rows copied with their ids, the id
-- sequence carried over, the indexes made again.
CREATE TABLE outbox_new (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id             INTEGER NOT NULL,
    kind                TEXT    NOT NULL CHECK (kind IN ('send', 'edit', 'answer', 'document', 'chart', 'last', 'post', 'react', 'pin')),
    payload             TEXT    NOT NULL,
    message_key         TEXT,
    status              TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    not_before          INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    sent_at             INTEGER,
    telegram_message_id INTEGER,
    last_error          TEXT,
    shows               TEXT
);
INSERT INTO outbox_new (id, chat_id, kind, payload, message_key, status, attempts, not_before, created_at, sent_at, telegram_message_id, last_error, shows)
SELECT id, chat_id, kind, payload, message_key, status, attempts, not_before, created_at, sent_at, telegram_message_id, last_error, shows
FROM outbox;
DELETE FROM sqlite_sequence WHERE name = 'outbox_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox';
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX ix_outbox_pending ON outbox (status, chat_id, id);
-- As migration 7 left them.
CREATE INDEX ix_outbox_key ON outbox (chat_id, message_key, id) WHERE message_key IS NOT NULL;
