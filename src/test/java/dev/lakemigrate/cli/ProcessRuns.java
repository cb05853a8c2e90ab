package dev.lakemigrate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The command-line runs one {@link ApplyChild} reported for one command, tagged with the child's id. */
final class ProcessRuns {
  /** One run: which JVM, its exit code and output, the plan statements it executed, how long it took. */
  record ProcessRun(String process, int exitCode, String stdout, String stderr, List<String> executed, long millis) {
    String all() {
      return stdout + stderr;
    }
  }

  private ProcessRuns() {}

  static List<ProcessRun> of(String process, Properties result) {
    List<ProcessRun> runs = new ArrayList<>();
    int count = Integer.parseInt(result.getProperty("runs"));
    for (int i = 0; i < count; i++) {
      String key = "run." + i;
      runs.add(new ProcessRun(process, Integer.parseInt(result.getProperty(key + ".exit")), result.getProperty(key + ".stdout"),
          result.getProperty(key + ".stderr"), ControlFiles.getList(result, key + ".executed"),
          Long.parseLong(result.getProperty(key + ".millis"))));
    }
    return runs;
  }

  /** A {@code cli} command for {@link ApplyChild}: {@code args} in {@code threads} threads, each with {@code options}. */
  static Properties command(String workdir, List<String> options, int threads, String... args) {
    Properties p = new Properties();
    p.setProperty("action", "cli");
    p.setProperty("workdir", workdir);
    p.setProperty("threads", String.valueOf(threads));
    ControlFiles.putList(p, "options", options);
    ControlFiles.putList(p, "args", List.of(args));
    return p;
  }
}
