package dev.lakemigrate.introspect;

import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.Table;

/**
 * One table's raw facts ({@link MetadataSource.RawTable}) → the model. Marks what these reads
 * cannot see as unknown, so it never shows up as drift: identity/generation expressions unless the
 * schema carried their metadata; keys and tags always (they come from Unity Catalog's
 * information_schema, read elsewhere, which clears the mark); clustering when no read told it.
 */
public final class LiveTableMapper {
  private LiveTableMapper() {}

  public static Table toTable(MetadataSource.RawTable raw) {
    SparkSchemaJsonParser.ParsedSchema schema = SparkSchemaJsonParser.parse(raw.schemaJson());
    TablePropertiesParser.ParsedProperties parsed = TablePropertiesParser.parse(raw.properties(), raw.detail());
    Table.Builder table = Table.builder(raw.name())
        .comment(raw.comment() == null || raw.comment().isBlank() ? null : raw.comment())
        .columns(schema.columns())
        .partitionColumns(raw.partitionColumns())
        .unknown(Aspect.KEYS)
        .unknown(Aspect.TAGS);
    parsed.properties().forEach(table::property);
    parsed.checks().forEach(table::check);
    if (parsed.clustering() == null) {
      table.unknown(Aspect.CLUSTERING);
    } else {
      table.clustering(parsed.clustering());
    }
    if (!schema.generationVisible()) table.unknown(Aspect.GENERATED_COLUMNS);
    return table.build();
  }
}
