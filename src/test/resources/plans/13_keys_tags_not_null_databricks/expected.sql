-- lakemigrate plan for Databricks Runtime 17.3
-- 1 table, 6 changes (6 safe) — ready to apply

-- LM110 Set default of column email of main.sales.customers to ''. Enables table feature allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`customers` SET TBLPROPERTIES ('delta.feature.allowColumnDefaults' = 'supported');

-- LM103 Add NOT NULL column tier STRING to main.sales.customers: add it nullable, backfill it with 'basic', then set NOT NULL (fails unless every row gets a value).
ALTER TABLE `main`.`sales`.`customers` ADD COLUMNS (`tier` STRING);

-- LM103 Add NOT NULL column tier STRING to main.sales.customers: add it nullable, backfill it with 'basic', then set NOT NULL (fails unless every row gets a value).
UPDATE `main`.`sales`.`customers` SET `tier` = 'basic' WHERE `tier` IS NULL;

-- LM103 Add NOT NULL column tier STRING to main.sales.customers: add it nullable, backfill it with 'basic', then set NOT NULL (fails unless every row gets a value).
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `tier` SET NOT NULL;

-- LM109 Set NOT NULL on column email of main.sales.customers; the data must have no NULLs in it, or the statement fails.
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `email` SET NOT NULL;

-- LM110 Set default of column email of main.sales.customers to ''. Enables table feature allowColumnDefaults (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `email` SET DEFAULT '';

-- LM113 Add PRIMARY KEY pk_customers (id) RELY to main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` ADD CONSTRAINT `pk_customers` PRIMARY KEY (`id`) RELY;

-- LM121 Set tag pii = false on column id of main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `id` SET TAGS ('pii' = 'false');

-- LM121 Set tag domain = crm on table main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` SET TAGS ('domain' = 'crm');
