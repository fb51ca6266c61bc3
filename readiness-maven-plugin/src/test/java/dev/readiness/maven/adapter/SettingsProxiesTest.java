package dev.readiness.maven.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.contract.HttpProxy;
import java.net.URI;
import java.util.Optional;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.junit.jupiter.api.Test;

class SettingsProxiesTest {

    @Test
    void an_https_contract_goes_through_the_settings_proxy_with_its_credentials() {
        DefaultRepositorySystemSession session = session(new DefaultProxySelector().add(
                new Proxy("https", "proxy.acme.example", 3128,
                        new AuthenticationBuilder().addUsername("builder").addPassword("s3cret").build()),
                "*.internal.acme.example|localhost"));

        Optional<HttpProxy> proxy = SettingsProxies.of(session).apply(URI.create("https://contracts.acme.example/p.json"));

        assertThat(proxy).contains(new HttpProxy("proxy.acme.example", 3128, Optional.of("builder"), Optional.of("s3cret")));
    }

    @Test
    void a_host_the_settings_exclude_with_non_proxy_hosts_is_reached_directly() {
        DefaultRepositorySystemSession session = session(new DefaultProxySelector().add(
                new Proxy("https", "proxy.acme.example", 3128, null), "*.internal.acme.example|localhost"));

        assertThat(SettingsProxies.of(session).apply(URI.create("https://policy.internal.acme.example/p.json"))).isEmpty();
    }

    @Test
    void an_http_proxy_serves_https_when_no_https_proxy_is_set_as_maven_does_for_repositories() {
        DefaultRepositorySystemSession session = session(new DefaultProxySelector().add(
                new Proxy("http", "proxy.acme.example", 8080, null), null));

        assertThat(SettingsProxies.of(session).apply(URI.create("https://contracts.acme.example/p.json")))
                .contains(new HttpProxy("proxy.acme.example", 8080, Optional.empty(), Optional.empty()));
    }

    @Test
    void without_proxies_or_a_session_contracts_are_fetched_directly() {
        URI uri = URI.create("https://contracts.acme.example/p.json");

        assertThat(SettingsProxies.of(session(new DefaultProxySelector())).apply(uri)).isEmpty();
        assertThat(SettingsProxies.of(null).apply(uri)).isEmpty();
    }

    private static DefaultRepositorySystemSession session(DefaultProxySelector proxies) {
        DefaultRepositorySystemSession session = new DefaultRepositorySystemSession();
        session.setProxySelector(proxies);
        return session;
    }
}
