package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.web.MagentoException;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Product URL keys as Magento's catalog URL rewrites treat them: every save formats the {@code url_key} it is given
 * (a new product without one gets its name formatted), and two products may not have the same key in one store.
 */
final class UrlKeys {

    static final String ATTRIBUTE = "url_key";
    static final String TAKEN = "URL key for specified store already exists.";

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9a-z]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private UrlKeys() {
    }

    /**
     * Magento's {@code formatUrlKey}: transliterated (here: accents dropped), every run of characters other than
     * ASCII letters and digits turned into one {@code -}, lower-cased, no leading or trailing {@code -}.
     */
    static String format(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String dashed = NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-").toLowerCase(Locale.ROOT);
        int from = 0;
        int to = dashed.length();
        while (from < to && dashed.charAt(from) == '-') {
            from++;
        }
        while (to > from && dashed.charAt(to - 1) == '-') {
            to--;
        }
        return dashed.substring(from, to);
    }

    /**
     * The input with its {@code url_key} formatted, or for a new product without one, its name's; an empty result
     * means no key, as in Magento.
     */
    static ProductInput normalised(ProductInput input, boolean creating) {
        Map<String, Object> custom = input.customAttributes() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(input.customAttributes());
        Object sent = custom.get(ATTRIBUTE);
        String source = sent instanceof String && !((String) sent).isBlank() ? (String) sent
                : creating ? input.name() : null;
        if (source == null) {
            return input;
        }
        String key = format(source);
        if (key.isEmpty()) {
            custom.remove(ATTRIBUTE);
        } else {
            custom.put(ATTRIBUTE, key);
        }
        return new ProductInput(input.sku(), input.name(), input.price(), input.status(), input.visibility(),
                input.typeId(), input.attributeSetId(), input.weight(), custom, input.websiteIds(),
                input.categoryIds());
    }

    /**
     * Refuses {@code saved} when another product has one of its URL keys in the same store: the global key (store
     * 0) and the key in every store view it has values for or was written through.
     */
    static void requireUnique(Product saved, int writtenThrough, Collection<Product> catalog) {
        TreeSet<Integer> stores = new TreeSet<>(saved.storeValues().keySet());
        stores.add(0);
        stores.add(writtenThrough);
        for (int store : stores) {
            Object key = saved.attribute(ATTRIBUTE, store);
            if (key == null) {
                continue;
            }
            for (Product other : catalog) {
                if (other.id() != saved.id() && Objects.equals(key, other.attribute(ATTRIBUTE, store))) {
                    throw MagentoException.badRequest(TAKEN);
                }
            }
        }
    }
}
