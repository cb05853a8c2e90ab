package dev.lakemigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import dev.lakemigrate.report.Format;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineParserTest {
  @Test
  void optionsComeInAnyOrderAfterTheCommand() {
    Invocation a = CommandLineParser.parse("plan", "--local", "--format", "json", "--tables", "users,orders", "--catalog", "c");
    Invocation b = CommandLineParser.parse("plan", "--catalog", "c", "--tables=users,orders", "--format=JSON", "--local");
    for (Invocation i : new Invocation[] {a, b}) {
      assertThat(i.command()).isEqualTo(Command.PLAN);
      assertThat(i.options().local).isTrue();
      assertThat(i.options().format).isEqualTo(Format.JSON);
      assertThat(i.options().tables).isEqualTo("users,orders");
      assertThat(i.options().catalog).isEqualTo("c");
    }
  }

  @Test
  void switchesTakeTheStringsJobParametersArriveAs() {
    assertThat(CommandLineParser.parse("apply", "--allow-destructive").options().allowDestructive).isTrue();
    assertThat(CommandLineParser.parse("apply", "--allow-destructive=true").options().allowDestructive).isTrue();
    assertThat(CommandLineParser.parse("apply", "--allow-destructive=false").options().allowDestructive).isFalse();
    assertThat(CommandLineParser.parse("apply").options().allowDestructive).isNull();
    assertThat(CommandLineParser.parse("plan", "--fail-on-drift", "--detailed-exitcode").options().failOnDrift).isTrue();
  }

  @Test
  void theCommandIsCaseInsensitiveSoAJobModeSelectsIt() {
    assertThat(CommandLineParser.parse("Apply").command()).isEqualTo(Command.APPLY);
    assertThat(CommandLineParser.parse("PLAN").command()).isEqualTo(Command.PLAN);
  }

  @Test
  void repeatableConfAndPathOptions() {
    Invocation i = CommandLineParser.parse("apply", "--conf", "lakemigrate.lock.wait=1m", "--conf", "schema=x",
        "--plan", "plan.json", "--no-preflight", "--out", "o.txt", "--job-run-id", "42", "--debug");
    assertThat(i.options().conf).containsExactly("lakemigrate.lock.wait=1m", "schema=x");
    assertThat(i.options().reviewedPlan).isEqualTo(Path.of("plan.json"));
    assertThat(i.options().noPreflight).isTrue();
    assertThat(i.options().out).isEqualTo(Path.of("o.txt"));
    assertThat(i.options().jobRunId).isEqualTo("42");
    assertThat(i.options().debug).isTrue();
  }

  @Test
  void usageErrorsAreUsageCodedWithExit64() {
    assertThatThrownBy(() -> CommandLineParser.parse("plan", "--frobnicate"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
          assertThat(e.code().exitCode()).isEqualTo(64);
          assertThat(e.getMessage()).startsWith("Cannot parse the command line: Unknown option: '--frobnicate'")
              .endsWith("Run 'lakemigrate plan --help' for the options.");
        });
    assertThatThrownBy(() -> CommandLineParser.parse("migrate"))
        .isInstanceOfSatisfying(LakemigrateException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE));
    assertThatThrownBy(() -> CommandLineParser.parse("plan", "--format", "yaml"))
        .hasMessageContaining("yaml");
    assertThatThrownBy(CommandLineParser::parse)
        .hasMessage("Cannot parse the command line: no command given; use one of validate, plan, apply, pull,"
            + " history. Run 'lakemigrate --help' for the options.");
  }

  @Test
  void helpIsAnswerNotAnError() {
    assertThat(CommandLineParser.parse("--help").help()).contains("validate", "plan", "apply", "pull", "history", "Exit codes");
    assertThat(CommandLineParser.parse("plan", "--help").help()).contains("--fail-on-drift", "--detailed-exitcode");
  }
}
