package com.commerceconnectors.connection.placeholder;

/** One value could not be resolved; the message never holds the value. */
final class PlaceholderException extends Exception {

    private final String rule;

    PlaceholderException(String rule, String message) {
        super(message, null, false, false);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
