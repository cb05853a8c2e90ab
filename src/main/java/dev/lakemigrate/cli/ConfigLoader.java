package dev.lakemigrate.cli;

import dev.lakemigrate.model.Spelling;
import dev.lakemigrate.error.CliErrors;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Resolves the configuration layers, lowest first: {@code reference.conf} (in the JAR); with
 * {@code --local}, the local catalog; {@code <conf-dir>/application.conf};
 * {@code <conf-dir>/<target>.conf}; {@code LAKEMIGRATE_*} environment variables; {@code --conf};
 * options. The conf dir is {@code --conf-dir}, else {@code ./conf} when it exists. Every problem
 * (unknown key with the nearest valid one, unreadable file, missing target) is reported at once.
 */
public final class ConfigLoader {
  static final String ROOT = "lakemigrate";
  static final String ENV_PREFIX = "LAKEMIGRATE_";

  private final Config reference = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), "reference.conf");
  private final Map<String, ConfigValue> known = knownKeys(reference);
  private final Map<String, String> env;
  private final Path workingDir;
  private final List<String> problems = new ArrayList<>();

  public ConfigLoader(Map<String, String> env, Path workingDir) {
    this.env = env;
    this.workingDir = workingDir;
  }

  /** The resolved configuration; throws CONFIGURATION with every problem found. */
  public Config load(CliOptions options, String target, boolean local) {
    Config layered = optionsLayer(options)
        .withFallback(confLayer(options.conf))
        .withFallback(envLayer());
    Path confDir = confDir(options.confDir);
    if (confDir != null) {
      layered = layered
          .withFallback(targetLayer(confDir, target, options.target != null))
          .withFallback(fileLayer(confDir.resolve("application.conf")));
    }
    if (local) {
      layered = layered.withFallback(ConfigFactory.parseString(ROOT + ".catalog = ${" + ROOT + ".local.catalog}"));
    }
    Config resolved = null;
    try {
      resolved = layered.withFallback(reference).resolve();
    } catch (ConfigException e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) throw CliErrors.invalidConfiguration(problems);
    return resolved;
  }

  /** Every valid key, sorted. */
  public Set<String> knownKeys() {
    return new TreeSet<>(known.keySet());
  }

  private Path confDir(Path explicit) {
    if (explicit != null) {
      Path dir = workingDir.resolve(explicit);
      if (Files.isDirectory(dir)) return dir;
      problems.add(CliErrors.missingConfDir(explicit.toString()));
      return null;
    }
    Path dir = workingDir.resolve("conf");
    return Files.isDirectory(dir) ? dir : null;
  }

  private Config targetLayer(Path confDir, String target, boolean explicit) {
    Path file = confDir.resolve(target + ".conf");
    if (Files.isRegularFile(file)) return fileLayer(file);
    if (explicit) problems.add(CliErrors.unknownConfigTarget(target, file.toString(), targets(confDir)));
    return ConfigFactory.empty();
  }

  private Config fileLayer(Path file) {
    if (!Files.isRegularFile(file)) return ConfigFactory.empty();
    try {
      Config config = ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
      checkKeys(config);
      return config;
    } catch (ConfigException e) {
      problems.add(CliErrors.unreadableConfFile(file.toString(), e.getMessage()));
      return ConfigFactory.empty();
    }
  }

  private void checkKeys(Config config) {
    if (!config.hasPath(ROOT)) return;
    if (config.getValue(ROOT).valueType() != ConfigValueType.OBJECT) {
      problems.add(CliErrors.badConfigValue(where(config.getValue(ROOT)), ROOT, "expected an object of settings"));
      return;
    }
    config.getConfig(ROOT).entrySet().forEach(e -> {
      String key = ROOT + "." + e.getKey();
      if (!known.containsKey(key)) {
        problems.add(CliErrors.unknownConfigKey(where(e.getValue()), key, Spelling.closest(key, known.keySet())));
      }
    });
  }

  private Config envLayer() {
    Map<String, String> byEnvName = new LinkedHashMap<>();
    known.keySet().forEach(k -> byEnvName.put(envName(k), k));
    Config layer = ConfigFactory.empty();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(env).entrySet()) {
      if (!e.getKey().startsWith(ENV_PREFIX)) continue;
      String key = byEnvName.get(e.getKey());
      String origin = "environment variable " + e.getKey();
      if (key == null) {
        problems.add(CliErrors.unknownConfigKey(origin, e.getKey(), Spelling.closest(e.getKey(), byEnvName.keySet())));
        continue;
      }
      layer = layer.withValue(key, value(key, e.getValue(), origin));
    }
    return layer;
  }

  private Config confLayer(List<String> entries) {
    Config layer = ConfigFactory.empty();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        problems.add(CliErrors.badConfOption(entry));
        continue;
      }
      String key = entry.substring(0, eq).strip();
      if (!known.containsKey(key) && known.containsKey(ROOT + "." + key)) key = ROOT + "." + key;
      String origin = "--conf " + entry;
      if (!known.containsKey(key)) {
        problems.add(CliErrors.unknownConfigKey(origin, key, Spelling.closest(key, known.keySet())));
        continue;
      }
      layer = layer.withValue(key, value(key, entry.substring(eq + 1).strip(), origin));
    }
    return layer;
  }

  private Config optionsLayer(CliOptions o) {
    Map<String, Object> values = new LinkedHashMap<>();
    putIfSet(values, "schema-dir", o.schemaDir);
    putIfSet(values, "catalog", o.catalog);
    putIfSet(values, "schema", o.schema);
    putIfSet(values, "local.warehouse", o.warehouse);
    putIfSet(values, "allow-destructive", o.allowDestructive);
    putIfSet(values, "format", o.format == null ? null : o.format.name().toLowerCase(Locale.ROOT));
    putIfSet(values, "tables", o.tables == null ? null : TableSelection.parse(o.tables));
    putIfSet(values, "plan.rebuild-tables", o.allowRebuild == null ? null : TableSelection.parseRebuild(o.allowRebuild));
    putIfSet(values, "preflight", o.noPreflight == null ? null : !o.noPreflight);
    Config layer = ConfigFactory.empty();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      layer = layer.withValue(ROOT + "." + e.getKey(), ConfigValueFactory.fromAnyRef(e.getValue(), "option"));
    }
    return layer;
  }

  private static void putIfSet(Map<String, Object> values, String key, Object value) {
    if (value != null) values.put(key, value);
  }

  /** A string from the environment or --conf; a comma-separated list where the key holds a list. */
  private ConfigValue value(String key, String text, String origin) {
    if (known.get(key).valueType() == ConfigValueType.LIST) {
      List<String> items = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      return ConfigValueFactory.fromIterable(items, origin);
    }
    return ConfigValueFactory.fromAnyRef(text, origin);
  }

  static String envName(String key) {
    return ENV_PREFIX + key.substring(ROOT.length() + 1).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  static String where(ConfigValue value) {
    var origin = value.origin();
    if (origin.filename() != null) {
      return origin.filename() + (origin.lineNumber() > 0 ? ":" + origin.lineNumber() : "");
    }
    return origin.description();
  }

  private static List<String> targets(Path confDir) {
    try (Stream<Path> files = Files.list(confDir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".conf") && !n.equals("application.conf"))
          .map(n -> n.substring(0, n.length() - ".conf".length()))
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  private static Map<String, ConfigValue> knownKeys(Config reference) {
    Map<String, ConfigValue> keys = new LinkedHashMap<>();
    reference.getConfig(ROOT).entrySet().forEach(e -> keys.put(ROOT + "." + e.getKey(), e.getValue()));
    return keys;
  }
}
