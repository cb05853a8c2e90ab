package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema and the loader accept the same keys, and every fixture validates. */
class DeclarationSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode schemaNode() throws IOException {
    try (InputStream in = DeclarationSchemaTest.class.getResourceAsStream("/lakemigrate-declaration.schema.json")) {
      assertThat(in).as("the schema ships on the classpath").isNotNull();
      return JSON.readTree(in);
    }
  }

  private static Set<String> keys(JsonNode schema, String definition) {
    Set<String> keys = new LinkedHashSet<>();
    schema.path("definitions").path(definition).path("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void schemaKeysEqualTheLoaderKeysAtEveryLevel() throws IOException {
    JsonNode schema = schemaNode();
    Map<String, Set<String>> levels = Map.of(
        "file", DeclarationKeys.FILE, "table", DeclarationKeys.TABLE, "column", DeclarationKeys.COLUMN,
        "field", DeclarationKeys.FIELD, "element", DeclarationKeys.ELEMENT, "primary_key", DeclarationKeys.PRIMARY_KEY,
        "foreign_key", DeclarationKeys.FOREIGN_KEY, "check_constraint", DeclarationKeys.CHECK_CONSTRAINT);
    levels.forEach((definition, loaderKeys) ->
        assertThat(keys(schema, definition)).as(definition).containsExactlyElementsOf(loaderKeys));
  }

  @Test
  void everyFixtureThatLoadsValidatesAgainstTheSchema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode());
    List<Path> fixtures = new ArrayList<>();
    for (String dir : List.of("seed", "format", "indexed")) {
      try (Stream<Path> files = Files.walk(Path.of("src/test/resources/declare", dir))) {
        files.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().forEach(fixtures::add);
      }
    }
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(5);
    for (Path fixture : fixtures) {
      Set<ValidationMessage> errors = schema.validate(YAML.readTree(fixture.toFile()));
      assertThat(errors).as(fixture.toString()).isEmpty();
    }
    java.util.regex.Matcher docExamples = java.util.regex.Pattern.compile("```yaml\\n(.*?)```",
        java.util.regex.Pattern.DOTALL).matcher(Files.readString(Path.of("docs/yaml-format.md")));
    while (docExamples.find()) {
      if (!docExamples.group(1).contains("columns")) continue;
      assertThat(schema.validate(YAML.readTree(docExamples.group(1)))).as(docExamples.group(1)).isEmpty();
    }
  }

  @Test
  void theSchemaRefusesWhatTheLoaderRefuses() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode());
    for (String bad : List.of(
        "table: t\ncolums: []\n",
        "table: t\ncolumns: [{name: a}]\n",
        "table: t\ncolumns: [{name: a, type: INT, nullable: \"yes\"}]\n",
        "table: t\ncolumns: [{name: a, type: INT}]\nliquid_clustering: [a, a, a, a, a]\n",
        "table: t\ncolumns: [{name: a, type: INT}]\ntable_properties: {delta.constraints.x: \"a > 0\"}\n",
        "tables: [{table: t, columns: []}]\nschemas: x\n",
        "table: _t\ncolumns: [{name: a, type: INT}]\n",
        "table: s.t\ncolumns: [{name: a, type: INT}]\n",
        "table: \"t; DROP TABLE x\"\ncolumns: [{name: a, type: INT}]\n",
        "table: t\nschema: \"a-b\"\ncolumns: [{name: a, type: INT}]\n",
        "table: t\ncatalog: \"c`d\"\ncolumns: [{name: a, type: INT}]\n",
        "table: t\nallow_rebuild: \"yes\"\ncolumns: [{name: a, type: INT}]\n",
        "table: t\ncolumns: [{name: a, type: ARRAY}]\n",
        "table: t\ncolumns: [{name: a, type: MAP, value: {type: INT}}]\n",
        "table: t\ncolumns: [{name: a, type: STRUCT}]\n",
        "table: t\ncolumns: [{name: a, type: ARRAY, element: {type: INT, nullable: false}}]\n",
        "table: t\ncolumns: [{name: a, type: ARRAY, element: {type: ARRAY}}]\n",
        "table: t\ncolumns: [{name: a, type: ARRAY, element: {type: STRUCT, fields: [{name: x}]}}]\n")) {
      assertThat(schema.validate(YAML.readTree(bad))).as(bad).isNotEmpty();
    }
  }
}
