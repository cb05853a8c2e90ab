-- lakemigrate plan for open-source Delta 4.4
-- 2 tables, 2 changes (2 safe) — ready to apply

-- LM101 Create table main.sales.orders with 2 columns.
CREATE TABLE `main`.`sales`.`orders` (
  `id` BIGINT NOT NULL,
  `buyer_id` BIGINT
)
USING DELTA;

-- LM101 Create table main.sales.orders with 2 columns.
-- skipped: skipped on open-source Delta 4.4: CLUSTER BY AUTO exists only on Databricks
-- ALTER TABLE `main`.`sales`.`orders` CLUSTER BY AUTO;

-- LM101 Create table main.sales.orders with 2 columns.
-- skipped: skipped on open-source Delta 4.4: PRIMARY KEY constraints exist only in Unity Catalog
-- ALTER TABLE `main`.`sales`.`orders` ADD CONSTRAINT `pk_orders` PRIMARY KEY (`id`) RELY;

-- LM101 Create table main.sales.orders with 2 columns.
-- skipped: skipped on open-source Delta 4.4: tags exist only in Unity Catalog
-- ALTER TABLE `main`.`sales`.`orders` SET TAGS ('domain' = 'sales');

-- LM101 Create table main.sales.orders with 2 columns.
-- skipped: skipped on open-source Delta 4.4: tags exist only in Unity Catalog
-- ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `id` SET TAGS ('pii' = 'false');

-- LM117 Change clustering of main.sales.customers: (region) -> AUTO.
-- skipped: skipped on open-source Delta 4.4: CLUSTER BY AUTO exists only on Databricks
-- ALTER TABLE `main`.`sales`.`customers` CLUSTER BY AUTO;

-- LM101 Create table main.sales.orders with 2 columns.
-- skipped: skipped on open-source Delta 4.4: FOREIGN KEY constraints exist only in Unity Catalog
-- ALTER TABLE `main`.`sales`.`orders` ADD CONSTRAINT `fk_orders_buyer_id` FOREIGN KEY (`buyer_id`) REFERENCES `main`.`sales`.`customers` (`id`);
