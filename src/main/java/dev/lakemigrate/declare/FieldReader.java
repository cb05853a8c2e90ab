package dev.lakemigrate.declare;

import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.declare.RenameRules.Sibling;
import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.error.ElementFieldErrors;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.FieldPath;
import dev.lakemigrate.model.MapType;
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
 * {@code fields:}, {@code type: ARRAY} with {@code element:}, {@code type: MAP} with {@code key:} and
 * {@code value:}, read recursively. Collects the {@code renamed_from} of nested fields as paths in
 * declared names ({@code address.geo.latitude} → {@code lat}, {@code items.element.sku} →
 * {@code code}); one reader per column.
 */
final class FieldReader {
  /** Each part key and the bare type it belongs to, in documentation order. */
  private static final Map<String, String> OWNER = ordered(
      "fields", "STRUCT", "element", "ARRAY", "key", "MAP", "value", "MAP");
  private static final Map<String, String> EXAMPLE = ordered(
      "element", "ARRAY<STRING>", "key", "MAP<STRING, INT>", "value", "MAP<STRING, INT>");

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

  /**
   * {@code type:} as a Spark SQL string, or bare with its parts: {@code STRUCT} with {@code fields:},
   * {@code ARRAY} with {@code element:}, {@code MAP} with {@code key:} and {@code value:}. The paths of
   * fields inside go through {@code element} / {@code value}, as the differ names them.
   */
  Optional<DataType> type(MappingReader r, String what, FieldPath path) {
    Optional<Located<String>> text = r.requiredString("type");
    if (text.isEmpty()) return Optional.empty();
    String typeText = text.get().value().strip();
    String bare = typeText.toUpperCase(Locale.ROOT);
    if (!partsFit(r, what, bare, typeText) || !partsPresent(r, what, bare, text.get().at())) return Optional.empty();
    switch (bare) {
      case "STRUCT":
        return struct(r.list("fields"), path);
      case "ARRAY":
        return part(r, "element", path).map(ArrayType::new);
      case "MAP":
        Optional<DataType> key = parse(r.string("key"), "key " + path.child("key") + " of table " + table);
        Optional<DataType> value = part(r, "value", path);
        return key.isPresent() && value.isPresent() ? Optional.of(new MapType(key.get(), value.get())) : Optional.empty();
      default:
        return parse(text, what);
    }
  }

  /** Reports each of fields / element / key / value written under a type that has no such part. */
  private boolean partsFit(MappingReader r, String what, String bare, String typeText) {
    boolean fit = true;
    for (Map.Entry<String, String> part : OWNER.entrySet()) {
      if (!r.has(part.getKey()) || part.getValue().equals(bare)) continue;
      String at = r.at(part.getKey()).toString();
      problems.add(part.getKey().equals("fields") ? DeclareErrors.fieldsNeedStruct(at, what, typeText)
          : ElementFieldErrors.partNeedsBareType(at, what, part.getKey(), part.getValue(), typeText));
      fit = false;
    }
    return fit;
  }

  /** Reports each part a bare STRUCT / ARRAY / MAP lacks. */
  private boolean partsPresent(MappingReader r, String what, String bare, SourceLocation typeAt) {
    boolean present = true;
    for (Map.Entry<String, String> part : OWNER.entrySet()) {
      if (!part.getValue().equals(bare) || r.has(part.getKey())) continue;
      String at = typeAt.toString();
      problems.add(bare.equals("STRUCT") ? DeclareErrors.structNeedsFields(at, what)
          : ElementFieldErrors.bareTypeNeedsPart(at, what, bare, part.getKey(), EXAMPLE.get(part.getKey())));
      present = false;
    }
    return present;
  }

  /** The {@code element:} or {@code value:} mapping: a type in the same form as a field's, without name. */
  private Optional<DataType> part(MappingReader r, String key, FieldPath parent) {
    Optional<Node.Mapping> mapping = r.mapping(key);
    if (mapping.isEmpty()) return Optional.empty();
    FieldPath path = parent.child(key);
    String what = key + " " + path + " of table " + table;
    MappingReader part = new MappingReader(withoutNullable(mapping.get(), what), what, problems);
    part.allowOnly(DeclarationKeys.ELEMENT);
    return type(part, what, path);
  }

  /** Reports {@code nullable} with its own message (not "unknown key") and leaves it out. */
  private Node.Mapping withoutNullable(Node.Mapping mapping, String what) {
    mapping.entry("nullable").ifPresent(e -> problems.add(ElementFieldErrors.elementNullability(e.keyAt().toString(), what)));
    return new Node.Mapping(mapping.at(), mapping.entries().stream().filter(e -> !e.key().equals("nullable")).toList());
  }

  private Optional<DataType> parse(Optional<Located<String>> text, String what) {
    if (text.isEmpty()) return Optional.empty();
    try {
      return Optional.of(TypeParser.parse(text.get().value().strip()));
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

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
    return map;
  }

  private void firstDeclaration(Map<String, SourceLocation> seen, String path, SourceLocation at) {
    SourceLocation first = seen.putIfAbsent(path.toLowerCase(Locale.ROOT), at);
    if (first != null) problems.add(DeclareErrors.duplicateColumn(at.toString(), table, path, first.toString()));
  }
}
