package com.commerceconnectors.spring.boot;

import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.Violation;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Describes an invalid connection document — a {@code commerce.connections} bean, a {@code connectionResource}
 * endpoint option, a bean from {@code Connection.load} — as the list of its violations, one line each ("pointer:
 * message"), instead of a stack trace. The violations never hold a secret value.
 */
public final class ConnectionFailureAnalyzer extends AbstractFailureAnalyzer<ConnectionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConnectionException cause) {
        StringBuilder description = new StringBuilder();
        String bean = beanName(rootFailure);
        description.append("The connection document ").append(cause.source());
        if (bean != null) {
            description.append(" (bean '").append(bean).append("')");
        }
        int n = cause.violations().size();
        description.append(" is invalid: ").append(n).append(n == 1 ? " problem" : " problems").append('\n');
        boolean inline = cause.source().startsWith(CommerceConnectorsProperties.PREFIX + ".connections.");
        for (Violation v : cause.violations()) {
            description.append('\n').append("    ").append(v.toLine());
            if (inline && !v.pointer().isEmpty()) {
                // inline fields: the property to correct, as a properties file writes it
                description.append(" (").append(propertyKey(cause.source(), v.pointer())).append(')');
            }
        }
        String action = "Correct the connection document (each line names a JSON pointer into it and the rule it"
                + " breaks). `connectors validate --connection FILE` checks a document without starting the"
                + " application.";
        return new FailureAnalysis(description.toString(), action, cause);
    }

    /** {@code commerce.connections.crm} and {@code /auth/apiKey} → {@code commerce.connections.crm.auth.api-key}. */
    static String propertyKey(String source, String pointer) {
        StringBuilder key = new StringBuilder(source);
        for (String token : pointer.substring(1).split("/")) {
            key.append('.').append(token.replace("~1", "/").replace("~0", "~")
                    .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
        }
        return key.toString();
    }

    /** The innermost bean whose creation failed: the connection bean itself, not the beans that needed it. */
    private static String beanName(Throwable failure) {
        String name = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BeanCreationException creation && creation.getBeanName() != null) {
                name = creation.getBeanName();
            }
        }
        return name;
    }
}
