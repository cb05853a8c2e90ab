package dev.lakemigrate.plan;

import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.diff.SchemaChange.SetTag;
import dev.lakemigrate.diff.SchemaChange.UnsetTag;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code SET TAGS} / {@code UNSET TAGS} batched per target: the table, or one column. Unity Catalog only. */
final class TagRenderer {
  private final Statements s;

  TagRenderer(Statements statements) {
    this.s = statements;
  }

  List<PlannedStatement> render(TableName t, List<SchemaChange> changes) {
    Map<String, List<SchemaChange>> byTarget = new LinkedHashMap<>();
    for (SchemaChange c : changes) byTarget.computeIfAbsent(target(c), k -> new ArrayList<>()).add(c);
    List<PlannedStatement> out = new ArrayList<>();
    for (List<SchemaChange> group : byTarget.values()) {
      String column = column(group.get(0));
      String prefix = column == null ? Statements.alter(t) : Statements.alterColumn(t, FieldPath.of(column));
      Map<String, String> sets = new LinkedHashMap<>();
      List<SchemaChange> setSources = new ArrayList<>();
      List<String> unsets = new ArrayList<>();
      List<SchemaChange> unsetSources = new ArrayList<>();
      for (SchemaChange c : group) {
        if (c instanceof SetTag x) {
          sets.put(x.key(), x.to());
          setSources.add(c);
        } else if (c instanceof UnsetTag x) {
          unsets.add(x.key());
          unsetSources.add(c);
        }
      }
      if (!sets.isEmpty()) {
        out.add(s.runsIf(s.engine().supportsTags(), Statements.TAGS, t, prefix + "SET TAGS " + Statements.pairs(sets), setSources));
      }
      if (!unsets.isEmpty()) {
        out.add(s.runsIf(s.engine().supportsTags(), Statements.TAGS, t, prefix + "UNSET TAGS " + Statements.keys(unsets),
            unsetSources));
      }
    }
    return out;
  }

  /** A grouping key: "" for the table, "c:<name>" for a column. */
  private static String target(SchemaChange c) {
    String column = column(c);
    return column == null ? "" : "c:" + column.toLowerCase(java.util.Locale.ROOT);
  }

  private static String column(SchemaChange c) {
    if (c instanceof SetTag x) return x.column();
    if (c instanceof UnsetTag x) return x.column();
    throw new IllegalArgumentException("not a tag change: " + c);
  }
}
