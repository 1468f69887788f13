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
        for (Violation v : cause.violations()) {
            description.append('\n').append("    ").append(v.toLine());
        }
        String action = "Correct the connection document (each line names a JSON pointer into it and the rule it"
                + " breaks). `connectors validate --connection FILE` checks a document without starting the"
                + " application.";
        return new FailureAnalysis(description.toString(), action, cause);
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
