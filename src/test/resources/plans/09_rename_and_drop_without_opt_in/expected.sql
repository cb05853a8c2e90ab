-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 2 changes (1 safe, 1 destructive) — plan refused
-- PLAN REFUSED: every statement below is commented out until each blocker is resolved.
-- blocker: LM201 Cannot drop column legacy of main.sales.events: its data would be lost. Re-run with --allow-destructive if that is intended.

-- LM105 Rename column payload of main.sales.events to body.
-- ALTER TABLE `main`.`sales`.`events` RENAME COLUMN `payload` TO `body`;

-- LM201 Drop column legacy of main.sales.events: its data is lost.
-- ALTER TABLE `main`.`sales`.`events` DROP COLUMNS (`legacy`);
