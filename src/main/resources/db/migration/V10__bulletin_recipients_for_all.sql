-- Every bulletin keeps its own 报 / 发 lists. Bulletins made before V6 had none and borrowed the organisation's
-- lists at each reading; they get a copy of them now, so that an empty list can only mean "emptied by the editor".
INSERT INTO bulletin_recipient (bulletin_id, list_kind, position, name, email)
SELECT b.id, d.list_kind, d.position, d.name, d.email
FROM bulletin b CROSS JOIN distribution_recipient d
WHERE NOT EXISTS (SELECT 1 FROM bulletin_recipient r WHERE r.bulletin_id = b.id);
