package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;

/**
 * A fresh sandbox on a free loopback port for every test, with a JDK HTTP client pointed at its Magento REST API.
 * JUnit runs this set-up before a subclass's own {@code @BeforeEach} (which seeds data) and the close after the
 * subclass's {@code @AfterEach}.
 */
abstract class SandboxFixture {

    protected Sandbox sandbox;
    protected MagentoHttp http;

    /** The clock the sandbox runs on; tests that move time override this with a manual clock. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    @BeforeEach
    final void startSandbox() throws Exception {
        sandbox = Sandbox.builder().clock(clock()).start();
        http = new MagentoHttp(sandbox);
    }

    @AfterEach
    final void stopSandbox() {
        sandbox.close();
    }
}
