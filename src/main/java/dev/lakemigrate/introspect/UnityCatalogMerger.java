package dev.lakemigrate.introspect;

import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.Table;
import java.util.Map;

/**
 * Puts what Unity Catalog knows of a table (keys, tags) into the table read from Spark, and marks keys
 * and tags as known, so the differ compares them. A table Unity Catalog says nothing about has no keys
 * and no tags.
 */
final class UnityCatalogMerger {
  private UnityCatalogMerger() {}

  static Table merge(Table table, Map<String, UnityCatalogParser.TableFacts> facts) {
    UnityCatalogParser.TableFacts f = facts.getOrDefault(table.name().name(), UnityCatalogParser.TableFacts.NONE);
    return table.toBuilder()
        .primaryKey(f.primaryKey())
        .foreignKeys(f.foreignKeys())
        .tags(f.tags())
        .columns(table.columns().stream().map(c -> c.withTags(f.tagsOf(c.name()))).toList())
        .known(Aspect.KEYS)
        .known(Aspect.TAGS)
        .build();
  }
}
