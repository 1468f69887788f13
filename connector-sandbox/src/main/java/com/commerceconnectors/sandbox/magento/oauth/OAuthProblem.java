package com.commerceconnectors.sandbox.magento.oauth;

import com.commerceconnectors.sandbox.http.UrlEncoding;
import com.commerceconnectors.sandbox.magento.web.MagentoException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A refusal by Magento's OAuth server: {@code Oauth\Exception} (401) or {@code OauthInputException} (400). The REST
 * API renders it as {@code {"message", "parameters"}}; the token endpoints as {@code oauth_problem=<message>}. Never
 * leaves the sandbox, and its messages name no credential.
 */
public final class OAuthProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String REQUIRED = "\"%fieldName\" is required. Enter and try again.";

    private final int status;
    private final String template;
    private final transient List<String> arguments;
    private final transient List<String> missingFields;

    private OAuthProblem(int status, String template, List<String> arguments, List<String> missingFields) {
        super(template, null, false, false);
        this.status = status;
        this.template = template;
        this.arguments = List.copyOf(arguments);
        this.missingFields = List.copyOf(missingFields);
    }

    /** 401: an {@code Oauth\Exception}; {@code %1}, {@code %2} … stand for the arguments. */
    public static OAuthProblem rejected(String template, String... arguments) {
        return new OAuthProblem(401, template, List.of(arguments), List.of());
    }

    /** 400: an {@code OauthInputException}. */
    public static OAuthProblem invalidInput(String template, String... arguments) {
        return new OAuthProblem(400, template, List.of(arguments), List.of());
    }

    /** 400: required protocol parameters missing, one error per parameter. */
    public static OAuthProblem required(List<String> fieldNames) {
        return new OAuthProblem(400, REQUIRED, List.of(), fieldNames);
    }

    public int status() {
        return status;
    }

    /** The message with its placeholders filled in; several missing fields joined as Magento aggregates them. */
    public String rendered() {
        if (!missingFields.isEmpty()) {
            if (missingFields.size() == 1) {
                return requiredMessage(missingFields.get(0));
            }
            return missingFields.stream()
                    .map(field -> stripTrailingDots(requiredMessage(field)))
                    .collect(Collectors.joining(", "));
        }
        String message = template;
        for (int i = arguments.size(); i >= 1; i--) {
            message = message.replace("%" + i, arguments.get(i - 1));
        }
        return message;
    }

    /** As the REST API answers it. */
    public MagentoException toRestError() {
        if (!missingFields.isEmpty()) {
            return MagentoException.required(missingFields);
        }
        return MagentoException.of(status, template, arguments.isEmpty() ? null : arguments);
    }

    /** As {@code /oauth/token/*} answers it: {@code http_build_query(['oauth_problem' => message])}. */
    public String formBody() {
        return "oauth_problem=" + UrlEncoding.phpUrlEncode(rendered());
    }

    private static String requiredMessage(String field) {
        return REQUIRED.replace("%fieldName", field);
    }

    private static String stripTrailingDots(String message) {
        int end = message.length();
        while (end > 0 && message.charAt(end - 1) == '.') {
            end--;
        }
        return message.substring(0, end);
    }
}
