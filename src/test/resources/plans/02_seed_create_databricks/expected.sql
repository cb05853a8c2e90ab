-- lakemigrate plan for Databricks Runtime 17.3
-- 2 tables, 2 changes (2 safe) — ready to apply

-- LM101 Create table main.sales.users with 7 columns. Enables table features changeDataFeed, columnMapping, allowColumnDefaults, identityColumns (irreversible: older readers and some streaming consumers stop working).
CREATE TABLE `main`.`sales`.`users` (
  `id` BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
  `email` STRING NOT NULL,
  `display_name` STRING,
  `status` STRING NOT NULL DEFAULT 'active',
  `metadata` MAP<STRING,STRING>,
  `created_at` TIMESTAMP NOT NULL DEFAULT current_timestamp(),
  `updated_at` TIMESTAMP
)
USING DELTA
CLUSTER BY (`status`, `created_at`)
COMMENT 'Core user accounts table'
TBLPROPERTIES ('delta.enableChangeDataFeed' = 'true', 'delta.autoOptimize.optimizeWrite' = 'true', 'delta.columnMapping.mode' = 'name', 'delta.feature.allowColumnDefaults' = 'supported');

-- LM101 Create table main.sales.users with 7 columns. Enables table features changeDataFeed, columnMapping, allowColumnDefaults, identityColumns (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`users` ADD CONSTRAINT `status_check` CHECK (status IN ('active', 'suspended', 'deleted'));

-- LM101 Create table main.sales.users with 7 columns. Enables table features changeDataFeed, columnMapping, allowColumnDefaults, identityColumns (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`users` ADD CONSTRAINT `pk_users` PRIMARY KEY (`id`) RELY;

-- LM101 Create table main.sales.transactions with 7 columns. Enables table features changeDataFeed, columnMapping, allowColumnDefaults, identityColumns (irreversible: older readers and some streaming consumers stop working).
CREATE TABLE `main`.`sales`.`transactions` (
  `id` BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
  `user_id` BIGINT NOT NULL,
  `amount` DECIMAL(18,8) NOT NULL,
  `currency` STRING NOT NULL,
  `tx_type` STRING NOT NULL,
  `tx_date` DATE NOT NULL,
  `created_at` TIMESTAMP NOT NULL DEFAULT current_timestamp()
)
USING DELTA
CLUSTER BY (`user_id`, `tx_date`)
COMMENT 'Financial transactions'
TBLPROPERTIES ('delta.enableChangeDataFeed' = 'true', 'delta.columnMapping.mode' = 'name', 'delta.feature.allowColumnDefaults' = 'supported');

-- LM101 Create table main.sales.transactions with 7 columns. Enables table features changeDataFeed, columnMapping, allowColumnDefaults, identityColumns (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`transactions` ADD CONSTRAINT `tx_type_check` CHECK (tx_type IN ('deposit', 'withdrawal', 'transfer', 'fee'));

-- LM101 Create table main.sales.transactions with 7 columns. Enables table features changeDataFeed, columnMapping, allowColumnDefaults, identityColumns (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`transactions` ADD CONSTRAINT `pk_transactions` PRIMARY KEY (`id`) RELY;

-- LM101 Create table main.sales.transactions with 7 columns. Enables table features changeDataFeed, columnMapping, allowColumnDefaults, identityColumns (irreversible: older readers and some streaming consumers stop working).
ALTER TABLE `main`.`sales`.`transactions` ADD CONSTRAINT `fk_transactions_user_id` FOREIGN KEY (`user_id`) REFERENCES `main`.`sales`.`users` (`id`);
