package dev.lakemigrate.cli;

import dev.lakemigrate.apply.FaultySqlRunner;
import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.Lock;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.introspect.MetadataSource;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.spark.DeltaHistoryStore;
import dev.lakemigrate.spark.DeltaLock;
import dev.lakemigrate.spark.SparkSessions;
import dev.lakemigrate.spark.SparkSqlRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * A separate JVM of {@link CrossProcessApplyIT}: {@code <control-dir> <id> <warehouse> <metastore-url> <test-pid>}.
 * It opens the local session on the shared metastore at once (the session the command line then gets
 * from {@code getOrCreate}), says so with {@code <id>.up}, then runs the commands {@code <id>-<n>.cmd}
 * in order and answers each with {@code <id>-<n>.result}:
 * {@code setup} runs SQL and creates ledgers and locks; {@code cli} runs the command line in
 * {@code threads} threads at once (after {@code <id>-<n>.waiting}, when the file {@code go} appears),
 * recording the plan statements each run executed, and with {@code haltAfter=k} the JVM dies (halt,
 * no shutdown hooks, no lock release) right after the k-th; {@code exit} ends the JVM, and so does the
 * test JVM's end.
 */
public final class ApplyChild {
  static final int HALT_EXIT = 137;

  private ApplyChild() {}

  public static void main(String[] args) {
    ProcessHandle test = ProcessHandle.of(Long.parseLong(args[4])).orElseThrow();
    try {
      serve(Path.of(args[0]), args[1], Path.of(args[2]), args[3], () -> test.isAlive() ? null : "the test JVM is gone");
      System.exit(0);
    } catch (RuntimeException | Error e) {
      e.printStackTrace();
      Runtime.getRuntime().halt(1); // Spark's threads would keep a JVM alive whose test has ended
    }
  }

  private static void serve(Path control, String id, Path warehouse, String metastoreUrl, Supplier<String> testGone) {
    SparkSession spark = SparkSessions.local(warehouse, SparkSessions.DEFAULT_LOCAL_MASTER, metastoreUrl, Map.of());
    // No query yet: the first one creates the metastore's schema, which the setup command does in one JVM only.
    ControlFiles.write(control.resolve(id + ".up"), new Properties());
    for (int n = 1; ; n++) {
      String name = id + "-" + n;
      Properties command = ControlFiles.await(control.resolve(name + ".cmd"), Duration.ofMinutes(15), testGone);
      String action = command.getProperty("action");
      if (action.equals("exit")) break;
      Properties result;
      try {
        result = action.equals("setup") ? setup(spark, command) : cli(command, control, name, testGone);
      } catch (Exception | Error e) {
        result = new Properties();
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        result.setProperty("error", trace.toString());
      }
      ControlFiles.write(control.resolve(name + ".result"), result);
    }
    spark.stop();
  }

  /** Runs {@code sql.*} in order, then creates the ledger and the lock of each schema in {@code ledgers.*}. */
  private static Properties setup(SparkSession spark, Properties command) {
    SqlRunner sql = new SparkSqlRunner(spark);
    ControlFiles.getList(command, "sql").forEach(sql::execute);
    for (String schema : ControlFiles.getList(command, "ledgers")) {
      DeltaHistoryStore.inSchema(sql, "spark_catalog", schema).ensureExists();
      DeltaLock.inSchema(sql, "spark_catalog", schema).acquire("setup", Duration.ofSeconds(1), Duration.ZERO).close();
    }
    return new Properties();
  }

  private record ThreadRun(CliRunner.Run run, List<String> executed, long millis) {}

  private static Properties cli(Properties command, Path control, String name, Supplier<String> testGone) throws Exception {
    CliRunner cli = new CliRunner(Path.of(command.getProperty("workdir")), ControlFiles.getList(command, "options").toArray(String[]::new));
    if (Boolean.parseBoolean(command.getProperty("warm"))) cli.run(null, "plan");
    int threads = Integer.parseInt(command.getProperty("threads", "1"));
    int haltAfter = Integer.parseInt(command.getProperty("haltAfter", "0"));
    String[] args = ControlFiles.getList(command, "args").toArray(String[]::new);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<ThreadRun>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(pool.submit(() -> {
        AtomicReference<FaultySqlRunner> recorder = new AtomicReference<>();
        go.await();
        long start = System.nanoTime();
        CliRunner.Run run = cli.run(settings -> recorded(settings, recorder, haltAfter), args);
        List<String> executed = recorder.get() == null ? List.of() : recorder.get().executed();
        return new ThreadRun(run, executed, (System.nanoTime() - start) / 1_000_000);
      }));
    }
    ControlFiles.write(control.resolve(name + ".waiting"), new Properties());
    String goFile = command.getProperty("go");
    if (goFile != null) ControlFiles.await(control.resolve(goFile), Duration.ofMinutes(5), testGone);
    go.countDown();
    Properties result = new Properties();
    result.setProperty("runs", String.valueOf(threads));
    for (int i = 0; i < threads; i++) {
      ThreadRun r = futures.get(i).get();
      result.setProperty("run." + i + ".exit", String.valueOf(r.run().exitCode()));
      result.setProperty("run." + i + ".stdout", r.run().stdout());
      result.setProperty("run." + i + ".stderr", r.run().stderr());
      result.setProperty("run." + i + ".millis", String.valueOf(r.millis()));
      ControlFiles.putList(result, "run." + i + ".executed", r.executed());
    }
    pool.shutdown();
    return result;
  }

  /** The product's Spark backend, with its plan statements recorded (and the JVM halted after the k-th, if asked). */
  private static Backend recorded(Settings settings, AtomicReference<FaultySqlRunner> into, int haltAfter) {
    Backend real = SparkBackend.start(settings);
    FaultySqlRunner recorder = new FaultySqlRunner(real.sql());
    into.set(recorder);
    SqlRunner statements = haltAfter == 0 ? recorder : new SqlRunner() {
      @Override public void execute(String sql) {
        recorder.execute(sql);
        if (recorder.calls() == haltAfter) Runtime.getRuntime().halt(HALT_EXIT);
      }

      @Override public List<Map<String, Object>> query(String sql) {
        return recorder.query(sql);
      }
    };
    return new StatementsBackend(real, statements);
  }

  /** A backend whose plan statements go through {@code sql}; ledger and lock stay on the real one's runner. */
  private record StatementsBackend(Backend real, SqlRunner sql) implements Backend {
    @Override public MetadataSource metadata() { return real.metadata(); }
    @Override public Engine engine() { return real.engine(); }
    @Override public HistoryStore history(TableName table) { return real.history(table); }
    @Override public Lock lock(TableName table) { return real.lock(table); }
    @Override public String currentUser() { return real.currentUser(); }
  }
}
