package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code https:} contracts from a server that misbehaves: one on 127.0.0.1 that this test starts with a certificate it
 * makes (keytool) and stops at the end. The loader under test trusts that certificate and has a one-second deadline.
 */
class HostileServerTest {

    private static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    static Path keys;

    @TempDir
    Path dir;

    private static HttpsServer server;
    private static ExecutorService handlers;
    private static SSLContext trusting;

    @BeforeAll
    static void start() throws Exception {
        Path store = keys.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).redirectOutput(keys.resolve("keytool.log").toFile()).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool ends").isTrue();
        assertThat(keytool.exitValue()).as(Files.readString(keys.resolve("keytool.log"))).isZero();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, PASSWORD);
        SSLContext serving = SSLContext.getInstance("TLS");
        serving.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(keyStore);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, trustManagers.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serving));
        server.createContext("/policy.json", exchange -> respond(exchange, "{ \"contract\": 1 }"));
        server.createContext("/endless.json", HostileServerTest::endless);
        server.createContext("/trickle.json", HostileServerTest::trickle);
        server.createContext("/missing.json", HostileServerTest::missingForever);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A body that never ends, sent as fast as the client takes it. */
    private static void endless(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write('[');
            while (!Thread.currentThread().isInterrupted()) {
                out.write(spaces);
            }
        } catch (IOException e) {
            // the client hung up, as it should
        }
    }

    /** A body that never ends, one byte every 100 ms: each read succeeds, so only a deadline ends the transfer. */
    private static void trickle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write('{');
            while (!Thread.currentThread().isInterrupted()) {
                out.write(' ');
                out.flush();
                Thread.sleep(100);
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up, or the test ended
        }
    }

    /** A 404 whose body never ends: the status is the answer, the body is not read. */
    private static void missingForever(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(404, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            while (!Thread.currentThread().isInterrupted()) {
                out.write(' ');
                out.flush();
                Thread.sleep(100);
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up, or the test ended
        }
    }

    private ContractLoader loader() {
        return loader(Duration.ofSeconds(1));
    }

    private ContractLoader loader(Duration deadline) {
        return new ContractLoader(getClass().getClassLoader(), uri -> Optional.empty(), deadline, Optional.of(trusting));
    }

    private String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path extending(String path) throws IOException {
        Path file = dir.resolve("readiness.json");
        Files.writeString(file, "{\n  \"contract\": 1,\n  \"extends\": \"" + url(path) + "\"\n}\n");
        return file;
    }

    private InvalidInputException failure(Path file) {
        return failure(file, loader());
    }

    private InvalidInputException failure(Path file, ContractLoader loader) {
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> catchThrowable(() -> loader.load(ContractSource.file(file), Optional.empty())));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    @Test
    void a_well_behaved_server_serves_the_contract() throws IOException {
        Path file = extending("/policy.json");

        // A deadline the transfer meets even in a cold JVM on a loaded machine: the hostile cases test the bound.
        LoadedContract loaded = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> loader(Duration.ofSeconds(15)).load(ContractSource.file(file), Optional.empty()));

        assertThat(loaded.chain()).hasSize(2);
        assertThat(loaded.chain().get(1).source().reference()).isEqualTo(url("/policy.json"));
    }

    @Test
    void a_body_that_never_ends_is_refused_past_the_size_limit() throws IOException {
        Path file = extending("/endless.json");

        // A deadline far away, so that only the size limit ends the transfer, however busy the machine is.
        InvalidInputException error = failure(file, loader(Duration.ofSeconds(60)));

        assertThat(error.problem()).isEqualTo("the contract " + url("/endless.json") + " is larger than "
                + ContractLoader.MAX_BYTES + " bytes: the server sent more, and the rest was not read");
        assertThat(error.location()).contains(new Location(file, 3, 3));
    }

    @Test
    void a_body_sent_a_byte_at_a_time_ends_at_the_deadline() throws IOException {
        Path file = extending("/trickle.json");

        InvalidInputException error = failure(file);

        assertThat(error.problem()).startsWith("fetching the contract " + url("/trickle.json")
                + " took longer than 1 second (");
        assertThat(error.problem()).endsWith("bytes received): the whole transfer must end within that time");
        assertThat(error.location()).contains(new Location(file, 3, 3));
        assertThat(error.fix()).contains("classpath:");
    }

    @Test
    void the_policy_from_a_server_that_never_ends_is_refused_too() throws IOException {
        Path file = dir.resolve("readiness.json");
        Files.writeString(file, "{ \"contract\": 1 }");

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchThrowable(() -> loader()
                .load(ContractSource.file(file), Optional.of(ContractSource.parse(url("/trickle.json"), dir)))));

        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problem()).contains("took longer than 1 second");
    }

    @Test
    void an_error_status_with_a_body_that_never_ends_is_reported_by_its_status() throws IOException {
        Path file = extending("/missing.json");

        InvalidInputException error = failure(file, loader(Duration.ofSeconds(60)));

        assertThat(error.problem()).isEqualTo("fetching the contract " + url("/missing.json") + " answered HTTP 404");
        assertThat(error.location()).contains(new Location(file, 3, 3));
    }
}
