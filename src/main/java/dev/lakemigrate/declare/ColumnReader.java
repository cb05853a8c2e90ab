package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.TypeParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One entry of {@code columns:} → a {@link Column}, with its column-level check and foreign key. */
final class ColumnReader {
  /** A column as declared: the model column plus what becomes table-level constraints. */
  record DeclaredColumn(Column column, SourceLocation at, Located<String> check, Located<Node.Mapping> foreignKey) {}

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
    Optional<DataType> type = type(r, what, name);
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
    String renamedFrom = r.string("renamed_from").map(Located::value).orElse(null);
    Generated generated = generated(r, name, type.orElse(null), defaultExpression);
    if (declaredName.isEmpty() || type.isEmpty()) return Optional.empty();
    Column column = new Column(name, type.get(), nullable, defaultExpression, generated, comment,
        tags, renamedFrom, backfill);
    return Optional.of(new DeclaredColumn(column, declaredName.get().at(), check.orElse(null),
        foreignKey.map(fk -> new Located<>(fk, r.at("foreign_key"))).orElse(null)));
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

  /** {@code type:} as a Spark SQL string, or {@code type: STRUCT} with {@code fields:}. */
  private Optional<DataType> type(MappingReader r, String what, String path) {
    Optional<Located<String>> text = r.requiredString("type");
    if (text.isEmpty()) return Optional.empty();
    String typeText = text.get().value().strip();
    boolean bareStruct = typeText.equalsIgnoreCase("STRUCT");
    if (r.has("fields")) {
      if (bareStruct) return struct(r.list("fields"), path);
      problems.add(DeclareErrors.fieldsNeedStruct(r.at("fields").toString(), what, typeText));
      return Optional.empty();
    }
    if (bareStruct) {
      problems.add(DeclareErrors.structNeedsFields(text.get().at().toString(), what));
      return Optional.empty();
    }
    try {
      return Optional.of(TypeParser.parse(typeText));
    } catch (TypeParser.ParseException e) {
      problems.add(DeclareErrors.cannotParseColumnType(text.get().at().toString(), what, e.input(),
          e.reason(), e.offset(), e.suggestion()));
      return Optional.empty();
    }
  }

  private Optional<DataType> struct(List<Node> items, String path) {
    List<StructField> fields = new ArrayList<>();
    Map<String, SourceLocation> seen = new LinkedHashMap<>();
    boolean complete = true;
    for (Node item : items) {
      Optional<StructField> field = field(item, path, seen);
      field.ifPresent(fields::add);
      complete &= field.isPresent();
    }
    return complete ? Optional.of(new StructType(fields)) : Optional.empty();
  }

  private Optional<StructField> field(Node node, String parent, Map<String, SourceLocation> seen) {
    if (!(node instanceof Node.Mapping mapping)) {
      problems.add(DeclareErrors.wrongType(node.at().toString(), "fields", "column " + parent + " of table "
          + table, "a mapping per field", node.describe()));
      return Optional.empty();
    }
    String path = parent + "." + nameOf(mapping).orElse("?");
    String what = nameOf(mapping).map(n -> "field " + path).orElse("a field of " + parent) + " of table " + table;
    MappingReader r = new MappingReader(mapping, what, problems);
    r.allowOnly(DeclarationKeys.FIELD);
    Optional<Located<String>> name = r.requiredString("name");
    name.ifPresent(n -> firstDeclaration(seen, path, n.at()));
    Optional<DataType> type = type(r, what, path);
    boolean nullable = r.bool("nullable", true);
    String comment = r.string("comment").map(Located::value).orElse(null);
    if (name.isEmpty() || type.isEmpty()) return Optional.empty();
    return Optional.of(new StructField(name.get().value(), type.get(), nullable, comment));
  }

  private void firstDeclaration(Map<String, SourceLocation> seen, String path, SourceLocation at) {
    SourceLocation first = seen.putIfAbsent(path.toLowerCase(Locale.ROOT), at);
    if (first != null) problems.add(DeclareErrors.duplicateColumn(at.toString(), table, path, first.toString()));
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
