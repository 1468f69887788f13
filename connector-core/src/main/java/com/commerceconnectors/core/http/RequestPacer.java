package com.commerceconnectors.core.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Paces a client's requests by the rate-limit headers of the platform's answers, so that a limit is not reached
 * rather than met with a 429 (see {@link RateWindow} for the rule). Requests are grouped in buckets the way the
 * platform counts them; the windows live in a {@link RateWindows} that clients of one organisation share. A 429
 * that says nothing of when to come back waits for the window's interval: by then every request the platform counted
 * has left a sliding window.
 */
public final class RequestPacer {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPacer.class);
    private static final RequestPacer NONE = new RequestPacer(r -> Optional.empty(), r -> Optional.empty(), new RateWindows());

    /** A request's place in its bucket: where it was counted, and when it was sent. */
    public record Turn(String bucket, Instant sentAt) {
    }

    private final RateLimitHeaders headers;
    private final Function<ApiRequest, Optional<String>> bucketOf;
    private final RateWindows windows;

    private RequestPacer(RateLimitHeaders headers, Function<ApiRequest, Optional<String>> bucketOf, RateWindows windows) {
        this.headers = Objects.requireNonNull(headers, "headers");
        this.bucketOf = Objects.requireNonNull(bucketOf, "bucketOf");
        this.windows = Objects.requireNonNull(windows, "windows");
    }

    /** No pacing: every request goes at once, and a 429 without Retry-After backs off as the retry policy says. */
    public static RequestPacer none() {
        return NONE;
    }

    /**
     * @param headers  how the platform's answers report their window
     * @param bucketOf the window a request is counted in (empty: not paced, e.g. a token request)
     * @param windows  the windows, shared by every client that must pace together
     */
    public static RequestPacer of(RateLimitHeaders headers, Function<ApiRequest, Optional<String>> bucketOf,
                                  RateWindows windows) {
        return new RequestPacer(headers, bucketOf, windows);
    }

    /** Waits until the request may go, then counts it as sent. */
    public Turn awaitTurn(ApiRequest request, Clock clock, Sleeper sleeper) throws InterruptedException {
        Optional<String> bucket = bucketOf.apply(request);
        if (bucket.isEmpty()) {
            return new Turn(null, clock.instant());
        }
        RateWindow window = windows.window(bucket.get());
        while (true) {
            Instant now = clock.instant();
            Duration wait = window.reserve(now);
            if (wait.isZero()) {
                return new Turn(bucket.get(), now);
            }
            LOG.debug("Pacing {} {}: waiting {} ms for the rate limit of {}", request.method(), request.uri().getPath(),
                    wait.toMillis(), bucket.get());
            sleeper.sleep(wait);
        }
    }

    /** Learns from the answer's rate-limit headers, whatever its status. */
    public void answered(Turn turn, ApiResponse response, Clock clock) {
        if (turn.bucket() == null) {
            return;
        }
        headers.read(response).ifPresent(report -> windows.window(turn.bucket()).report(report, turn.sentAt(),
                clock.instant()));
    }

    /**
     * How long to wait after a 429 without {@code Retry-After}: the interval of the window it was counted in, as the
     * answer or an earlier one reported it; empty when no window is known (the retry policy's back-off then).
     */
    public Optional<Duration> waitAfterRefusal(Turn turn, ApiResponse response) {
        Optional<Duration> reported = headers.read(response).map(RateLimitReport::interval);
        if (reported.isPresent() || turn.bucket() == null) {
            return reported;
        }
        Duration known = windows.window(turn.bucket()).interval();
        return known.isZero() ? Optional.empty() : Optional.of(known);
    }
}
