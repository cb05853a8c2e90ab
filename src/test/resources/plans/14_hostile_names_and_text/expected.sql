-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 1 change (1 safe) — ready to apply

-- LM101 Create table main.sales.weird_names with 2 columns. Enables table feature allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).
CREATE TABLE `main`.`sales`.`weird_names` (
  `we``ird` STRING COMMENT 'line1\nline2 \'quoted\' \\ ; --',
  `ünïcødé` INT DEFAULT 42
)
USING DELTA
COMMENT 'it\'s a "table" -- with /* comment */; DROP TABLE x; \\ back'
TBLPROPERTIES ('owner\'; DROP TABLE x; --' = 'v\'al\\ue', 'delta.feature.allowColumnDefaults' = 'supported');
