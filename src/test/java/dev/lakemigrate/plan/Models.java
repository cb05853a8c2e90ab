package dev.lakemigrate.plan;

import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;

/** Small builders for tests: tables in {@code main.sales}, columns by name and type. */
public final class Models {
  public static final Engine DATABRICKS = Engine.databricks("17.3");
  public static final Engine DELTA_44 = Engine.openSourceDelta(4, 4);
  public static final Engine DELTA_33 = Engine.openSourceDelta(3, 3);
  public static final Engine DELTA_40 = Engine.openSourceDelta(4, 0);

  private Models() {}

  public static TableName name(String table) {
    return TableName.of("main", "sales", table);
  }

  public static Table.Builder table(String table, Column... columns) {
    Table.Builder b = Table.builder(name(table));
    for (Column c : columns) b.column(c);
    return b;
  }

  public static Column col(String name, DataType type) {
    return Column.of(name, type);
  }

  /** A live table on which column mapping and type widening are on. */
  public static Table.Builder evolvable(String table, Column... columns) {
    return table(table, columns).property("delta.columnMapping.mode", "name").property("delta.enableTypeWidening", "true");
  }
}
