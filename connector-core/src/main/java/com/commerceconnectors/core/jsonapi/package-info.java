/**
 * JSON:API (jsonapi.org) pieces the JSON:API connectors share: query parameters with bracketed names, and documents
 * with their {@code included} resources resolved into each record.
 */
package com.commerceconnectors.core.jsonapi;
