package dev.readiness.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What the contract accepts as a link to a dashboard or a review: an absolute http or https URL with a host. */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text == null ? "" : text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
