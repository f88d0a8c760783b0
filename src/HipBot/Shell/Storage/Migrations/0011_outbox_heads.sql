-- The outbox's next messages come from one head per chat, kept by triggers as the inbox's are (migration 7): its oldest
-- pending row that is a message (not a button answer), so a chat's messages go out in order. Grouping every pending row
-- by chat on each look of the sender cost more the longer the queue grew (a backlog, a morning's fan-out).
CREATE TABLE outbox_heads (
    chat_id INTEGER PRIMARY KEY,
    id      INTEGER NOT NULL
);
CREATE INDEX ix_outbox_heads_id ON outbox_heads (id);
INSERT INTO outbox_heads (chat_id, id)
SELECT chat_id, MIN(id) FROM outbox WHERE status = 'pending' AND kind <> 'answer' GROUP BY chat_id;

-- A message is queued: it is the head if the chat has none older.
CREATE TRIGGER tr_outbox_heads_insert AFTER INSERT ON outbox WHEN NEW.status = 'pending' AND NEW.kind <> 'answer'
BEGIN
    INSERT INTO outbox_heads (chat_id, id) VALUES (NEW.chat_id, NEW.id)
    ON CONFLICT (chat_id) DO UPDATE SET id = MIN(id, excluded.id);
END;
-- A row is sent, dropped or becomes another kind of message: the chat's head is found again (from ix_outbox_pending).
CREATE TRIGGER tr_outbox_heads_update AFTER UPDATE OF status, kind ON outbox
WHEN OLD.status <> NEW.status OR OLD.kind <> NEW.kind
BEGIN
    DELETE FROM outbox_heads WHERE chat_id = OLD.chat_id;
    INSERT INTO outbox_heads (chat_id, id)
    SELECT chat_id, id FROM outbox WHERE status = 'pending' AND chat_id = OLD.chat_id AND kind <> 'answer' ORDER BY id LIMIT 1;
END;
CREATE TRIGGER tr_outbox_heads_delete AFTER DELETE ON outbox WHEN OLD.status = 'pending' AND OLD.kind <> 'answer'
BEGIN
    DELETE FROM outbox_heads WHERE chat_id = OLD.chat_id;
    INSERT INTO outbox_heads (chat_id, id)
    SELECT chat_id, id FROM outbox WHERE status = 'pending' AND chat_id = OLD.chat_id AND kind <> 'answer' ORDER BY id LIMIT 1;
END;

-- The earliest held-back row, from an index instead of a read of every pending row.
CREATE INDEX ix_outbox_pending_not_before ON outbox (not_before) WHERE status = 'pending';
