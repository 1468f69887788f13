/**
 * Magento's OAuth 1.0a server: how it collects the signed parameters from a request, the checks it makes and in
 * which order (version, required parameters, token length, signature method, consumer, timestamp and nonce, token,
 * signature), and the messages and status codes it answers with.
 */
package com.commerceconnectors.sandbox.magento.oauth;
