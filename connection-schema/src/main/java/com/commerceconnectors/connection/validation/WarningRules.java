package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid documents that will probably fail, and why: platform versions that changed the rules, deprecated auth, and
 * credentials sent in clear. Sources: Magento 2.4.4 release behaviour (HMAC-SHA256 only; integration tokens as
 * bearer off by default; admin 2FA), Oro's WSSE deprecation notice.
 */
final class WarningRules {

    private WarningRules() {
    }

    static List<Violation> check(Fields fields) {
        List<Violation> out = new ArrayList<>();
        String connector = fields.connector();
        String authType = fields.authType();

        if (connector.equals("magento2") && authType.equals("oauth1")) {
            fields.text("/auth/signatureMethod").filter(m -> !m.equals("HMAC-SHA256")).ifPresent(m ->
                    out.add(new Violation("/auth/signatureMethod", "magentoSignatureMethod",
                            "Magento 2.4.4 and later accept only HMAC-SHA256 (no version accepts RSA-* or PLAINTEXT);"
                                    + " use HMAC-SHA256 unless the shop runs 2.4.3 or older")));
        }
        if (connector.equals("magento2") && authType.equals("bearer")) {
            out.add(new Violation("/auth/type", "magentoBearer",
                    "Magento 2.4.4 and later refuse integration tokens used as bearer tokens unless"
                            + " oauth/consumer/enable_integration_as_bearer is set (Stores > Configuration > Services > OAuth);"
                            + " prefer oauth1"));
        }
        if (connector.equals("magento2") && authType.equals("requestAuth")
                && fields.text("/auth/userType").orElse("admin").equals("admin") && !fields.has("/auth/tokenUri")) {
            out.add(new Violation(fields.has("/auth/userType") ? "/auth/userType" : "/auth/type", "magentoAdminTwoFactor",
                    "admin tokens cannot be requested unattended while two-factor authentication (Magento_TwoFactorAuth,"
                            + " on by default since 2.4) is enabled; prefer oauth1 with an integration"));
        }
        if (connector.equals("oro") && authType.equals("wsse")) {
            out.add(new Violation("/auth/type", "deprecated",
                    "WSSE is deprecated by Oro and will be removed in a future LTS release; prefer oauth2"));
        }
        for (String pointer : List.of("/baseUri", "/auth/tokenUri")) {
            fields.text(pointer).filter(UriRules::isPlainHttpToRemoteHost).ifPresent(uri ->
                    out.add(new Violation(pointer, "insecureTransport",
                            "uses plain http: credentials and data cross the network unencrypted; use https")));
        }
        if (authType.equals("oauth1")) {
            fields.text("/auth/signatureMethod").ifPresent(method -> {
                if (method.startsWith("RSA-")) {
                    for (String unused : List.of("/auth/consumerSecret", "/auth/accessTokenSecret")) {
                        if (fields.has(unused)) {
                            out.add(new Violation(unused, "unused",
                                    "is not used with " + method + " (requests are signed with privateKey); remove it"));
                        }
                    }
                } else if (fields.has("/auth/privateKey")) {
                    out.add(new Violation("/auth/privateKey", "unused",
                            "is not used with " + method + " (requests are signed with the consumer and token secrets); remove it"));
                }
            });
        }
        return out;
    }
}
