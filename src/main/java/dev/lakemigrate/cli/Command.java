package dev.lakemigrate.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The commands of {@code lakemigrate <command> [options]}. Only {@link #VALIDATE} runs without Spark. */
public enum Command {
  VALIDATE("Check the declarations (YAML only; never starts Spark)."),
  PLAN("Show what apply would change (a dry run)."),
  APPLY("Bring the live tables to their declarations and record every statement in the ledger."),
  PULL("Write one YAML declaration per existing table into --schema-dir."),
  HISTORY("Show recent runs from the ledger.");

  private final String description;

  Command(String description) {
    this.description = description;
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  public boolean needsSpark() {
    return this != VALIDATE;
  }

  public static Optional<Command> byName(String name) {
    return Arrays.stream(values()).filter(c -> c.cliName().equalsIgnoreCase(name)).findFirst();
  }
}
