package com.commerceconnectors.connection.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a parser's complaint for an operator without quoting the document: a value typed without quotes could be a
 * password, and Jackson and SnakeYAML quote the offending token and the line around it.
 */
final class SyntaxMessages {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final int MAX_LENGTH = 160;

    private SyntaxMessages() {
    }

    static String describe(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage());
        String problem = yamlProblem(e);
        if (problem != null) {
            return withoutQuotedText(problem);
        }
        if (original.startsWith("Duplicate field")) {
            return "a key appears twice in the same object";
        }
        if (original.startsWith("Unrecognized token")) {
            return "a value is not valid JSON (text values must be in double quotes)";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "the document ends too early (a closing '}', ']' or '\"' is missing)";
        }
        if (original.contains("was expecting comma")) {
            return "a ',' is missing between two entries";
        }
        if (original.contains("was expecting double-quote to start field name")) {
            return "a key must be in double quotes (is there a ',' before a '}'?)";
        }
        if (original.contains("CTRL-CHAR")) {
            return "a control character is not allowed here (write it escaped, e.g. \\n)";
        }
        return withoutQuotedText(original);
    }

    /** SnakeYAML's own sentence ("mapping values are not allowed here"), without the excerpt Jackson appends. */
    @SuppressWarnings("deprecation") // Jackson 2.x still throws its deprecated wrapper for SnakeYAML's errors
    private static String yamlProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblem() != null) {
                return firstLine(marked.getProblem());
            }
            if (t instanceof com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException marked
                    && marked.getProblem() != null) {
                return firstLine(marked.getProblem());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String withoutQuotedText(String message) {
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String quoted = m.group();
            // a single quoted character names the syntax problem; anything longer may be document content
            m.appendReplacement(out, Matcher.quoteReplacement(quoted.length() <= 3 ? quoted : "'…'"));
        }
        m.appendTail(out);
        String text = out.toString().strip();
        if (text.isEmpty()) {
            return "the syntax is not valid";
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
