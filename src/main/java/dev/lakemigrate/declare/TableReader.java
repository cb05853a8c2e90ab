package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.declare.ColumnReader.DeclaredColumn;
import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.ForeignKey;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One table mapping → a {@link Table}. Names default from the file, then from {@link Defaults};
 * {@code comment} is the table comment, {@code description} stands in when there is none.
 */
final class TableReader {
  /** A foreign key as declared, checked against the other tables once all are read. */
  record Reference(TableName from, String column, TableName target, String targetColumn,
      SourceLocation tableAt, SourceLocation columnAt) {}

  /**
   * A table as declared: the model, where its name was written, its outgoing references, and whether
   * its file allows a guarded rebuild ({@code allow_rebuild: true}).
   */
  record DeclaredTable(Table table, SourceLocation at, List<Reference> references, boolean allowRebuild) {}

  private final Problems problems;

  TableReader(Problems problems) {
    this.problems = problems;
  }

  Optional<DeclaredTable> read(Node node, Defaults defaults) {
    if (!(node instanceof Node.Mapping mapping)) {
      problems.add(DeclareErrors.wrongType(node.at().toString(), "tables", "the file", "a mapping per table", node.describe()));
      return Optional.empty();
    }
    String where = ColumnReader.scalarOf(mapping, "table").map(n -> "table " + n).orElse("a table");
    MappingReader r = new MappingReader(mapping, where, problems);
    r.allowOnly(DeclarationKeys.TABLE);
    Optional<Located<String>> name = r.requiredString("table").filter(this::validName);
    String catalog = r.string("catalog").filter(n -> SafeNames.check(n, SafeNames.CATALOG, problems))
        .map(Located::value).orElse(defaults.catalog());
    String schema = r.string("schema").filter(n -> SafeNames.check(n, SafeNames.SCHEMA, problems))
        .map(Located::value).orElse(defaults.schema());
    String tableName = name.map(Located::value).orElse("?");
    ColumnReader columnReader = new ColumnReader(tableName, problems);
    List<DeclaredColumn> columns = columns(r, columnReader, tableName);
    Table.Builder table = Table.builder(TableName.of(catalog, schema, tableName));
    r.string("comment").or(() -> r.string("description")).ifPresent(c -> table.comment(c.value()));
    columns.forEach(c -> table.column(c.column()));
    TableRules rules = new TableRules(tableName, columns, broken(r, columns), problems);
    primaryKey(r, rules).ifPresent(table::primaryKey);
    new CheckConstraintReader(rules, problems).read(r, columns).forEach(table::check);
    layout(r, rules, table);
    properties(r, tableName, table);
    ColumnReader.tags(r).forEach(table::tag);
    List<Reference> references = foreignKeys(columns, table, tableName);
    boolean allowRebuild = r.bool("allow_rebuild", false);
    if (name.isEmpty()) return Optional.empty();
    return Optional.of(new DeclaredTable(table.build(), name.get().at(), references, allowRebuild));
  }

  private boolean validName(Located<String> name) {
    if (name.value().startsWith("_")) {
      problems.add(DeclareErrors.reservedTableName(name.at().toString(), name.value()));
      return false;
    }
    if (name.value().contains(".")) {
      problems.add(DeclareErrors.dottedTableName(name.at().toString(), name.value()));
      return false;
    }
    return SafeNames.check(name, SafeNames.TABLE, problems);
  }

  private List<DeclaredColumn> columns(MappingReader r, ColumnReader reader, String table) {
    if (!r.has("columns")) problems.add(DeclareErrors.missingKey(r.at().toString(), "columns", r.where()));
    if (r.node("columns").filter(n -> n instanceof Node.Sequence s && s.items().isEmpty()).isPresent()) {
      problems.add(DeclareErrors.noColumns(r.at("columns").toString(), table));
    }
    List<DeclaredColumn> columns = new ArrayList<>();
    Map<String, SourceLocation> seen = new LinkedHashMap<>();
    for (Node item : r.list("columns")) {
      // Duplicates are found by name before the column is read, so a column whose type or keys are
      // wrong still counts: every problem is reported in one run.
      Optional<Node.Scalar> name = ColumnReader.nameNodeOf(item);
      if (name.isPresent()) {
        SourceLocation first = seen.putIfAbsent(name.get().text().toLowerCase(Locale.ROOT), name.get().at());
        if (first != null) {
          problems.add(DeclareErrors.duplicateColumn(name.get().at().toString(), table, name.get().text(), first.toString()));
          continue;
        }
      }
      reader.read(item).ifPresent(columns::add);
    }
    RenameRules.check("column", table, columns.stream()
        .map(c -> new RenameRules.Sibling(c.column().name(), c.column().name(), c.at(), c.renamedFrom())).toList(), problems);
    return columns;
  }

  /**
   * Names of declared columns that could not be read (already reported): references to them are
   * not reported again as missing columns.
   */
  private static Set<String> broken(MappingReader r, List<DeclaredColumn> read) {
    Set<String> names = new HashSet<>();
    r.list("columns").forEach(item -> ColumnReader.nameOf(item).ifPresent(n -> names.add(n.toLowerCase(Locale.ROOT))));
    read.forEach(c -> names.remove(c.column().name().toLowerCase(Locale.ROOT)));
    return names;
  }

  private Optional<PrimaryKey> primaryKey(MappingReader table, TableRules rules) {
    Optional<Node.Mapping> mapping = table.mapping("primary_key");
    if (mapping.isEmpty()) return Optional.empty();
    MappingReader r = new MappingReader(mapping.get(), "the primary_key of " + table.where(), problems);
    r.allowOnly(DeclarationKeys.PRIMARY_KEY);
    if (!r.has("columns")) problems.add(DeclareErrors.missingKey(r.at().toString(), "columns", r.where()));
    List<Located<String>> columns = r.names("columns", "a list of column names");
    boolean rely = r.bool("rely", false);
    List<String> resolved = rules.keyColumns(columns);
    if (resolved.isEmpty()) return Optional.empty();
    return Optional.of(new PrimaryKey(ConstraintNames.primaryKey(rules.table()), resolved, rely));
  }

  private void layout(MappingReader r, TableRules rules, Table.Builder table) {
    Optional<Node> clustering = r.node("liquid_clustering");
    boolean auto = clustering.filter(n -> n instanceof Node.Scalar s
        && s.kind() == Node.Scalar.Kind.STRING && s.text().strip().equalsIgnoreCase("auto")).isPresent();
    List<String> clusterBy = auto ? List.of() : rules.clusteringColumns(
        r.names("liquid_clustering", "a list of column names or auto"), r.at("liquid_clustering"));
    List<String> partitionBy = rules.partitionColumns(r.names("partitioned_by", "a list of column names"));
    if (clustering.isPresent() && r.has("partitioned_by")) {
      problems.add(DeclareErrors.clusteringAndPartitioning(r.at("partitioned_by").toString(), rules.table()));
    }
    table.clustering(auto ? Clustering.AUTO : Clustering.of(clusterBy));
    table.partitionColumns(partitionBy);
  }

  private void properties(MappingReader r, String tableName, Table.Builder table) {
    r.scalarMap("table_properties", true).forEach((key, value) -> {
      Optional<String> stored =
          DeltaProperties.check(key, value.value(), value.at().toString(), tableName, problems);
      if (stored.isEmpty()) return;
      if (value.value() == null) {
        table.removedProperty(stored.get());
      } else {
        table.property(stored.get(), value.value());
      }
    });
  }

  private List<Reference> foreignKeys(List<DeclaredColumn> columns, Table.Builder table, String tableName) {
    ConstraintNames names = new ConstraintNames();
    TableName self = table.build().name();
    List<Reference> references = new ArrayList<>();
    for (DeclaredColumn c : columns) {
      if (c.foreignKey() == null) continue;
      MappingReader r = new MappingReader(c.foreignKey().value(),
          "the foreign_key of column " + c.column().name() + " of table " + tableName, problems);
      Optional<Located<String>> target = r.requiredString("table");
      Optional<Located<String>> targetColumn = r.requiredString("column");
      if (target.isEmpty() || targetColumn.isEmpty()) continue;
      Optional<TableName> resolved = resolve(self, target.get());
      if (resolved.isEmpty()) continue;
      String name = names.foreignKey(tableName, c.column().name());
      table.foreignKey(new ForeignKey(name, List.of(c.column().name()), resolved.get(), List.of(targetColumn.get().value())));
      references.add(new Reference(self, c.column().name(), resolved.get(), targetColumn.get().value(),
          target.get().at(), targetColumn.get().at()));
    }
    return references;
  }

  /** {@code table}, {@code schema.table} or {@code catalog.schema.table}, the rest from the declaring table. */
  private Optional<TableName> resolve(TableName self, Located<String> reference) {
    String[] parts = reference.value().strip().split("\\.", -1);
    switch (parts.length) {
      case 1: return Optional.of(TableName.of(self.catalog(), self.schema(), parts[0]));
      case 2: return Optional.of(TableName.of(self.catalog(), parts[0], parts[1]));
      case 3: return Optional.of(TableName.of(parts[0], parts[1], parts[2]));
      default:
        problems.add(DeclareErrors.badTableReference(reference.at().toString(), reference.value()));
        return Optional.empty();
    }
  }
}
