package dev.lakemigrate.spark;

import dev.lakemigrate.error.EdgeErrors;
import dev.lakemigrate.error.ErrorCode;
import dev.lakemigrate.error.LakemigrateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Embedded Derby admits one JVM per metastore; a second one hangs in Hive's retries and then fails
 * with "Unable to instantiate SessionHiveMetaStoreClient". This takes an OS file lock beside the
 * metastore for the life of the JVM, so a second local run over the same warehouse fails at once
 * with a message that says why. The OS drops the lock when the process dies: no stale locks.
 */
final class LocalWarehouseLock {
  static final String LOCK_FILE = "lakemigrate.lock";
  private static final Map<Path, FileLock> HELD = new HashMap<>();

  private LocalWarehouseLock() {}

  static synchronized void hold(Path metastoreDir) {
    Path file = metastoreDir.resolve(LOCK_FILE).toAbsolutePath().normalize();
    if (HELD.containsKey(file)) return;
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new LakemigrateException(ErrorCode.CONFIGURATION, EdgeErrors.localWarehouseBusy(metastoreDir.getParent()));
      }
      HELD.put(file, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock the local warehouse " + metastoreDir.getParent(), e);
    }
  }
}
