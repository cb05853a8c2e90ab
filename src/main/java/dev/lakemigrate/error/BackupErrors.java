package dev.lakemigrate.error;

import dev.lakemigrate.model.TableName;

/** Messages and notes about the backups a guarded rebuild keeps ({@code _lm_backup_<table>_<hash>}). */
public final class BackupErrors {
  public static final String FIX_DROP = "Run apply --allow-destructive to drop it";

  private BackupErrors() {}

  /** A backup left alone by a plan without the destructive opt-in. */
  public static String noteKept(TableName backup, TableName original) {
    return "Backup " + backup + " of " + original + " is kept (a guarded rebuild left it). " + FIX_DROP + ".";
  }

  /** The destructive change that drops a backup. */
  public static String describeDrop(TableName backup, TableName original) {
    return "Drop backup " + backup + " of " + original + ": the rows it kept from before the rebuild are lost.";
  }
}
