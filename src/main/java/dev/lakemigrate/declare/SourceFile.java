package dev.lakemigrate.declare;

/**
 * One declaration file's bytes. {@code relativePath} (with {@code /}) orders files and feeds the
 * checksum, so both stay the same wherever the bundle is checked out; {@code displayPath} is what
 * messages show.
 */
record SourceFile(String relativePath, String displayPath, byte[] bytes) {
  SourceLocation start() {
    return new SourceLocation(displayPath, 1, 1);
  }
}
