-- What the export needs to say about each check-in: the side a count was reported for, and how it came in. Rows from
-- before say nothing of either: a count then was for both sides unless split, and typed text was how most came in.
ALTER TABLE check_ins ADD COLUMN side TEXT NOT NULL DEFAULT 'both' CHECK (side IN ('both', 'left', 'right'));
ALTER TABLE check_ins ADD COLUMN source TEXT NOT NULL DEFAULT 'text' CHECK (source IN ('text', 'button', 'backfill'));

-- New kinds of outgoing message: a file (/export), a chart (/stats) and the last message after /deleteme. SQLite cannot
-- change a CHECK constraint, so the outbox is rebuilt with the wider one: every row copied as it is (ids kept, so the
-- order of each chat's messages and the edits that find a message by its row stay right), the id sequence carried
-- over, and the indexes made again.
CREATE TABLE outbox_new (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id             INTEGER NOT NULL,
    kind                TEXT    NOT NULL CHECK (kind IN ('send', 'edit', 'answer', 'document', 'chart', 'last')),
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
INSERT INTO outbox_new (id, chat_id, kind, payload, message_key, status, attempts, not_before, created_at, sent_at, telegram_message_id, last_error)
SELECT id, chat_id, kind, payload, message_key, status, attempts, not_before, created_at, sent_at, telegram_message_id, last_error
FROM outbox;
-- The old sequence, never lower than the highest id copied, so ids housekeeping deleted are not handed out again.
DELETE FROM sqlite_sequence WHERE name = 'outbox_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox';
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX ix_outbox_pending ON outbox (status, chat_id, id);
CREATE INDEX ix_outbox_key ON outbox (chat_id, message_key) WHERE message_key IS NOT NULL;
