package dev.lakemigrate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/codes.md documents exactly the codes the classifier uses, each once. */
class CodesDocTest {
  @Test
  void everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws Exception {
    List<String> codes = new ArrayList<>();
    for (Field f : Codes.class.getFields()) codes.add((String) f.get(null));
    assertThat(codes).doesNotHaveDuplicates();
    String doc = Files.readString(Path.of("docs/codes.md"));
    List<String> headings = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^### (LM\\d{3}) ").matcher(doc);
    while (m.find()) headings.add(m.group(1));
    assertThat(headings).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(codes);
  }
}
