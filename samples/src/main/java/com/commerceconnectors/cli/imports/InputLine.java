package com.commerceconnectors.cli.imports;

/**
 * One line of the input, as bytes (decoded by the JSON parser, which insists on valid UTF-8).
 *
 * @param number  the line number, from 1
 * @param bytes   the line without its end ({@code \n} or {@code \r\n}); empty when the line was too long
 * @param tooLong whether the line exceeded the reader's limit (its bytes were skipped)
 */
record InputLine(long number, byte[] bytes, boolean tooLong) {

    /** Whether the line holds nothing but JSON whitespace (blank lines are skipped, not records). */
    boolean blank() {
        if (tooLong) {
            return false;
        }
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
