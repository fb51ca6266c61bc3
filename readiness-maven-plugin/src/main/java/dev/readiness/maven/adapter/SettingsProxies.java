package dev.readiness.maven.adapter;

import dev.readiness.contract.HttpProxy;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.AuthenticationContext;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The proxies of Maven's settings ({@code <proxies>} in settings.xml, passwords decrypted), for the {@code https:}
 * contracts the check fetches: the same choice Maven makes for a repository at that URL, its {@code nonProxyHosts}
 * and its use of an {@code http} proxy for {@code https} when no {@code https} one is set included.
 */
public final class SettingsProxies {

    private SettingsProxies() {
    }

    /** The proxy for each URL, empty for a direct connection (also when there is no session, as in tests). */
    public static Function<URI, Optional<HttpProxy>> of(RepositorySystemSession session) {
        return new Lookup(session);
    }

    /** Asks the session's proxy selector, as the resolver does for a repository at the same URL. */
    private record Lookup(RepositorySystemSession session) implements Function<URI, Optional<HttpProxy>> {
        @Override
        public Optional<HttpProxy> apply(URI uri) {
            return session == null || session.getProxySelector() == null ? Optional.empty() : lookup(session, uri);
        }
    }

    private static Optional<HttpProxy> lookup(RepositorySystemSession session, URI uri) {
        RemoteRepository repository = new RemoteRepository.Builder("readiness-contract", "default", uri.toString()).build();
        Proxy proxy = session.getProxySelector().getProxy(repository);
        if (proxy == null) {
            return Optional.empty();
        }
        Optional<String> username = Optional.empty();
        Optional<String> password = Optional.empty();
        if (proxy.getAuthentication() != null) {
            RemoteRepository throughProxy = new RemoteRepository.Builder(repository).setProxy(proxy).build();
            try (AuthenticationContext authentication = AuthenticationContext.forProxy(session, throughProxy)) {
                if (authentication != null) {
                    username = Optional.ofNullable(authentication.get(AuthenticationContext.USERNAME));
                    password = Optional.ofNullable(authentication.get(AuthenticationContext.PASSWORD));
                }
            }
        }
        return Optional.of(new HttpProxy(proxy.getHost(), proxy.getPort(), username, password));
    }
}
