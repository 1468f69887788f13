package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.http.ApiRequest;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sign-in body with {@code {username}} and {@code {password}} placeholders. Values are escaped for the body's
 * format: JSON-escaped in a JSON body (a password with a quote must not break the JSON), percent-encoded in a form
 * body, as-is in anything else. Substitution is one pass, so a password containing {@code {username}} stays as it is.
 *
 * @param template    the template
 * @param contentType the media type it is sent as
 */
public record BodyTemplate(String template, String contentType) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(username|password)}");

    /** The template with its media type guessed from its first character: JSON, a form, or plain text. */
    public static BodyTemplate of(String template) {
        String t = template == null ? "" : template.strip();
        String type = t.startsWith("{") || t.startsWith("[") ? ApiRequest.JSON
                : t.contains("=") && !t.contains(" ") ? ApiRequest.FORM : "text/plain; charset=UTF-8";
        return new BodyTemplate(template == null ? "" : template, type);
    }

    public String render(String username, String password) {
        Map<String, String> values = Map.of("username", username, "password", password);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(escape(values.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String escape(String value) {
        if (contentType.startsWith(ApiRequest.JSON)) {
            return new String(JsonStringEncoder.getInstance().quoteAsString(value));
        }
        if (contentType.startsWith(ApiRequest.FORM)) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return value;
    }

    @Override
    public String toString() {
        // the template holds placeholders, not values; still no need to print it
        return "BodyTemplate[" + contentType + ", " + template.length() + " chars]";
    }
}
