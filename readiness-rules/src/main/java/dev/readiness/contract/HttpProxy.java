package dev.readiness.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP proxy an {@code https:} contract is fetched through, as the build tool's settings name it for that URL.
 *
 * @param username and {@code password}: the proxy's credentials, when it asks for them
 */
public record HttpProxy(String host, int port, Optional<String> username, Optional<String> password) {

    public HttpProxy {
        Objects.requireNonNull(host, "host");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
