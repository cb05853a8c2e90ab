-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 7 changes (7 safe) — ready to apply

-- LM119 Set table property delta.columnMapping.mode of main.sales.orders to name. Enables table feature columnMapping (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`orders` SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name');

-- LM105 Rename field items.element.code of main.sales.orders to sku.
ALTER TABLE `main`.`sales`.`orders` RENAME COLUMN `items`.`element`.`code` TO `sku`;

-- LM105 Rename field items.element.dims.element.w of main.sales.orders to width.
ALTER TABLE `main`.`sales`.`orders` RENAME COLUMN `items`.`element`.`dims`.`element`.`w` TO `width`;

-- LM105 Rename field attrs.value.points of main.sales.orders to score.
ALTER TABLE `main`.`sales`.`orders` RENAME COLUMN `attrs`.`value`.`points` TO `score`;

-- LM104 Add field items.element.note STRING to main.sales.orders.
ALTER TABLE `main`.`sales`.`orders` ADD COLUMNS (`items`.`element`.`note` STRING);

-- LM107 Set comment of column items.element.sku of main.sales.orders.
ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `items`.`element`.`sku` COMMENT 'Stock unit';

-- LM106 Change type of column items.element.qty of main.sales.orders: INT -> BIGINT.
ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `items`.`element`.`qty` TYPE BIGINT;
