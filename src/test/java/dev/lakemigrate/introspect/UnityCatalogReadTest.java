package dev.lakemigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.diff.SchemaChange;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.PrimaryKey;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** LiveSchemaReader with a source that has Unity Catalog: one bulk read per schema, keys and tags known. */
class UnityCatalogReadTest {
  private static final String SCHEMA = "{\"type\":\"struct\",\"fields\":["
      + "{\"name\":\"id\",\"type\":\"long\",\"nullable\":false,\"metadata\":{}},"
      + "{\"name\":\"email\",\"type\":\"string\",\"nullable\":true,\"metadata\":{}}]}";

  /** Tables of schema sales with the recorded Unity Catalog rows; counts the bulk reads. */
  static final class UnitySource implements MetadataSource {
    final List<String> factReads = new ArrayList<>();
    final boolean unity;
    RuntimeException failure;

    UnitySource(boolean unity) {
      this.unity = unity;
    }

    @Override
    public List<String> listTables(String catalog, String schema) {
      return List.of("customers", "orders", "plain");
    }

    @Override
    public Optional<RawTable> readTable(TableName name) {
      return Optional.of(new RawTable(name, SCHEMA, List.of(), Map.of(), null, Map.of()));
    }

    @Override
    public Optional<UnityCatalogRows> readUnityCatalogFacts(String catalog, String schema) {
      factReads.add(catalog + "." + schema);
      if (failure != null) throw failure;
      return unity ? Optional.of(UnityCatalogParserTest.recorded()) : Optional.empty();
    }
  }

  @Test
  void readsKeysAndTagsOncePerSchemaAndMarksThemKnown() {
    UnitySource source = new UnitySource(true);

    List<Table> tables = new LiveSchemaReader(source, 2).read("main", "sales", name -> true);

    assertThat(source.factReads).containsExactly("main.sales");
    Table customers = tables.get(0);
    assertThat(customers.unknown()).doesNotContain(Aspect.KEYS, Aspect.TAGS);
    assertThat(customers.primaryKey()).isEqualTo(new PrimaryKey("pk_customers", List.of("id"), true));
    assertThat(customers.tags()).containsEntry("domain", "crm");
    assertThat(customers.column("email").orElseThrow().tags()).containsEntry("pii", "true");
    assertThat(tables.get(1).foreignKeys()).hasSize(2);
    Table plain = tables.get(2);
    assertThat(plain.primaryKey()).isNull();
    assertThat(plain.tags()).isEmpty();
    assertThat(plain.knows(Aspect.KEYS)).as("Unity Catalog says it has none: known empty").isTrue();
  }

  @Test
  void theDifferComparesKeysAndTagsOnceTheyAreKnown() {
    Table live = new LiveSchemaReader(new UnitySource(true), 1).read("main", "sales", "customers"::equals).get(0);
    Table declared = live.toBuilder().primaryKey(new PrimaryKey("pk_customers", List.of("id"), false))
        .tags(Map.of("domain", "crm", "tier", "gold")).build();

    List<SchemaChange> changes = new Differ().diff(List.of(live), List.of(declared), false).changes();

    assertThat(changes).containsExactly(
        new SchemaChange.DropPrimaryKey(live.name(), live.primaryKey()),
        new SchemaChange.AddPrimaryKey(live.name(), declared.primaryKey()),
        new SchemaChange.SetTag(live.name(), null, "tier", null, "gold"));
    assertThat(new Differ().diff(List.of(live), List.of(live), false).changes()).as("read back: in sync").isEmpty();
  }

  @Test
  void withoutUnityCatalogKeysAndTagsStayUnknown() {
    List<Table> tables = new LiveSchemaReader(new UnitySource(false), 2).read("main", "sales", name -> true);

    assertThat(tables).allSatisfy(t -> assertThat(t.unknown()).contains(Aspect.KEYS, Aspect.TAGS));
  }

  @Test
  void aFailedBulkReadNamesTheSchema() {
    UnitySource source = new UnitySource(true);
    source.failure = new IllegalStateException("[INSUFFICIENT_PERMISSIONS] no USE SCHEMA\nmore");

    assertThatThrownBy(() -> new LiveSchemaReader(source, 1).read("main", "sales", name -> true))
        .isInstanceOf(LakemigrateException.class)
        .hasMessage("Cannot read keys and tags of schema main.sales from information_schema: [INSUFFICIENT_PERMISSIONS]"
            + " no USE SCHEMA. Grant USE CATALOG and USE SCHEMA on it to the job's principal, or leave the schema out"
            + " of the declarations.");
  }
}
