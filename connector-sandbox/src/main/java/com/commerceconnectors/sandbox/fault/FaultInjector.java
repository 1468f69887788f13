package com.commerceconnectors.sandbox.fault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fault script of one emulated platform. Rules are consulted in the order they were added; the first one that
 * matches and has firings left applies. Example:
 * <pre>{@code
 * magento.faults().on("/V1/products*").method("GET").times(2).respond(Fault.tooManyRequests(Duration.ofSeconds(1)));
 * }</pre>
 * Paths are route paths without prefix or scope, e.g. {@code /V1/products/ABC} for
 * {@code /rest/all/V1/products/ABC}.
 */
public final class FaultInjector {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final List<FiredFault> fired = new CopyOnWriteArrayList<>();

    /** Starts a rule for paths matching the glob {@code pathPattern}. */
    public Script on(String pathPattern) {
        return new Script(PathPattern.of(pathPattern));
    }

    /** Shortcut: the next {@code times} requests (any method) matching {@code pathPattern} get {@code fault}. */
    public FaultRule inject(String pathPattern, int times, Fault fault) {
        return on(pathPattern).times(times).respond(fault);
    }

    /**
     * Claims the fault for one request, if a rule applies, and records that it fired. Called by the sandbox's
     * request pipeline.
     */
    public Optional<Fault> claim(String method, String path, Instant now) {
        for (FaultRule rule : rules) {
            if (rule.tryFire(method, path)) {
                fired.add(new FiredFault(now, rule.fault().describe(), method, path, rule.pattern()));
                return Optional.of(rule.fault());
            }
        }
        return Optional.empty();
    }

    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** Every fault applied so far, oldest first. */
    public List<FiredFault> fired() {
        return new ArrayList<>(fired);
    }

    public int firedCount() {
        return fired.size();
    }

    /** Removes every rule and forgets what fired. */
    public void clear() {
        rules.clear();
        fired.clear();
    }

    /** A rule being written. */
    public final class Script {
        private final PathPattern pattern;
        private String method;
        private int times = 1;

        private Script(PathPattern pattern) {
            this.pattern = pattern;
        }

        /** Limits the rule to one HTTP method. */
        public Script method(String httpMethod) {
            this.method = httpMethod;
            return this;
        }

        /** How many matching requests get the fault (default 1). */
        public Script times(int count) {
            this.times = count;
            return this;
        }

        public FaultRule respond(Fault fault) {
            FaultRule rule = new FaultRule(method, pattern, times, Objects.requireNonNull(fault, "fault"));
            rules.add(rule);
            return rule;
        }
    }
}
