-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 1 change (1 safe) — ready to apply

-- LM120 Set comment of column co`l to it's a `tick` | pipe\ back slash ``` fence <b>x</b> — ünïcødé
ALTER TABLE `main`.`we``ird`.`ta|ble` ALTER COLUMN `co``l` COMMENT 'it\'s a `tick` | pipe\\ back\nslash ``` fence <b>x</b> — ünïcødé';

-- LM120 Set comment of column co`l to it's a `tick` | pipe\ back slash ``` fence <b>x</b> — ünïcødé
-- skipped: tags need Unity Catalog; DROP TABLE x
-- ALTER TABLE `main`.`we``ird`.`ta|ble` SET TAGS ('k' = 'v');
