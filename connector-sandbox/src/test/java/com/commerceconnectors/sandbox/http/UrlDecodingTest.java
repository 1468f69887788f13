package com.commerceconnectors.sandbox.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlDecodingTest {

    @Test
    void phpUrlDecodeTurnsPlusIntoSpaceAndKeepsMalformedEscapes() {
        assertThat(UrlDecoding.phpUrlDecode("A%2FB+C%zz%4")).isEqualTo("A/B C%zz%4");
        assertThat(UrlDecoding.phpUrlDecode("%C3%A9t%C3%A9")).isEqualTo("été");
    }

    @Test
    void rawUrlDecodeKeepsPlus() {
        assertThat(UrlDecoding.rawUrlDecode("a+b%20c")).isEqualTo("a+b c");
    }
}
