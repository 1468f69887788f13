/**
 * Connection tests: one cheap authenticated call classified into a
 * {@link com.commerceconnectors.core.check.TestResult}, the shape of {@code test-connection --json}.
 */
package com.commerceconnectors.core.check;
