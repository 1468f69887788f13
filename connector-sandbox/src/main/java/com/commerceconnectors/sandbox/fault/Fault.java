package com.commerceconnectors.sandbox.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the sandbox can inject in place of (or around) a real answer, as proxies, load balancers and
 * overloaded servers produce them in production.
 */
public sealed interface Fault permits Fault.TooManyRequests, Fault.ServiceUnavailable, Fault.ServerError,
        Fault.HtmlPage, Fault.EmptyBody, Fault.TruncatedJson, Fault.PrematureEnd, Fault.DropConnection,
        Fault.Delay {

    /** A short name for logs and assertions, e.g. {@code 429} or {@code drop-connection}. */
    String describe();

    /** 429 with a JSON message; {@code Retry-After} (whole seconds) only when {@code retryAfter} is not null. */
    static Fault tooManyRequests(Duration retryAfter) {
        return new TooManyRequests(retryAfter);
    }

    static Fault tooManyRequests() {
        return new TooManyRequests(null);
    }

    /** 503 with {@code Retry-After} and the HTML page Magento shows in maintenance mode. */
    static Fault serviceUnavailable(Duration retryAfter) {
        return new ServiceUnavailable(Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    /** 500 with the platform's own internal-error body. */
    static Fault serverError() {
        return new ServerError();
    }

    /** An HTML error page as a reverse proxy sends it, e.g. 502 Bad Gateway, or a 200 login page. */
    static Fault htmlPage(int status) {
        return new HtmlPage(status);
    }

    /** 200, {@code Content-Type: application/json}, and no body at all. */
    static Fault emptyBody() {
        return new EmptyBody();
    }

    /** The real response with its body cut in half; the HTTP framing is correct, the JSON is not. */
    static Fault truncatedJson() {
        return new TruncatedJson();
    }

    /** The real response's headers, half its body, then the connection closes before the announced length. */
    static Fault prematureEnd() {
        return new PrematureEnd();
    }

    /** The connection is closed without any response (the request is not processed). */
    static Fault dropConnection() {
        return new DropConnection();
    }

    /** The real response, sent only after {@code delay} (at most {@code DelayGate.MAX_DELAY}). */
    static Fault delay(Duration delay) {
        return new Delay(Objects.requireNonNull(delay, "delay"));
    }

    record TooManyRequests(Duration retryAfter) implements Fault {
        @Override
        public String describe() {
            return retryAfter == null ? "429" : "429 retry-after " + retryAfter.toSeconds() + "s";
        }
    }

    record ServiceUnavailable(Duration retryAfter) implements Fault {
        @Override
        public String describe() {
            return "503 retry-after " + retryAfter.toSeconds() + "s";
        }
    }

    record ServerError() implements Fault {
        @Override
        public String describe() {
            return "500";
        }
    }

    record HtmlPage(int status) implements Fault {
        public HtmlPage {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("an HTTP status is between 100 and 599, not " + status);
            }
        }

        @Override
        public String describe() {
            return "html-page " + status;
        }
    }

    record EmptyBody() implements Fault {
        @Override
        public String describe() {
            return "empty-body";
        }
    }

    record TruncatedJson() implements Fault {
        @Override
        public String describe() {
            return "truncated-json";
        }
    }

    record PrematureEnd() implements Fault {
        @Override
        public String describe() {
            return "premature-end";
        }
    }

    record DropConnection() implements Fault {
        @Override
        public String describe() {
            return "drop-connection";
        }
    }

    record Delay(Duration delay) implements Fault {
        public Delay {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a delay cannot be negative");
            }
        }

        @Override
        public String describe() {
            return "delay " + delay.toMillis() + "ms";
        }
    }
}
