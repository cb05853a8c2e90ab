package dev.lakemigrate.diff;

import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs the live and declared siblings of one level — the columns of a table, or the fields of one
 * struct — by {@code renamed_from} first, then by name (case-insensitive, as Spark resolves names).
 *
 * <p>A declared sibling with {@code renamedFrom} is a rename when the old name exists live; it takes
 * over the old live sibling only when its new name does not exist live. When both names exist the
 * rename is still reported (so the classifier can refuse it with a fix) and the old sibling is left
 * alone. When the old name is gone the rename has run, and the sibling pairs by name as usual.
 *
 * @param <D> the declared sibling (a column or a struct field)
 */
final class SiblingMatch<D> {
  private final Map<String, D> renameOf = new HashMap<>();  // live name (lower) → declared sibling renamed from it
  private final Map<String, D> matchOf = new HashMap<>();   // live name (lower) → declared sibling compared with it
  private final Set<D> matched = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * @param liveName the live spelling of a name, if a live sibling has it
   * @param renamedFrom the declared sibling's previous name, or null
   */
  SiblingMatch(Function<String, Optional<String>> liveName, List<D> declared, Function<D, String> name,
      Function<D, String> renamedFrom) {
    for (D want : declared) {                              // renames claim their live sibling first
      String old = renamedFrom.apply(want);
      if (old == null || Same.name(old, name.apply(want))) continue;
      liveName.apply(old).ifPresent(live -> {
        String key = Same.lower(live);
        renameOf.putIfAbsent(key, want);
        if (liveName.apply(name.apply(want)).isEmpty() && matchOf.putIfAbsent(key, want) == null) matched.add(want);
      });
    }
    for (D want : declared) {                              // then same names, among live siblings not claimed
      if (matched.contains(want)) continue;
      liveName.apply(name.apply(want)).map(Same::lower).filter(key -> !matchOf.containsKey(key)).ifPresent(key -> {
        matchOf.put(key, want);
        matched.add(want);
      });
    }
  }

  /** The declared sibling renamed from the live one named {@code live}, if any. */
  Optional<D> renamedTo(String live) {
    return Optional.ofNullable(renameOf.get(Same.lower(live)));
  }

  /** The declared sibling the live one named {@code live} is compared with (under its declared name). */
  Optional<D> comparedWith(String live) {
    D want = matchOf.get(Same.lower(live));
    D renamed = renameOf.get(Same.lower(live));
    return want != null && (renamed == null || want == renamed) ? Optional.of(want) : Optional.empty();
  }

  /** True when nothing declared takes the live sibling named {@code live}: it is dropped. */
  boolean dropped(String live) {
    return !renameOf.containsKey(Same.lower(live)) && !matchOf.containsKey(Same.lower(live));
  }

  /** True when {@code want} pairs with no live sibling: it is added. */
  boolean added(D want) {
    return !matched.contains(want);
  }
}
