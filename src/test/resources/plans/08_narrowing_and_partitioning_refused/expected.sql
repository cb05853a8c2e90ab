-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 2 changes (2 unsupported) — plan refused
-- PLAN REFUSED: every statement below is commented out until each blocker is resolved.
-- blocker: LM304 Cannot change type of column id of main.sales.events: BIGINT -> INT is not a widening open-source Delta 4.4 supports. Add a new column, backfill it, then drop the old one; or allow a guarded rebuild of events: declare allow_rebuild: true in its file, or run with --allow-rebuild events.
-- blocker: LM306 Cannot change partitioning of table main.sales.events: [day] -> [kind] cannot change in place. Keep partitioned_by as it is; or allow a guarded rebuild of events: declare allow_rebuild: true in its file, or run with --allow-rebuild events.

-- LM304 Cannot change type of column id of main.sales.events: BIGINT -> INT is not a widening open-source Delta 4.4 supports. Add a new column, backfill it, then drop the old one; or allow a guarded rebuild of events: declare allow_rebuild: true in its file, or run with --allow-rebuild events.
-- ALTER TABLE `main`.`sales`.`events` ALTER COLUMN `id` TYPE INT;
