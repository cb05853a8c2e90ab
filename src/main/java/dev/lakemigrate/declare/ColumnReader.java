package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimitiveType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One entry of {@code columns:} → a {@link Column}, with its column-level check and foreign key. */
final class ColumnReader {
  /** A column as declared: the model column plus what becomes table-level constraints. */
  record DeclaredColumn(Column column, SourceLocation at, Located<String> check, Located<Node.Mapping> foreignKey,
      Located<String> renamedFrom) {}

  private final String table;
  private final Problems problems;

  ColumnReader(String table, Problems problems) {
    this.table = table;
    this.problems = problems;
  }

  Optional<DeclaredColumn> read(Node node) {
    if (!(node instanceof Node.Mapping mapping)) {
      problems.add(DeclareErrors.wrongType(node.at().toString(), "columns", "table " + table, "a mapping per column", node.describe()));
      return Optional.empty();
    }
    String name = nameOf(mapping).orElse("?");
    String what = nameOf(mapping).map(n -> "column " + n).orElse("a column") + " of table " + table;
    MappingReader r = new MappingReader(mapping, what, problems);
    r.allowOnly(DeclarationKeys.COLUMN);
    Optional<Located<String>> declaredName = r.requiredString("name");
    FieldReader fields = new FieldReader(table, problems);
    Optional<DataType> type = fields.type(r, what, FieldPath.of(name));
    boolean nullable = r.bool("nullable", true);
    String defaultExpression = expression(r, "default", "the default of " + what);
    String backfill = expression(r, "backfill", "the backfill of " + what);
    Optional<Located<String>> check = r.string("check");
    check.ifPresent(c -> checkExpression(c, "the check of " + what));
    Optional<Node.Mapping> foreignKey = r.mapping("foreign_key");
    foreignKey.ifPresent(fk -> new MappingReader(fk, "the foreign_key of " + what, problems)
        .allowOnly(DeclarationKeys.FOREIGN_KEY));
    String comment = r.string("comment").map(Located::value).orElse(null);
    Map<String, String> tags = tags(r);
    Optional<Located<String>> renamedFrom = r.string("renamed_from");
    Generated generated = generated(r, name, type.orElse(null), defaultExpression);
    if (declaredName.isEmpty() || type.isEmpty()) return Optional.empty();
    Column column = new Column(name, type.get(), nullable, defaultExpression, generated, comment,
        tags, renamedFrom.map(Located::value).orElse(null), backfill, fields.renames());
    return Optional.of(new DeclaredColumn(column, declaredName.get().at(), check.orElse(null),
        foreignKey.map(fk -> new Located<>(fk, r.at("foreign_key"))).orElse(null), renamedFrom.orElse(null)));
  }

  static Map<String, String> tags(MappingReader r) {
    Map<String, String> tags = new LinkedHashMap<>();
    r.scalarMap("tags", true).forEach((k, v) -> tags.put(k, v.value()));
    return tags;
  }

  /** The scalar under {@code key} as written, to name a mapping in messages before it is read. */
  static Optional<String> scalarOf(Node node, String key) {
    if (!(node instanceof Node.Mapping mapping)) return Optional.empty();
    return mapping.entry(key).map(Node.Entry::value)
        .filter(v -> v instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank())
        .map(v -> ((Node.Scalar) v).text());
  }

  static Optional<String> nameOf(Node node) {
    return scalarOf(node, "name");
  }

  /** The {@code name:} scalar of a column mapping with its location, before the column is read. */
  static Optional<Node.Scalar> nameNodeOf(Node node) {
    if (!(node instanceof Node.Mapping mapping)) return Optional.empty();
    return mapping.entry("name").map(Node.Entry::value)
        .filter(v -> v instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank())
        .map(v -> (Node.Scalar) v);
  }

  private String expression(MappingReader r, String key, String what) {
    Optional<Located<String>> text = r.scalar(key);
    text.ifPresent(t -> checkExpression(t, what));
    return text.map(t -> t.value().strip()).orElse(null);
  }

  private void checkExpression(Located<String> text, String what) {
    ExpressionChecker.problem(text.value())
        .ifPresent(p -> problems.add(DeclareErrors.notSingleExpression(text.at().toString(), what, p)));
  }

  private Generated generated(MappingReader r, String name, DataType type, String defaultExpression) {
    Optional<Located<String>> text = r.string("generated");
    if (text.isEmpty()) return null;
    String at = text.get().at().toString();
    Optional<Generated> generated = GeneratedSyntax.parse(text.get().value());
    if (generated.isEmpty()) {
      problems.add(DeclareErrors.unparseableGenerated(at, table, name, text.get().value()));
      return null;
    }
    if (defaultExpression != null) problems.add(DeclareErrors.generatedWithDefault(at, table, name));
    if (generated.get() instanceof Generated.Identity identity) {
      if (type != null && !type.equals(PrimitiveType.BIGINT)) {
        problems.add(DeclareErrors.identityNotBigint(at, table, name, type.toSql()));
      }
      if (identity.step() != null && identity.step() == 0) problems.add(DeclareErrors.identityZeroStep(at, table, name));
    } else if (generated.get() instanceof Generated.Expression expression) {
      checkExpression(new Located<>(expression.expression(), text.get().at()), "the generation of column "
          + name + " of table " + table);
    }
    return generated.get();
  }
}
