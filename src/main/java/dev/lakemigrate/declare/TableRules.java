package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.declare.ColumnReader.DeclaredColumn;
import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.model.CharType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.DecimalType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.VarcharType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the column lists of one table (keys, clustering, partitioning) against its columns and
 * returns them with the columns' declared spelling.
 */
final class TableRules {
  /** Maximum number of liquid clustering columns Delta accepts. */
  static final int MAX_CLUSTERING_COLUMNS = 4;

  /**
   * Delta collects min/max statistics — which clustering needs — only for numeric, string, date and
   * timestamp types (Delta's {@code SkippingEligibleDataType}).
   */
  private static final Set<PrimitiveType.Kind> CLUSTERABLE = EnumSet.of(
      PrimitiveType.Kind.TINYINT, PrimitiveType.Kind.SMALLINT, PrimitiveType.Kind.INT,
      PrimitiveType.Kind.BIGINT, PrimitiveType.Kind.FLOAT, PrimitiveType.Kind.DOUBLE,
      PrimitiveType.Kind.STRING, PrimitiveType.Kind.DATE, PrimitiveType.Kind.TIMESTAMP,
      PrimitiveType.Kind.TIMESTAMP_NTZ);

  private final String table;
  private final List<DeclaredColumn> columns;
  private final Set<String> unreadable;
  private final Problems problems;

  /** {@code unreadable}: lower-case names of declared columns that failed to load (already reported). */
  TableRules(String table, List<DeclaredColumn> columns, Set<String> unreadable, Problems problems) {
    this.table = table;
    this.columns = columns;
    this.unreadable = unreadable;
    this.problems = problems;
  }

  String table() {
    return table;
  }

  static boolean clusterable(DataType type) {
    return type instanceof DecimalType || type instanceof CharType || type instanceof VarcharType
        || (type instanceof PrimitiveType p && CLUSTERABLE.contains(p.kind()));
  }

  List<String> keyColumns(List<Located<String>> names) {
    List<String> resolved = new ArrayList<>();
    for (Located<String> name : names) {
      find(name, "primary_key").ifPresent(c -> {
        if (c.nullable()) problems.add(DeclareErrors.nullableKeyColumn(name.at().toString(), table, c.name()));
        resolved.add(c.name());
      });
    }
    return resolved;
  }

  List<String> clusteringColumns(List<Located<String>> names, SourceLocation listAt) {
    if (names.size() > MAX_CLUSTERING_COLUMNS) {
      problems.add(DeclareErrors.tooManyClusteringColumns(listAt.toString(), table, names.size()));
    }
    List<String> resolved = new ArrayList<>();
    for (Located<String> name : names) {
      find(name, "liquid_clustering").ifPresent(c -> {
        if (!clusterable(c.type())) {
          problems.add(DeclareErrors.unclusterableType(name.at().toString(), table, c.name(), c.type().toSql()));
        }
        resolved.add(c.name());
      });
    }
    return resolved;
  }

  List<String> partitionColumns(List<Located<String>> names) {
    List<String> resolved = new ArrayList<>();
    for (Located<String> name : names) {
      find(name, "partitioned_by").ifPresent(c -> {
        if (c.type().isNested() || c.type().equals(PrimitiveType.VARIANT)) {
          problems.add(DeclareErrors.unpartitionableType(name.at().toString(), table, c.name(), c.type().toSql()));
        }
        resolved.add(c.name());
      });
    }
    return resolved;
  }

  /** Reports the columns a CHECK expression names that the table does not declare. */
  void checkColumns(Located<String> expression, String role) {
    if (ExpressionChecker.problem(expression.value()).isPresent()) return;
    List<String> names = columns.stream().map(c -> c.column().name()).toList();
    for (String unknown : CheckColumns.unknown(expression.value(), names)) {
      if (unreadable.contains(unknown.toLowerCase(Locale.ROOT))) continue;
      problems.add(DeclareErrors.unknownColumn(expression.at().toString(), table, role, unknown));
    }
  }

  private Optional<dev.lakemigrate.model.Column> find(Located<String> name, String role) {
    String wanted = name.value().toLowerCase(Locale.ROOT);
    Optional<dev.lakemigrate.model.Column> column = columns.stream().map(DeclaredColumn::column)
        .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    if (column.isEmpty() && !unreadable.contains(wanted)) problems.add(DeclareErrors.unknownColumn(name.at().toString(), table, role, name.value()));
    return column;
  }
}
