/**
 * Magento integrations: the consumer (key, secret, ACL resources, status) and its one OAuth token row, which moves
 * from verifier to request to access token during the activation handshake, and the callback Magento posts the
 * consumer credentials to when an admin clicks "Activate".
 */
package com.commerceconnectors.sandbox.magento.integration;
