package com.commerceconnectors.magento2.oauth;

import com.commerceconnectors.connection.Secret;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What Magento POSTs to an integration's callback URL on "Activate": the consumer's key and secret, the store's base
 * URL and the verifier of the token exchange. {@code toString()} shows the store only.
 *
 * @param consumerKey    {@code oauth_consumer_key}
 * @param consumerSecret {@code oauth_consumer_secret}
 * @param storeBaseUrl   {@code store_base_url}, e.g. {@code https://shop.example.com/}; the token endpoints are below it
 * @param verifier       {@code oauth_verifier}
 */
public record ActivationCallback(String consumerKey, Secret consumerSecret, URI storeBaseUrl, Secret verifier) {

    static final String CONSUMER_KEY = "oauth_consumer_key";
    static final String CONSUMER_SECRET = "oauth_consumer_secret";
    static final String STORE_BASE_URL = "store_base_url";
    static final String VERIFIER = "oauth_verifier";

    public ActivationCallback {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        Objects.requireNonNull(storeBaseUrl, "storeBaseUrl");
        Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Reads the form body Magento posts.
     *
     * @throws InvalidActivationException naming the missing or unusable fields (never their values)
     */
    public static ActivationCallback fromForm(String body) throws InvalidActivationException {
        FormFields form;
        try {
            form = FormFields.parse(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidActivationException("The activation is not a valid form body: " + e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        for (String name : List.of(CONSUMER_KEY, CONSUMER_SECRET, STORE_BASE_URL, VERIFIER)) {
            if (form.value(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidActivationException("The activation lacks " + String.join(", ", missing)
                    + "; Magento posts oauth_consumer_key, oauth_consumer_secret, store_base_url and oauth_verifier");
        }
        return new ActivationCallback(form.value(CONSUMER_KEY).orElseThrow(),
                Secret.of(form.value(CONSUMER_SECRET).orElseThrow()),
                storeBaseUrl(form.value(STORE_BASE_URL).orElseThrow()),
                Secret.of(form.value(VERIFIER).orElseThrow()));
    }

    /** The store's base URL as an absolute http(s) URL ending in {@code /}, so that endpoints resolve below it. */
    private static URI storeBaseUrl(String text) throws InvalidActivationException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidActivationException("The activation's store_base_url is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidActivationException("The activation's store_base_url is not an absolute http(s) URL");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        try {
            return new URI(scheme + "://" + uri.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            throw new InvalidActivationException("The activation's store_base_url is not a URL");
        }
    }

    /** {@code POST} here for the request token. */
    public URI tokenRequestUri() {
        return storeBaseUrl.resolve("oauth/token/request");
    }

    /** {@code POST} here for the access token. */
    public URI tokenAccessUri() {
        return storeBaseUrl.resolve("oauth/token/access");
    }

    @Override
    public String toString() {
        return "ActivationCallback[" + storeBaseUrl + ", consumerKey=" + Secret.MASK + "]";
    }
}
