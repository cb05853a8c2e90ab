package dev.lakemigrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.model.Aspect;
import dev.lakemigrate.model.CheckConstraint;
import dev.lakemigrate.model.Clustering;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveSchemaReaderTest {
  private static final String SCHEMA_JSON = Fixtures.text("nested-comments-defaults.schema.json");

  /** A source over canned raw tables that counts reads and the largest number in flight. */
  static final class CannedSource implements MetadataSource {
    final Map<String, List<String>> tablesBySchema;
    final Map<TableName, Integer> reads = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile CountDownLatch gate;

    CannedSource(Map<String, List<String>> tablesBySchema) {
      this.tablesBySchema = tablesBySchema;
    }

    @Override
    public List<String> listTables(String catalog, String schema) {
      return tablesBySchema.getOrDefault(schema, List.of());
    }

    @Override
    public Optional<RawTable> readTable(TableName name) {
      reads.merge(name, 1, Integer::sum);
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        if (gate != null) {
          gate.countDown();
          gate.await(2, TimeUnit.SECONDS);
        }
        if (name.name().equals("gone")) return Optional.empty();
        if (name.name().equals("broken")) throw new IllegalStateException("boom\nsecond line");
        return Optional.of(new RawTable(name, SCHEMA_JSON, List.of("n5"),
            Map.of("delta.constraints.ck", "id > 0", "k", "v"), "  ", Map.of()));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Test
  void readsEachTableOnceSkipsOwnTablesAndReturnsNameOrder() {
    CannedSource source = new CannedSource(Map.of(
        "s1", List.of("zeta", "_lakemigrate_history", "alpha", "gone"),
        "s2", List.of("beta")));

    List<Table> tables = new LiveSchemaReader(source, 3).read("main", List.of("s2", "s1"), name -> true);

    assertThat(tables).extracting(t -> t.name().toString())
        .containsExactly("main.s1.alpha", "main.s1.zeta", "main.s2.beta");
    assertThat(source.reads).doesNotContainKey(TableName.of("main", "s1", "_lakemigrate_history"))
        .containsEntry(TableName.of("main", "s1", "gone"), 1)
        .allSatisfy((name, count) -> assertThat(count).isEqualTo(1));
  }

  @Test
  void mapsRawFactsIntoTheModelAndMarksWhatItCannotSee() {
    Table table = new LiveSchemaReader(new CannedSource(Map.of("s", List.of("t"))), 1)
        .read("main", "s", name -> true).get(0);

    assertThat(table.comment()).as("a blank comment is no comment").isNull();
    assertThat(table.columns()).hasSize(10);
    assertThat(table.partitionColumns()).containsExactly("n5");
    assertThat(table.checks()).containsExactly(new CheckConstraint("ck", "id > 0"));
    assertThat(table.properties()).containsExactly(Map.entry("k", "v"));
    assertThat(table.clustering()).isEqualTo(Clustering.NONE);
    assertThat(table.unknown()).containsExactlyInAnyOrder(Aspect.GENERATED_COLUMNS, Aspect.KEYS, Aspect.TAGS);
  }

  @Test
  void readsInParallelOnABoundedPool() {
    CannedSource source = new CannedSource(Map.of("s", List.of("a", "b", "c", "d", "e", "f")));
    source.gate = new CountDownLatch(2);

    new LiveSchemaReader(source, 2).read("main", "s", name -> true);

    assertThat(source.maxInFlight.get()).isEqualTo(2);
  }

  @Test
  void appliesTheTableFilter() {
    CannedSource source = new CannedSource(Map.of("s", List.of("a", "b")));

    assertThat(new LiveSchemaReader(source, 2).read("main", "s", "b"::equals))
        .extracting(t -> t.name().name()).containsExactly("b");
    assertThat(source.reads).containsOnlyKeys(TableName.of("main", "s", "b"));
  }

  @Test
  void aFailedReadNamesTheTable() {
    CannedSource source = new CannedSource(Map.of("s", List.of("broken")));

    assertThatThrownBy(() -> new LiveSchemaReader(source, 2).read("main", "s", name -> true))
        .isInstanceOf(LakemigrateException.class)
        .hasMessage("Cannot read live table main.s.broken: boom. Check that the table is a Delta table you"
            + " may read, then run again.");
  }
}
