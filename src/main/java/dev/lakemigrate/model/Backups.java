package dev.lakemigrate.model;

import java.util.Optional;

/**
 * Names of the backups a guarded rebuild keeps: {@code _lm_backup_<table>_<hash>}, in the schema of
 * the table. The name alone says which table a backup belongs to.
 */
public final class Backups {
  public static final String PREFIX = "_lm_backup_";

  private Backups() {}

  public static TableName nameFor(TableName table, String hash) {
    return TableName.of(table.catalog(), table.schema(), PREFIX + table.name() + "_" + hash);
  }

  public static boolean isBackup(String tableName) {
    return tableName.startsWith(PREFIX) && tableName.lastIndexOf('_') > PREFIX.length();
  }

  /** The table {@code backup} keeps the original of; empty when the name is not a backup's. */
  public static Optional<TableName> originalOf(TableName backup) {
    if (!isBackup(backup.name())) return Optional.empty();
    String rest = backup.name().substring(PREFIX.length(), backup.name().lastIndexOf('_'));
    return Optional.of(TableName.of(backup.catalog(), backup.schema(), rest));
  }
}
