/**
 * Failures: the one exception type {@link com.commerceconnectors.core.error.ApiException} with its
 * {@link com.commerceconnectors.core.error.ErrorCategory}, decoding of platform error bodies, the mapping of statuses
 * and I/O failures to messages that say what to do, and the rule of what may be retried
 * ({@link com.commerceconnectors.core.error.Retryability}).
 */
package com.commerceconnectors.core.error;
