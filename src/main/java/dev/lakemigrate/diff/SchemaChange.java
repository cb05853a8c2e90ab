package dev.lakemigrate.diff;

import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.List;

/**
 * One difference between a live table and its declaration, as data. The differ emits every
 * difference it finds, supported or not; the classifier decides what may run.
 *
 * <p>Nullable "from"/"to" values (comments, defaults, property values, tag values) are null where
 * absent. A change of a CHECK, PRIMARY KEY or FOREIGN KEY is emitted as a drop followed by an add.
 */
public sealed interface SchemaChange {
  TableName table();

  /** A stable, lower-case kind for reports ({@code add_column}, …). */
  default String kind() {
    return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  // ---- tables ----
  record CreateTable(Table definition) implements SchemaChange {
    @Override public TableName table() { return definition.name(); }
  }

  /** Only emitted when configuration asks for unmanaged tables to be dropped. */
  record DropTable(Table existing) implements SchemaChange {
    @Override public TableName table() { return existing.name(); }
  }

  /**
   * Drops a backup a guarded rebuild kept ({@code table} is the backup, {@code original} the table it
   * backs up). Emitted for every backup listed live; the planner keeps it only with the destructive opt-in.
   */
  record DropBackup(TableName table, TableName original) implements SchemaChange {}

  record ChangeTableComment(TableName table, String from, String to) implements SchemaChange {}

  record SetProperty(TableName table, String key, String from, String to) implements SchemaChange {}

  record UnsetProperty(TableName table, String key, String from) implements SchemaChange {}

  /** A table tag ({@code column == null}) or a column tag set to {@code to}. */
  record SetTag(TableName table, String column, String key, String from, String to) implements SchemaChange {}

  record UnsetTag(TableName table, String column, String key, String from) implements SchemaChange {}

  record ChangeClustering(TableName table, Clustering from, Clustering to) implements SchemaChange {}

  record ChangePartitioning(TableName table, List<String> from, List<String> to) implements SchemaChange {}

  // ---- columns and nested fields ----
  record AddColumn(TableName table, Column column) implements SchemaChange {}

  /** A field added inside a struct; {@code parent} is the path of the struct (may go through element/key/value). */
  record AddField(TableName table, FieldPath parent, StructField field) implements SchemaChange {}

  /** A top-level column ({@code path} of one part) or a nested field dropped. */
  record DropColumn(TableName table, FieldPath path, DataType type) implements SchemaChange {}

  record RenameColumn(TableName table, FieldPath path, String newName) implements SchemaChange {}

  record ChangeColumnType(TableName table, FieldPath path, DataType from, DataType to) implements SchemaChange {}

  record ChangeNullability(TableName table, FieldPath path, boolean nullable) implements SchemaChange {}

  record ChangeColumnComment(TableName table, FieldPath path, String from, String to) implements SchemaChange {}

  record ChangeDefault(TableName table, String column, String from, String to) implements SchemaChange {}

  /** Identity or generation expression differs on an existing column (never emitted when unknown live). */
  record ChangeGenerated(TableName table, String column, Generated from, Generated to) implements SchemaChange {}

  // ---- constraints ----
  record AddCheck(TableName table, CheckConstraint check) implements SchemaChange {}

  record DropCheck(TableName table, CheckConstraint check) implements SchemaChange {}

  record AddPrimaryKey(TableName table, PrimaryKey key) implements SchemaChange {}

  record DropPrimaryKey(TableName table, PrimaryKey key) implements SchemaChange {}

  record AddForeignKey(TableName table, ForeignKey key) implements SchemaChange {}

  record DropForeignKey(TableName table, ForeignKey key) implements SchemaChange {}
}
