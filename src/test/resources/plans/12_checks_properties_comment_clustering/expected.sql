-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 8 changes (8 safe) — ready to apply

-- LM119 Set table property delta.enableChangeDataFeed of main.sales.metrics to true. Enables table feature changeDataFeed (irreversible: older readers and some streaming consumers stop working).
-- LM119 Set table property owner.team of main.sales.metrics to analytics.
-- LM118 Set comment of table main.sales.metrics.
ALTER TABLE `main`.`sales`.`metrics` SET TBLPROPERTIES ('delta.enableChangeDataFeed' = 'true', 'owner.team' = 'analytics', 'comment' = 'Daily metrics');

-- LM112 Drop CHECK id_positive of main.sales.metrics.
ALTER TABLE `main`.`sales`.`metrics` DROP CONSTRAINT IF EXISTS `id_positive`;

-- LM117 Change clustering of main.sales.metrics: (id) -> (region).
ALTER TABLE `main`.`sales`.`metrics` CLUSTER BY (`region`);

-- LM111 Add CHECK id_positive (id > 0) to main.sales.metrics; it fails if existing rows violate it.
ALTER TABLE `main`.`sales`.`metrics` ADD CONSTRAINT `id_positive` CHECK (id > 0);

-- LM111 Add CHECK value_check (value >= 0) to main.sales.metrics; it fails if existing rows violate it.
ALTER TABLE `main`.`sales`.`metrics` ADD CONSTRAINT `value_check` CHECK (value >= 0);

-- LM120 Unset table property stale.key of main.sales.metrics.
ALTER TABLE `main`.`sales`.`metrics` UNSET TBLPROPERTIES IF EXISTS ('stale.key');
