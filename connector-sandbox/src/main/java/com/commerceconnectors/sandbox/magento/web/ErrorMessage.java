package com.commerceconnectors.sandbox.magento.web;

/**
 * One Magento error message: a template with {@code %name} or {@code %1} placeholders and its parameters (a map or a
 * list, as Magento sends them), or {@code null} when the message has none.
 */
public record ErrorMessage(String message, Object parameters) {
}
