package dev.lakemigrate.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;

/**
 * The one JSON layout of lakemigrate's files and reports: two-space indent, {@code \n} line ends on
 * every OS, {@code "key": value}, empty arrays as {@code []} (and, when asked, empty objects as
 * {@code {}}). Written against the Jackson API both runtimes share (2.15 with Spark 3.5, 2.18 with
 * Spark 4.0): {@code Separators.Spacing} only exists from 2.16.
 */
public final class PrettyJson extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private final boolean compactEmptyObjects;

  private PrettyJson(boolean compactEmptyObjects) {
    this.compactEmptyObjects = compactEmptyObjects;
    _objectIndenter = INDENT;
    _arrayIndenter = INDENT;
  }

  private PrettyJson(PrettyJson base) {
    super(base);
    this.compactEmptyObjects = base.compactEmptyObjects;
  }

  /** A writer with this layout; {@code compactEmptyObjects}: {@code {}} instead of {@code { }}. */
  public static ObjectWriter writer(ObjectMapper mapper, boolean compactEmptyObjects) {
    return mapper.writer(new PrettyJson(compactEmptyObjects));
  }

  @Override
  public PrettyJson createInstance() {
    return new PrettyJson(this);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    if (!_arrayIndenter.isInline()) --_nesting;
    if (nrOfValues > 0) _arrayIndenter.writeIndentation(g, _nesting);
    g.writeRaw(']');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    if (!_objectIndenter.isInline()) --_nesting;
    if (nrOfEntries > 0) {
      _objectIndenter.writeIndentation(g, _nesting);
    } else if (!compactEmptyObjects) {
      g.writeRaw(' ');
    }
    g.writeRaw('}');
  }
}
