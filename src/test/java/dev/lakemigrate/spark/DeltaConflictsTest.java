package dev.lakemigrate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeltaConflictsTest {
  /** Stands for Databricks' or Delta's class of the same simple name. */
  static class ConcurrentAppendException extends RuntimeException {
    ConcurrentAppendException() {
      super("a concurrent MERGE added data");
    }
  }

  static class WrappedConflict extends ConcurrentAppendException {}

  @Test
  void recognisesConflictsByClassNameHierarchyCauseAndCondition() {
    assertThat(DeltaConflicts.isConflict(new ConcurrentAppendException())).isTrue();
    assertThat(DeltaConflicts.isConflict(new WrappedConflict())).isTrue();
    assertThat(DeltaConflicts.isConflict(new IllegalStateException("outer", new ConcurrentAppendException()))).isTrue();
    assertThat(DeltaConflicts.isConflict(new RuntimeException("[DELTA_CONCURRENT_APPEND.WITHOUT_HINT] Transaction conflict")))
        .isTrue();
  }

  @Test
  void otherFailuresAreNotConflicts() {
    assertThat(DeltaConflicts.isConflict(new RuntimeException("[TABLE_OR_VIEW_NOT_FOUND] no table"))).isFalse();
    assertThat(DeltaConflicts.isConflict(new IllegalStateException(new NullPointerException()))).isFalse();
  }
}
