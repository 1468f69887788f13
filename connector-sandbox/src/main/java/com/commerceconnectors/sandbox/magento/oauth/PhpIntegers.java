package com.commerceconnectors.sandbox.magento.oauth;

/** PHP's {@code (int)} cast of a string: leading whitespace, a sign and the leading digits; anything else is 0. */
final class PhpIntegers {

    private PhpIntegers() {
    }

    static long intval(String text) {
        if (text == null) {
            return 0;
        }
        int i = 0;
        while (i < text.length() && " \t\n\r\u000B\f".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            int digit = text.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                // PHP saturates at PHP_INT_MAX / PHP_INT_MIN.
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            value = value * 10 + digit;
            digits++;
            i++;
        }
        return digits == 0 ? 0 : (negative ? -value : value);
    }
}
