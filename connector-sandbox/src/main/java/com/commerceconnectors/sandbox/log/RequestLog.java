package com.commerceconnectors.sandbox.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The most recent requests an emulator received (bounded, so a long demo run cannot exhaust memory). */
public final class RequestLog {

    public static final int DEFAULT_CAPACITY = 20_000;

    private final int capacity;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    public RequestLog() {
        this(DEFAULT_CAPACITY);
    }

    public RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a request log keeps at least one entry");
        }
        this.capacity = capacity;
    }

    public synchronized void add(RecordedRequest request) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    /** Oldest first. */
    public synchronized List<RecordedRequest> entries() {
        return new ArrayList<>(entries);
    }

    public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Requests whose route path starts with {@code prefix}, e.g. {@code /V1/products}. */
    public List<RecordedRequest> forRoute(String prefix) {
        return matching(r -> r.routePath() != null && r.routePath().startsWith(prefix));
    }

    public synchronized Optional<RecordedRequest> last() {
        return Optional.ofNullable(entries.peekLast());
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
