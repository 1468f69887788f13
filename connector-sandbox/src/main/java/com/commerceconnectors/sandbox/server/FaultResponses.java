package com.commerceconnectors.sandbox.server;

import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.http.SandboxResponse;

import java.time.Duration;

/** The bodies proxies and servers really send with the faults that do not wrap a real answer. */
final class FaultResponses {

    private FaultResponses() {
    }

    static SandboxResponse tooManyRequests(Fault.TooManyRequests fault) {
        SandboxResponse response = SandboxResponse.text(429, SandboxResponse.HTML, proxyPage(429));
        return withRetryAfter(response, fault.retryAfter());
    }

    /** What Magento answers in maintenance mode (and what a saturated PHP-FPM pool behind nginx produces). */
    static SandboxResponse serviceUnavailable(Fault.ServiceUnavailable fault) {
        String page = "<!doctype html>\n<html><head><title>Error 503: Service Unavailable</title></head>\n"
                + "<body><h1>Service Temporarily Unavailable</h1>\n"
                + "<p>The server is temporarily unable to service your request due to maintenance downtime or "
                + "capacity problems. Please try again later.</p></body></html>\n";
        return withRetryAfter(SandboxResponse.text(503, SandboxResponse.HTML, page), fault.retryAfter());
    }

    static SandboxResponse htmlPage(Fault.HtmlPage fault) {
        if (fault.status() >= 200 && fault.status() < 300) {
            // A 200 HTML page where JSON was expected: a WAF challenge or a storefront page behind a misrouted URL.
            String page = "<!doctype html>\n<html><head><title>Just a moment...</title></head>\n"
                    + "<body><p>Checking your browser before accessing the site.</p></body></html>\n";
            return SandboxResponse.text(fault.status(), SandboxResponse.HTML, page);
        }
        return SandboxResponse.text(fault.status(), SandboxResponse.HTML, proxyPage(fault.status()));
    }

    static SandboxResponse emptyBody() {
        return SandboxResponse.empty(200, SandboxResponse.JSON);
    }

    private static SandboxResponse withRetryAfter(SandboxResponse response, Duration retryAfter) {
        if (retryAfter == null) {
            return response;
        }
        return response.withHeader("Retry-After", Long.toString(Math.max(0, retryAfter.toSeconds())));
    }

    /** The page nginx writes for its own errors. */
    private static String proxyPage(int status) {
        String title = status + " " + reason(status);
        return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }

    private static String reason(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 413: return "Request Entity Too Large";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Temporarily Unavailable";
            case 504: return "Gateway Time-out";
            default: return "Error";
        }
    }
}
