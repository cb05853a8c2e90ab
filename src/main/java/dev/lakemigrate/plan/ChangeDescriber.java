package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.error.BackupErrors;
import dev.lakemigrate.diff.SchemaChange.*;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.Generated;

/** One sentence per change for plan reports: what it does, and what it costs when that matters. */
final class ChangeDescriber {
  private ChangeDescriber() {}

  static String describe(SchemaChange c) {
    if (c instanceof CreateTable x) return "Create table " + x.table() + " with " + x.definition().columns().size() + " columns.";
    if (c instanceof DropTable x) return "Drop table " + x.table() + ": the table and its rows are lost.";
    if (c instanceof DropBackup x) return BackupErrors.describeDrop(x.table(), x.original());
    if (c instanceof ChangeTableComment x) {
      return (x.to() == null ? "Remove comment of table " : "Set comment of table ") + x.table() + ".";
    }
    if (c instanceof SetProperty x) return "Set table property " + x.key() + " of " + x.table() + " to " + x.to() + ".";
    if (c instanceof UnsetProperty x) return "Unset table property " + x.key() + " of " + x.table() + ".";
    if (c instanceof SetTag x) return "Set tag " + x.key() + " = " + x.to() + " on " + tagTarget(x.table(), x.column()) + ".";
    if (c instanceof UnsetTag x) return "Unset tag " + x.key() + " on " + tagTarget(x.table(), x.column()) + ".";
    if (c instanceof ChangeClustering x) {
      return "Change clustering of " + x.table() + ": " + clustering(x.from()) + " -> " + clustering(x.to()) + ".";
    }
    if (c instanceof ChangePartitioning x) return "Change partitioning of " + x.table() + ": " + x.from() + " -> " + x.to() + ".";
    if (c instanceof AddColumn x) return describeAdd(x);
    if (c instanceof AddField x) {
      return "Add field " + x.parent().child(x.field().name()) + " " + x.field().type().toSql() + " to " + x.table() + ".";
    }
    if (c instanceof DropColumn x) {
      return "Drop " + (x.path().isNested() ? "field " : "column ") + x.path() + " of " + x.table() + ": its data is lost.";
    }
    if (c instanceof RenameColumn x) return "Rename " + (x.path().isNested() ? "field " : "column ") + x.path() + " of " + x.table() + " to " + x.newName() + ".";
    if (c instanceof ChangeColumnType x) {
      return "Change type of column " + x.path() + " of " + x.table() + ": " + x.from().toSql() + " -> " + x.to().toSql() + ".";
    }
    if (c instanceof ChangeNullability x) return describeNullability(x);
    if (c instanceof ChangeColumnComment x) {
      return (x.to() == null ? "Remove comment of column " : "Set comment of column ") + x.path() + " of " + x.table() + ".";
    }
    if (c instanceof ChangeDefault x) {
      return x.to() == null ? "Drop default of column " + x.column() + " of " + x.table() + "."
          : "Set default of column " + x.column() + " of " + x.table() + " to " + x.to() + ".";
    }
    if (c instanceof ChangeGenerated x) {
      return "Change generation of column " + x.column() + " of " + x.table() + ": " + generation(x.from()) + " -> "
          + generation(x.to()) + ".";
    }
    if (c instanceof AddCheck x) {
      return "Add CHECK " + x.check().name() + " (" + x.check().expression() + ") to " + x.table()
          + "; it fails if existing rows violate it.";
    }
    if (c instanceof DropCheck x) return "Drop CHECK " + x.check().name() + " of " + x.table() + ".";
    if (c instanceof AddPrimaryKey x) {
      return "Add PRIMARY KEY " + x.key().name() + " (" + String.join(", ", x.key().columns()) + ")"
          + (x.key().rely() ? " RELY" : "") + " to " + x.table() + ".";
    }
    if (c instanceof DropPrimaryKey x) return "Drop PRIMARY KEY " + x.key().name() + " of " + x.table() + ".";
    if (c instanceof AddForeignKey x) {
      return "Add FOREIGN KEY " + x.key().name() + " (" + String.join(", ", x.key().columns()) + ") -> "
          + x.key().refTable() + " (" + String.join(", ", x.key().refColumns()) + ") to " + x.table() + ".";
    }
    if (c instanceof DropForeignKey x) return "Drop FOREIGN KEY " + x.key().name() + " of " + x.table() + ".";
    throw new IllegalStateException("Unhandled change: " + c);
  }

  private static String describeAdd(AddColumn x) {
    Column col = x.column();
    String head = "Add " + (col.nullable() ? "column " : "NOT NULL column ") + col.name() + " " + col.type().toSql()
        + " to " + x.table();
    if (col.nullable()) return head + ".";
    String fill = col.backfill() != null ? col.backfill() : col.defaultExpression();
    String backfill = fill == null ? "" : " backfill it with " + fill + ",";
    return head + ": add it nullable," + backfill + " then set NOT NULL (fails unless every row gets a value).";
  }

  private static String describeNullability(ChangeNullability x) {
    if (x.nullable()) return "Drop NOT NULL on column " + x.path() + " of " + x.table() + ".";
    return "Set NOT NULL on column " + x.path() + " of " + x.table()
        + "; the data must have no NULLs in it, or the statement fails.";
  }

  private static String tagTarget(Object table, String column) {
    return column == null ? "table " + table : "column " + column + " of " + table;
  }

  static String clustering(Clustering c) {
    if (c.auto()) return "AUTO";
    return c.isNone() ? "none" : "(" + String.join(", ", c.columns()) + ")";
  }

  static String generation(Generated g) {
    return g == null ? "none" : "GENERATED " + g.toSql();
  }
}
