-- An ordinary turn reads a chat's closed days only as far back as a check-in can correct, and the years before them as
-- two counts (Core/Streaks/EarlierDays): the sessions, and the sessions since the last missed day. These partial indexes
-- answer both from the index alone: the newest miss is one seek, and the counts walk only the sessions' own entries.
-- Built from the rows already stored, so old chats are counted like new ones.
CREATE INDEX ix_day_outcomes_sessions ON day_outcomes (chat_id, local_date) WHERE outcome IN ('done', 'partial');
CREATE INDEX ix_day_outcomes_misses ON day_outcomes (chat_id, local_date) WHERE outcome = 'missed';
