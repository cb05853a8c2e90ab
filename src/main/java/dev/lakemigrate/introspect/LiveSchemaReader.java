package dev.lakemigrate.introspect;

import dev.lakemigrate.error.EdgeErrors;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.error.UnityErrors;
import dev.lakemigrate.model.Backups;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.model.TableName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Reads the live state of schemas into the model: lists each schema's tables, then reads every table
 * once (one {@link MetadataSource#readTable} call, never a query per column), on a bounded pool of
 * {@code parallelism} threads, then merges Unity Catalog's keys and tags, read once per schema.
 * Names starting with {@code _} are lakemigrate's own (ledger, lock) and skipped. Tables come back in name order.
 */
public final class LiveSchemaReader {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final MetadataSource source;
  private final int parallelism;

  public LiveSchemaReader(MetadataSource source, int parallelism) {
    if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    this.source = source;
    this.parallelism = parallelism;
  }

  /** Every table of one schema whose name passes {@code tableFilter}. */
  public List<Table> read(String catalog, String schema, Predicate<String> tableFilter) {
    return read(catalog, List.of(schema), tableFilter);
  }

  /** Every table of several schemas of one catalog, in one pool. */
  public List<Table> read(String catalog, Collection<String> schemas, Predicate<String> tableFilter) {
    return readWithBackups(catalog, schemas, tableFilter).tables();
  }

  /** The tables of a schema and the backups guarded rebuilds kept there (names only, from the same listing). */
  public record Listing(List<Table> tables, List<TableName> backups) {
    public Listing {
      tables = List.copyOf(tables);
      backups = List.copyOf(backups);
    }
  }

  /**
   * As {@link #read(String, Collection, Predicate)}, plus the names of the backups ({@link Backups}) of
   * tables whose name passes {@code tableFilter}, in name order; backups are listed, never read.
   */
  public Listing readWithBackups(String catalog, Collection<String> schemas, Predicate<String> tableFilter) {
    List<TableName> names = new ArrayList<>();
    List<TableName> backups = new ArrayList<>();
    for (String schema : schemas) {
      for (String table : source.listTables(catalog, schema)) {
        TableName name = TableName.of(catalog, schema, table);
        if (!table.startsWith("_") && tableFilter.test(table)) names.add(name);
        if (Backups.originalOf(name).map(o -> tableFilter.test(o.name())).orElse(false)) backups.add(name);
      }
    }
    return new Listing(readTables(names), backups.stream().sorted().toList());
  }

  /** The named tables (e.g. the ones an apply touched); a table that does not exist is left out. */
  public List<Table> readTables(Collection<TableName> tables) {
    List<TableName> names = tables.stream().distinct().sorted().toList();
    if (names.isEmpty()) return List.of();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, names.size()), daemonThreads());
    try {
      List<Future<Optional<Table>>> reads = new ArrayList<>();
      for (TableName name : names) reads.add(pool.submit(() -> readOne(name)));
      List<Table> result = new ArrayList<>();
      for (Future<Optional<Table>> read : reads) await(read).ifPresent(result::add);
      return withUnityCatalogFacts(result);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Keys and tags from Unity Catalog: one bulk read per schema ({@link MetadataSource#readUnityCatalogFacts}),
   * merged into its tables. Where the source has none (open-source Delta) the tables stay as read, with
   * keys and tags unknown.
   */
  private List<Table> withUnityCatalogFacts(List<Table> tables) {
    Map<List<String>, Optional<Map<String, UnityCatalogParser.TableFacts>>> bySchema = new LinkedHashMap<>();
    List<Table> out = new ArrayList<>();
    for (Table table : tables) {
      List<String> schema = List.of(table.name().catalog(), table.name().schema());
      Optional<Map<String, UnityCatalogParser.TableFacts>> facts = bySchema.computeIfAbsent(schema,
          s -> unityCatalogFacts(s.get(0), s.get(1)));
      out.add(facts.map(f -> UnityCatalogMerger.merge(table, f)).orElse(table));
    }
    return out;
  }

  private Optional<Table> readOne(TableName name) {
    try {
      return source.readTable(name).map(LiveTableMapper::toTable);
    } catch (LakemigrateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new LakemigrateException(ErrorCode.INTERNAL, EdgeErrors.cannotIntrospect(name, message(e)), List.of(), e);
    }
  }

  private Optional<Map<String, UnityCatalogParser.TableFacts>> unityCatalogFacts(String catalog, String schema) {
    try {
      return source.readUnityCatalogFacts(catalog, schema).map(UnityCatalogParser::parse);
    } catch (LakemigrateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new LakemigrateException(ErrorCode.INTERNAL, UnityErrors.cannotReadUnityCatalog(catalog, schema, message(e)),
          List.of(), e);
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading live tables", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "lakemigrate-introspect-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
