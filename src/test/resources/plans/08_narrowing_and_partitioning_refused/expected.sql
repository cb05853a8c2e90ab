-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 2 changes (2 unsupported) — plan refused
-- PLAN REFUSED: every statement below is commented out until each blocker is resolved.
-- blocker: LM304 Cannot change type of column id of main.sales.events: BIGINT -> INT is not a widening open-source Delta 4.4 supports. Add a new column, backfill it, then drop the old one.
-- blocker: LM306 Cannot change partitioning of table main.sales.events: [day] -> [kind] cannot change in place. Keep partitioned_by as it is, or rebuild the table with the new layout.

-- LM304 Cannot change type of column id of main.sales.events: BIGINT -> INT is not a widening open-source Delta 4.4 supports. Add a new column, backfill it, then drop the old one.
-- ALTER TABLE `main`.`sales`.`events` ALTER COLUMN `id` TYPE INT;
