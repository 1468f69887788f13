package com.commerceconnectors.cli.run;

import com.commerceconnectors.connection.Connection;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs routes with Camel Main, the way an application would: connections bound as beans, YAML DSL files loaded by
 * Camel's routes loader, Java DSL builders added, Camel properties set, until a message or time limit (or Ctrl-C).
 * Counts completed and failed exchanges, so the caller can say whether the run did its work.
 */
public final class RouteRun {

    /**
     * @param sources     the routes
     * @param connections bean name → connection
     * @param properties  Camel properties ({@code {{name}}} in routes)
     * @param maxMessages stop after this many exchanges completed (0: no limit)
     * @param maxSeconds  stop after this many seconds (0: no limit)
     */
    public record Plan(List<RouteSource> sources, Map<String, Connection> connections, Map<String, String> properties,
                       int maxMessages, int maxSeconds) {
        public Plan {
            sources = List.copyOf(sources);
            connections = Map.copyOf(connections);
            properties = Map.copyOf(properties);
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("at least one route file or class is needed");
            }
        }
    }

    /** What happened. */
    public record Outcome(long completed, long failed, int routes) {
        public boolean ok() {
            return failed == 0 && routes > 0;
        }
    }

    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile int routes;

    /** Runs until a limit is reached or the JVM is asked to stop. */
    public Outcome run(Plan plan) throws Exception {
        Objects.requireNonNull(plan, "plan");
        Main main = new Main();
        plan.connections().forEach(main::bind);
        plan.properties().forEach(main::addInitialProperty);
        main.configure().withName("connectors-run");
        if (plan.maxMessages() > 0) {
            main.configure().withDurationMaxMessages(plan.maxMessages());
        }
        if (plan.maxSeconds() > 0) {
            main.configure().withDurationMaxSeconds(plan.maxSeconds());
        }
        StringBuilder yaml = new StringBuilder();
        for (RouteSource source : plan.sources()) {
            if (source instanceof RouteSource.YamlFile file) {
                yaml.append(yaml.length() == 0 ? "" : ",").append(file.includePattern());
            } else if (source instanceof RouteSource.JavaClass java) {
                main.configure().addRoutesBuilder(java.instantiate());
            }
        }
        if (yaml.length() > 0) {
            // only the given files, instead of Camel Main's default classpath:camel/* patterns
            main.configure().withRoutesIncludePattern(yaml.toString());
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                context.getManagementStrategy().addEventNotifier(new ExchangeCounter());
            }

            @Override
            public void afterStart(BaseMainSupport support) {
                routes = support.getCamelContext().getRoutesSize();
            }
        });
        main.run();
        return new Outcome(completed.get(), failed.get(), routes);
    }

    /** The failure and its innermost cause, each in Camel's words. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()));
        return root == failure ? first
                : first + " (caused by " + root.getClass().getSimpleName() + ": " + firstLine(String.valueOf(root.getMessage())) + ")";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Counts the exchanges that completed or failed at their route's end. */
    private final class ExchangeCounter extends EventNotifierSupport {
        ExchangeCounter() {
            setIgnoreCamelContextEvents(true);
            setIgnoreRouteEvents(true);
            setIgnoreServiceEvents(true);
            setIgnoreExchangeCreatedEvent(true);
            setIgnoreExchangeSendingEvents(true);
            setIgnoreExchangeSentEvents(true);
            setIgnoreExchangeRedeliveryEvents(true);
            setIgnoreStepEvents(true);
        }

        @Override
        public void notify(CamelEvent event) {
            if (event instanceof CamelEvent.ExchangeFailedEvent) {
                failed.incrementAndGet();
            } else if (event instanceof CamelEvent.ExchangeCompletedEvent) {
                completed.incrementAndGet();
            }
        }
    }
}
