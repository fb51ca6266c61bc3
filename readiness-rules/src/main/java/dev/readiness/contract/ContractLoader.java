package dev.readiness.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.JsonTrees;
import dev.readiness.core.Location;
import dev.readiness.core.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * Reads contracts and their {@code extends} chains. Accepts comments and trailing commas, rejects duplicate keys,
 * unknown keys and wrong types with the file, line and fix. Each source is read once per loader, so one loader shared
 * by a build reads a policy once for all modules.
 */
public final class ContractLoader {

    /** Larger files are not contracts; refusing them early bounds memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    /**
     * The most contracts one {@code extends} chain may hold. Real chains hold a handful (project, team, organisation);
     * a limit keeps a generated or mistaken chain from reading thousands of files, and keeps the rules that compare
     * each contract with the ones below it ({@code contract.no-loosening}) cheap.
     */
    static final int MAX_EXTENDS_DEPTH = 64;

    /** For the connection and for the response's headers. */
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);

    /**
     * For the whole fetch of one {@code https:} contract, body included: a 4 MiB contract arrives well within it on a
     * slow link, and a server that sends a byte now and then cannot hold the build longer.
     */
    static final Duration FETCH_DEADLINE = Duration.ofSeconds(60);

    /** The system property that sets {@link #FETCH_DEADLINE} in seconds, for slow networks and for tests. */
    static final String FETCH_DEADLINE_PROPERTY = "readiness.https.deadline";

    private final ClassLoader classLoader;
    /** The proxy, if any, for each {@code https:} contract; the build tool's proxy settings. */
    private final Function<URI, Optional<HttpProxy>> proxies;
    private final Map<String, ContractLayer> layers = new ConcurrentHashMap<>();
    /** How long fetching one {@code https:} contract may take in all: connection, headers and the whole body. */
    private final Duration fetchDeadline;
    /** The TLS setup for {@code https:} contracts; empty for the JVM's default (its trust store). */
    private final Optional<SSLContext> sslContext;
    private volatile HttpClient httpClient;

    /** @param classLoader where {@code classpath:} contracts are looked up (the plugin's, with its dependencies) */
    public ContractLoader(ClassLoader classLoader) {
        this(classLoader, uri -> Optional.empty());
    }

    /**
     * @param classLoader where {@code classpath:} contracts are looked up (the plugin's, with its dependencies)
     * @param proxies the proxy through which to fetch an {@code https:} contract, empty for a direct connection
     */
    public ContractLoader(ClassLoader classLoader, Function<URI, Optional<HttpProxy>> proxies) {
        this(classLoader, proxies, fetchDeadlineFromSystem(), Optional.empty());
    }

    /** For tests: a short deadline, and a TLS setup that trusts the test's own server. */
    ContractLoader(ClassLoader classLoader, Function<URI, Optional<HttpProxy>> proxies, Duration fetchDeadline,
            Optional<SSLContext> sslContext) {
        this.classLoader = classLoader;
        this.proxies = proxies;
        this.fetchDeadline = fetchDeadline;
        this.sslContext = sslContext;
    }

    private static Duration fetchDeadlineFromSystem() {
        String value = System.getProperty(FETCH_DEADLINE_PROPERTY, "").trim();
        if (value.isEmpty()) {
            return FETCH_DEADLINE;
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("-D" + FETCH_DEADLINE_PROPERTY + " must be a whole number of seconds of at least 1, found \"" + value + "\"",
                "write -D" + FETCH_DEADLINE_PROPERTY + "=60, or leave it out for 60 seconds");
    }

    /**
     * Loads a contract, the chain it extends, and the organisation policy under all of them.
     *
     * @param policy an organisation's contract that the chain implicitly extends, if any
     */
    public LoadedContract load(ContractSource source, Optional<ContractSource> policy) {
        List<ContractLayer> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        java.util.Set<String> seenSet = new java.util.HashSet<>();
        ContractSource next = source;
        while (next != null) {
            if (!seenSet.add(next.reference())) {
                seen.add(next.reference());
                throw new InvalidInputException(chain.get(chain.size() - 1).locate("/extends"),
                        "the contracts extend each other in a cycle: " + String.join(" -> ", seen),
                        "remove the \"extends\" that points back into the chain");
            }
            if (chain.size() == MAX_EXTENDS_DEPTH) {
                throw new InvalidInputException(chain.get(chain.size() - 1).locate("/extends"),
                        "the chain of contracts extending one another is longer than " + MAX_EXTENDS_DEPTH
                                + " (from " + source + ")",
                        "extend fewer contracts: a project usually extends a team's or an organisation's policy, "
                                + "which extends at most a few more");
            }
            seen.add(next.reference());
            ContractLayer layer = layer(next, chain.isEmpty() ? null : chain.get(chain.size() - 1));
            chain.add(layer);
            next = layer.contract().extendsRef().isEmpty() ? null : next.resolve(layer.contract().extendsRef());
        }
        if (policy.isPresent() && !seenSet.contains(policy.get().reference())) {
            chain.add(layer(policy.get(), null));
        }
        ObjectNode merged = chain.get(chain.size() - 1).tree().deepCopy();
        for (int i = chain.size() - 2; i >= 0; i--) {
            merge(merged, chain.get(i).tree());
        }
        merged.remove("extends");
        return new LoadedContract(chain, merged, bind(merged, chain.get(0)));
    }

    private ContractLayer layer(ContractSource source, ContractLayer extendedBy) {
        ContractLayer cached = layers.get(source.reference());
        if (cached != null) {
            return cached;
        }
        byte[] bytes = read(source, extendedBy);
        ContractLayer layer = parse(source, bytes);
        layers.putIfAbsent(source.reference(), layer);
        return layer;
    }

    /** Parses one contract file's bytes; public for tools that check a contract without a chain. */
    public ContractLayer parse(ContractSource source, byte[] bytes) {
        Path display = source.displayPath();
        JsonNode tree;
        JsonLocations locations;
        try {
            JsonTrees.Parsed parsed = JsonTrees.read(JsonTrees.LENIENT, bytes);
            tree = parsed.tree();
            locations = parsed.locations();
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(new Location(display, lineOf(e), columnOf(e)),
                    "the file exceeds a JSON limit: " + e.getOriginalMessage(),
                    "a contract is a small document; check that this is the right file");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(new Location(display, lineOf(e), columnOf(e)),
                    "malformed JSON: " + firstLine(withoutTokens(e.getOriginalMessage())),
                    "correct the JSON syntax at that position (comments and trailing commas are allowed)");
        } catch (IOException e) {
            throw new InvalidInputException(Location.of(display), "cannot read the contract: " + e.getMessage(),
                    "check that the file is readable");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(Location.of(display, 1),
                    "a contract must be a JSON object, found " + (tree == null ? "an empty file" : describe(tree)),
                    "start from {\"contract\": 1} or run mvn readiness:init");
        }
        ContractLayer partial = new ContractLayer(source, sha256(bytes), (ObjectNode) tree, locations, null);
        requireFiniteNumbers(partial);
        Contract contract = bind((ObjectNode) tree, partial);
        if (contract.contract() < Contract.FIRST_VERSION || contract.contract() > Contract.VERSION) {
            boolean missing = !tree.has("contract");
            throw new InvalidInputException(partial.locate(missing ? "" : "/contract"),
                    missing ? "the contract has no \"contract\" format version"
                            : "unsupported contract format version " + tree.get("contract") + " (this plugin reads "
                                    + "versions " + Contract.FIRST_VERSION + " to " + Contract.VERSION + ")",
                    "add \"contract\": " + Contract.VERSION + " at the top of the file (or " + Contract.FIRST_VERSION
                            + " to keep the rules of the first format only)");
        }
        return new ContractLayer(source, partial.sha256(), partial.tree(), locations, contract);
    }

    /**
     * No number in a contract may be infinite: JSON has no infinity, but a parser reads {@code 1e400} as one, and a
     * threshold {@code "max": 1e400} would then hold for any measured value. Every number is checked, so the options
     * of rules from other jars are covered too.
     */
    private static void requireFiniteNumbers(ContractLayer layer) {
        java.util.Deque<Map.Entry<String, JsonNode>> pending = new java.util.ArrayDeque<>();
        pending.push(Map.entry("", layer.tree()));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            JsonNode node = entry.getValue();
            if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
                throw new InvalidInputException(layer.locate(entry.getKey()),
                        "\"" + dotted(entry.getKey()) + "\" must be a finite number, found one beyond the range of a double"
                                + " (about 1.8e308), which would be read as " + (node.doubleValue() > 0 ? "" : "minus ")
                                + "infinity",
                        "write a number between -1.7e308 and 1.7e308; to leave a bound open, leave out \"min\" or \"max\"");
            }
            // Children go on the stack last first, so that the first infinite number in the file is the one reported.
            List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    children.add(Map.entry(entry.getKey() + "/" + JsonLocations.escape(field.getKey()), field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    children.add(Map.entry(entry.getKey() + "/" + i, node.get(i)));
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    private static Contract bind(ObjectNode tree, ContractLayer layer) {
        try {
            return ContractBinding.contract(tree);
        } catch (ContractBinding.Mismatch e) {
            String pointer = e.pointer;
            if (e.unknownKey != null) {
                List<String> known = e.known.stream().filter(k -> !k.startsWith("$")).sorted().toList();
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                throw new InvalidInputException(layer.locate(pointer),
                        "unknown key \"" + e.unknownKey + "\"" + where(parent)
                                + Suggestions.didYouMean(e.unknownKey, known),
                        "use one of: " + String.join(", ", known));
            }
            throw new InvalidInputException(layer.locate(pointer),
                    "\"" + dotted(pointer) + "\" must be " + e.expected + ", found " + describe(tree.at(pointer)),
                    "correct the value's type (see the contract's JSON Schema, readiness.schema.json)");
        }
    }

    private byte[] read(ContractSource source, ContractLayer extendedBy) {
        Location from = extendedBy == null ? null : extendedBy.locate("/extends");
        return switch (source.kind()) {
            case FILE -> readFile(source.file().orElseThrow(), from);
            case CLASSPATH -> readResource(source, from);
            case HTTPS -> fetch(source, from);
        };
    }

    private static byte[] readFile(Path file, Location from) {
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(from == null ? Location.of(file) : from,
                        file + " is a directory, not a contract file", "name the readiness.json file itself");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A device or a named pipe: reading it could block the build forever.
                throw new InvalidInputException(from == null ? Location.of(file) : from,
                        file + " is not a regular file (a device or a pipe), not a contract file",
                        "name the readiness.json file itself");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInputException(Location.of(file), "the contract is larger than " + MAX_BYTES + " bytes",
                        "check that this is the right file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(from == null ? Location.of(file) : from,
                    "the contract " + file + " does not exist",
                    from == null ? "create it (mvn readiness:init) or correct readiness.contract"
                            : "correct the \"extends\" path; it is relative to the extending contract");
        } catch (IOException e) {
            throw new InvalidInputException(Location.of(file), "cannot read the contract: "
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString()),
                    "check that the file is readable by the user running Maven");
        }
    }

    private byte[] readResource(ContractSource source, Location from) {
        String resource = source.reference().substring("classpath:".length());
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException(from,
                        "the contract " + source + " is not on the plugin's classpath",
                        "add the jar that holds " + resource + " as a <dependency> of readiness-maven-plugin, "
                                + "or correct the resource path");
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(from, "the contract " + source + " is larger than " + MAX_BYTES + " bytes",
                        "check that this is the right resource");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException(from, "cannot read " + source + ": " + e.getMessage(), "check the policy jar");
        }
    }

    private byte[] fetch(ContractSource source, Location from) {
        URI uri = URI.create(source.reference());
        Optional<HttpProxy> proxy = proxies.apply(uri);
        String through = proxy.map(p -> " through the proxy " + p + " of the build's settings").orElse("");
        String check = proxy.isPresent() ? "check the URL, the network and the proxy in settings.xml"
                : "check the URL and the network";
        LimitedBody body = new LimitedBody(MAX_BYTES);
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(
                HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).header("Accept", "application/json").GET().build(),
                info -> info.statusCode() == 200 ? body : new Discarded());
        try {
            HttpResponse<byte[]> response = exchange.get(fetchDeadline.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new InvalidInputException(from, "fetching the contract " + uri + through + " answered HTTP "
                        + response.statusCode(), "check the URL, or ship the contract in a jar and use classpath:");
            }
            return response.body();
        } catch (TimeoutException e) {
            body.cancel();
            exchange.cancel(true);
            throw new InvalidInputException(from, "fetching the contract " + uri + through + " took longer than "
                    + describe(fetchDeadline) + " (" + body.received() + " bytes received): the whole transfer must end"
                    + " within that time", check + ", or ship the contract in a jar and use classpath:");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof TooLarge) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof TooLarge) {
                throw new InvalidInputException(from, "the contract " + uri + through + " is larger than " + MAX_BYTES
                        + " bytes: the server sent more, and the rest was not read", "check the URL");
            }
            throw new InvalidInputException(from, "cannot fetch the contract " + uri + through + ": " + e.getCause(),
                    check + ", or ship the contract in a jar and use classpath:");
        } catch (InterruptedException e) {
            body.cancel();
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InvalidInputException(from, "interrupted while fetching " + uri, "run the build again");
        }
    }

    private static String describe(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + " ms";
        }
        return duration.toSeconds() == 1 ? "1 second" : duration.toSeconds() + " seconds";
    }

    /** The body of an answer other than 200: not read at all, so that one that never ends cannot hold the build. */
    private static final class Discarded implements HttpResponse.BodySubscriber<byte[]> {

        @Override
        public CompletionStage<byte[]> getBody() {
            return CompletableFuture.completedFuture(new byte[0]);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // never requested
        }

        @Override
        public void onError(Throwable throwable) {
            // nothing was read
        }

        @Override
        public void onComplete() {
            // nothing was read
        }
    }

    /** Raised inside the HTTP client when a body passes the size limit; the fetch turns it into the user's error. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("the body passed the size limit");
        }
    }

    /**
     * Collects a response body up to a limit, one buffer list at a time: past the limit it cancels the transfer, so a
     * body that never ends costs at most the limit in memory, and the deadline can cancel a body that trickles.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        private volatile long received;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        long received() {
            return received;
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.cancel(false);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (result.isDone()) {
                subscription.cancel();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                received += buffer.remaining();
                if (received > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private HttpClient client() {
        HttpClient client = httpClient;
        if (client == null) {
            synchronized (this) {
                if (httpClient == null) {
                    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .proxy(new SettingsProxySelector())
                            .authenticator(new SettingsProxyAuthenticator());
                    sslContext.ifPresent(builder::sslContext);
                    httpClient = builder.build();
                }
                client = httpClient;
            }
        }
        return client;
    }

    /** Objects merge key by key, the overlay winning; anything else in the overlay replaces what is under it. */
    static void merge(ObjectNode base, ObjectNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode overlayObject) {
                merge(existingObject, overlayObject);
            } else {
                base.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String dotted(String pointer) {
        return pointer.isEmpty() ? "(top level)" : pointer.substring(1).replace("/", ".").replace("~1", "/").replace("~0", "~");
    }

    private static String where(String parentPointer) {
        return parentPointer.isEmpty() ? " at the top level" : " in \"" + dotted(parentPointer) + "\"";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string " + abbreviate(JsonTrees.compactText(node));
            case NUMBER -> "the number " + abbreviate(JsonTrees.compactText(node));
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * The parser's message without the text of an unrecognized word: {@code extends} and {@code readiness.policy} may
     * name any file, and a file that is not JSON (an access token, a password file) must not have its first word
     * printed in a build log. The line and column still show where it is.
     */
    static String withoutTokens(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("Unrecognized token '[^']*('|$)", "Unrecognized token")
                .replaceAll("Unexpected end-of-input in VALUE_STRING", "Unexpected end of input inside a string");
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    private static int columnOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return abbreviate(newline < 0 ? message : message.substring(0, newline));
    }

    /** Sends each request through the proxy the build's settings name for its URL, or directly. */
    private final class SettingsProxySelector extends ProxySelector {

        @Override
        public List<Proxy> select(URI uri) {
            return proxies.apply(uri)
                    .map(p -> List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port()))))
                    .orElse(List.of(Proxy.NO_PROXY));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // The request fails with this exception, which the error message names.
        }
    }

    /** Answers a proxy's request for credentials with those of the build's settings; nothing else. */
    private final class SettingsProxyAuthenticator extends Authenticator {

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY || getRequestingURL() == null) {
                return null;
            }
            try {
                return proxies.apply(getRequestingURL().toURI())
                        .filter(p -> p.host().equalsIgnoreCase(getRequestingHost()) && p.username().isPresent())
                        .map(p -> new PasswordAuthentication(p.username().get(), p.password().orElse("").toCharArray()))
                        .orElse(null);
            } catch (URISyntaxException e) {
                return null;
            }
        }
    }
}
