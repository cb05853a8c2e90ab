-- lakemigrate plan for open-source Delta 4.4
-- 1 table, 2 changes (1 safe, 1 destructive) — ready to apply

-- LM119 Set table property delta.columnMapping.mode of main.sales.events to name. Enables table feature columnMapping (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`events` SET TBLPROPERTIES ('delta.columnMapping.mode' = 'name');

-- LM201 Drop column legacy of main.sales.events: its data is lost.
ALTER TABLE `main`.`sales`.`events` DROP COLUMNS (`legacy`);
