-- The day a chat finished setting up: days before it are no part of its record. Chats from before take the first day
-- anything was planned or logged for them.
ALTER TABLE chats ADD COLUMN joined_on TEXT;
UPDATE chats SET joined_on = (
    SELECT MIN(first) FROM (
        SELECT MIN(local_date) AS first FROM plans WHERE plans.chat_id = chats.chat_id
        UNION ALL
        SELECT MIN(local_date) FROM check_ins WHERE check_ins.chat_id = chats.chat_id))
WHERE status <> 'onboarding';

-- The day the 5-minute version was last shown: a plain "done" that day logs it, not the whole level.
ALTER TABLE chats ADD COLUMN mini_on TEXT;

-- Whether a claimed day's plan went out: a day the ladder held back (after the pause offer, the farewell) or one done
-- before its reminder is no planned session, so it can never close as missed. Rows from before were plans sent.
ALTER TABLE plans ADD COLUMN plan_sent INTEGER NOT NULL DEFAULT 1;

-- When the user was last welcomed back: one return, one welcome.
ALTER TABLE chats ADD COLUMN welcomed_at INTEGER;

-- "N times a week, any days": the weekly target; null for fixed weekdays (every chat from before).
ALTER TABLE chats ADD COLUMN times_per_week INTEGER CHECK (times_per_week BETWEEN 1 AND 7);
