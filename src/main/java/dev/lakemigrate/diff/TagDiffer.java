package dev.lakemigrate.diff;

import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Map;

/**
 * Tags, per key. Like table properties, only the keys a declaration names are compared (governance
 * tags set by others are left alone); a key declared with a null value means "remove it".
 */
final class TagDiffer {
  private TagDiffer() {}

  /** @param column null for table tags */
  static void diff(TableName table, String column, Map<String, String> live, Map<String, String> declared,
      List<SchemaChange> out) {
    for (Map.Entry<String, String> want : declared.entrySet()) {
      String key = want.getKey();
      String have = live.get(key);
      if (want.getValue() == null) {
        if (live.containsKey(key)) out.add(new SchemaChange.UnsetTag(table, column, key, have));
      } else if (!want.getValue().equals(have)) {
        out.add(new SchemaChange.SetTag(table, column, key, have, want.getValue()));
      }
    }
  }
}
