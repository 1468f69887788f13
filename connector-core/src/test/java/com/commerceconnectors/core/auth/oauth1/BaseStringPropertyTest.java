package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.http.ApiRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signer writes the base string in one pass over the query, copying canonical names and values as they are and
 * sorting offsets into one byte array. These properties hold it to the plain reading of RFC 5849, built here the slow
 * way with the JDK's form decoder and {@link Rfc5849Verifier#rfc3986} (no code shared with the signer): decode every
 * pair, encode it, sort the strings, join, encode again. Queries mix canonical text with what is not (plus signs,
 * lower-case hex, escaped letters, raw reserved characters, non-ASCII escapes), repeat names, and hold empty pairs,
 * pairs without {@code =} and an {@code oauth_signature}.
 */
class BaseStringPropertyTest {

    private static final String CONSUMER_SECRET = "c s&1";
    private static final String TOKEN_SECRET = "t+s";
    private static final OAuth1Signer SIGNER = new OAuth1Signer(SignatureAlgorithms.hmac(SignatureMethod.HMAC_SHA256,
            Secret.of(CONSUMER_SECRET), Secret.of(TOKEN_SECRET)), "Photos");
    private static final ProtocolParameters OAUTH = ProtocolParameters.of("key with space", Secret.of("tok/en~"),
            1700000000L, "n+once");

    @Property(tries = 1500)
    void theBaseStringAndSignatureAreThoseOfThePlainRfcReading(@ForAll("queries") String query) throws Exception {
        ApiRequest request = ApiRequest.get(URI.create("https://Shop.Example.com:8443/rest/V1/a%2Fb?" + query));

        SignedRequest signed = SIGNER.sign(request, OAUTH);

        String expected = reference("GET", "https://shop.example.com:8443/rest/V1/a%2Fb", query);
        assertThat(signed.baseString().value()).isEqualTo(expected);
        assertThat(signed.signature()).isEqualTo(hmacSha256(expected));
        assertThat(signed.baseString().toString()).doesNotContain("tok%252Fen~");
    }

    @Property(tries = 300)
    void aFormBodyIsReadLikeTheQuery(@ForAll("queries") String body) {
        URI uri = URI.create("http://h/x");
        ApiRequest request = ApiRequest.post(uri).withBody(body.getBytes(StandardCharsets.UTF_8), ApiRequest.FORM);

        assertThat(SIGNER.baseString(request, OAUTH).value()).isEqualTo(reference("POST", "http://h/x", body));
    }

    private static String reference(String method, String baseUri, String query) {
        List<String[]> params = new ArrayList<>();
        params.add(new String[] {"oauth_consumer_key", OAUTH.consumerKey()});
        params.add(new String[] {"oauth_token", OAUTH.token().reveal()});
        params.add(new String[] {"oauth_signature_method", "HMAC-SHA256"});
        params.add(new String[] {"oauth_timestamp", Long.toString(OAUTH.timestamp())});
        params.add(new String[] {"oauth_nonce", OAUTH.nonce()});
        params.add(new String[] {"oauth_version", OAUTH.version()});
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!name.equals("oauth_signature")) {
                params.add(new String[] {name, value});
            }
        }
        List<String[]> encoded = new ArrayList<>();
        for (String[] p : params) {
            encoded.add(new String[] {Rfc5849Verifier.rfc3986(p[0]), Rfc5849Verifier.rfc3986(p[1])});
        }
        encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder normalized = new StringBuilder();
        for (String[] p : encoded) {
            normalized.append(normalized.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
        }
        return method + "&" + Rfc5849Verifier.rfc3986(baseUri) + "&" + Rfc5849Verifier.rfc3986(normalized.toString());
    }

    private static String hmacSha256(String baseString) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        String key = Rfc5849Verifier.rfc3986(CONSUMER_SECRET) + "&" + Rfc5849Verifier.rfc3986(TOKEN_SECRET);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> piece = Arbitraries.of("searchCriteria%5Bfilter_groups%5D%5B0%5D", "%5Bfield%5D", "%5b",
                "a", "A", "a1", "x", "x!y", "b+c", "%41", "%7E", "~", "-._", "c%40", "%C3%A9", "%e2%82%ac", "%2B",
                "%20", "*", "'", "(", "2026-05-01%2000%3A00%3A00", "oauth_", "signature", "token", "%3D", "%26", "%25");
        Arbitrary<String> text = piece.list().ofMaxSize(4).map(list -> String.join("", list));
        Arbitrary<String> pair = Arbitraries.oneOf(
                Combinators.combine(text, text).as((n, v) -> n + "=" + v),
                Combinators.combine(text, text, text).as((n, v, w) -> n + "=" + v + "=" + w),
                text,
                Arbitraries.of("", "oauth_signature=forged", "a=1", "a=1"));
        return pair.list().ofMaxSize(14).map(list -> String.join("&", list));
    }
}
