/**
 * The {@code oro:} Camel component: OroCommerce / OroCRM / OroPlatform JSON:API, back office ({@code /admin/api}) and
 * storefront ({@code /api}), with WSSE, OAuth2 and bearer connections. See the module's README for options, headers
 * and export semantics.
 */
package com.commerceconnectors.oro;
