-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 5 changes (5 safe) — ready to apply

-- LM102 Add column status STRING to main.sales.orders. Enables table feature allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).
-- LM102 Add column created TIMESTAMP_NTZ to main.sales.orders. Enables table feature timestampNtz (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`orders` SET TBLPROPERTIES ('delta.feature.allowColumnDefaults' = 'supported', 'delta.feature.timestampNtz' = 'supported');

-- LM104 Add field address.zip STRING to main.sales.orders.
-- LM104 Add field tags.element.v STRING to main.sales.orders.
-- LM102 Add column status STRING to main.sales.orders. Enables table feature allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).
-- LM102 Add column created TIMESTAMP_NTZ to main.sales.orders. Enables table feature timestampNtz (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`orders` ADD COLUMNS (`address`.`zip` STRING COMMENT 'postal code', `tags`.`element`.`v` STRING, `status` STRING, `created` TIMESTAMP_NTZ);

-- LM102 Add column status STRING to main.sales.orders. Enables table feature allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `status` SET DEFAULT 'new';

-- LM107 Set comment of column note of main.sales.orders.
ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `note` COMMENT 'it\'s new';
