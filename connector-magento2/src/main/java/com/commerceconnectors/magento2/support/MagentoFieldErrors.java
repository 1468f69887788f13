package com.commerceconnectors.magento2.support;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which record fields Magento's validation messages are about. Magento names fields in several ways — by
 * attribute code ({@code The value of attribute "url_key" must be set}), by admin label ({@code The "Product Name"
 * attribute value is empty}), by property ({@code "firstname" is a required value}) or not at all ({@code URL key
 * for specified store already exists.}); the rules below turn each into the field of the record that was sent.
 * They match the messages after Magento's placeholders were filled, several per answer when Magento listed several.
 */
public final class MagentoFieldErrors {

    /** Magento's admin labels of the attributes its messages name by label, to the record field. */
    private static final Map<String, String> LABELS = Map.of(
            "product name", "name",
            "name", "name",
            "price", "price",
            "sku", "sku",
            "attribute set", "attribute_set_id",
            "weight", "weight",
            "url key", "url_key");

    private record Rule(Pattern pattern, Function<Matcher, FieldProblem> problem) {
    }

    private record Hit(int at, FieldProblem problem) {
    }

    private static final List<Rule> RULES = List.of(
            rule("The \"([^\"]+)\" attribute value is empty",
                    m -> set(field(m.group(1)))),
            rule("The value of attribute \"([^\"]+)\" must be set",
                    m -> new FieldProblem(m.group(1), "give \"" + m.group(1) + "\" a value (a field of the record, or an"
                            + " entry of custom_attributes)")),
            rule("URL key for specified store already exists",
                    m -> new FieldProblem("url_key", "another product or category of this store already uses the URL"
                            + " key (Magento derives it from the name when none is sent): send a unique url_key in"
                            + " custom_attributes, a different name, or make new products' keys from their SKUs"
                            + " (urlKeyFrom=sku)")),
            rule("The value of the \"([^\"]+)\" attribute isn't unique",
                    m -> new FieldProblem(field(m.group(1)), "give \"" + field(m.group(1)) + "\" a value no other record has")),
            rule("\"([^\"]+)\" is required\\. Enter and try again",
                    m -> set(m.group(1))),
            rule("\"([^\"]+)\" is a required value",
                    m -> set(m.group(1))),
            rule("\"([^\"]+)\" is not supported\\. Correct the field name",
                    m -> new FieldProblem(m.group(1), "remove \"" + m.group(1) + "\" or correct its spelling: Magento has"
                            + " no such field here (custom attributes go in custom_attributes)")),
            rule("Invalid value of \"[^\"]*\" provided for the ([A-Za-z0-9_]+) field",
                    m -> new FieldProblem(m.group(1), "correct the value of \"" + m.group(1) + "\"")),
            rule("Error occurred during \"([^\"]+)\" processing",
                    m -> new FieldProblem(m.group(1), "send \"" + m.group(1) + "\" with the type Magento expects")),
            rule("SKU length should be (\\d+) characters maximum",
                    m -> new FieldProblem("sku", "shorten \"sku\" to at most " + m.group(1) + " characters")),
            rule("A customer with the same email address already exists",
                    m -> new FieldProblem("email", "\"email\" belongs to another customer of that website: update that"
                            + " customer (operation=update or upsert with its id) instead of creating one")));

    private MagentoFieldErrors() {
    }

    /** The fields a Magento message (or several joined by the decoder) is about, in the order Magento named them. */
    public static List<FieldProblem> of(String message) {
        List<FieldProblem> found = new ArrayList<>();
        if (message == null || message.isBlank()) {
            return found;
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message);
            while (m.find()) {
                hits.add(new Hit(m.start(), rule.problem().apply(m)));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::at));
        for (Hit hit : hits) {
            if (found.stream().noneMatch(f -> f.field().equals(hit.problem().field()))) {
                found.add(hit.problem());
            }
        }
        return found;
    }

    /** The record fields a validation failure is about; empty for any other failure or an unrecognised message. */
    public static List<String> fields(ApiException e) {
        if (e == null || e.category() != ErrorCategory.VALIDATION) {
            return List.of();
        }
        return of(e.platformMessage().orElse("")).stream().map(FieldProblem::field).toList();
    }

    private static Rule rule(String regex, Function<Matcher, FieldProblem> problem) {
        return new Rule(Pattern.compile(regex), problem);
    }

    private static FieldProblem set(String field) {
        return new FieldProblem(field, "give \"" + field + "\" a value");
    }

    /** A label as Magento's messages show it, as the record names the field. */
    private static String field(String label) {
        return LABELS.getOrDefault(label.strip().toLowerCase(Locale.ROOT), label.strip());
    }
}
