package dev.lakemigrate.bench;

import dev.lakemigrate.apply.Executor;
import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.RunContext;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.declare.DeclarationLoader;
import dev.lakemigrate.declare.Declarations;
import dev.lakemigrate.declare.Defaults;
import dev.lakemigrate.diff.Differ;
import dev.lakemigrate.introspect.LiveSchemaReader;
import dev.lakemigrate.model.Table;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.plan.PlanOptions;
import dev.lakemigrate.plan.Planner;
import dev.lakemigrate.spark.DeltaHistoryStore;
import dev.lakemigrate.spark.DeltaLock;
import dev.lakemigrate.spark.EngineDetector;
import dev.lakemigrate.spark.SparkMetadataSource;
import dev.lakemigrate.spark.SparkSessions;
import dev.lakemigrate.spark.SparkSqlRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * One benchmark measurement per JVM (bench/run starts a fresh one for each): prints one line
 * {@code RESULT {json}} on stdout. Spark's start and a warm-up read of a separate table are setup,
 * never measured. Modes: {@code setup}, {@code plan}, {@code floor}, {@code sequential}, {@code apply},
 * {@code yaml}, {@code scale}; options {@code --key value}.
 */
public final class BenchMain {
  static final String CATALOG = "spark_catalog";
  static final String SCHEMA = "bench";
  static final String WARMUP_SCHEMA = "bench_warmup";

  private final Map<String, String> options;
  private final Map<String, Object> result = new LinkedHashMap<>();

  private BenchMain(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    BenchMain bench = new BenchMain(options);
    bench.run(args[0]);
    System.out.println("RESULT " + Json.object(bench.result));
    System.out.flush();
    System.exit(0);
  }

  private void run(String mode) throws Exception {
    switch (mode) {
      case "yaml" -> BenchTables.writeYaml(Path.of(opt("dir")), n(), Integer.parseInt(opt("version")));
      case "scale" -> scale();
      case "setup" -> setup();
      case "plan" -> plan();
      case "floor" -> floor();
      case "sequential" -> sequential();
      case "apply" -> apply();
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  /** Plans the declarations of --decl against an empty live state, no Spark (run it with -Xmx1g). */
  private void scale() {
    long start = System.nanoTime();
    Declarations declared = load(opt("decl"));
    Plan plan = new Planner().plan(new Differ().diff(List.of(), declared.tables(), false), Engine.databricks("17.3"),
        PlanOptions.DEFAULT);
    result.put("tables", declared.tables().size());
    result.put("statements", plan.statements().size());
    result.put("ms", ms(start));
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    result.put("heap_peak_mb", peak >> 20);
    result.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Creates the tables on a few threads (DDL on different tables runs concurrently; not measured). */
  private void setup() throws Exception {
    long start = System.nanoTime();
    SparkSession spark = session();
    spark.sql("CREATE SCHEMA IF NOT EXISTS `" + WARMUP_SCHEMA + "`");
    spark.sql("CREATE TABLE IF NOT EXISTS `" + WARMUP_SCHEMA + "`.w (id BIGINT, dt DATE) USING DELTA"
        + " PARTITIONED BY (dt) TBLPROPERTIES ('k' = 'v')");
    spark.sql("CREATE SCHEMA IF NOT EXISTS `" + SCHEMA + "`");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<?>> creates = new ArrayList<>();
    for (int i = 0; i < n(); i++) {
      List<String> ddl = BenchTables.ddl(CATALOG, SCHEMA, i);
      creates.add(pool.submit(() -> ddl.forEach(spark::sql)));
    }
    for (java.util.concurrent.Future<?> f : creates) f.get();
    pool.shutdown();
    result.put("tables", n());
    result.put("setup_ms", ms(start));
  }

  private void plan() throws Exception {
    SparkSession spark = warmSession();
    Declarations declared = load(opt("decl"));
    CatalogCalls calls = new CatalogCalls(latency());
    long start = System.nanoTime();
    Plan plan = plan(spark, declared, calls);
    result.put("ms", ms(start));
    result.put("tables", declared.tables().size());
    result.put("queries", calls.count());
    result.put("statements", plan.statements().size());
    result.put("changes", plan.changes().size());
  }

  private Plan plan(SparkSession spark, Declarations declared, CatalogCalls calls) {
    LiveSchemaReader reader = new LiveSchemaReader(new SparkMetadataSource(spark, calls), parallelism());
    List<Table> live = reader.read(CATALOG, SCHEMA, name -> true);
    return new Planner().plan(new Differ().diff(live, declared.tables(), false), EngineDetector.detect(spark),
        PlanOptions.DEFAULT);
  }

  private void floor() throws Exception {
    SparkSession spark = warmSession();
    CatalogCalls calls = new CatalogCalls(latency());
    long start = System.nanoTime();
    int tables = new FloorReader(spark, calls, parallelism()).read(CATALOG, SCHEMA);
    result.put("ms", ms(start));
    result.put("tables", tables);
    result.put("queries", calls.count());
  }

  private void sequential() throws Exception {
    SparkSession spark = warmSession();
    CatalogCalls calls = new CatalogCalls(latency());
    long start = System.nanoTime();
    int tables = new SequentialReader(spark, calls).read(CATALOG, SCHEMA);
    result.put("ms", ms(start));
    result.put("tables", tables);
    result.put("queries", calls.count());
  }

  /** The additive change set through the real executor (ledger, lock, re-plan); commits from DESCRIBE HISTORY. */
  private void apply() throws Exception {
    SparkSession spark = warmSession();
    Declarations declared = load(opt("decl"));
    SqlRunner sql = new SparkSqlRunner(spark);
    Map<String, Long> before = versions(sql, declared);
    HistoryStore history = DeltaHistoryStore.inSchema(sql, CATALOG, SCHEMA);
    history.ensureExists();
    Executor executor = new Executor(sql, history, DeltaLock.inSchema(sql, CATALOG, SCHEMA), Duration.ofMinutes(15),
        Duration.ZERO, line -> {});
    RunContext context = new RunContext(UUID.randomUUID().toString(), "apply", "bench", "bench", "bench", null,
        declared.checksum(), null);
    long start = System.nanoTime();
    Supplier<Plan> replan = () -> plan(spark, declared, new CatalogCalls(0));
    Plan plan = replan.get();
    long planned = System.nanoTime();
    executor.apply(plan, context, replan);
    result.put("ms", ms(start));
    result.put("plan_ms", (planned - start) / 1_000_000);
    Map<String, Long> after = versions(sql, declared);
    long commits = 0;
    for (Map.Entry<String, Long> e : after.entrySet()) commits += e.getValue() - before.get(e.getKey());
    result.put("tables", declared.tables().size());
    result.put("statements", plan.statements().size());
    result.put("changes", plan.changes().size());
    result.put("commits", commits);
    result.put("sample_statements", plan.statements().stream().filter(s -> s.sql().contains("t00001"))
        .map(s -> s.sql()).toList());
  }

  private static Map<String, Long> versions(SqlRunner sql, Declarations declared) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Table t : declared.tables()) {
      Object v = sql.query("DESCRIBE HISTORY " + t.name().toSql() + " LIMIT 1").get(0).get("version");
      out.put(t.name().name(), ((Number) v).longValue());
    }
    return out;
  }

  private SparkSession session() {
    return SparkSessions.local(Path.of(opt("warehouse")));
  }

  /** The session, after one read of every kind on a table outside the measured schema (class loading, JIT). */
  private SparkSession warmSession() throws Exception {
    long start = System.nanoTime();
    SparkSession spark = session();
    String w = "`" + CATALOG + "`.`" + WARMUP_SCHEMA + "`.w";
    new SparkMetadataSource(spark).readTable(dev.lakemigrate.model.TableName.of(CATALOG, WARMUP_SCHEMA, "w"));
    spark.sql("DESCRIBE TABLE " + w).collectAsList();
    spark.sql("DESCRIBE DETAIL " + w).collectAsList();
    spark.catalog().listTables("`" + CATALOG + "`.`" + WARMUP_SCHEMA + "`").collectAsList();
    result.put("startup_ms", ms(start));
    return spark;
  }

  private Declarations load(String dir) {
    return new DeclarationLoader(new Defaults(CATALOG, SCHEMA)).load(Path.of(dir));
  }

  private String opt(String key) {
    String v = options.get(key);
    if (v == null) throw new IllegalArgumentException("missing --" + key);
    return v;
  }

  private int n() {
    return Integer.parseInt(opt("n"));
  }

  private long latency() {
    return Long.parseLong(options.getOrDefault("latency", "0"));
  }

  private int parallelism() {
    return Integer.parseInt(options.getOrDefault("parallelism", "8"));
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Just enough JSON for flat results (numbers, strings, lists of strings). */
  static final class Json {
    private Json() {}

    static String object(Map<String, Object> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, v) -> parts.add(string(k) + ":" + value(v)));
      return "{" + String.join(",", parts) + "}";
    }

    private static String value(Object v) {
      if (v instanceof Number || v instanceof Boolean) return v.toString();
      if (v instanceof List<?> l) return "[" + String.join(",", l.stream().map(BenchMain.Json::value).toList()) + "]";
      return string(String.valueOf(v));
    }

    private static String string(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }
}
