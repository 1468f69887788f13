package com.commerceconnectors.core.error;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.ResponseTooLargeException;
import com.commerceconnectors.core.http.RetryAfter;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.net.NamedEndpoint;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a non-2xx answer or an I/O failure into an {@link ApiException} whose message says what happened and what
 * to do. The platform's words come from an {@link ErrorBodyDecoder}; a connector's {@link ErrorAdvisor} may replace
 * the generic advice.
 */
public final class ErrorMapper {

    private final String platformName;
    private final ErrorBodyDecoder decoder;
    private final ErrorAdvisor advisor;
    private final Clock clock;

    /**
     * @param platformName how messages name the platform ("Magento"); "The server" when {@code null}
     */
    public ErrorMapper(String platformName, ErrorBodyDecoder decoder, ErrorAdvisor advisor, Clock clock) {
        this.platformName = platformName == null || platformName.isBlank() ? "The server" : platformName.strip();
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static ErrorMapper standard(String platformName) {
        return new ErrorMapper(platformName, ErrorBodyDecoder.standard(), ErrorAdvisor.standard(), Clock.systemUTC());
    }

    public String platformName() {
        return platformName;
    }

    public DecodedError decode(ApiResponse response) {
        try {
            return decoder.decode(response);
        } catch (RuntimeException e) {
            // a connector's decoder must not turn a clear HTTP error into an obscure parsing error
            return ErrorBodyDecoder.standard().decode(response);
        }
    }

    /** A non-2xx answer to an ordinary API call. */
    public ApiException fromResponse(ApiRequest request, ApiResponse response, boolean credentialsRefreshed) {
        int status = response.status();
        DecodedError decoded = decode(response);
        Duration retryAfter = RetryAfter.fromResponse(response, clock).orElse(null);
        ErrorCategory category = categoryOf(status);
        FailureReason reason = status == 407 ? FailureReason.PROXY
                : status >= 300 && status < 400 ? FailureReason.REDIRECT : FailureReason.HTTP_STATUS;
        FailureContext ctx = new FailureContext(category, reason, status, decoded, request.method().name(), request.uri(),
                credentialsRefreshed, false);
        String advice = advise(ctx, defaultAdvice(ctx, response, retryAfter));
        return ApiException.builder(category, reason)
                .status(status)
                .summary(answered(status, decoded))
                .platformMessage(decoded.message())
                .advice(advice)
                .retryable(Retryability.afterStatus(request, status, retryAfter != null))
                .retryAfter(retryAfter)
                .request(request.method().name(), request.uri())
                .serverDate(serverDate(response))
                .build();
    }

    /**
     * A non-2xx answer from a token endpoint. A 400, 401 or 403 there means the credentials were refused; the
     * platform's words are quoted with every given secret redacted, in case the endpoint echoes what it was sent.
     */
    public ApiException fromTokenResponse(ApiRequest request, ApiResponse response, Collection<Secret> secrets) {
        int status = response.status();
        DecodedError decoded = decode(response);
        Duration retryAfter = RetryAfter.fromResponse(response, clock).orElse(null);
        ErrorCategory category;
        FailureReason reason = FailureReason.TOKEN_ENDPOINT;
        String summary;
        String advice;
        String said = decoded.hasMessage() ? SecretRedactor.redact(decoded.message(), secrets) : null;
        String phrase = status + " " + reasonPhrase(status);
        if (status == 400 || status == 401 || status == 403) {
            category = ErrorCategory.AUTHENTICATION;
            summary = platformName + " refused the sign-in at its token endpoint (" + phrase + ")"
                    + (said != null ? ": " + said : "");
            advice = "Check auth.username and auth.password. Do not retry in a loop: platforms lock an account after "
                    + "a few failed sign-ins";
        } else if (status == 404 || status == 405) {
            category = ErrorCategory.CONFIGURATION;
            summary = platformName + " has no token endpoint at this address (" + phrase + ")";
            advice = "Check auth.tokenUri and baseUri";
        } else if (status >= 300 && status < 400) {
            category = ErrorCategory.PROTOCOL;
            reason = FailureReason.REDIRECT;
            summary = platformName + "'s token endpoint redirected elsewhere (" + phrase + ")";
            advice = "Use the final address in auth.tokenUri or baseUri (http:// instead of https://?); credentials are "
                    + "never sent on to a redirect";
        } else {
            category = categoryOf(status);
            summary = platformName + "'s token endpoint answered " + phrase + (said != null ? ": " + said : "");
            advice = category == ErrorCategory.RATE_LIMITED ? rateLimitAdvice(retryAfter)
                    : category == ErrorCategory.SERVER ? "Retry later; if it persists, check the platform's status and logs"
                    : "Check the requestAuth settings (tokenUri, method, body)";
        }
        FailureContext ctx = new FailureContext(category, reason, status, decoded, request.method().name(), request.uri(),
                false, true);
        return ApiException.builder(category, reason)
                .status(status)
                .summary(summary)
                .platformMessage(said)
                .advice(advise(ctx, advice))
                // a sign-in sends nothing that a repeat could duplicate, but refused credentials stay refused
                .retryable(Retryability.isTransientStatus(status))
                .retryAfter(retryAfter)
                .request(request.method().name(), request.uri())
                .serverDate(serverDate(response))
                .build();
    }

    /** A 2xx answer whose body is not the JSON the caller needs. */
    public ApiException notJson(ApiRequest request, ApiResponse response) {
        DecodedError decoded = decode(response);
        boolean html = decoded.shape() == DecodedError.Shape.HTML;
        String what = html ? decoded.message()
                : "a body that is not JSON (" + (response.mediaType().isEmpty() ? "no content type" : response.mediaType())
                        + ", " + response.bodyLength() + " bytes)";
        return ApiException.builder(ErrorCategory.PROTOCOL, html ? FailureReason.HTML_PAGE : FailureReason.NOT_JSON)
                .status(response.status())
                .summary(platformName + " answered " + response.status() + " " + reasonPhrase(response.status()) + " with "
                        + (html ? "HTML: " + what : what))
                .advice(html ? null : "Check that baseUri points at the platform's REST API root")
                .request(request.method().name(), request.uri())
                .serverDate(serverDate(response))
                .build();
    }

    /** An exception thrown while sending or receiving; the request decides what may be retried. */
    public ApiException fromIOException(ApiRequest request, IOException e) {
        URI uri = request.uri();
        String target = hostPort(uri);
        ApiException.Builder b;
        if (e instanceof UnknownHostException) {
            String host = unknownHost(e, uri);
            b = ApiException.builder(ErrorCategory.NETWORK, FailureReason.UNKNOWN_HOST)
                    .summary("The host name " + host + " does not resolve (DNS)")
                    .advice("Check the host in baseUri (or the agent's proxyUri) for typos, and this machine's DNS");
        } else if (e instanceof ConnectTimeoutException cte) {
            String where = endpoint(cte.getHost(), target);
            b = ApiException.builder(ErrorCategory.NETWORK, FailureReason.CONNECT_TIMEOUT)
                    .summary("No connection to " + where + " could be made within the connect timeout")
                    .advice("A firewall may drop the traffic, the host may be down, or the platform is only reachable "
                            + "through an agent (mode onPremise); raise timeouts.connectMs if the network is slow");
        } else if (e instanceof NoRouteToHostException) {
            b = ApiException.builder(ErrorCategory.NETWORK, FailureReason.CONNECTION_REFUSED)
                    .summary("There is no network route to " + target)
                    .advice("Check the host in baseUri and this machine's network and firewall");
        } else if (e instanceof ConnectException ce) {
            String where = ce instanceof HttpHostConnectException h ? endpoint(h.getHost(), target) : target;
            b = ApiException.builder(ErrorCategory.NETWORK, FailureReason.CONNECTION_REFUSED)
                    .summary("Nothing listens on " + where + " (connection refused)")
                    .advice("Check the host and port in baseUri (or the agent's proxyUri) and that the service is running");
        } else if (e instanceof SocketTimeoutException) {
            b = ApiException.builder(ErrorCategory.NETWORK, FailureReason.READ_TIMEOUT)
                    .summary(platformName + " at " + target + " accepted the connection but did not answer within the "
                            + "read timeout")
                    .advice("The platform may be overloaded or the request too large; raise timeouts.readMs or ask "
                            + "for smaller pages");
        } else if (e instanceof SSLPeerUnverifiedException) {
            b = ApiException.builder(ErrorCategory.TLS, FailureReason.TLS_HOSTNAME)
                    .summary("The TLS certificate of " + target + " does not name host " + uri.getHost())
                    .advice("Use the host name the certificate was issued for in baseUri, or have the certificate "
                            + "reissued with this name");
        } else if (e instanceof SSLHandshakeException || e instanceof SSLException && isCertificateProblem(e)) {
            b = tls(e, target, uri);
        } else if (e instanceof SSLException && !(e.getCause() instanceof SocketException)) {
            b = ApiException.builder(ErrorCategory.TLS, FailureReason.TLS_HANDSHAKE)
                    .summary("TLS could not be negotiated with " + target + " (" + e.getMessage() + ")")
                    .advice("Check that this port speaks HTTPS (use http:// for a plain-HTTP port) and that the server "
                            + "supports TLS 1.2 or later");
        } else if (e instanceof ResponseTooLargeException tooLarge) {
            b = ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.BODY_TOO_LARGE)
                    .summary(platformName + "'s answer was larger than the limit of " + mib(tooLarge.limitBytes()))
                    .advice("Ask for smaller pages, or raise the response size limit of the transport");
        } else if (e instanceof InterruptedIOException) {
            b = ApiException.builder(ErrorCategory.NETWORK, FailureReason.INTERRUPTED)
                    .summary("The call to " + target + " was interrupted")
                    .advice("The route or the application is shutting down");
        } else if (e instanceof org.apache.hc.client5.http.ClientProtocolException) {
            b = ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                    .summary(platformName + " at " + target + " answered with something that is not valid HTTP")
                    .advice("Check that baseUri points at the platform and not at another service");
        } else {
            // NoHttpResponseException, ConnectionClosedException, "Connection reset", "Broken pipe", truncated chunks
            b = ApiException.builder(ErrorCategory.NETWORK, FailureReason.CONNECTION_DROPPED)
                    .summary("The connection to " + target + " was closed before a complete answer arrived")
                    .advice(request.idempotent() ? "A proxy, load balancer or the platform dropped it; retry later"
                            : "It was not retried because the platform may already have processed it: check before "
                            + "sending it again");
        }
        return b.retryable(Retryability.afterFailure(request, b.reason()))
                .request(request.method().name(), uri)
                .cause(e)
                .build();
    }

    /** The calling thread was interrupted while waiting to retry or for a token. */
    public ApiException interrupted(ApiRequest request) {
        return ApiException.builder(ErrorCategory.NETWORK, FailureReason.INTERRUPTED)
                .summary("The call was interrupted while waiting")
                .advice("The route or the application is shutting down")
                .request(request.method().name(), request.uri())
                .build();
    }

    private ApiException.Builder tls(IOException e, String target, URI uri) {
        if (hasCause(e, CertificateExpiredException.class)) {
            return ApiException.builder(ErrorCategory.TLS, FailureReason.TLS_UNTRUSTED)
                    .summary("The TLS certificate of " + target + " has expired")
                    .advice("Have the server's certificate renewed");
        }
        String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (msg.contains("subject alternative name") || msg.contains("no name matching")) {
            return ApiException.builder(ErrorCategory.TLS, FailureReason.TLS_HOSTNAME)
                    .summary("The TLS certificate of " + target + " does not name host " + uri.getHost())
                    .advice("Use the host name the certificate was issued for in baseUri");
        }
        if (isCertificateProblem(e)) {
            return ApiException.builder(ErrorCategory.TLS, FailureReason.TLS_UNTRUSTED)
                    .summary("The TLS certificate of " + target + " is not trusted (self-signed, or issued by a "
                            + "certificate authority this JVM does not know)")
                    .advice("Add the server's certificate or its CA to a trust store and configure it through "
                            + "sslContextParameters (or the JVM's javax.net.ssl.trustStore); do not switch verification off");
        }
        return ApiException.builder(ErrorCategory.TLS, FailureReason.TLS_HANDSHAKE)
                .summary("TLS could not be negotiated with " + target + " (" + e.getMessage() + ")")
                .advice("Check that this port speaks HTTPS (use http:// for a plain-HTTP port) and that the server "
                        + "supports TLS 1.2 or later");
    }

    private static boolean isCertificateProblem(Throwable e) {
        return hasCause(e, CertPathBuilderException.class) || hasCause(e, CertPathValidatorException.class)
                || String.valueOf(e.getMessage()).contains("PKIX path");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private String advise(FailureContext ctx, String defaultAdvice) {
        try {
            String a = advisor.advise(ctx, defaultAdvice);
            return a == null ? defaultAdvice : a;
        } catch (RuntimeException e) {
            return defaultAdvice;
        }
    }

    private String answered(int status, DecodedError decoded) {
        String head = platformName + " answered " + status + " " + reasonPhrase(status);
        if (decoded.shape() == DecodedError.Shape.EMPTY) {
            return head + " with an empty body";
        }
        return decoded.hasMessage() ? head + ": " + decoded.message() : head;
    }

    private String defaultAdvice(FailureContext ctx, ApiResponse response, Duration retryAfter) {
        int status = ctx.status();
        if (status >= 300 && status < 400) {
            String location = response.header("Location").map(l -> {
                try {
                    return " to " + SafeUri.of(ctx.uri().resolve(l.strip()));
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }).orElse("");
            return "It redirected the request" + location + ", which is only followed for GET and HEAD: check baseUri "
                    + "(http:// instead of https://? a missing path?)";
        }
        return switch (status) {
            case 401 -> ctx.credentialsRefreshed()
                    ? "The credentials were refreshed once and still refused: check the account's API permissions for "
                    + "this resource"
                    : "The credentials were refused: check that the token or key is valid, not expired or revoked, "
                    + "and allowed to use this API";
            case 403 -> "The credentials are valid but not allowed to do this: grant the account permission for this "
                    + "resource";
            case 404, 410 -> "Check the resource path and id, and that baseUri points at the platform's REST API root";
            case 405 -> "The platform does not accept " + ctx.method() + " here: check the resource path and baseUri";
            case 407 -> "The agent (HTTP proxy) refused: check agent.username and agent.password";
            case 408 -> "The platform gave up waiting for the request: retry later";
            case 409, 412 -> "The resource changed or already exists: reload it and try again";
            case 429 -> rateLimitAdvice(retryAfter);
            default -> status >= 500
                    ? "The platform failed: retry later; if it persists, check the platform's status and logs"
                    : "The platform rejected the request data: correct what the message names";
        };
    }

    private String rateLimitAdvice(Duration retryAfter) {
        if (retryAfter != null) {
            return "Wait until " + clock.instant().plus(retryAfter).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + " (" + retryAfter.toSeconds() + " s) before sending more";
        }
        return "Send fewer requests per minute, or fewer in parallel";
    }

    /** The category an HTTP status stands for. */
    public static ErrorCategory categoryOf(int status) {
        if (status >= 500) {
            return ErrorCategory.SERVER;
        }
        if (status >= 300 && status < 400) {
            return ErrorCategory.PROTOCOL;
        }
        return switch (status) {
            case 401 -> ErrorCategory.AUTHENTICATION;
            case 403 -> ErrorCategory.AUTHORIZATION;
            case 404, 410 -> ErrorCategory.NOT_FOUND;
            case 405, 406, 415 -> ErrorCategory.PROTOCOL;
            case 407, 408 -> ErrorCategory.NETWORK;
            case 409, 412 -> ErrorCategory.CONFLICT;
            case 429 -> ErrorCategory.RATE_LIMITED;
            default -> ErrorCategory.VALIDATION;
        };
    }

    public static String reasonPhrase(int status) {
        String phrase = EnglishReasonPhraseCatalog.INSTANCE.getReason(status, Locale.ENGLISH);
        return phrase == null ? "" : phrase;
    }

    private static Instant serverDate(ApiResponse response) {
        return response.header("Date").flatMap(RetryAfter::httpDate).orElse(null);
    }

    private static String hostPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static String endpoint(NamedEndpoint endpoint, String fallback) {
        if (endpoint == null || endpoint.getHostName() == null) {
            return fallback;
        }
        return endpoint.getPort() >= 0 ? endpoint.getHostName() + ":" + endpoint.getPort() : endpoint.getHostName();
    }

    private static String unknownHost(IOException e, URI uri) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return uri.getHost();
        }
        int colon = m.indexOf(':');
        String host = (colon > 0 ? m.substring(0, colon) : m).strip();
        return host.isEmpty() || host.contains(" ") ? uri.getHost() : host;
    }

    private static String mib(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
