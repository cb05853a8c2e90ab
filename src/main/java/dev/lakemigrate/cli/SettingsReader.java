package dev.lakemigrate.cli;

import dev.lakemigrate.error.CliErrors;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dev.lakemigrate.model.TableName;
import dev.lakemigrate.report.Format;
import dev.lakemigrate.report.OutputLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Command line → {@link Settings}: resolves the configuration layers, then reads every value typed. */
public final class SettingsReader {
  static final String CLASSPATH_PREFIX = "classpath:";
  static final String DERBY_NETWORK_PREFIX = "jdbc:derby://";

  private final Map<String, String> env;
  private final Path workingDir;

  public SettingsReader(Map<String, String> env, Path workingDir) {
    this.env = env;
    this.workingDir = workingDir;
  }

  public Settings read(Command command, CliOptions options) {
    boolean local = Boolean.TRUE.equals(options.local);
    if (options.warehouse != null && !local) {
      throw CliErrors.usage("--warehouse applies only to local mode; add --local, or remove --warehouse", command.cliName());
    }
    String target = options.target != null ? options.target : local ? "local" : "dev";
    Config c = new ConfigLoader(env, workingDir).load(options, target, local).getConfig(ConfigLoader.ROOT);
    Values v = new Values(c);
    String catalog = v.get("catalog", c::getString);
    String schema = v.get("schema", c::getString);
    Settings settings = new Settings(
        command,
        target,
        local,
        v.get("schema-dir", c::getString),
        catalog,
        schema,
        v.get("tables", k -> c.getStringList(k).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()),
        v.get("allow-destructive", c::getBoolean),
        v.get("drop-unmanaged", c::getBoolean),
        v.get("format", k -> format(c.getString(k))),
        resolve(options.out),
        Boolean.TRUE.equals(options.detailedExitcode),
        Boolean.TRUE.equals(options.failOnDrift),
        resolve(options.reviewedPlan),
        v.get("preflight", c::getBoolean),
        Boolean.TRUE.equals(options.debug),
        blankToNull(options.jobRunId),
        v.get("history.table", k -> tableName(c.getString(k), catalog, schema)),
        v.get("history.runs", k -> positive(c.getInt(k))),
        v.get("lock.table", k -> tableName(c.getString(k), catalog, schema)),
        v.get("lock.lease", c::getDuration),
        v.get("lock.wait", c::getDuration),
        v.get("introspection.parallelism", k -> positive(c.getInt(k))),
        v.get("plan.optimize-after-clustering", c::getBoolean),
        v.get("plan.rebuild-tables", k -> new HashSet<>(c.getStringList(k))),
        v.get("local.warehouse", k -> workingDir.resolve(c.getString(k)).normalize()),
        v.get("local.master", c::getString),
        v.get("local.metastore-url", k -> metastoreUrl(c.getString(k))),
        new OutputLimits(
            v.get("output.max-statements", k -> positive(c.getInt(k))),
            v.get("output.max-bytes", k -> positive(c.getBytes(k))),
            v.get("output.first-statements", k -> positive(c.getInt(k)))));
    if (!v.problems.isEmpty()) throw CliErrors.invalidConfiguration(v.problems);
    return settings;
  }

  /** Reads each value, collecting every bad one instead of stopping at the first. */
  private static final class Values {
    private final Config config;
    private final List<String> problems = new ArrayList<>();

    Values(Config config) {
      this.config = config;
    }

    <T> T get(String key, Function<String, T> reader) {
      try {
        return reader.apply(key);
      } catch (ConfigException | IllegalArgumentException e) {
        String where = config.hasPath(key) ? ConfigLoader.where(config.getValue(key)) : "configuration";
        problems.add(CliErrors.badConfigValue(where, ConfigLoader.ROOT + "." + key, detail(e)));
        return null;
      }
    }

    private static String detail(RuntimeException e) {
      String m = e.getMessage();
      int colon = e instanceof ConfigException ? m.lastIndexOf(": ") : -1;
      return colon >= 0 ? m.substring(colon + 2) : m;
    }
  }

  private static Format format(String value) {
    return Arrays.stream(Format.values())
        .filter(f -> f.name().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "'" + value + "' is not a format; use text, json, sql or markdown"));
  }

  private static long positive(long value) {
    if (value < 1) throw new IllegalArgumentException(value + " is not a positive size");
    return value;
  }

  private static int positive(int value) {
    if (value < 1) throw new IllegalArgumentException(value + " is not a positive number");
    return value;
  }

  /** Empty means the embedded metastore; otherwise a Derby network server (the client driver is known). */
  private static String metastoreUrl(String url) {
    String value = blankToNull(url);
    if (value != null && !value.startsWith(DERBY_NETWORK_PREFIX)) {
      throw new IllegalArgumentException("'" + value + "' is not a Derby network server URL; write "
          + DERBY_NETWORK_PREFIX + "host:1527/metastore_db;create=true, or leave it empty for the embedded metastore");
    }
    return value;
  }

  /** A bare name lives in the run's catalog and schema; {@code schema.name} in its catalog. */
  static TableName tableName(String text, String catalog, String schema) {
    String[] parts = text.split("\\.", -1);
    if (Arrays.stream(parts).anyMatch(String::isBlank) || parts.length > 3) {
      throw new IllegalArgumentException("'" + text + "' is not a table name; write name, schema.name or catalog.schema.name");
    }
    return switch (parts.length) {
      case 1 -> TableName.of(catalog, schema, parts[0]);
      case 2 -> TableName.of(catalog, parts[0], parts[1]);
      default -> TableName.of(parts[0], parts[1], parts[2]);
    };
  }

  private Path resolve(Path file) {
    return file == null ? null : workingDir.resolve(file).normalize();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
