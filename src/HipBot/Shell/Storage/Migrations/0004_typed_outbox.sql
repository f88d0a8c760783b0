-- Outbox payloads hold the outgoing record itself (OutgoingJson), no longer a flat bag of nullable fields. Rows still
-- waiting are rewritten into that shape, field for field as the encoder writes them; sent and dropped rows are history
-- nobody reads back, and are left as they are. A payload that is not JSON at all is left too: json_extract would fail
-- the whole migration on it, while the sender drops it with a log line that names the row.
-- A missing text was sent as an empty one before, so it becomes one now.
UPDATE outbox
SET payload = CASE kind
    WHEN 'send' THEN json_object(
        'Kind', 'send', 'ChatId', chat_id,
        'Reply', json_object('Text', COALESCE(json_extract(payload, '$.Text'), ''), 'Buttons', json(json_extract(payload, '$.Buttons'))),
        'Key', json_extract(payload, '$.Key'))
    WHEN 'edit' THEN json_object(
        'Kind', 'edit', 'ChatId', chat_id,
        'Reply', json_object('Text', COALESCE(json_extract(payload, '$.Text'), ''), 'Buttons', json(json_extract(payload, '$.Buttons'))),
        'MessageId', json_extract(payload, '$.MessageId'), 'TargetKey', json_extract(payload, '$.TargetKey'))
    WHEN 'answer' THEN json_object(
        'Kind', 'answer', 'ChatId', chat_id,
        'CallbackQueryId', json_extract(payload, '$.CallbackQueryId'), 'Toast', json_extract(payload, '$.Toast'))
END
-- CASE, not AND: SQLite promises no order for AND, and json_type fails on text that is not JSON.
WHERE status = 'pending' AND CASE WHEN json_valid(payload) THEN json_type(payload) = 'object' ELSE 0 END;
