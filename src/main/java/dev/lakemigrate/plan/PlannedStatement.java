package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Objects;

/**
 * One SQL statement of a plan, with why it is there. A statement may carry several changes (one
 * {@code ADD COLUMNS} for all new columns of a table). {@code skipReason} is non-null for a
 * statement the target engine cannot run (shown in the plan, never executed).
 */
public record PlannedStatement(TableName table, String sql, String comment, List<SchemaChange> sources, String skipReason) {
  public PlannedStatement {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(sql, "sql");
    sources = List.copyOf(sources);
  }

  public boolean runs() {
    return skipReason == null;
  }
}
