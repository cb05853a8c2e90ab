package dev.lakemigrate.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/**
 * Local mode only: log ERROR and above to stderr, and silence the loggers that print stack traces
 * for failures we rethrow anyway (a CHECK violation, a lost Delta race). Built in code rather than
 * shipped as {@code log4j2.properties}, so the job JAR never overrides Databricks' logging. A user's
 * own {@code -Dlog4j2.configurationFile} wins. Because the result is not log4j's default
 * configuration, Spark does not replace it with its INFO-level defaults.
 */
final class QuietLogging {
  private static final String[] SILENCED = {
    "org.apache.spark.util.Utils",
    "org.apache.spark.executor.Executor",
    "org.apache.spark.scheduler.TaskSetManager",
    "org.apache.spark.sql.delta.files.DeltaFileFormatWriter",
    "org.apache.spark.sql.execution.datasources.FileFormatWriter",
    "org.apache.hadoop.hive.metastore",
    "DataNucleus",
  };

  private static volatile boolean installed;

  private QuietLogging() {}

  /**
   * Spark asks {@code LogManager.getContext()} (the "current" context) whether log4j is still on its
   * default configuration, while loggers come from the class loader's context; the two differ, so
   * both get the quiet configuration (one instance each, as log4j wants).
   */
  static synchronized void install() {
    if (installed || System.getProperty("log4j2.configurationFile") != null) return;
    Configurator.reconfigure(quiet());
    LoggerContext current = (LoggerContext) LogManager.getContext();
    if (current != LogManager.getContext(false)) current.reconfigure(quiet());
    installed = true;
  }

  private static BuiltConfiguration quiet() {
    ConfigurationBuilder<BuiltConfiguration> config = ConfigurationBuilderFactory.newConfigurationBuilder();
    config.setConfigurationName("lakemigrate-local");
    AppenderComponentBuilder stderr = config.newAppender("stderr", "Console")
        .addAttribute("target", "SYSTEM_ERR")
        .add(config.newLayout("PatternLayout").addAttribute("pattern", "%d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex"));
    config.add(stderr);
    config.add(config.newRootLogger(Level.ERROR).add(config.newAppenderRef("stderr")));
    for (String name : SILENCED) config.add(config.newLogger(name, Level.OFF));
    return config.build();
  }
}
