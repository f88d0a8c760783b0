-- A day's check-ins as every turn reads them: summed by exercise and reps per set (see CheckInStore), kept by triggers.
-- A turn used to group the day's rows itself, so a day of two hundred check-ins (a backlog after an outage, a group
-- that taps all day) cost each of its turns two hundred rows; now it costs a row per exercise, however many came in.
-- Rows are clustered by chat and day (WITHOUT ROWID), so a turn's days are a few neighbouring entries.
CREATE TABLE check_in_sums (
    chat_id       INTEGER NOT NULL,
    local_date    TEXT    NOT NULL,
    skipped       INTEGER NOT NULL,
    -- 0 for a skip, which names no exercise: a NULL would make every skip its own row under the primary key.
    exercise      INTEGER NOT NULL,
    reps_per_side INTEGER NOT NULL,
    sets          INTEGER NOT NULL,
    -- The latest batch (update id): what decides whether work came after a skip.
    batch         INTEGER NOT NULL,
    -- Whether any of them was done in full.
    is_full       INTEGER NOT NULL,
    -- The first check-in's id: the order the day's entries are shown in.
    first_id      INTEGER NOT NULL,
    PRIMARY KEY (chat_id, local_date, skipped, exercise, reps_per_side)
) WITHOUT ROWID;

INSERT INTO check_in_sums (chat_id, local_date, skipped, exercise, reps_per_side, sets, batch, is_full, first_id)
SELECT chat_id, local_date, skipped, COALESCE(exercise, 0), reps_per_side, SUM(sets), MAX(batch), MAX(is_full), MIN(id)
FROM check_ins
GROUP BY chat_id, local_date, skipped, COALESCE(exercise, 0), reps_per_side;

-- A new check-in adds to its sum; ids only grow, so the first id stays.
CREATE TRIGGER tr_check_in_sums_insert AFTER INSERT ON check_ins
BEGIN
    INSERT INTO check_in_sums (chat_id, local_date, skipped, exercise, reps_per_side, sets, batch, is_full, first_id)
    VALUES (NEW.chat_id, NEW.local_date, NEW.skipped, COALESCE(NEW.exercise, 0), NEW.reps_per_side, NEW.sets, NEW.batch, NEW.is_full, NEW.id)
    ON CONFLICT (chat_id, local_date, skipped, exercise, reps_per_side) DO UPDATE SET
        sets = sets + excluded.sets, batch = MAX(batch, excluded.batch), is_full = MAX(is_full, excluded.is_full);
END;

-- A removed check-in (/undo, /deleteme) cannot be taken back out of a latest batch or an "any in full", so its sum is
-- counted again from the rows left (few: one day, one exercise). Rare, where the insert above is every check-in.
CREATE TRIGGER tr_check_in_sums_delete AFTER DELETE ON check_ins
BEGIN
    DELETE FROM check_in_sums
    WHERE chat_id = OLD.chat_id AND local_date = OLD.local_date AND skipped = OLD.skipped
      AND exercise = COALESCE(OLD.exercise, 0) AND reps_per_side = OLD.reps_per_side;
    INSERT INTO check_in_sums (chat_id, local_date, skipped, exercise, reps_per_side, sets, batch, is_full, first_id)
    SELECT chat_id, local_date, skipped, COALESCE(exercise, 0), reps_per_side, SUM(sets), MAX(batch), MAX(is_full), MIN(id)
    FROM check_ins
    WHERE chat_id = OLD.chat_id AND local_date = OLD.local_date AND skipped = OLD.skipped
      AND COALESCE(exercise, 0) = COALESCE(OLD.exercise, 0) AND reps_per_side = OLD.reps_per_side
    GROUP BY chat_id, local_date, skipped, COALESCE(exercise, 0), reps_per_side;
END;

-- HipBot never edits a check-in, but a hand-made fix must not leave the sums behind: both sums it touches are counted again.
CREATE TRIGGER tr_check_in_sums_update AFTER UPDATE OF chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, skipped ON check_ins
BEGIN
    DELETE FROM check_in_sums
    WHERE (chat_id = OLD.chat_id AND local_date = OLD.local_date AND skipped = OLD.skipped
           AND exercise = COALESCE(OLD.exercise, 0) AND reps_per_side = OLD.reps_per_side)
       OR (chat_id = NEW.chat_id AND local_date = NEW.local_date AND skipped = NEW.skipped
           AND exercise = COALESCE(NEW.exercise, 0) AND reps_per_side = NEW.reps_per_side);
    INSERT INTO check_in_sums (chat_id, local_date, skipped, exercise, reps_per_side, sets, batch, is_full, first_id)
    SELECT chat_id, local_date, skipped, COALESCE(exercise, 0), reps_per_side, SUM(sets), MAX(batch), MAX(is_full), MIN(id)
    FROM check_ins
    WHERE (chat_id = OLD.chat_id AND local_date = OLD.local_date AND skipped = OLD.skipped
           AND COALESCE(exercise, 0) = COALESCE(OLD.exercise, 0) AND reps_per_side = OLD.reps_per_side)
       OR (chat_id = NEW.chat_id AND local_date = NEW.local_date AND skipped = NEW.skipped
           AND COALESCE(exercise, 0) = COALESCE(NEW.exercise, 0) AND reps_per_side = NEW.reps_per_side)
    GROUP BY chat_id, local_date, skipped, COALESCE(exercise, 0), reps_per_side;
END;
