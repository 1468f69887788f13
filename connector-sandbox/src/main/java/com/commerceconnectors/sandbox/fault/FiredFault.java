package com.commerceconnectors.sandbox.fault;

import java.time.Instant;

/** A record that a fault was applied to one request. */
public record FiredFault(Instant at, String fault, String method, String path, String pattern) {
}
