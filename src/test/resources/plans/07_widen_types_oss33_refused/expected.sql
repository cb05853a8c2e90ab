-- lakemigrate plan for open-source Delta 3.3
-- 1 table, 1 change (1 unsupported) — plan refused
-- PLAN REFUSED: every statement below is commented out until each blocker is resolved.
-- blocker: LM304 Cannot change type of column amount of main.sales.orders: INT -> BIGINT is not a widening open-source Delta 3.3 supports. Add a new column, backfill it, then drop the old one; or allow a guarded rebuild of orders: declare allow_rebuild: true in its file, or run with --allow-rebuild orders.

-- LM304 Cannot change type of column amount of main.sales.orders: INT -> BIGINT is not a widening open-source Delta 3.3 supports. Add a new column, backfill it, then drop the old one; or allow a guarded rebuild of orders: declare allow_rebuild: true in its file, or run with --allow-rebuild orders.
-- ALTER TABLE `main`.`sales`.`orders` ALTER COLUMN `amount` TYPE BIGINT;
