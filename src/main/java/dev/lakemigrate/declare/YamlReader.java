package dev.lakemigrate.declare;

import dev.lakemigrate.error.DeclareErrors;
import dev.lakemigrate.error.HostileInputErrors;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Bytes → {@link Node} tree with a line:column on every node, through Jackson's streaming YAML
 * parser. Hostile input is refused as a problem, never as a stack trace: files over
 * {@link #MAX_BYTES}, bytes that are not UTF-8, aliases (so no alias bombs), nesting deeper than
 * {@link #MAX_DEPTH}, duplicate keys, more than one document.
 */
final class YamlReader {
  static final int MAX_BYTES = 3 * 1024 * 1024;
  static final int MAX_DEPTH = 64;

  private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

  private final SourceFile file;
  private final Problems problems;
  private JsonParser parser;

  private YamlReader(SourceFile file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The file's single document, or empty after reporting why it cannot be read. */
  static Optional<Node> read(SourceFile file, Problems problems) {
    return new YamlReader(file, problems).read();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setCodePointLimit(MAX_BYTES);
    return options;
  }

  private Optional<Node> read() {
    if (file.bytes().length > MAX_BYTES) {
      problems.add(DeclareErrors.fileTooLarge(file.start().toString(), file.bytes().length, MAX_BYTES));
      return Optional.empty();
    }
    Optional<String> text = decode();
    if (text.isEmpty()) return Optional.empty();
    try (JsonParser p = FACTORY.createParser(text.get())) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(DeclareErrors.emptyFile(file.start().toString()));
        return Optional.empty();
      }
      Node root = node(first, 1);
      if (p.nextToken() != null) {
        problems.add(DeclareErrors.secondDocument(here().toString()));
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (Refused refused) {
      problems.add(refused.getMessage());
    } catch (JsonProcessingException e) {
      problems.add(syntaxProblem(e));
    } catch (IOException | RuntimeException e) {
      problems.add(DeclareErrors.yamlSyntax(file.start().toString(), firstLine(String.valueOf(e.getMessage()))));
    }
    return Optional.empty();
  }

  private Node node(JsonToken token, int depth) throws IOException {
    SourceLocation at = here();
    if (depth > MAX_DEPTH) throw new Refused(DeclareErrors.yamlTooDeep(at.toString(), MAX_DEPTH));
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new Refused(DeclareErrors.yamlAlias(at.toString(), parser.getText()));
    }
    Object tag = parser.getTypeId();
    if (tag != null) throw new Refused(HostileInputErrors.yamlTag(at.toString(), tag.toString()));
    switch (token) {
      case START_OBJECT:
        return mapping(at, depth);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(node(t, depth + 1));
        }
        return new Node.Sequence(at, items);
      case VALUE_NULL:
        return new Node.Scalar(at, null, Node.Scalar.Kind.NULL);
      case VALUE_TRUE: case VALUE_FALSE:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Kind.BOOLEAN);
      case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Kind.NUMBER);
      default:
        return new Node.Scalar(at, parser.getText(), Node.Scalar.Kind.STRING);
    }
  }

  private Node.Mapping mapping(SourceLocation at, int depth) throws IOException {
    List<Node.Entry> entries = new ArrayList<>();
    Map<String, SourceLocation> seen = new HashMap<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String key = parser.currentName();
      SourceLocation keyAt = here();
      SourceLocation first = seen.putIfAbsent(key, keyAt);
      Node value = node(parser.nextToken(), depth + 1);
      if (first != null) {
        problems.add(DeclareErrors.duplicateKey(keyAt.toString(), key, first.toString()));
      } else {
        entries.add(new Node.Entry(key, keyAt, value));
      }
    }
    return new Node.Mapping(at, entries);
  }

  private SourceLocation here() {
    return at(parser.currentTokenLocation());
  }

  private SourceLocation at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) return file.start();
    return new SourceLocation(file.displayPath(), location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private String syntaxProblem(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      SourceLocation at = new SourceLocation(file.displayPath(),
          marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
      return DeclareErrors.yamlSyntax(at.toString(), firstLine(marked.getProblem()));
    }
    return DeclareErrors.yamlSyntax(at(e.getLocation()).toString(), firstLine(e.getOriginalMessage()));
  }

  private static String firstLine(String message) {
    String line = message == null ? "unreadable input" : message.strip().split("\\R", 2)[0];
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  /** Strict UTF-8 (a leading byte-order mark is dropped); a bad byte is reported where it is. */
  private Optional<String> decode() {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(file.bytes());
    CharBuffer out = CharBuffer.allocate(file.bytes().length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      problems.add(DeclareErrors.notUtf8(locationOfByte(in.position()).toString(), file.bytes()[in.position()]));
      return Optional.empty();
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private SourceLocation locationOfByte(int offset) {
    String before = new String(file.bytes(), 0, offset, StandardCharsets.UTF_8);
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - before.lastIndexOf('\n');
    return new SourceLocation(file.displayPath(), line, column);
  }

  /** A refusal that ends the reading of one file (its message is already the problem). */
  private static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }
}
