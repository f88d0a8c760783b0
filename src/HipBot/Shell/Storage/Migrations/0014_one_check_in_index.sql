-- A check-in was written to two indexes of its chat, (chat, date) and (chat, batch), besides its day's sum: in a
-- database of years, each is a leaf page of its own per chat, read from the file and written back at every check-in.
-- The batch index served only /undo, which now finds the latest check-in and takes it back by its day (CheckInStore):
-- the (chat, date) index does both, and the sums' triggers already read it.
DROP INDEX ix_check_ins_chat_batch;
