package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

/**
 * A fresh sandbox on a free loopback port for every test, on a manual clock (so expiry and rate-limit windows
 * move only when a test says so), with a JDK HTTP client pointed at its Commerce Layer emulator.
 */
abstract class CommerceLayerFixture {

    protected final ManualClock clock = new ManualClock(Instant.parse("2025-06-02T08:00:00Z"));
    protected Sandbox sandbox;
    protected CommerceLayerSandbox cl;
    protected ClHttp http;

    @BeforeEach
    final void startSandbox() throws Exception {
        sandbox = Sandbox.builder().clock(clock).start();
        cl = sandbox.commerceLayer();
        http = new ClHttp(sandbox);
    }

    @AfterEach
    final void stopSandbox() {
        sandbox.close();
    }
}
