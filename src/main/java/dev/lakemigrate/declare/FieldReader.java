package dev.lakemigrate.declare;

import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.declare.RenameRules.Sibling;
import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.TypeParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code type:} of a column or field: a Spark SQL type string, or {@code type: STRUCT} with
 * {@code fields:} read recursively. Collects the {@code renamed_from} of nested fields as paths in
 * declared names ({@code address.geo.latitude} → {@code lat}); one reader per column.
 */
final class FieldReader {
  private final String table;
  private final Problems problems;
  private final Map<FieldPath, String> renames = new LinkedHashMap<>();

  FieldReader(String table, Problems problems) {
    this.table = table;
    this.problems = problems;
  }

  /** The nested renames read so far, keyed by the field's declared path. */
  Map<FieldPath, String> renames() {
    return renames;
  }

  /** {@code type:} as a Spark SQL string, or {@code type: STRUCT} with {@code fields:}. */
  Optional<DataType> type(MappingReader r, String what, FieldPath path) {
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

  private Optional<DataType> struct(List<Node> items, FieldPath path) {
    List<StructField> fields = new ArrayList<>();
    List<Sibling> siblings = new ArrayList<>();
    Map<String, SourceLocation> seen = new LinkedHashMap<>();
    boolean complete = true;
    for (Node item : items) {
      Optional<StructField> field = field(item, path, seen, siblings);
      field.ifPresent(fields::add);
      complete &= field.isPresent();
    }
    RenameRules.check("field", table, siblings, problems);
    return complete ? Optional.of(new StructType(fields)) : Optional.empty();
  }

  private Optional<StructField> field(Node node, FieldPath parent, Map<String, SourceLocation> seen, List<Sibling> siblings) {
    if (!(node instanceof Node.Mapping mapping)) {
      problems.add(DeclareErrors.wrongType(node.at().toString(), "fields", "column " + parent + " of table "
          + table, "a mapping per field", node.describe()));
      return Optional.empty();
    }
    FieldPath path = parent.child(ColumnReader.nameOf(mapping).orElse("?"));
    String what = ColumnReader.nameOf(mapping).map(n -> "field " + path).orElse("a field of " + parent) + " of table " + table;
    MappingReader r = new MappingReader(mapping, what, problems);
    r.allowOnly(DeclarationKeys.FIELD);
    Optional<Located<String>> name = r.requiredString("name");
    name.ifPresent(n -> firstDeclaration(seen, path.toString(), n.at()));
    Optional<DataType> type = type(r, what, path);
    boolean nullable = r.bool("nullable", true);
    String comment = r.string("comment").map(Located::value).orElse(null);
    Optional<Located<String>> renamedFrom = r.string("renamed_from");
    if (name.isEmpty()) return Optional.empty();
    siblings.add(new Sibling(name.get().value(), path.toString(), name.get().at(), renamedFrom.orElse(null)));
    renamedFrom.ifPresent(old -> renames.put(path, old.value()));
    if (type.isEmpty()) return Optional.empty();
    return Optional.of(new StructField(name.get().value(), type.get(), nullable, comment));
  }

  private void firstDeclaration(Map<String, SourceLocation> seen, String path, SourceLocation at) {
    SourceLocation first = seen.putIfAbsent(path.toLowerCase(Locale.ROOT), at);
    if (first != null) problems.add(DeclareErrors.duplicateColumn(at.toString(), table, path, first.toString()));
  }
}
