-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 8 changes (8 safe) — ready to apply

-- LM119 Set table property delta.columnMapping.mode of main.sales.customers to name. Enables table feature columnMapping (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`customers` SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name');

-- LM105 Rename column address of main.sales.customers to addr.
ALTER TABLE `main`.`sales`.`customers` RENAME COLUMN `address` TO `addr`;

-- LM105 Rename field addr.zip of main.sales.customers to postcode.
ALTER TABLE `main`.`sales`.`customers` RENAME COLUMN `addr`.`zip` TO `postcode`;

-- LM105 Rename field addr.geo of main.sales.customers to position.
ALTER TABLE `main`.`sales`.`customers` RENAME COLUMN `addr`.`geo` TO `position`;

-- LM105 Rename field addr.position.lat of main.sales.customers to latitude.
ALTER TABLE `main`.`sales`.`customers` RENAME COLUMN `addr`.`position`.`lat` TO `latitude`;

-- LM104 Add field addr.position.alt DOUBLE to main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` ADD COLUMNS (`addr`.`position`.`alt` DOUBLE);

-- LM106 Change type of column addr.postcode of main.sales.customers: INT -> BIGINT.
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `addr`.`postcode` TYPE BIGINT;

-- LM107 Set comment of column addr.postcode of main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `addr`.`postcode` COMMENT 'post code';
