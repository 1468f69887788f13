package com.commerceconnectors.core.auth.oauth1;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signer takes a query name or value as it is when it is canonical ({@link PercentEncoding#isCanonical}), instead
 * of decoding and encoding it again. These properties prove the shortcut changes nothing: whatever the text, a
 * canonical one is exactly what decoding and re-encoding would give, every encoded string is canonical, the copy that
 * checks as it goes stops exactly where the text stops being canonical, and the byte writers write what the encoder
 * returns.
 */
class PercentEncodingPropertyTest {

    @Property(tries = 2000)
    void aCanonicalComponentIsItsOwnReEncoding(@ForAll("queryComponents") String component) {
        byte[] raw = component.getBytes(StandardCharsets.UTF_8);
        if (PercentEncoding.isCanonical(raw, 0, raw.length)) {
            String reEncoded = PercentEncoding.encode(PercentEncoding.decodeFormComponent(raw, 0, raw.length));
            assertThat(reEncoded).isEqualTo(component);
        }
    }

    @Property(tries = 1000)
    void everyEncodedStringIsCanonical(@ForAll String plain) {
        byte[] encoded = PercentEncoding.encode(plain).getBytes(StandardCharsets.US_ASCII);
        assertThat(PercentEncoding.isCanonical(encoded, 0, encoded.length)).isTrue();
    }

    @Property(tries = 2000)
    void theCanonicalCopyStopsExactlyWhereTheCheckFailsAndEncodesOnceMore(@ForAll("queryComponents") String component) {
        byte[] raw = component.getBytes(StandardCharsets.UTF_8);
        ByteSink out = new ByteSink(4);
        int stop = PercentEncoding.copyCanonicalEncoded(raw, 0, raw.length, out);

        // it copied the longest canonical start: canonical up to where it stopped, and not one escape or byte further
        assertThat(PercentEncoding.isCanonical(raw, 0, stop)).isTrue();
        if (stop < raw.length) {
            assertThat(PercentEncoding.isCanonical(raw, 0, Math.min(raw.length, stop + (raw[stop] == '%' ? 3 : 1))))
                    .isFalse();
        }
        String copied = new String(raw, 0, stop, StandardCharsets.US_ASCII);
        assertThat(out.text()).isEqualTo(PercentEncoding.encode(copied));
        assertThat(stop == raw.length).isEqualTo(PercentEncoding.isCanonical(raw, 0, raw.length));
    }

    @Property(tries = 1000)
    void theByteWritersMatchTheEncoder(@ForAll("queryComponents") String text) {
        byte[] once = new byte[text.length() * 9];
        byte[] twice = new byte[text.length() * 15];
        int n = PercentEncoding.encodeInto(text, once, 0);
        int m = PercentEncoding.encodeTwiceInto(text, twice, 0);

        assertThat(new String(once, 0, n, StandardCharsets.US_ASCII)).isEqualTo(PercentEncoding.encode(text));
        assertThat(new String(twice, 0, m, StandardCharsets.US_ASCII))
                .isEqualTo(PercentEncoding.encode(PercentEncoding.encode(text)));
    }

    @Example
    void whatIsNotCanonical() {
        for (String s : new String[] {"a+b", "%5b", "%41", "%", "%2", "%G1", "a*b", "a b", "caf\u00e9", "%7E"}) {
            byte[] raw = s.getBytes(StandardCharsets.UTF_8);
            assertThat(PercentEncoding.isCanonical(raw, 0, raw.length)).as(s).isFalse();
        }
        for (String s : new String[] {"searchCriteria%5BpageSize%5D", "2026-05-01%2000%3A00%3A00", "%2B", ""}) {
            byte[] raw = s.getBytes(StandardCharsets.US_ASCII);
            assertThat(PercentEncoding.isCanonical(raw, 0, raw.length)).as(s).isTrue();
        }
    }

    /** Text made mostly of what queries hold: letters, escapes in both cases, reserved characters, a little Unicode. */
    @Provide
    Arbitrary<String> queryComponents() {
        Arbitrary<String> escapes = Arbitraries.integers().between(0, 255)
                .flatMap(b -> Arbitraries.of(String.format("%%%02X", b), String.format("%%%02x", b)));
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars("-._~").ofMaxLength(6),
                escapes,
                Arbitraries.strings().withChars("+*!'()%=&/?:@[] ,\u00e9\u20ac").ofMaxLength(2));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
