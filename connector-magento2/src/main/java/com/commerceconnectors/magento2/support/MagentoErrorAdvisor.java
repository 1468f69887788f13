package com.commerceconnectors.magento2.support;

import com.commerceconnectors.core.error.ErrorAdvisor;
import com.commerceconnectors.core.error.FailureContext;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What to do about Magento's failures, in Magento's terms. */
public final class MagentoErrorAdvisor implements ErrorAdvisor {

    public static final MagentoErrorAdvisor INSTANCE = new MagentoErrorAdvisor();

    private MagentoErrorAdvisor() {
    }

    @Override
    public String advise(FailureContext failure, String defaultAdvice) {
        String said = failure.decoded() == null || failure.decoded().message() == null ? ""
                : failure.decoded().message().toLowerCase(Locale.ROOT);
        if (said.contains("2fa")) {
            return "Two-factor authentication is on for this admin, so the admin token endpoint cannot be used unattended:"
                    + " use an integration with OAuth 1.0a (auth type oauth1), or a customer token";
        }
        if (said.contains("sign-in was incorrect") || said.contains("account is disabled temporarily")) {
            return "Magento refused the user name or password (or the account is locked: Magento locks it for 30 minutes"
                    + " after 6 failed sign-ins). Fix the credentials before trying again; repeated attempts extend the lock";
        }
        if (said.contains("signature method") && said.contains("not supported")) {
            return "Magento 2.4.4 and later accept only HMAC-SHA256 signatures: set auth.signatureMethod to HMAC-SHA256";
        }
        if (failure.status() == 401 && !failure.tokenEndpoint()) {
            if (failure.credentialsRefreshed()) {
                return "A fresh token was refused too, so the credentials work but lack permission: grant the admin role"
                        + " or integration access to this resource (System > Permissions or System > Integrations > API)";
            }
            return "Magento answers 401 alike for a wrong, expired or revoked token and for a missing ACL permission."
                    + " Check the token; an integration access token used as a bearer token is refused since 2.4.4 unless"
                    + " 'Allow OAuth Access Tokens to be used as standalone Bearer tokens' is on — prefer auth type oauth1";
        }
        if (failure.status() == 404 && isUnknownRoute(said)) {
            return "No such REST route: check the resource name and that baseUri ends with /rest";
        }
        if (failure.status() == 400 && !failure.tokenEndpoint() && failure.decoded() != null) {
            List<FieldProblem> problems = MagentoFieldErrors.of(failure.decoded().message());
            if (!problems.isEmpty()) {
                return "Correct the record and send it again: "
                        + problems.stream().map(FieldProblem::advice).collect(Collectors.joining("; "));
            }
        }
        return defaultAdvice;
    }

    /** Whether Magento's message says the URL matches no REST route (as opposed to a record that does not exist). */
    public static boolean isUnknownRoute(String platformMessage) {
        return platformMessage != null && platformMessage.toLowerCase(Locale.ROOT).contains("request does not match any route");
    }
}
