/** Oro's words for failures: its JSON:API error documents, advice per status and auth type, connection-test readings. */
package com.commerceconnectors.oro.support;
