package dev.lakemigrate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby network server in its own JVM on a free port (the Derby that spark-hive brings, with
 * {@code derbynet}), so several local lakemigrate processes share one Hive metastore. Its own JVM,
 * not this one: stopping a server started in-process can shut down this JVM's embedded Derby, which
 * holds the shared test session's metastore. The server JVM watches this one and ends with it.
 */
final class DerbyServer implements AutoCloseable {

  private final Process process;
  private final int port;

  private DerbyServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server with {@code home} as its {@code derby.system.home} and waits until it accepts connections. */
  static DerbyServer start(Path home) throws IOException, InterruptedException {
    Files.createDirectories(home);
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    List<String> command = JvmLauncher.command(List.of("-Xmx256m", "-Dderby.system.home=" + home), DerbyServer.class.getName(),
        List.of(String.valueOf(port), String.valueOf(ProcessHandle.current().pid())));
    Process process = JvmLauncher.builder(command, home).redirectErrorStream(true)
        .redirectOutput(home.resolve("server.log").toFile()).start();
    DerbyServer server = new DerbyServer(process, port);
    server.awaitListening(home);
    return server;
  }

  /** The metastore URL for {@code lakemigrate.local.metastore-url}: database {@code name} under the server's home. */
  String url(String name) {
    return "jdbc:derby://127.0.0.1:" + port + "/" + name + ";create=true";
  }

  private void awaitListening(Path home) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Derby network server exited: " + Files.readString(home.resolve("server.log")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    close();
    throw new IllegalStateException("Derby network server did not listen on port " + port + " within 60 s");
  }

  /** The server JVM: {@code <port> <test-pid>}; it ends when the test JVM does, whatever happened there. */
  public static void main(String[] args) throws Exception {
    ProcessHandle test = ProcessHandle.of(Long.parseLong(args[1])).orElseThrow();
    new NetworkServerControl(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]))
        .start(new PrintWriter(System.out, true));
    while (test.isAlive()) Thread.sleep(500);
    Runtime.getRuntime().halt(0);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
  }
}
