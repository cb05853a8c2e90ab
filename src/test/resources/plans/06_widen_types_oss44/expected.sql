-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 1 change (1 safe) — ready to apply

-- LM106 Change type of column amount of main.sales.orders: INT -> BIGINT.
ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `amount` TYPE BIGINT;
