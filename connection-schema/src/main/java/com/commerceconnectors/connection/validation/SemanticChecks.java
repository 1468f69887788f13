package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.document.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/** The errors a JSON Schema cannot express: well-formed URIs, and a usable RSA key with the passphrase it needs. */
final class SemanticChecks {

    private final List<Violation> errors = new ArrayList<>();
    private final List<Violation> warnings = new ArrayList<>();

    private SemanticChecks() {
    }

    /** Checks values the schema accepted; {@code skip} holds pointers that already have an error. */
    static SemanticChecks run(Fields fields, Set<String> skip) {
        SemanticChecks checks = new SemanticChecks();
        checks.uri(fields, skip, "/baseUri", UriRules::baseUri);
        checks.uri(fields, skip, "/agent/proxyUri", UriRules::proxyUri);
        if (fields.authType().equals("oauth2")) {
            checks.uri(fields, skip, "/auth/tokenUri", UriRules::absoluteEndpoint);
        } else if (fields.authType().equals("requestAuth")) {
            checks.uri(fields, skip, "/auth/tokenUri", UriRules::endpointOrPath);
        }
        checks.poolSizes(fields, skip);
        if (fields.authType().equals("oauth1")
                && fields.text("/auth/signatureMethod").map(m -> m.startsWith("RSA-")).orElse(false)
                && skip.stream().noneMatch(wrong -> Pointers.isWithin(PrivateKeyCheck.KEY, wrong))) {
            boolean passphraseUnknown = skip.stream().anyMatch(wrong -> Pointers.isWithin(PrivateKeyCheck.PASSPHRASE, wrong));
            String passphrase = fields.text(PrivateKeyCheck.PASSPHRASE).orElse(null);
            fields.text(PrivateKeyCheck.KEY).ifPresent(pem -> {
                PrivateKeyCheck.Result result = PrivateKeyCheck.check(pem, passphrase, passphraseUnknown);
                checks.errors.addAll(result.errors());
                checks.warnings.addAll(result.warnings());
            });
        }
        return checks;
    }

    List<Violation> errors() {
        return errors;
    }

    List<Violation> warnings() {
        return warnings;
    }

    /** A host's share cannot be larger than the whole pool: HttpClient would silently cap it. */
    private void poolSizes(Fields fields, Set<String> skip) {
        String perHost = "/pool/maxConnectionsPerHost";
        String total = "/pool/maxConnections";
        if (skip.contains(perHost) || skip.contains(total)) {
            return;
        }
        OptionalLong hostLimit = fields.integer(perHost);
        OptionalLong allLimit = fields.integer(total);
        if (hostLimit.isPresent() && allLimit.isPresent() && hostLimit.getAsLong() > allLimit.getAsLong()) {
            errors.add(new Violation(perHost, "poolSize", "must not be more than maxConnections ("
                    + allLimit.getAsLong() + "): no host can have more connections than the whole pool"));
        }
    }

    private void uri(Fields fields, Set<String> skip, String pointer, Function<String, Optional<String>> rule) {
        if (skip.stream().anyMatch(wrong -> Pointers.isWithin(pointer, wrong))) {
            return;
        }
        fields.text(pointer).flatMap(rule).ifPresent(problem -> errors.add(new Violation(pointer, "uri", problem)));
    }
}
