package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

/**
 * A fresh sandbox on a free loopback port for every test, on a manual clock (so WSSE timestamps, token expiry and
 * {@code updatedAt} are exact), with a JDK HTTP client pointed at its Oro application root.
 */
abstract class OroFixture {

    static final Instant START = Instant.parse("2025-06-02T08:00:00Z");

    protected ManualClock clock;
    protected Sandbox sandbox;
    protected OroSandbox oro;
    protected OroHttp http;

    @BeforeEach
    final void startSandbox() throws Exception {
        clock = new ManualClock(START);
        sandbox = Sandbox.builder().clock(clock).start();
        oro = sandbox.oro();
        http = new OroHttp(sandbox, clock);
    }

    @AfterEach
    final void stopSandbox() {
        sandbox.close();
    }
}
