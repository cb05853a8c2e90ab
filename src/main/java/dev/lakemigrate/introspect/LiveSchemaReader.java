package dev.lakemigrate.introspect;

import dev.lakemigrate.model.Table;
import java.util.List;
import java.util.function.Predicate;

/** STAND-IN: replaced by the real reader at merge. */
public final class LiveSchemaReader {
  public LiveSchemaReader(MetadataSource source, int parallelism) {}

  public List<Table> read(String catalog, String schema, Predicate<String> tableFilter) {
    throw new UnsupportedOperationException("stand-in");
  }
}
