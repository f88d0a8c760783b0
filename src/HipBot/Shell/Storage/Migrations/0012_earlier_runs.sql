-- The run of Core/Streaks/EarlierDays moves one day a day, but migration 10's count walks the whole run again on every
-- turn: 730 index entries for a perfect streak of two years. A chat keeps the run of the last window start instead, and a
-- turn folds on only the outcomes since (Shell/Storage/OutcomeStore.EarlierAsync). Built by the turns as they come, so a
-- database from before starts with none and counts once per chat.
CREATE TABLE earlier_runs (
    chat_id INTEGER PRIMARY KEY REFERENCES chats (chat_id),
    -- EarlierDays.Before: the run counts the days before this date.
    before_date TEXT NOT NULL,
    run INTEGER NOT NULL
);

-- A run stands for the outcomes it counted, so a write to one of them drops it and the next turn counts afresh: a day
-- closed late after a long silence, /undo or a roster correction of an old day, /deleteme. Writes on or after the date
-- (the days a turn reads itself, every night's closing) keep it. An upsert that leaves the outcome as it was changes no
-- run, so it keeps it too.
CREATE TRIGGER tr_day_outcomes_earlier_run_insert AFTER INSERT ON day_outcomes
BEGIN
    DELETE FROM earlier_runs WHERE chat_id = NEW.chat_id AND before_date > NEW.local_date;
END;
-- The date too: a day moved (by nothing today) leaves one date and fills another, and either may have been counted.
CREATE TRIGGER tr_day_outcomes_earlier_run_update AFTER UPDATE OF outcome, local_date ON day_outcomes
WHEN NEW.outcome <> OLD.outcome OR NEW.local_date <> OLD.local_date
BEGIN
    DELETE FROM earlier_runs WHERE chat_id = OLD.chat_id AND before_date > MIN(OLD.local_date, NEW.local_date);
END;
CREATE TRIGGER tr_day_outcomes_earlier_run_delete AFTER DELETE ON day_outcomes
BEGIN
    DELETE FROM earlier_runs WHERE chat_id = OLD.chat_id AND before_date > OLD.local_date;
END;
