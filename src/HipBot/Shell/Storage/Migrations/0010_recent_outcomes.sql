-- An ordinary turn reads a chat's closed days only as far back as a check-in can correct, and the years before them as
-- two counts (Core/Streaks/EarlierDays), answered without reading a row.

-- The sessions of all time (done or partial closed days), a running count on the chat kept by every write of an outcome
-- (an upsert's update included), like the rep totals of migration 7; counted here for the chats that have outcomes.
ALTER TABLE chats ADD COLUMN sessions INTEGER NOT NULL DEFAULT 0;
UPDATE chats SET sessions = (SELECT COUNT(*) FROM day_outcomes o WHERE o.chat_id = chats.chat_id AND o.outcome IN ('done', 'partial'));
CREATE TRIGGER tr_day_outcomes_sessions_insert AFTER INSERT ON day_outcomes WHEN NEW.outcome IN ('done', 'partial')
BEGIN
    UPDATE chats SET sessions = sessions + 1 WHERE chat_id = NEW.chat_id;
END;
CREATE TRIGGER tr_day_outcomes_sessions_update AFTER UPDATE OF outcome ON day_outcomes
WHEN (NEW.outcome IN ('done', 'partial')) <> (OLD.outcome IN ('done', 'partial'))
BEGIN
    UPDATE chats SET sessions = sessions + CASE WHEN NEW.outcome IN ('done', 'partial') THEN 1 ELSE -1 END WHERE chat_id = NEW.chat_id;
END;
CREATE TRIGGER tr_day_outcomes_sessions_delete AFTER DELETE ON day_outcomes WHEN OLD.outcome IN ('done', 'partial')
BEGIN
    UPDATE chats SET sessions = sessions - 1 WHERE chat_id = OLD.chat_id;
END;

-- The streak as it stood before the recent days: the sessions since the newest miss before them. The newest miss is one
-- seek in the misses' index, and the count walks only the sessions' own entries after it (the outcome is in both indexes
-- so that they cover the query). Built from the rows stored, so old chats are read like new ones.
CREATE INDEX ix_day_outcomes_sessions ON day_outcomes (chat_id, local_date, outcome) WHERE outcome IN ('done', 'partial');
CREATE INDEX ix_day_outcomes_misses ON day_outcomes (chat_id, local_date, outcome) WHERE outcome = 'missed';
