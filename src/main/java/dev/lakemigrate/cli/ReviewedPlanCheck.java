package dev.lakemigrate.cli;

import dev.lakemigrate.error.Errors;
import dev.lakemigrate.plan.Plan;
import dev.lakemigrate.report.Format;
import dev.lakemigrate.report.PlanReporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * apply --plan FILE: the file a reviewer approved ({@code plan --out FILE}) must equal the plan
 * computed now, rendered in the file's format (by extension: .json, .sql, .md, else text). If the
 * tables or declarations changed since, nothing runs.
 */
final class ReviewedPlanCheck {
  private ReviewedPlanCheck() {}

  /** Checks the file against the current plan; returns {@code file sha256:…} for the ledger. */
  static String check(Path file, Plan current) {
    String reviewed;
    try {
      reviewed = Files.readString(file);
    } catch (IOException e) {
      throw Errors.unreadableFile("reviewed plan", file.toString(), e.toString());
    }
    String now = new PlanReporter().render(current, formatOf(file));
    if (!normalise(reviewed).equals(normalise(now))) throw Errors.reviewedPlanDiffers(file.toString());
    return file + " sha256:" + sha256(reviewed);
  }

  static Format formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) return Format.JSON;
    if (name.endsWith(".sql")) return Format.SQL;
    if (name.endsWith(".md") || name.endsWith(".markdown")) return Format.MARKDOWN;
    return Format.TEXT;
  }

  /** Line endings and trailing blanks do not count (editors and Git change them). */
  static String normalise(String text) {
    return text.replace("\r\n", "\n").lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
