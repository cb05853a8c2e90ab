package dev.lakemigrate.declare;

import dev.lakemigrate.declare.MappingReader.Located;
import dev.lakemigrate.error.NestedRenameErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the {@code renamed_from} of one list of siblings (the columns of a table, or the fields of
 * one struct), the same way at every level: it must not name the sibling itself, nor a sibling that
 * is also declared (both names would exist after the rename, so every later plan would refuse it),
 * and two siblings cannot be renamed from the same name.
 */
final class RenameRules {
  /** A declared column or field: its name, its path for messages, where it is, and its renamed_from. */
  record Sibling(String name, String path, SourceLocation at, Located<String> renamedFrom) {}

  private RenameRules() {}

  static void check(String kind, String table, List<Sibling> siblings, Problems problems) {
    Map<String, Sibling> byName = new LinkedHashMap<>();
    siblings.forEach(s -> byName.putIfAbsent(lower(s.name()), s));
    Map<String, Sibling> byOldName = new LinkedHashMap<>();
    for (Sibling s : siblings) {
      if (s.renamedFrom() == null) continue;
      String at = s.renamedFrom().at().toString();
      String old = s.renamedFrom().value();
      String oldPath = s.path().substring(0, s.path().length() - s.name().length()) + old;
      Sibling declaredOld = byName.get(lower(old));
      Sibling first = byOldName.putIfAbsent(lower(old), s);
      if (lower(old).equals(lower(s.name()))) {
        problems.add(NestedRenameErrors.renamedFromItself(at, kind, s.path(), table));
      } else if (declaredOld != null) {
        problems.add(NestedRenameErrors.renamedFromDeclared(at, kind, s.path(), table, declaredOld.path(),
            declaredOld.at().toString()));
      } else if (first != null) {
        problems.add(NestedRenameErrors.renamedFromTwice(at, kind, s.path(), table, oldPath, first.path(),
            first.at().toString()));
      }
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
