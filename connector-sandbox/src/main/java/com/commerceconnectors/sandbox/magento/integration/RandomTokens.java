package com.commerceconnectors.sandbox.magento.integration;

import java.security.SecureRandom;

/** 32 random lower-case letters and digits: Magento's length for consumer keys, secrets, tokens and verifiers. */
final class RandomTokens {

    static final int LENGTH = 32;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] token = new char[LENGTH];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }
}
