package com.commerceconnectors.core.error;

import com.commerceconnectors.core.error.DecodedError.Shape;
import com.commerceconnectors.core.http.ApiResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the error bodies of common REST platforms without knowing any of them by name: a {@code message} with
 * {@code %1}/{@code %name} parameters, JSON:API {@code errors}, OAuth2 {@code error}/{@code error_description},
 * problem details, HTML pages, plain text, empty and malformed bodies.
 */
public final class StandardErrorBodyDecoder implements ErrorBodyDecoder {

    static final StandardErrorBodyDecoder INSTANCE = new StandardErrorBodyDecoder();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+)|%([A-Za-z_][A-Za-z0-9_]*)");
    private static final int MAX_TEXT = 300;
    private static final int MAX_DETAILS = 10;

    private StandardErrorBodyDecoder() {
    }

    @Override
    public DecodedError decode(ApiResponse response) {
        String text = response.bodyAsString().strip();
        if (text.isEmpty()) {
            return DecodedError.of(Shape.EMPTY, null);
        }
        if (looksLikeHtml(response, text)) {
            return DecodedError.of(Shape.HTML, htmlMessage(text));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            if (looksLikeJson(response, text)) {
                return DecodedError.of(Shape.MALFORMED_JSON, "the answer is not valid JSON (" + response.bodyLength()
                        + " bytes, truncated or malformed)");
            }
            return DecodedError.of(Shape.TEXT, firstLine(text));
        }
        if (root == null || root.isMissingNode()) {
            return DecodedError.of(Shape.EMPTY, null);
        }
        if (root.isTextual()) {
            return DecodedError.of(Shape.TEXT, cap(root.asText()));
        }
        if (!root.isObject()) {
            return DecodedError.of(Shape.OTHER_JSON, null);
        }
        return decodeObject(root);
    }

    /** The sentence used when an HTML page came where JSON was expected. */
    public static String htmlMessage(String html) {
        Matcher m = TITLE.matcher(html);
        String title = m.find() ? cap(collapse(unescape(m.group(1)))) : "";
        return "the server answered with an HTML page" + (title.isEmpty() ? "" : " (title: \"" + title + "\")")
                + " instead of JSON — is baseUri pointing at the API root? a proxy or maintenance page?";
    }

    /** Whether the answer is an HTML page (by its media type or its first characters). */
    public static boolean looksLikeHtml(ApiResponse response, String text) {
        String mt = response.mediaType();
        if (mt.equals("text/html") || mt.equals("application/xhtml+xml")) {
            return true;
        }
        String head = text.substring(0, Math.min(text.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body");
    }

    private static boolean looksLikeJson(ApiResponse response, String text) {
        String mt = response.mediaType();
        char c = text.charAt(0);
        return mt.endsWith("json") || c == '{' || c == '[' || c == '"';
    }

    private DecodedError decodeObject(JsonNode root) {
        JsonNode errors = root.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty() && isJsonApi(errors)) {
            return jsonApi(errors);
        }
        JsonNode message = root.get("message");
        if (message != null && message.isTextual()) {
            List<String> details = new ArrayList<>();
            if (errors != null && errors.isArray()) {
                for (JsonNode e : errors) {
                    JsonNode m = e.get("message");
                    if (m != null && m.isTextual() && details.size() < MAX_DETAILS) {
                        details.add(cap(fill(m.asText(), e.get("parameters"))));
                    }
                }
            }
            return new DecodedError(Shape.MESSAGE, cap(fill(message.asText(), root.get("parameters"))),
                    textOrNull(root.get("code")), details);
        }
        JsonNode error = root.get("error");
        if (error != null && error.isTextual()) {
            String description = textOrNull(root.get("error_description"));
            String text = description == null ? error.asText() : description + " (" + error.asText() + ")";
            return new DecodedError(Shape.OAUTH2, cap(text), error.asText(), List.of());
        }
        if (error != null && error.isObject() && error.hasNonNull("message")) {
            return new DecodedError(Shape.MESSAGE, cap(error.get("message").asText()), textOrNull(error.get("code")), List.of());
        }
        String detail = textOrNull(root.get("detail"));
        String title = textOrNull(root.get("title"));
        if (detail != null || title != null) {
            return DecodedError.of(Shape.PROBLEM, cap(detail != null && title != null ? title + ": " + detail
                    : detail != null ? detail : title));
        }
        return DecodedError.of(Shape.OTHER_JSON, null);
    }

    private static boolean isJsonApi(JsonNode errors) {
        JsonNode first = errors.get(0);
        return first.isObject() && (first.has("detail") || first.has("title") || first.has("source")
                || first.has("status") && !first.has("message"));
    }

    private static DecodedError jsonApi(JsonNode errors) {
        List<String> texts = new ArrayList<>();
        String code = null;
        for (JsonNode e : errors) {
            if (texts.size() >= MAX_DETAILS) {
                break;
            }
            String detail = textOrNull(e.get("detail"));
            String title = textOrNull(e.get("title"));
            String text = detail != null ? detail : title != null ? title : textOrNull(e.get("code"));
            if (text == null) {
                continue;
            }
            JsonNode source = e.get("source");
            if (source != null && source.isObject()) {
                String where = textOrNull(source.get("pointer"));
                if (where == null) {
                    where = textOrNull(source.get("parameter"));
                }
                if (where != null && !text.contains(where)) {
                    text = text + " (at " + where + ")";
                }
            }
            texts.add(cap(text));
            if (code == null) {
                code = textOrNull(e.get("code"));
            }
        }
        if (texts.isEmpty()) {
            return DecodedError.of(Shape.JSON_API, null);
        }
        String message = texts.size() == 1 ? texts.get(0) : String.join("; ", texts);
        return new DecodedError(Shape.JSON_API, cap(message), code, texts.size() > 1 ? texts : List.of());
    }

    /** Fills {@code %1, %2…} from a list or {@code %name} from a map; unknown placeholders stay as they are. */
    static String fill(String message, JsonNode parameters) {
        if (parameters == null || parameters.isNull() || parameters.isEmpty()) {
            return message;
        }
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode value = null;
            if (m.group(1) != null && parameters.isArray()) {
                int index = Integer.parseInt(m.group(1)) - 1;
                value = index >= 0 && index < parameters.size() ? parameters.get(index) : null;
            } else if (m.group(2) != null && parameters.isObject()) {
                value = parameters.get(m.group(2));
            } else if (m.group(1) != null && parameters.isObject()) {
                value = parameters.get(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : render(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String render(JsonNode value) {
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(render(v)));
            return String.join(", ", parts);
        }
        return value.toString();
    }

    private static String textOrNull(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return cap((nl >= 0 ? text.substring(0, nl) : text).strip());
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ");
    }

    static String cap(String s) {
        String c = s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        return c.length() <= MAX_TEXT ? c : c.substring(0, MAX_TEXT - 1) + "…";
    }
}
