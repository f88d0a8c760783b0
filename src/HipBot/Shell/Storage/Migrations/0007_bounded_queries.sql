-- Queries whose cost follows the work, not the years: what every update and every plan reads is kept ready, by
-- triggers, so no writer can forget it and no reader has to add it up.

-- The head of each chat's queue of pending updates: the oldest pending update_id. The inbox hands out heads, oldest
-- first, so a chat's updates run in order; reading them from this table is a walk of its index, where grouping the
-- pending rows by chat read the whole backlog on every look (quadratic over a backlog after an outage).
CREATE TABLE inbox_heads (
    chat_id   INTEGER PRIMARY KEY,
    update_id INTEGER NOT NULL
);
CREATE INDEX ix_inbox_heads_update ON inbox_heads (update_id);
INSERT INTO inbox_heads (chat_id, update_id)
SELECT chat_id, MIN(update_id) FROM inbox WHERE status = 'pending' GROUP BY chat_id;

-- A pending update is stored, or a parked one is retried: it is the head if it is older than the chat's.
CREATE TRIGGER tr_inbox_heads_insert AFTER INSERT ON inbox WHEN NEW.status = 'pending'
BEGIN
    INSERT INTO inbox_heads (chat_id, update_id) VALUES (NEW.chat_id, NEW.update_id)
    ON CONFLICT (chat_id) DO UPDATE SET update_id = MIN(update_id, excluded.update_id);
END;
CREATE TRIGGER tr_inbox_heads_pending AFTER UPDATE OF status ON inbox WHEN NEW.status = 'pending' AND OLD.status <> 'pending'
BEGIN
    INSERT INTO inbox_heads (chat_id, update_id) VALUES (NEW.chat_id, NEW.update_id)
    ON CONFLICT (chat_id) DO UPDATE SET update_id = MIN(update_id, excluded.update_id);
END;
-- A pending update is handled, parked or deleted: the chat's next pending one (from ix_inbox_pending) is its head.
CREATE TRIGGER tr_inbox_heads_settled AFTER UPDATE OF status ON inbox WHEN OLD.status = 'pending' AND NEW.status <> 'pending'
BEGIN
    DELETE FROM inbox_heads WHERE chat_id = OLD.chat_id;
    INSERT INTO inbox_heads (chat_id, update_id)
    SELECT chat_id, update_id FROM inbox WHERE status = 'pending' AND chat_id = OLD.chat_id ORDER BY update_id LIMIT 1;
END;
CREATE TRIGGER tr_inbox_heads_deleted AFTER DELETE ON inbox WHEN OLD.status = 'pending'
BEGIN
    DELETE FROM inbox_heads WHERE chat_id = OLD.chat_id;
    INSERT INTO inbox_heads (chat_id, update_id)
    SELECT chat_id, update_id FROM inbox WHERE status = 'pending' AND chat_id = OLD.chat_id ORDER BY update_id LIMIT 1;
END;

-- Running totals on the chat: all reps per side ever logged, per exercise (1 clamshells, 2 side leg raises, 3 traveling
-- side squats), kept by every insert and delete of a check-in, so /stats and a check-in's answer never sum two years.
ALTER TABLE chats ADD COLUMN reps_clamshell INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN reps_side_leg_raise INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN reps_traveling_side_squat INTEGER NOT NULL DEFAULT 0;
UPDATE chats SET
    reps_clamshell = (SELECT COALESCE(SUM(sets * reps_per_side), 0) FROM check_ins c WHERE c.chat_id = chats.chat_id AND c.exercise = 1),
    reps_side_leg_raise = (SELECT COALESCE(SUM(sets * reps_per_side), 0) FROM check_ins c WHERE c.chat_id = chats.chat_id AND c.exercise = 2),
    reps_traveling_side_squat = (SELECT COALESCE(SUM(sets * reps_per_side), 0) FROM check_ins c WHERE c.chat_id = chats.chat_id AND c.exercise = 3);
CREATE TRIGGER tr_check_ins_totals_insert AFTER INSERT ON check_ins WHEN NEW.exercise IS NOT NULL
BEGIN
    UPDATE chats SET
        reps_clamshell = reps_clamshell + CASE NEW.exercise WHEN 1 THEN NEW.sets * NEW.reps_per_side ELSE 0 END,
        reps_side_leg_raise = reps_side_leg_raise + CASE NEW.exercise WHEN 2 THEN NEW.sets * NEW.reps_per_side ELSE 0 END,
        reps_traveling_side_squat = reps_traveling_side_squat + CASE NEW.exercise WHEN 3 THEN NEW.sets * NEW.reps_per_side ELSE 0 END
    WHERE chat_id = NEW.chat_id;
END;
CREATE TRIGGER tr_check_ins_totals_delete AFTER DELETE ON check_ins WHEN OLD.exercise IS NOT NULL
BEGIN
    UPDATE chats SET
        reps_clamshell = reps_clamshell - CASE OLD.exercise WHEN 1 THEN OLD.sets * OLD.reps_per_side ELSE 0 END,
        reps_side_leg_raise = reps_side_leg_raise - CASE OLD.exercise WHEN 2 THEN OLD.sets * OLD.reps_per_side ELSE 0 END,
        reps_traveling_side_squat = reps_traveling_side_squat - CASE OLD.exercise WHEN 3 THEN OLD.sets * OLD.reps_per_side ELSE 0 END
    WHERE chat_id = OLD.chat_id;
END;

-- The outbox's edits find the message they update by (chat, key): the newest sent row of the key, from the index.
DROP INDEX ix_outbox_key;
CREATE INDEX ix_outbox_key ON outbox (chat_id, message_key, id) WHERE message_key IS NOT NULL;

-- Retention that does not grow with message bodies: a handled update and a sent message keep their row for the days
-- the privacy page names (duplicate deliveries are recognised by update_id, edits find their message by key), but not
-- their content. A keyed row keeps, instead of its text, a fingerprint of what the message shows, so an edit to the
-- same can be left out.
ALTER TABLE outbox ADD COLUMN shows TEXT;
UPDATE outbox SET payload = '' WHERE status = 'sent';
UPDATE inbox SET payload = '' WHERE status = 'done';
