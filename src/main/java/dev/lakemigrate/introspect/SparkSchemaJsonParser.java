package dev.lakemigrate.introspect;

import dev.lakemigrate.error.EdgeErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakemigrate.model.ArrayType;
import dev.lakemigrate.model.CharType;
import dev.lakemigrate.model.Column;
import dev.lakemigrate.model.DataType;
import dev.lakemigrate.model.Generated;
import dev.lakemigrate.model.MapType;
import dev.lakemigrate.model.PrimitiveType;
import dev.lakemigrate.model.StructField;
import dev.lakemigrate.model.StructType;
import dev.lakemigrate.model.VarcharType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns Spark's {@code StructType.json()} into model columns: every type, nullability and comments
 * at every depth, {@code CURRENT_DEFAULT}, and CHAR/VARCHAR restored from
 * {@code __CHAR_VARCHAR_TYPE_STRING} (Spark reads them as STRING). Identity and generation
 * expressions are taken from Delta's field metadata when it is there; open-source Delta strips it
 * from the public schema, and {@link ParsedSchema#generationVisible()} says whether any was seen.
 */
public final class SparkSchemaJsonParser {
  static final String CHAR_VARCHAR = "__CHAR_VARCHAR_TYPE_STRING";
  static final String COMMENT = "comment";
  static final String CURRENT_DEFAULT = "CURRENT_DEFAULT";
  static final String GENERATION_EXPRESSION = "delta.generationExpression";
  static final String IDENTITY_START = "delta.identity.start";
  static final String IDENTITY_STEP = "delta.identity.step";
  static final String IDENTITY_ALLOW_EXPLICIT_INSERT = "delta.identity.allowExplicitInsert";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The columns, and whether the schema showed identity/generation metadata at all. */
  public record ParsedSchema(List<Column> columns, boolean generationVisible) {
    public ParsedSchema {
      columns = List.copyOf(columns);
    }
  }

  private SparkSchemaJsonParser() {}

  public static ParsedSchema parse(String schemaJson) {
    JsonNode root;
    try {
      root = JSON.readTree(schemaJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(EdgeErrors.unreadableSchemaJson(e.getOriginalMessage()), e);
    }
    List<Column> columns = new ArrayList<>();
    boolean generationVisible = false;
    for (JsonNode field : root.path("fields")) {
      JsonNode metadata = field.path("metadata");
      Generated generated = generated(metadata);
      generationVisible |= generated != null || metadata.has(IDENTITY_ALLOW_EXPLICIT_INSERT);
      StructField parsed = field(field);
      columns.add(new Column(parsed.name(), parsed.type(), parsed.nullable(),
          text(metadata, CURRENT_DEFAULT), generated, parsed.comment(), Map.of(), null, null));
    }
    return new ParsedSchema(columns, generationVisible);
  }

  private static StructField field(JsonNode field) {
    String name = field.path("name").asText();
    JsonNode metadata = field.path("metadata");
    DataType type = type(field.path("type"), name);
    String declared = text(metadata, CHAR_VARCHAR);
    if (declared != null) type = restoreCharVarchar(type, CatalogTypeParser.parse(declared));
    return new StructField(name, type, field.path("nullable").asBoolean(true), text(metadata, COMMENT));
  }

  private static DataType type(JsonNode node, String fieldName) {
    if (node.isTextual()) {
      return SparkTypeNames.parse(node.asText()).orElseThrow(
          () -> new IllegalArgumentException(EdgeErrors.unknownSparkType(fieldName, node.asText())));
    }
    String kind = node.path("type").asText();
    switch (kind) {
      case "array":
        return new ArrayType(type(node.path("elementType"), fieldName));
      case "map":
        return new MapType(type(node.path("keyType"), fieldName), type(node.path("valueType"), fieldName));
      case "struct":
        List<StructField> fields = new ArrayList<>();
        for (JsonNode f : node.path("fields")) fields.add(field(f));
        return new StructType(fields);
      default:
        throw new IllegalArgumentException(EdgeErrors.unknownSparkType(fieldName, node.toString()));
    }
  }

  /**
   * Puts the declared CHAR/VARCHAR lengths back into the STRING places of the read type; everything
   * else (nullability, comments) comes from the read type. Shapes that do not line up keep the read type.
   */
  static DataType restoreCharVarchar(DataType read, DataType declared) {
    if (read.equals(PrimitiveType.STRING) && (declared instanceof CharType || declared instanceof VarcharType)) {
      return declared;
    }
    if (read instanceof ArrayType a && declared instanceof ArrayType d) {
      return new ArrayType(restoreCharVarchar(a.element(), d.element()));
    }
    if (read instanceof MapType m && declared instanceof MapType d) {
      return new MapType(restoreCharVarchar(m.key(), d.key()), restoreCharVarchar(m.value(), d.value()));
    }
    if (read instanceof StructType s && declared instanceof StructType d && s.fields().size() == d.fields().size()) {
      List<StructField> fields = new ArrayList<>();
      for (int i = 0; i < s.fields().size(); i++) {
        StructField f = s.fields().get(i);
        fields.add(new StructField(f.name(), restoreCharVarchar(f.type(), d.fields().get(i).type()),
            f.nullable(), f.comment()));
      }
      return new StructType(fields);
    }
    return read;
  }

  private static Generated generated(JsonNode metadata) {
    String expression = text(metadata, GENERATION_EXPRESSION);
    if (expression != null) return new Generated.Expression(expression);
    if (!metadata.has(IDENTITY_START) && !metadata.has(IDENTITY_STEP)) return null;
    boolean always = !metadata.path(IDENTITY_ALLOW_EXPLICIT_INSERT).asBoolean(false);
    return new Generated.Identity(always, longOrNull(metadata, IDENTITY_START), longOrNull(metadata, IDENTITY_STEP));
  }

  private static String text(JsonNode metadata, String key) {
    JsonNode value = metadata.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Long longOrNull(JsonNode metadata, String key) {
    JsonNode value = metadata.get(key);
    return value == null || value.isNull() ? null : value.asLong();
  }
}
