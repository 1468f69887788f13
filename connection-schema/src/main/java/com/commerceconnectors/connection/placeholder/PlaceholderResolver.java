package com.commerceconnectors.connection.placeholder;

import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.document.Pointers;
import com.commerceconnectors.connection.secret.SecretCipher;
import com.commerceconnectors.connection.secret.SecretCipherException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${env:NAME}} and {@code ${file:PATH}} in every string value of a document (whole or embedded;
 * {@code $${} is a literal {@code ${}), then decrypts secret values that start with {@code enc:}. Substituted text is
 * not scanned again, so a variable's value cannot smuggle in another placeholder. Top-level {@code $schema} and
 * {@code x-*} annotations are left as written. One instance resolves one document.
 */
public final class PlaceholderResolver {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    private final PlaceholderExpander expander;
    private final Function<String, String> environment;
    private final Predicate<String> isSecret;
    private final Predicate<String> isInteger;
    private SecretCipher cipher;
    private SecretCipherException cipherProblem;

    /**
     * @param environment looks up environment variables (and the decryption key {@value SecretCipher#KEY_VARIABLE})
     * @param files       reads the files {@code ${file:…}} names
     * @param isSecret    whether the value at a JSON pointer is a secret, the only values that may be {@code enc:}
     * @param isInteger   whether the value at a JSON pointer is a number, so that {@code readMs: ${env:READ_MS}}
     *                    yields a number when the variable holds digits
     */
    public PlaceholderResolver(Function<String, String> environment, PlaceholderFiles files, Predicate<String> isSecret,
                               Predicate<String> isInteger) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.expander = new PlaceholderExpander(environment, files);
        this.isSecret = Objects.requireNonNull(isSecret, "isSecret");
        this.isInteger = Objects.requireNonNull(isInteger, "isInteger");
    }

    public Resolution resolve(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        List<Violation> violations = new ArrayList<>();
        Set<String> failed = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = copy.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.equals("$schema") || name.startsWith("x-")) {
                continue;
            }
            String pointer = Pointers.child("", name);
            JsonNode resolved = resolveNode(field.getValue(), pointer, violations, failed);
            if (resolved != field.getValue()) {
                field.setValue(resolved);
            }
        }
        return new Resolution(copy, violations, failed);
    }

    private JsonNode resolveNode(JsonNode node, String pointer, List<Violation> violations, Set<String> failed) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode resolved = resolveNode(field.getValue(), Pointers.child(pointer, field.getKey()), violations, failed);
                if (resolved != field.getValue()) {
                    field.setValue(resolved);
                }
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode resolved = resolveNode(array.get(i), Pointers.child(pointer, i), violations, failed);
                if (resolved != array.get(i)) {
                    array.set(i, resolved);
                }
            }
            return array;
        }
        if (!node.isTextual()) {
            return node;
        }
        try {
            String value = expander.expand(node.asText());
            if (SecretCipher.isEncrypted(value)) {
                if (!isSecret.test(pointer)) {
                    throw new PlaceholderException("encryption",
                            "encrypted values (enc:…) are accepted only in secret fields such as auth.token or auth.password");
                }
                value = decrypt(value);
            }
            if (value.equals(node.asText())) {
                return node;
            }
            if (isInteger.test(pointer) && INTEGER.matcher(value).matches()) {
                return JsonNodeFactory.instance.numberNode(new BigInteger(value));
            }
            return TextNode.valueOf(value);
        } catch (PlaceholderException e) {
            violations.add(new Violation(pointer, e.rule(), e.getMessage()));
            failed.add(pointer);
            return node;
        }
    }

    private String decrypt(String value) throws PlaceholderException {
        try {
            return cipher().decrypt(value);
        } catch (SecretCipherException e) {
            String message = e.isKeyProblem() ? "cannot be decrypted: " + e.getMessage() : e.getMessage();
            throw new PlaceholderException("encryption", message);
        }
    }

    private SecretCipher cipher() throws SecretCipherException {
        // looked up on first use: documents without enc: values need no key
        if (cipher == null && cipherProblem == null) {
            try {
                cipher = SecretCipher.fromEnvironment(environment);
            } catch (SecretCipherException e) {
                cipherProblem = e;
            }
        }
        if (cipherProblem != null) {
            throw cipherProblem;
        }
        return cipher;
    }
}
