package com.commerceconnectors.sandbox.server;

import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.fault.FaultInjector;
import com.commerceconnectors.sandbox.http.Platform;
import com.commerceconnectors.sandbox.http.RequestTarget;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.log.Redaction;
import com.commerceconnectors.sandbox.log.RequestLog;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

/**
 * The request pipeline every emulated platform shares: read the request, apply an injected fault or let the
 * platform answer, send the response, record the request (credentials fingerprinted).
 */
final class EmulatorHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final Platform platform;
    private final FaultInjector faults;
    private final RequestLog log;
    private final Clock clock;
    private final DelayGate gate;

    EmulatorHandler(Platform platform, FaultInjector faults, RequestLog log, Clock clock, DelayGate gate) {
        this.platform = platform;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
        this.gate = gate;
    }

    /** How a response reaches the client. */
    private enum Delivery { WHOLE, TRUNCATED, PREMATURE_END, NOTHING }

    /** What will be sent; decided (and recorded) before the first byte goes out. */
    private record Outcome(SandboxResponse response, Delivery delivery) {
        int status() {
            return delivery == Delivery.NOTHING ? -1 : response.status();
        }
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            SandboxRequest request = read(exchange, clock.instant());
            RequestTarget target = null;
            Fault fault = null;
            Outcome outcome;
            try {
                target = platform.locate(request);
                fault = faults.claim(request.method(), target.routePath(), request.receivedAt()).orElse(null);
                outcome = fault == null ? new Outcome(platform.handle(request, target), Delivery.WHOLE)
                        : applyFault(request, target, fault);
            } catch (RuntimeException e) {
                LOG.warn("The emulator failed to answer {} {}", request.method(), request.rawPath(), e);
                outcome = new Outcome(platform.internalError(), Delivery.WHOLE);
            }
            // Recorded before the response completes, so a client that has its answer also finds it logged.
            log.add(record(request, target, outcome.status(), fault));
            deliver(exchange, outcome);
            LOG.debug("{} {} -> {}", request.method(), request.rawPath(), outcome.status());
        } catch (BodyTooLargeException e) {
            trySend(exchange, SandboxResponse.text(413, "text/plain; charset=utf-8",
                    "The request body is larger than " + MAX_BODY_BYTES + " bytes."));
        } catch (IOException e) {
            LOG.debug("The client connection ended while answering {} {}: {}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            LOG.warn("The emulator failed while sending the answer to {} {}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e);
        } finally {
            // Closing an exchange whose headers were never sent closes the connection: that is the "dropped
            // connection" fault, and the clean-up for every other case.
            exchange.close();
        }
    }

    private Outcome applyFault(SandboxRequest request, RequestTarget target, Fault fault) {
        if (fault instanceof Fault.TooManyRequests) {
            return whole(FaultResponses.tooManyRequests((Fault.TooManyRequests) fault));
        }
        if (fault instanceof Fault.ServiceUnavailable) {
            return whole(FaultResponses.serviceUnavailable((Fault.ServiceUnavailable) fault));
        }
        if (fault instanceof Fault.ServerError) {
            return whole(platform.internalError());
        }
        if (fault instanceof Fault.HtmlPage) {
            return whole(FaultResponses.htmlPage((Fault.HtmlPage) fault));
        }
        if (fault instanceof Fault.EmptyBody) {
            return whole(FaultResponses.emptyBody());
        }
        if (fault instanceof Fault.TruncatedJson) {
            return new Outcome(platform.handle(request, target), Delivery.TRUNCATED);
        }
        if (fault instanceof Fault.PrematureEnd) {
            return new Outcome(platform.handle(request, target), Delivery.PREMATURE_END);
        }
        if (fault instanceof Fault.Delay) {
            gate.pause(((Fault.Delay) fault).delay());
            return whole(platform.handle(request, target));
        }
        // Fault.DropConnection: the request is not processed and nothing is sent.
        return new Outcome(null, Delivery.NOTHING);
    }

    private static Outcome whole(SandboxResponse response) {
        return new Outcome(response, Delivery.WHOLE);
    }

    private static void deliver(HttpExchange exchange, Outcome outcome) throws IOException {
        switch (outcome.delivery()) {
            case WHOLE:
                ResponseSender.send(exchange, outcome.response());
                break;
            case TRUNCATED:
                ResponseSender.sendTruncated(exchange, outcome.response());
                break;
            case PREMATURE_END:
                ResponseSender.sendPrematureEnd(exchange, outcome.response());
                break;
            default:
                break;
        }
    }

    private static void trySend(HttpExchange exchange, SandboxResponse response) {
        try {
            ResponseSender.send(exchange, response);
        } catch (IOException | RuntimeException e) {
            // Headers were already sent or the client is gone; nothing more can be said.
            LOG.debug("Could not send an answer: {}", e.getClass().getSimpleName());
        }
    }

    private static SandboxRequest read(HttpExchange exchange, Instant at) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        return new SandboxRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body, at,
                exchange.getRemoteAddress().getAddress().getHostAddress());
    }

    private static RecordedRequest record(SandboxRequest request, RequestTarget target, int status, Fault fault) {
        return new RecordedRequest(request.receivedAt(), request.method(), request.rawPath(),
                Redaction.query(request.rawQuery()), target == null ? null : target.routePath(),
                target == null ? null : target.scope(), Redaction.headers(request.headers()), status,
                fault == null ? null : fault.describe());
    }

    private static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("request body too large");
        }
    }
}
