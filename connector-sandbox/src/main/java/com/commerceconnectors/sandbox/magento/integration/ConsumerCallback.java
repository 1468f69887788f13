package com.commerceconnectors.sandbox.magento.integration;

import com.commerceconnectors.sandbox.http.UrlEncoding;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts an integration's consumer credentials to its callback URL the way Magento's {@code postToConsumer} does: one
 * form-encoded POST, no redirects followed, a 5 second timeout ({@code oauth/consumer/post_timeout}).
 */
public final class ConsumerCallback {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private volatile HttpClient client;

    /**
     * @return the HTTP status the callback answered (Magento ignores it; tests may not)
     * @throws IOException when nothing answered, in words that name the callback but no credential
     */
    public int post(URI callback, CallbackPost post) throws IOException {
        String form = "oauth_consumer_key=" + UrlEncoding.phpUrlEncode(post.consumerKey())
                + "&oauth_consumer_secret=" + UrlEncoding.phpUrlEncode(post.consumerSecret())
                + "&store_base_url=" + UrlEncoding.phpUrlEncode(post.storeBaseUrl())
                + "&oauth_verifier=" + UrlEncoding.phpUrlEncode(post.verifier());
        HttpRequest request = HttpRequest.newBuilder(callback)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while posting the integration's credentials to "
                    + callback);
        } catch (IOException e) {
            throw new IOException("Unable to post the integration's credentials to " + callback + ": "
                    + describe(e), e);
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.ConnectException) {
            return "nothing listens there (connection refused)";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "it did not answer within " + TIMEOUT.toSeconds() + " seconds";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
