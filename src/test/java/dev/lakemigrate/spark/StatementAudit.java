package dev.lakemigrate.spark;

import dev.lakemigrate.reliability.AuditLog;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * A Spark session extension for the test session: wraps the SQL parser so every text passed to
 * {@code spark.sql} (on the caller's thread) is recorded in {@link AuditLog}, marked as lakemigrate's
 * when a main-code class of lakemigrate (other than the bare {@link SparkSqlRunner}) is on the stack.
 * A dynamic proxy, so it fits the parser interface of Spark 3.5 and 4.0 alike.
 */
public final class StatementAudit extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    extensions.injectParser((session, delegate) -> recording(delegate));
    return BoxedUnit.UNIT;
  }

  private static ParserInterface recording(ParserInterface delegate) {
    return (ParserInterface) Proxy.newProxyInstance(StatementAudit.class.getClassLoader(),
        new Class<?>[] {ParserInterface.class}, (proxy, method, args) -> {
          if (method.getName().equals("parsePlan") && args != null && args.length == 1 && args[0] instanceof String sql) {
            AuditLog.record(sql, fromLakemigrate());
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static boolean fromLakemigrate() {
    return WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
        .anyMatch(c -> c.getName().startsWith("dev.lakemigrate.") && c != SparkSqlRunner.class && isMainCode(c)));
  }

  private static boolean isMainCode(Class<?> c) {
    var source = c.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    return location != null && !location.getPath().contains("test-classes");
  }
}
