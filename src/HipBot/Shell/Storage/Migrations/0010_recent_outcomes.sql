-- An ordinary turn reads a chat's closed days only as far back as a check-in can correct, and the years before them as
-- two counts (Core/Streaks/EarlierDays): the sessions, and the sessions since the last missed day. These partial indexes
-- answer both without reading a row: the newest miss is one seek, and the counts walk only the sessions' own entries
-- (the outcome is in the index so that it covers the query). Built from the rows stored, so old chats count as new ones.
CREATE INDEX ix_day_outcomes_sessions ON day_outcomes (chat_id, local_date, outcome) WHERE outcome IN ('done', 'partial');
CREATE INDEX ix_day_outcomes_misses ON day_outcomes (chat_id, local_date, outcome) WHERE outcome = 'missed';
