package com.commerceconnectors.cli.activate;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.secret.SecretCipher;
import com.commerceconnectors.connection.secret.SecretCipherException;
import com.commerceconnectors.magento2.oauth.IntegrationTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The connection document of an activated integration: connector magento2, auth oauth1 with HMAC-SHA256, the
 * consumer secret, access token and access token secret encrypted as {@code enc:v1:…} values (or, only when asked
 * for, in clear). The consumer key is written as it is: the schema does not count it as a secret, so it cannot be
 * encrypted. The text is checked by {@link ConnectionLoader} exactly as every command will read it.
 */
public final class ActivatedConnection {

    private static final String SCHEMA = "https://commerceconnectors.com/schema/connection/v1/connection.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivatedConnection() {
    }

    /**
     * The document's text.
     *
     * @param name    the connection name; {@code null} for one made from the store's host
     * @param baseUri the REST root; {@code null} for {@code store_base_url + "rest"}
     * @param cipher  encrypts the secrets; {@code null} writes them in clear
     * @throws SecretCipherException when a secret cannot be encrypted
     */
    public static String text(IntegrationTokens tokens, String name, URI baseUri, SecretCipher cipher)
            throws SecretCipherException {
        Objects.requireNonNull(tokens, "tokens");
        ObjectNode doc = JSON.createObjectNode();
        doc.put("$schema", SCHEMA);
        doc.put("name", name != null ? name : nameFor(tokens.storeBaseUrl()));
        doc.put("connector", "magento2");
        doc.put("baseUri", (baseUri != null ? baseUri : tokens.restUri()).toString());
        ObjectNode auth = doc.putObject("auth");
        auth.put("type", "oauth1");
        auth.put("signatureMethod", "HMAC-SHA256");
        auth.put("consumerKey", tokens.consumerKey());
        auth.put("consumerSecret", sealed(tokens.consumerSecret(), cipher));
        auth.put("accessToken", sealed(tokens.accessToken(), cipher));
        auth.put("accessTokenSecret", sealed(tokens.accessTokenSecret(), cipher));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of plain text nodes always serialises
            throw new IllegalStateException("cannot write the connection document", e);
        }
    }

    /**
     * Loads the text as every command will, decrypting with the key in {@code environment}.
     *
     * @throws ConnectionException listing every problem (e.g. a name the schema refuses)
     */
    public static Connection check(String text, String sourceName, Function<String, String> environment) {
        return new ConnectionLoader(LoaderSettings.defaults().withEnvironment(environment)).parse(text, sourceName);
    }

    /** A connection name from the store's host: the characters the schema allows, at most 64. */
    static String nameFor(URI store) {
        String host = store.getHost() == null ? "" : store.getHost().toLowerCase(Locale.ROOT);
        String name = host.replaceAll("[^A-Za-z0-9._-]", "-");
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        return name.isEmpty() ? "magento2" : name;
    }

    private static String sealed(Secret secret, SecretCipher cipher) throws SecretCipherException {
        return cipher == null ? secret.reveal() : cipher.encrypt(secret.reveal());
    }
}
