package dev.lakemigrate.report;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.AddCheck;
import dev.lakemigrate.diff.SchemaChange.AddColumn;
import dev.lakemigrate.diff.SchemaChange.ChangeColumnComment;
import dev.lakemigrate.diff.SchemaChange.ChangeDefault;
import dev.lakemigrate.diff.SchemaChange.ChangePartitioning;
import dev.lakemigrate.diff.SchemaChange.CreateTable;
import dev.lakemigrate.diff.SchemaChange.DropColumn;
import dev.lakemigrate.diff.SchemaChange.SetTag;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.Sql;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Classification;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlannedChange;
import dev.lakemigrate.plan.PlannedStatement;
import dev.lakemigrate.plan.PreflightCheck;
import dev.lakemigrate.plan.Risk;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans built by hand for report and apply tests (the planner is another stage): a refused plan
 * with every kind of content, a runnable one, an empty one, one with hostile text, and a long one.
 * SQL is built through {@link Sql} as the renderer would.
 */
public final class SamplePlans {
  public static final Engine OSS = Engine.openSourceDelta(4, 4);
  public static final TableName ORDERS = TableName.of("main", "sales", "orders");
  public static final TableName CUSTOMERS = TableName.of("main", "sales", "customers");
  public static final TableName EVENTS = TableName.of("main", "sales", "events");

  private SamplePlans() {}

  /** Three tables, seven changes (5 safe, 1 destructive, 1 unsupported): refused, with notes and an unmanaged table. */
  public static Plan refused() {
    Builder b = runnableBuilder();
    SchemaChange drop = new DropColumn(EVENTS, FieldPath.of("legacy_id"), PrimitiveType.STRING);
    SchemaChange partition = new ChangePartitioning(EVENTS, List.of("day"), List.of("country"));
    b.change(drop, new Classification(Risk.DESTRUCTIVE, "LM201", "Drop column legacy_id (STRING); its data is lost",
        "Pass --allow-destructive to drop it, or declare the column again", List.of()));
    b.change(partition, new Classification(Risk.UNSUPPORTED, "LM302",
        "Change partitioning from (day) to (country): Delta cannot repartition a table in place",
        "Keep partitioned_by: [day], or allow a guarded rebuild of main.sales.events", List.of()));
    b.statement(EVENTS, "ALTER TABLE " + EVENTS.toSql() + " DROP COLUMN " + Sql.quoteIdent("legacy_id"),
        "drop legacy_id", null, drop);
    b.preflight.add(new PreflightCheck(EVENTS, "country", PreflightCheck.Kind.NULLS, "NULLs in column country",
        "SELECT count(*) AS n FROM " + EVENTS.toSql() + " WHERE `country` IS NULL", 0L));
    b.preflight.add(new PreflightCheck(EVENTS, null, PreflightCheck.Kind.CHECK_VIOLATIONS,
        "rows violating CHECK day_set (day IS NOT NULL)",
        "SELECT count(*) AS n FROM " + EVENTS.toSql() + " WHERE NOT coalesce((day IS NOT NULL), false)", null));
    b.blockers.add("main.sales.events: LM201 Drop column legacy_id (STRING); its data is lost. Pass --allow-destructive to drop it, or declare the column again.");
    b.blockers.add("main.sales.events: LM302 Change partitioning from (day) to (country): Delta cannot repartition a table in place. Keep partitioned_by: [day], or allow a guarded rebuild of main.sales.events.");
    return b.build();
  }

  /** Two tables, five safe changes, one statement skipped on open-source Delta: ready to apply. */
  public static Plan runnable() {
    return runnableBuilder().build();
  }

  public static Plan inSync() {
    return new Plan(OSS, List.of(), List.of(), List.of(TableName.of("main", "sales", "tmp_import")), List.of(),
        List.of());
  }

  private static Builder runnableBuilder() {
    Builder b = new Builder();
    Column customerId = new Column("id", PrimitiveType.BIGINT, false, null, null, "Customer key", java.util.Map.of(), null, null);
    Table customers = Table.builder(CUSTOMERS).comment("Who buys").column(customerId)
        .column(Column.of("email", PrimitiveType.STRING)).build();
    SchemaChange create = new CreateTable(customers);
    SchemaChange check = new AddCheck(CUSTOMERS, new CheckConstraint("email_has_at", "email LIKE '%@%'"));
    SchemaChange discount = new AddColumn(ORDERS, Column.of("discount", new DecimalType(10, 2)));
    SchemaChange note = new AddColumn(ORDERS, Column.of("note", PrimitiveType.STRING));
    SchemaChange noteDefault = new ChangeDefault(ORDERS, "note", null, "''");
    SchemaChange comment = new ChangeColumnComment(ORDERS, FieldPath.of("amount"), null, "Gross amount, in cents");
    SchemaChange tag = new SetTag(ORDERS, null, "owner", null, "sales-data");
    b.change(create, safe("LM001", "Create table main.sales.customers (2 columns)"));
    b.change(check, safe("LM110", "Add CHECK email_has_at (email LIKE '%@%')"));
    b.change(discount, safe("LM101", "Add column discount DECIMAL(10,2)"));
    b.change(note, safe("LM101", "Add column note STRING"));
    b.change(noteDefault, new Classification(Risk.SAFE, "LM104", "Set default of column note to ''", null,
        List.of("allowColumnDefaults")));
    b.change(comment, safe("LM120", "Set comment of column amount"));
    b.change(tag, safe("LM130", "Set table tag owner = sales-data"));
    b.statement(CUSTOMERS, "CREATE TABLE " + CUSTOMERS.toSql() + " (\n  " + Sql.quoteIdent("id") + " BIGINT NOT NULL COMMENT "
        + Sql.quoteString("Customer key") + ",\n  " + Sql.quoteIdent("email") + " STRING\n) USING DELTA COMMENT "
        + Sql.quoteString("Who buys"), "create customers", null, create);
    b.statement(CUSTOMERS, "ALTER TABLE " + CUSTOMERS.toSql() + " ADD CONSTRAINT " + Sql.quoteIdent("email_has_at")
        + " CHECK (email LIKE '%@%')", "check", null, check);
    b.statement(ORDERS, "ALTER TABLE " + ORDERS.toSql() + " SET TBLPROPERTIES ("
        + Sql.quoteString("delta.feature.allowColumnDefaults") + " = " + Sql.quoteString("supported") + ")",
        "defaults need the allowColumnDefaults feature", null, noteDefault);
    b.statement(ORDERS, "ALTER TABLE " + ORDERS.toSql() + " ADD COLUMNS (" + Sql.quoteIdent("discount")
        + " DECIMAL(10,2), " + Sql.quoteIdent("note") + " STRING)", "add columns", null, discount, note);
    b.statement(ORDERS, "ALTER TABLE " + ORDERS.toSql() + " ALTER COLUMN " + Sql.quoteIdent("note") + " SET DEFAULT ''",
        "default", null, noteDefault);
    b.statement(ORDERS, "ALTER TABLE " + ORDERS.toSql() + " ALTER COLUMN " + Sql.quoteIdent("amount") + " COMMENT "
        + Sql.quoteString("Gross amount, in cents"), "comment", null, comment);
    b.statement(ORDERS, "ALTER TABLE " + ORDERS.toSql() + " SET TAGS (" + Sql.quoteString("owner") + " = "
        + Sql.quoteString("sales-data") + ")", "tag", "tags exist only in Unity Catalog (skipped on open-source Delta)", tag);
    b.unmanaged.add(TableName.of("main", "sales", "tmp_import"));
    b.notes.add("Identity and generation expressions of main.sales.customers are invisible on open-source Delta: not compared.");
    return b;
  }

  /** Names and comments with quotes, backticks, backslashes, newlines, pipes, fences and unicode. */
  public static Plan hostile() {
    TableName t = TableName.of("main", "we`ird", "ta|ble");
    String text = "it's a `tick` | pipe\\ back\nslash ``` fence <b>x</b> — ünïcødé";
    SchemaChange comment = new ChangeColumnComment(t, FieldPath.of("co`l"), null, text);
    Builder b = new Builder();
    b.change(comment, safe("LM120", "Set comment of column co`l to " + text));
    b.statement(t, "ALTER TABLE " + t.toSql() + " ALTER COLUMN " + Sql.quoteIdent("co`l") + " COMMENT " + Sql.quoteString(text),
        "comment", null, comment);
    b.statement(t, "ALTER TABLE " + t.toSql() + " SET TAGS (" + Sql.quoteString("k") + " = " + Sql.quoteString("v") + ")",
        "tag", "tags need Unity Catalog;\nDROP TABLE x", comment);
    b.notes.add("note with\nnewline");
    return b.build();
  }

  /** One table, {@code n} added columns each in its own statement: for the job-output summary. */
  public static Plan longPlan(int n) {
    Builder b = new Builder();
    for (int i = 1; i <= n; i++) {
      TableName table = i % 2 == 0 ? ORDERS : EVENTS;
      SchemaChange add = new AddColumn(table, Column.of("c" + i, PrimitiveType.INT));
      b.change(add, safe("LM101", "Add column c" + i + " INT"));
      b.statement(table, "ALTER TABLE " + table.toSql() + " ADD COLUMNS (" + Sql.quoteIdent("c" + i) + " INT)", "add", null, add);
    }
    return b.build();
  }

  /** {@link #longPlan} with two changes: what a re-plan finds when apply did not converge. */
  public static Plan longPlanOfTwo() {
    return longPlan(2);
  }

  private static Classification safe(String code, String message) {
    return new Classification(Risk.SAFE, code, message, null, List.of());
  }

  private static final class Builder {
    final List<PlannedChange> changes = new ArrayList<>();
    final List<PlannedStatement> statements = new ArrayList<>();
    final List<TableName> unmanaged = new ArrayList<>();
    final List<String> blockers = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<PreflightCheck> preflight = new ArrayList<>();

    void change(SchemaChange change, Classification classification) {
      changes.add(new PlannedChange(change, classification));
    }

    void statement(TableName table, String sql, String comment, String skip, SchemaChange... sources) {
      statements.add(new PlannedStatement(table, sql, comment, List.of(sources), skip));
    }

    Plan build() {
      return new Plan(OSS, changes, statements, unmanaged, blockers, notes, preflight);
    }
  }
}
