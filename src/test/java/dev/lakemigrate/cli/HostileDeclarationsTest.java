package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lakemigrate.apply.HistoryStore;
import dev.lakemigrate.apply.Lock;
import dev.lakemigrate.apply.RecordingSqlRunner;
import dev.lakemigrate.apply.SqlRunner;
import dev.lakemigrate.introspect.MetadataSource;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.Engine;
import dev.lakemigrate.reliability.ReliabilityReport;
import dev.lakemigrate.reliability.YamlMutator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, part 3: every file of {@code src/test/resources/hostile/} (made by its
 * {@code generate.py}), huge files made here, and 500 seeded mutations of valid files, each through
 * {@code lakemigrate validate} in-process: exit 1, {@code Cannot load declarations} with a
 * {@code file:line:column:} problem inside the schema directory, no stack trace, and no engine (the
 * backend factory fails the test if called). A few also go through {@code plan} over a recording
 * runner that must see no statement. A mutation that stays valid exits 0 and is counted apart.
 */
class HostileDeclarationsTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
  private static final long MUTATION_SEED = 20261121L;
  private static final int MUTATIONS = 500;
  private static final int MAX_OUTPUT_CHARS = 64 * 1024;
  private static final Pattern STACK_TRACE = Pattern.compile("(\\n\\s+at [\\w.$]+\\(|Caused by: |Exception in thread)");

  private static final Map<String, Integer> refusedByCategory = new TreeMap<>();
  private static int corpusFiles;
  private static int hugeFiles;
  private static int mutationsValid;
  private static int mutationsRefused;
  private static int planRuns;

  @TempDir Path dir;

  private record Run(int exitCode, String stdout, String stderr) {}

  private Run cli(Path workDir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), workDir, settings -> {
          throw new AssertionError("validate started an engine");
        }).run(args);
    return new Run(outcome.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Null when the run refused the input the way issue 6 asks; else what is wrong. */
  private static String refusalProblem(Run run, Path schemaDir) {
    String all = run.stdout() + run.stderr();
    if (run.exitCode() != 1) return "exit code " + run.exitCode();
    if (STACK_TRACE.matcher(all).find()) return "stack trace in the output";
    if (all.length() > MAX_OUTPUT_CHARS) return "output of " + all.length() + " characters";
    if (!run.stderr().startsWith("Cannot load declarations: ")) return "no 'Cannot load declarations' headline";
    String root = schemaDir.toString().replace('\\', '/');
    Pattern located = Pattern.compile("(?m)^- " + Pattern.quote(root) + "/[^:\\n]+\\.ya?ml:\\d+:\\d+: Cannot ");
    if (!located.matcher(run.stderr()).find()) return "no problem naming a file, line and column";
    return null;
  }

  private Path schemaWith(String name, byte[] bytes) throws IOException {
    Path schema = Files.createTempDirectory(dir, "case").resolve("schema");
    Files.createDirectories(schema);
    Files.write(schema.resolve(name), bytes);
    return schema;
  }

  private Run validate(Path schema) {
    return cli(schema.getParent(), "validate", "--schema-dir", "schema");
  }

  @Test
  void everyCorpusFileIsRefusedWithALocatedMessage() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).as("the corpus (run generate.py)").hasSizeGreaterThanOrEqualTo(200);
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Path schema = schemaWith(name, Files.readAllBytes(file));
      Run run = validate(schema);
      String problem = refusalProblem(run, schema);
      if (problem != null) {
        failures.add(name + ": " + problem + "\n" + run.stdout() + run.stderr());
      } else {
        refusedByCategory.merge(name.substring(0, name.indexOf("__")), 1, Integer::sum);
        corpusFiles++;
      }
    }
    assertThat(failures).as("corpus files not refused cleanly").isEmpty();
  }

  @Test
  void hugeFilesAreRefusedWithALocatedMessage() throws IOException {
    Map<String, byte[]> huge = new TreeMap<>();
    huge.put("over_limit.yaml", ("table: t\ncolumns: [{name: a, type: INT}]\n" + "# padding\n".repeat(320_000)).getBytes(StandardCharsets.UTF_8));
    StringBuilder columns = new StringBuilder("table: t\ncolumns:\n");
    for (int i = 0; columns.length() < 2_800_000; i++) columns.append("  - {name: c").append(i).append(", type: INT}\n");
    huge.put("many_columns_one_duplicate.yaml", columns.append("  - {name: c0, type: INT}\n").toString().getBytes(StandardCharsets.UTF_8));
    huge.put("giant_scalar_unclosed.yaml", ("table: t\ncomment: \"" + "x".repeat(2_900_000) + "\n").getBytes(StandardCharsets.UTF_8));
    huge.put("giant_flow_list_of_numbers.yaml", ("table: t\ncolumns: [" + "1,".repeat(1_000_000) + "1]\n").getBytes(StandardCharsets.UTF_8));
    huge.put("many_unknown_keys.yaml", ("table: t\ncolumns: [{name: a, type: INT}]\n" + keys(100_000)).getBytes(StandardCharsets.UTF_8));
    List<String> failures = new ArrayList<>();
    for (var e : huge.entrySet()) {
      Path schema = schemaWith(e.getKey(), e.getValue());
      long start = System.nanoTime();
      Run run = validate(schema);
      long ms = (System.nanoTime() - start) / 1_000_000;
      String problem = refusalProblem(run, schema);
      if (problem == null && ms > 20_000) problem = "took " + ms + " ms";
      if (problem != null) {
        failures.add(e.getKey() + ": " + problem + "\n" + head(run.stderr()));
      } else {
        hugeFiles++;
      }
    }
    assertThat(failures).as("huge files not refused cleanly").isEmpty();
  }

  private static String keys(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append("unknown_").append(i).append(": 1\n");
    return b.toString();
  }

  private static String head(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + " …" : s;
  }

  @Test
  void seededMutationsOfValidFilesAreValidOrRefusedCleanly() throws IOException {
    Map<String, String> valid = validFiles();
    List<String> names = new ArrayList<>(valid.keySet());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < MUTATIONS; i++) {
      String target = names.get(i % names.size());
      YamlMutator.Mutation m = YamlMutator.mutate(valid.get(target), MUTATION_SEED + i);
      Path schema = Files.createTempDirectory(dir, "m").resolve("schema");
      Files.createDirectories(schema);
      for (var e : valid.entrySet()) {
        String text = e.getKey().equals(target) ? m.text() : e.getValue();
        Files.write(schema.resolve(e.getKey()), text.getBytes(StandardCharsets.UTF_8));
      }
      Run run = validate(schema);
      if (run.exitCode() == 0 && run.stderr().isEmpty()) {
        mutationsValid++;
        continue;
      }
      String problem = refusalProblem(run, schema);
      if (problem != null) {
        failures.add("mutation " + i + " of " + target + " (" + m.description() + "): " + problem + "\n" + head(run.stdout() + run.stderr()));
      } else {
        mutationsRefused++;
      }
    }
    assertThat(failures).as("mutations neither valid nor refused cleanly").isEmpty();
    assertThat(mutationsRefused).as("the mutator breaks most files").isGreaterThan(MUTATIONS / 2);
  }

  /** Valid declarations that load together: the seed's two tables and the format example. */
  private static Map<String, String> validFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String f : List.of("declare/seed/users.yaml", "declare/seed/transactions.yaml", "declare/format/all.yaml")) {
      files.put(Path.of(f).getFileName().toString(), Files.readString(Path.of("src/test/resources").resolve(f)));
    }
    return files;
  }

  @Test
  void planOnHostileInputExecutesNothing() throws IOException {
    List<String> samples = List.of("expression__default_00.yaml", "expression__check_01.yaml",
        "table_name__12.yaml", "alias__billion_laughs.yaml", "syntax__unclosed_flow_list.yaml",
        "encoding__latin1.yaml", "deep__flow_lists_20000.yaml", "type__15.yaml");
    for (String name : samples) {
      Path schema = schemaWith(name, Files.readAllBytes(CORPUS.resolve(name)));
      RecordingSqlRunner runner = new RecordingSqlRunner();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Outcome outcome = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), schema.getParent(), settings -> new RecordingBackend(runner))
          .run("apply", "--schema-dir", "schema", "--allow-destructive");
      assertThat(outcome.exitCode()).as(name).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).as(name).startsWith("Cannot load declarations: ");
      assertThat(runner.calls()).as(name + ": statements run").isZero();
      assertThat(runner.queries()).as(name + ": queries run").isEmpty();
      planRuns++;
    }
  }

  /** An engine whose only live part is a recording runner; anything else fails the test. */
  private record RecordingBackend(SqlRunner sql) implements Backend {
    @Override public MetadataSource metadata() { throw new AssertionError("introspection on invalid input"); }
    @Override public Engine engine() { throw new AssertionError("engine detection on invalid input"); }
    @Override public HistoryStore history(TableName table) { throw new AssertionError("ledger on invalid input"); }
    @Override public Lock lock(TableName table) { throw new AssertionError("lock on invalid input"); }
    @Override public String currentUser() { return "test"; }
  }

  @AfterAll
  static void report() {
    if (corpusFiles == 0 || mutationsValid + mutationsRefused < MUTATIONS) return;
    List<String> lines = new ArrayList<>();
    lines.add("| input | tried | refused with file:line:column, exit 1, no stack trace | still valid |");
    lines.add("|---|---|---|---|");
    lines.add("| corpus files (`src/test/resources/hostile/`, by `generate.py`) | " + corpusFiles + " | " + corpusFiles + " | 0 |");
    lines.add("| huge files made at test time (over 3 MiB, 2.8 MB of columns, a 2.9 MB scalar, a 1M-item list, 100k keys) | " + hugeFiles + " | " + hugeFiles + " | 0 |");
    lines.add("| seeded mutations of valid files (seed " + MUTATION_SEED + ") | " + MUTATIONS + " | " + mutationsRefused + " | " + mutationsValid + " |");
    lines.add("");
    lines.add("Corpus by category: " + String.join(", ", refusedByCategory.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ".");
    lines.add("");
    lines.add("`validate` never created an engine (the test's backend factory fails if called). " + planRuns
        + " hostile files also went through `apply --allow-destructive` over a recording runner: 0 statements, 0 queries.");
    ReliabilityReport.write("3-hostile-declarations", "3. Hostile declarations", "HostileDeclarationsTest", lines);
  }
}
