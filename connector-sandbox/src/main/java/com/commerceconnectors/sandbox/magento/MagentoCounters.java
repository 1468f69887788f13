package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.auth.UserType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** What tests count: token requests and issues per user type, API calls, the last Authorization header. */
public final class MagentoCounters {

    private final Map<UserType, AtomicInteger> tokenRequests = new EnumMap<>(UserType.class);
    private final Map<UserType, AtomicInteger> tokensIssued = new EnumMap<>(UserType.class);
    private final AtomicInteger apiCalls = new AtomicInteger();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();

    public MagentoCounters() {
        for (UserType type : UserType.values()) {
            tokenRequests.put(type, new AtomicInteger());
            tokensIssued.put(type, new AtomicInteger());
        }
    }

    /** Requests to the token endpoint of {@code type} that reached Magento, whatever their outcome. */
    public int tokenRequests(UserType type) {
        return tokenRequests.get(type).get();
    }

    public int tokensIssued(UserType type) {
        return tokensIssued.get(type).get();
    }

    /**
     * Requests that matched any other route (before the ACL check, so refused ones count too); injected faults
     * that answer in Magento's place are not counted.
     */
    public int apiCalls() {
        return apiCalls.get();
    }

    /**
     * The raw {@code Authorization} header of the latest request that carried one. Held in memory for assertions
     * only; it is never logged or printed.
     */
    public Optional<String> lastAuthorizationHeader() {
        return Optional.ofNullable(lastAuthorization.get());
    }

    public void reset() {
        tokenRequests.values().forEach(c -> c.set(0));
        tokensIssued.values().forEach(c -> c.set(0));
        apiCalls.set(0);
        lastAuthorization.set(null);
    }

    void tokenRequested(UserType type) {
        tokenRequests.get(type).incrementAndGet();
    }

    void tokenIssued(UserType type) {
        tokensIssued.get(type).incrementAndGet();
    }

    void apiCalled() {
        apiCalls.incrementAndGet();
    }

    void authorizationSeen(String header) {
        lastAuthorization.set(header);
    }

    /** The hooks the token endpoints report through. */
    public TokenEvents tokenEvents() {
        return new TokenEvents() {
            @Override
            public void requested(UserType type) {
                tokenRequested(type);
            }

            @Override
            public void issued(UserType type) {
                tokenIssued(type);
            }
        };
    }

    /** Token endpoint events. */
    public interface TokenEvents {
        void requested(UserType type);

        void issued(UserType type);
    }
}
