package com.commerceconnectors.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * The baseline: the same HTTP calls a connector makes, made by a bare Apache HttpClient 5 loop (pooled connections,
 * the body parsed with Jackson as a connector parses it) and nothing else: no auth policy, no retry loop, no Camel.
 * Its throughput is the limit of this machine and this sandbox, against which the connectors are measured.
 */
final class PlainHttpLoop implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(128).setMaxConnPerRoute(128).build())
            .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
            .build();

    /** Signs in once, as a connector's token cache would, and returns the token. */
    String adminToken(URI tokenUri, String username, String password) throws IOException {
        HttpPost post = new HttpPost(tokenUri);
        post.setEntity(new StringEntity(JSON.createObjectNode().put("username", username).put("password", password)
                .toString(), ContentType.APPLICATION_JSON));
        return client.execute(post, response -> JSON.readTree(EntityUtils.toByteArray(response.getEntity())).asText());
    }

    /** A token for the baseline's requests, obtained once as a connector's cache would. */
    String token(String platform, com.commerceconnectors.sandbox.Sandbox sandbox) throws IOException {
        return switch (platform) {
            case "magento2" -> adminToken(URI.create(sandbox.magentoRestUri() + "/V1/integration/admin/token"),
                    com.commerceconnectors.sandbox.magento.MagentoSandbox.ADMIN_USERNAME,
                    com.commerceconnectors.sandbox.magento.MagentoSandbox.ADMIN_PASSWORD);
            case "oro" -> clientCredentials(URI.create(sandbox.oroUri() + "/oauth2-token"),
                    com.commerceconnectors.sandbox.oro.OroSandbox.BACKOFFICE_CLIENT_ID,
                    com.commerceconnectors.sandbox.oro.OroSandbox.BACKOFFICE_CLIENT_SECRET);
            default -> clientCredentials(URI.create(sandbox.commerceLayerAuthUri() + "/oauth/token"),
                    com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                    com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
        };
    }

    private String clientCredentials(URI tokenUri, String clientId, String clientSecret) throws IOException {
        HttpPost post = new HttpPost(tokenUri);
        post.setEntity(new StringEntity(JSON.createObjectNode().put("grant_type", "client_credentials")
                .put("client_id", clientId).put("client_secret", clientSecret).toString(), ContentType.APPLICATION_JSON));
        return client.execute(post, response -> JSON.readTree(EntityUtils.toByteArray(response.getEntity()))
                .path("access_token").asText());
    }

    /** GETs each URI in turn and counts the records of {@code itemsField} in the answers. */
    long replay(List<URI> uris, String authorization, String itemsField) throws IOException {
        long records = 0;
        for (URI uri : uris) {
            JsonNode page = get(uri, authorization);
            JsonNode items = itemsField.isEmpty() ? page : page.path(itemsField);
            records += items.isArray() ? items.size() : 1;
        }
        return records;
    }

    /** One GET, its body parsed. */
    JsonNode get(URI uri, String authorization) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Authorization", authorization);
        // JSON:API platforms want their media type; Magento takes it as JSON too
        get.setHeader("Accept", uri.getPath().contains("/V1/") ? "application/json" : "application/vnd.api+json");
        return client.execute(get, response -> {
            if (response.getCode() != 200) {
                throw new IOException("GET " + uri.getPath() + " answered " + response.getCode());
            }
            return JSON.readTree(EntityUtils.toByteArray(response.getEntity()));
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
