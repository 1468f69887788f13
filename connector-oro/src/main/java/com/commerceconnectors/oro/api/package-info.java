/**
 * Oro's JSON:API as the component calls it: URLs below {@code baseUri + apiPath}, the query options ({@code filter},
 * {@code fields}), Oro's timestamps, and the client configured with Oro's auth policies, errors and advice.
 */
package com.commerceconnectors.oro.api;
