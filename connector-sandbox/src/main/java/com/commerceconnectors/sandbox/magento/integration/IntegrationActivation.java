package com.commerceconnectors.sandbox.magento.integration;

import java.net.URI;

/** The outcome of "Activate" with a callback: where the credentials went and the callback's HTTP status. */
public record IntegrationActivation(String integrationName, URI callbackUri, int callbackStatus) {
}
