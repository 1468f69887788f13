package com.commerceconnectors.sandbox.commercelayer.store;

import java.util.Random;

/**
 * Random-looking 10-character alphanumeric ids such as {@code WLgbSXqyoZ}, like Commerce Layer's. The sequence is
 * deterministic (a fixed seed), so a seeded sandbox has the same ids on every run.
 */
final class IdGenerator {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int LENGTH = 10;

    private final Random random;

    IdGenerator(long seed) {
        this.random = new Random(seed);
    }

    String next() {
        char[] id = new char[LENGTH];
        // Commerce Layer ids start with a letter; keeping that avoids ids a client could mistake for numbers.
        id[0] = ALPHABET[random.nextInt(52)];
        for (int i = 1; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
