/** Readiness health checks, one per connection in use, latching authentication failures. */
package com.commerceconnectors.oro.health;
