package com.commerceconnectors.connection.placeholder;

import java.util.function.Function;
import java.util.regex.Pattern;

/** Expands the placeholders of one string; knows the syntax, not the document. */
final class PlaceholderExpander {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String SYNTAX_HINT = "use ${env:NAME} or ${file:PATH}, and $${ for a literal ${";

    private final Function<String, String> environment;
    private final PlaceholderFiles files;

    PlaceholderExpander(Function<String, String> environment, PlaceholderFiles files) {
        this.environment = environment;
        this.files = files;
    }

    String expand(String text) throws PlaceholderException {
        if (!text.contains("${")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new PlaceholderException("placeholder", "has a ${ without its closing }; " + SYNTAX_HINT);
                }
                out.append(substitute(text.substring(i + 2, end)));
                i = end + 1;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private String substitute(String body) throws PlaceholderException {
        if (body.startsWith("env:")) {
            String name = body.substring("env:".length());
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw new PlaceholderException("placeholder",
                        "has an invalid variable name in ${env:…}; names are letters, digits and '_', not starting with a digit");
            }
            String value = environment.apply(name);
            if (value == null) {
                throw new PlaceholderException("placeholder", "the environment variable " + name + " is not set");
            }
            return value;
        }
        if (body.startsWith("file:")) {
            String path = body.substring("file:".length());
            if (path.isBlank()) {
                throw new PlaceholderException("placeholder", "has ${file:} without a path");
            }
            return files.read(path);
        }
        // the text is not echoed: in a secret it may be part of the password
        throw new PlaceholderException("placeholder", "has a placeholder of an unknown kind; " + SYNTAX_HINT);
    }
}
