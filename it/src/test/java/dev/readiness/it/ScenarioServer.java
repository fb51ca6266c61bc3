package dev.readiness.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An {@code https:} server on 127.0.0.1 that a scenario's build fetches a contract from ({@code "server"} in
 * {@code scenario.json}), started before the build and stopped after it. Its certificate is made for the scenario
 * with keytool, and the build's JVM trusts it through {@link #mavenOpts()}. Kinds:
 * <ul>
 *   <li>{@code never-ending-body}: answers 200 and then sends a space every 200 ms, forever.</li>
 * </ul>
 * Scenario properties may name the server as {@code @it.server@} ({@code https://127.0.0.1:<port>}).
 */
final class ScenarioServer implements AutoCloseable {

    static final String PLACEHOLDER = "@it.server@";

    private static final String PASSWORD = "scenario-only";

    private final HttpsServer server;
    private final ExecutorService handlers;
    private final Path trustStore;

    private ScenarioServer(HttpsServer server, ExecutorService handlers, Path trustStore) {
        this.server = server;
        this.handlers = handlers;
        this.trustStore = trustStore;
    }

    static ScenarioServer start(String kind, Path workDir) throws Exception {
        if (!kind.equals("never-ending-body")) {
            throw new IllegalArgumentException("unknown scenario server kind " + kind);
        }
        Path store = workDir.resolve("server.p12");
        Files.deleteIfExists(store);
        Path log = workDir.resolve("keytool.log");
        Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!keytool.waitFor(2, TimeUnit.MINUTES) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + Files.readString(log));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", ScenarioServer::neverEndingBody);
        ExecutorService handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.start();
        return new ScenarioServer(server, handlers, store);
    }

    private static void neverEndingBody(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("{\"contract\": 1".getBytes(StandardCharsets.US_ASCII));
            while (!Thread.currentThread().isInterrupted()) {
                out.write(' ');
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up, or the scenario ended
        }
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** JVM options that make the build trust this server's certificate (and, for the build, only it). */
    String mavenOpts() {
        return "-Djavax.net.ssl.trustStore=" + trustStore + " -Djavax.net.ssl.trustStorePassword=" + PASSWORD
                + " -Djavax.net.ssl.trustStoreType=PKCS12";
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
