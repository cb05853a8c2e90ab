package dev.lakemigrate.diff;

import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares one existing table with its declaration: columns first ({@link ColumnDiffer}), then
 * CHECKs, keys, clustering, partitioning, comment, properties and tags. Aspects the live side could
 * not see ({@link Table#unknown()}) are never compared.
 */
final class TableDiffer {
  private final ColumnDiffer columns = new ColumnDiffer();

  List<SchemaChange> diff(Table live, Table declared) {
    TableName table = declared.name();
    List<SchemaChange> out = new ArrayList<>(columns.diff(live, declared));
    diffChecks(table, live.checks(), declared.checks(), out);
    if (live.knows(Aspect.KEYS)) {
      diffPrimaryKey(table, live.primaryKey(), declared.primaryKey(), out);
      diffForeignKeys(table, live.foreignKeys(), declared.foreignKeys(), out);
    }
    if (live.knows(Aspect.CLUSTERING) && !sameClustering(live.clustering(), declared.clustering())) {
      out.add(new SchemaChange.ChangeClustering(table, live.clustering(), declared.clustering()));
    }
    if (!Same.names(live.partitionColumns(), declared.partitionColumns())) {
      out.add(new SchemaChange.ChangePartitioning(table, live.partitionColumns(), declared.partitionColumns()));
    }
    if (!Same.text(live.comment(), declared.comment())) {
      out.add(new SchemaChange.ChangeTableComment(table, live.comment(), declared.comment()));
    }
    diffProperties(live, declared, out);
    if (live.knows(Aspect.TAGS)) TagDiffer.diff(table, null, live.tags(), declared.tags(), out);
    return out;
  }

  /** Live order for drops and changes (a changed expression is a drop then an add), then additions. */
  private static void diffChecks(TableName table, List<CheckConstraint> live, List<CheckConstraint> declared,
      List<SchemaChange> out) {
    for (CheckConstraint have : live) {
      Optional<CheckConstraint> want = declared.stream().filter(c -> c.name().equals(have.name())).findFirst();
      if (want.isEmpty()) {
        out.add(new SchemaChange.DropCheck(table, have));
      } else if (!Same.expression(have.expression(), want.get().expression())) {
        out.add(new SchemaChange.DropCheck(table, have));
        out.add(new SchemaChange.AddCheck(table, want.get()));
      }
    }
    for (CheckConstraint want : declared) {
      if (live.stream().noneMatch(c -> c.name().equals(want.name()))) out.add(new SchemaChange.AddCheck(table, want));
    }
  }

  private static void diffPrimaryKey(TableName table, PrimaryKey live, PrimaryKey declared, List<SchemaChange> out) {
    if (live != null && declared != null && samePrimaryKey(live, declared)) return;
    if (live != null) out.add(new SchemaChange.DropPrimaryKey(table, live));
    if (declared != null) out.add(new SchemaChange.AddPrimaryKey(table, declared));
  }

  private static void diffForeignKeys(TableName table, List<ForeignKey> live, List<ForeignKey> declared,
      List<SchemaChange> out) {
    for (ForeignKey have : live) {
      if (declared.stream().noneMatch(k -> sameForeignKey(have, k))) out.add(new SchemaChange.DropForeignKey(table, have));
    }
    for (ForeignKey want : declared) {
      if (live.stream().noneMatch(k -> sameForeignKey(k, want))) out.add(new SchemaChange.AddForeignKey(table, want));
    }
  }

  /** Only keys the declaration names are compared; platform-set properties never show as drift. */
  private static void diffProperties(Table live, Table declared, List<SchemaChange> out) {
    for (Map.Entry<String, String> want : declared.properties().entrySet()) {
      String have = liveProperty(live, want.getKey()).orElse(null);
      if (!Same.propertyValue(have, want.getValue())) {
        out.add(new SchemaChange.SetProperty(declared.name(), want.getKey(), have, want.getValue()));
      }
    }
    for (String key : declared.removedProperties()) {
      liveProperty(live, key).ifPresent(have -> out.add(new SchemaChange.UnsetProperty(declared.name(), key, have)));
    }
  }

  /** Exact key first; {@code delta.*} keys also without case, as Delta treats them. */
  private static Optional<String> liveProperty(Table live, String key) {
    Optional<String> exact = live.property(key);
    if (exact.isPresent() || !Same.lower(key).startsWith("delta.")) return exact;
    return live.properties().entrySet().stream()
        .filter(e -> Same.name(e.getKey(), key)).map(Map.Entry::getValue).findFirst();
  }

  private static boolean sameClustering(Clustering a, Clustering b) {
    return a.auto() == b.auto() && Same.names(a.columns(), b.columns());
  }

  private static boolean samePrimaryKey(PrimaryKey a, PrimaryKey b) {
    return Same.name(a.name(), b.name()) && Same.names(a.columns(), b.columns()) && a.rely() == b.rely();
  }

  private static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
    return Same.name(a.name(), b.name()) && Same.names(a.columns(), b.columns())
        && a.refTable().equals(b.refTable()) && Same.names(a.refColumns(), b.refColumns());
  }
}
