-- lakemigrate plan for Databricks Runtime 17.3
-- 3 tables, 13 changes (13 safe) — ready to apply

-- LM116 Drop FOREIGN KEY fk_orders_customer_id of main.sales.orders.
ALTER TABLE `main`.`sales`.`orders` DROP CONSTRAINT IF EXISTS `fk_orders_customer_id`;

-- LM116 Drop FOREIGN KEY fk_invoices_customer_id of main.sales.invoices.
ALTER TABLE `main`.`sales`.`invoices` DROP CONSTRAINT IF EXISTS `fk_invoices_customer_id`;

-- LM114 Drop PRIMARY KEY pk_customers of main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` DROP CONSTRAINT IF EXISTS `pk_customers`;

-- LM109 Set NOT NULL on column email of main.sales.customers; the data must have no NULLs in it, or the statement fails.
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `email` SET NOT NULL;

-- LM117 Change clustering of main.sales.customers: (region) -> AUTO.
ALTER TABLE `main`.`sales`.`customers` CLUSTER BY AUTO;

-- LM113 Add PRIMARY KEY pk_customers (id) to main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` ADD CONSTRAINT `pk_customers` PRIMARY KEY (`id`);

-- LM121 Set tag pii = false on column email of main.sales.customers.
-- LM121 Set tag class = contact on column email of main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `email` SET TAGS ('pii' = 'false', 'class' = 'contact');

-- LM121 Unset tag legacy on column email of main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` ALTER COLUMN `email` UNSET TAGS ('legacy');

-- LM121 Set tag domain = sales on table main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` SET TAGS ('domain' = 'sales');

-- LM121 Unset tag old on table main.sales.customers.
ALTER TABLE `main`.`sales`.`customers` UNSET TAGS ('old');

-- LM115 Add FOREIGN KEY fk_orders_buyer_id (buyer_id) -> main.sales.customers (id) to main.sales.orders.
ALTER TABLE `main`.`sales`.`orders` ADD CONSTRAINT `fk_orders_buyer_id` FOREIGN KEY (`buyer_id`) REFERENCES `main`.`sales`.`customers` (`id`);

-- LM115 Add FOREIGN KEY fk_invoices_customer_id (customer_id) -> main.sales.customers (id) to main.sales.invoices.
ALTER TABLE `main`.`sales`.`invoices` ADD CONSTRAINT `fk_invoices_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `main`.`sales`.`customers` (`id`);
