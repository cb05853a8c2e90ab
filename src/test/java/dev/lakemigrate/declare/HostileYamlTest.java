package dev.lakemigrate.declare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input meant to hurt: each is one clear file:line:column problem, never a stack trace or a hang. */
class HostileYamlTest {
  @TempDir Path dir;

  private static final String TABLE = "table: t\ncolumns: [{name: a, type: INT}]\n";

  @Test
  void emptyAndCommentOnlyFiles() {
    Yaml.write(dir, Map.of("empty.yaml", "", "comment.yaml", "# nothing here\n"));
    assertThat(Yaml.problems(dir)).containsExactly(
        "comment.yaml:1:1: Cannot load declaration file: it is empty. Declare a table ('table: <name>') or delete the file.",
        "empty.yaml:1:1: Cannot load declaration file: it is empty. Declare a table ('table: <name>') or delete the file.");
  }

  @Test
  void aDocumentThatIsAListOrAScalar() {
    Yaml.write(dir, Map.of("list.yaml", "- a\n- b\n", "scalar.yaml", "\n\nhello\n"));
    assertThat(Yaml.problems(dir)).containsExactly(
        "list.yaml:1:1: Cannot load declaration file: the document is a list, not a mapping. Start the file with 'table: <name>' or 'tables:'.",
        "scalar.yaml:3:1: Cannot load declaration file: the document is a string, not a mapping. Start the file with 'table: <name>' or 'tables:'.");
  }

  @Test
  void bytesThatAreNotUtf8() {
    byte[] latin1 = "table: t\ncomment: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
    Yaml.write(dir, "latin1.yaml", latin1);
    assertThat(Yaml.problems(dir)).containsExactly(
        "latin1.yaml:2:14: Cannot read declaration file: byte 0xE9 is not valid UTF-8. Save the file as UTF-8.");
  }

  @Test
  void aByteOrderMarkIsFine() {
    byte[] bom = ("\uFEFF" + TABLE).getBytes(StandardCharsets.UTF_8);
    assertThat(Yaml.load(Yaml.write(dir, "bom.yaml", bom)).tables()).hasSize(1);
  }

  @Test
  void aliasesAndAliasBombsAreRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String previous = "*" + (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    Yaml.write(dir, Map.of("alias.yaml", "a: &x [1, 2]\nb: *x\n", "bomb.yaml", bomb.toString(),
        "merge.yaml", "base: &b {type: INT}\ntable: t\ncolumns: [{name: a, <<: *b}]\n"));
    assertThat(Yaml.problems(dir)).containsExactly(
        "alias.yaml:2:4: Cannot load YAML alias '*x': anchors and aliases are not supported. Write the value out in full.",
        "bomb.yaml:2:8: Cannot load YAML alias '*a': anchors and aliases are not supported. Write the value out in full.",
        "merge.yaml:3:25: Cannot load YAML alias '*b': anchors and aliases are not supported. Write the value out in full.");
  }

  @Test
  void deepNestingIsRefusedBeforeItHurts() {
    String deep = "table: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertThat(Yaml.problems(dir, deep)).containsExactly(
        "t.yaml:1:71: Cannot load YAML: nesting is deeper than 64 levels. Flatten the document.");
  }

  @Test
  void oversizedFilesAreRefusedUnread() {
    byte[] big = new byte[YamlReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    Yaml.write(dir, "big.yaml", big);
    assertThat(Yaml.problems(dir)).containsExactly(
        "big.yaml:1:1: Cannot load declaration file: 3145729 bytes exceeds the limit of 3145728 bytes. Split it into one file per table.");
  }

  @Test
  void syntaxErrorsTabsDuplicateKeysAndSecondDocuments() {
    Yaml.write(dir, Map.of(
        "a.yaml", "table: t\n  columns: [\n",
        "b.yaml", "table: t\ncolumns:\n\t- name: a\n",
        "c.yaml", "table: c\ntable: d\ncolumns: [{name: a, type: INT}]\n",
        "d.yaml", TABLE.replace("t\n", "d2\n") + "---\ntable: u\n",
        "e.yaml", "table: e\ncolumns: [{name: a, type: INT}\n"));
    assertThat(Yaml.problems(dir)).containsExactly(
        "a.yaml:2:10: Cannot parse YAML: mapping values are not allowed here. Fix the YAML syntax.",
        "b.yaml:3:1: Cannot parse YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation). Fix the YAML syntax.",
        "c.yaml:2:1: Cannot read key 'table': it is already set at c.yaml:1:1. Remove one of them.",
        "d.yaml:4:1: Cannot load a second YAML document ('---'): one document per file. Move it to its own file, or list the tables under 'tables:'.",
        "e.yaml:3:1: Cannot parse YAML: expected ',' or ']', but got <stream end>. Fix the YAML syntax.");
  }

  @Test
  void hostileColumnNamesAndTextLoadVerbatim() {
    String text = "table: weird\ncolumns:\n  - name: \"a`b'c\\\\d\"\n    type: STRING\n"
        + "    comment: \"line1\\nline2 'quoted' \\\\ back\"\n";
    var table = Yaml.load(Yaml.write(dir, Map.of("t.yaml", text))).tables().get(0);
    assertThat(table.name().name()).isEqualTo("weird");
    assertThat(table.columns().get(0).name()).isEqualTo("a`b'c\\d");
    assertThat(table.columns().get(0).comment()).isEqualTo("line1\nline2 'quoted' \\ back");
  }

  @Test
  void tableAndSchemaNamesTheCatalogCannotStoreAreRefused() {
    Yaml.write(dir, Map.of("t.yaml", "table: \"we`ird \\\"t\\\" \u00fc\\n\"\nschema: \"s; DROP\"\ncatalog: main-dev\n"
        + "columns: [{name: a, type: INT}]\n"));
    assertThat(Yaml.problems(dir)).containsExactly(
        "t.yaml:1:8: Cannot declare table 'we`ird \"t\" \u00fc\\n': only letters A-Z, digits and _ are allowed in a table name."
            + " Rename it, e.g. 'we_ird_t_'.",
        "t.yaml:2:9: Cannot declare schema 's; DROP': only letters A-Z, digits and _ are allowed in a schema name."
            + " Rename it, e.g. 's_DROP'.");
  }
}
