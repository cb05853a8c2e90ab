package dev.lakemigrate.cli;

import dev.lakemigrate.declare.Defaults;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.plan.PlanOptions;
import dev.lakemigrate.report.Format;
import dev.lakemigrate.report.OutputLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every resolved value of one run: configuration layers and options merged (see {@link ConfigLoader}
 * for the order, {@code reference.conf} for every key and its default).
 *
 * @param schemaDir declarations root: a path, or {@code classpath:schema/}
 * @param tables the tables the run is limited to; empty means all
 * @param out where the whole report is written, or null
 * @param reviewedPlan apply: the reviewed plan file, or null
 * @param jobRunId the Databricks job run id, or null
 * @param metastoreUrl with --local: a Derby network server's JDBC URL, or null for the embedded metastore
 * @param output beyond these, a plan is summarised in the output; --out and the ledger keep it whole
 */
public record Settings(
    Command command,
    String target,
    boolean local,
    String schemaDir,
    String catalog,
    String schema,
    List<String> tables,
    boolean allowDestructive,
    boolean dropUnmanaged,
    Format format,
    Path out,
    boolean detailedExitcode,
    boolean failOnDrift,
    Path reviewedPlan,
    boolean preflight,
    boolean debug,
    String jobRunId,
    TableName historyTable,
    int historyRuns,
    TableName lockTable,
    Duration lockLease,
    Duration lockWait,
    int introspectionParallelism,
    boolean optimizeAfterClustering,
    Set<String> rebuildTables,
    Path warehouse,
    String master,
    String metastoreUrl,
    OutputLimits output) {

  public Settings {
    Objects.requireNonNull(command, "command");
    tables = List.copyOf(tables);
    rebuildTables = Set.copyOf(rebuildTables);
  }

  public Defaults defaults() {
    return new Defaults(catalog, schema);
  }

  public PlanOptions planOptions() {
    return new PlanOptions(allowDestructive, rebuildTables, optimizeAfterClustering);
  }

  public boolean classpathDeclarations() {
    return schemaDir.startsWith(SettingsReader.CLASSPATH_PREFIX);
  }
}
