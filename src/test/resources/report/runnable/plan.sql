-- lakemigrate plan for open-source Delta 4.4
-- 2 tables, 7 changes (7 safe) — ready to apply

-- LM001 Create table main.sales.customers (2 columns)
CREATE TABLE `main`.`sales`.`customers` (
  `id` BIGINT NOT NULL COMMENT 'Customer key',
  `email` STRING
) USING DELTA COMMENT 'Who buys';

-- LM110 Add CHECK email_has_at (email LIKE '%@%')
ALTER TABLE `main`.`sales`.`customers` ADD CONSTRAINT `email_has_at` CHECK (email LIKE '%@%');

-- LM104 Set default of column note to ''
ALTER TABLE `main`.`sales`.`orders` SET TBLPROPERTIES ('delta.feature.allowColumnDefaults' = 'supported');

-- LM101 Add column discount DECIMAL(10,2)
-- LM101 Add column note STRING
ALTER TABLE `main`.`sales`.`orders` ADD COLUMNS (`discount` DECIMAL(10,2), `note` STRING);

-- LM104 Set default of column note to ''
ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `note` SET DEFAULT '';

-- LM120 Set comment of column amount
ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `amount` COMMENT 'Gross amount, in cents';

-- LM130 Set table tag owner = sales-data
-- skipped: tags exist only in Unity Catalog (skipped on open-source Delta)
-- ALTER TABLE `main`.`sales`.`orders` SET TAGS ('owner' = 'sales-data');
