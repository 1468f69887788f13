package com.commerceconnectors.samples.boot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sandbox run's ending: once every product of the emulator is a SKU (or after a minute and a half), logs what
 * the sync did and what the readiness group says, then stops the application with exit code 0 (1 when the sync did
 * not finish). Off with {@code shop-sync.stop-after-sync=false}.
 */
@Component
@Profile("sandbox")
@ConditionalOnProperty(name = "shop-sync.stop-after-sync", havingValue = "true", matchIfMissing = true)
public class SandboxRunReport {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxRunReport.class);
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private final SyncSummary summary;
    private final HealthEndpoint health;
    private final ApplicationContext context;
    private final int expected;

    public SandboxRunReport(SyncSummary summary, HealthEndpoint health, ApplicationContext context,
                            @Value("${shop-sync.expected-products:" + SandboxLauncher.PRODUCTS + "}") int expected) {
        this.summary = summary;
        this.health = health;
        this.context = context;
        this.expected = expected;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void reportWhenSynced() {
        Thread reporter = new Thread(this::awaitAndStop, "sandbox-run-report");
        reporter.setDaemon(true);
        reporter.start();
    }

    private void awaitAndStop() {
        Instant deadline = Instant.now().plus(LIMIT);
        while (summary.total() < expected && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        boolean done = summary.total() >= expected;
        LOG.info("Synced {} Magento products into Commerce Layer SKUs ({} created, {} updated){}", summary.total(),
                summary.created(), summary.updated(), done ? "" : "; expected " + expected);
        LOG.info("Readiness: {}", describe(health.healthForPath("readiness")));
        int code = SpringApplication.exit(context, () -> done ? 0 : 1);
        System.exit(code);
    }

    /** {@code UP (commerceConnectors UP: magento2-shop UP, commercelayer-catalog UP; readinessState UP)}. */
    private static String describe(HealthComponent readiness) {
        if (readiness == null) {
            return "no readiness group";
        }
        if (!(readiness instanceof CompositeHealth composite) || composite.getComponents() == null) {
            return readiness.getStatus().getCode();
        }
        return readiness.getStatus().getCode() + " (" + composite.getComponents().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().getStatus().getCode() + checks(e.getValue()))
                .collect(Collectors.joining("; ")) + ")";
    }

    private static String checks(HealthComponent component) {
        if (component instanceof Health h && h.getDetails().get("checks") instanceof Map<?, ?> checks) {
            return ": " + checks.entrySet().stream()
                    .map(c -> c.getKey() + " " + (c.getValue() instanceof Map<?, ?> m ? m.get("state") : "?"))
                    .collect(Collectors.joining(", "));
        }
        return "";
    }
}
