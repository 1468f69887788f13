package com.commerceconnectors.sandbox.magento.bulk;

import com.commerceconnectors.sandbox.magento.web.MagentoException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A Magento phrase rendered as {@code getMessage()} returns it: {@code %name} placeholders from a parameter map,
 * {@code %1}, {@code %2}… from a list. The consumer stores failures this way, so result messages carry no
 * placeholders.
 */
final class PhraseText {

    private PhraseText() {
    }

    static String of(MagentoException error) {
        return render(error.template(), error.parameters());
    }

    static String render(String template, Object parameters) {
        String text = template;
        if (parameters instanceof Map<?, ?> map) {
            // longer names first, so %fieldName is not taken for %field
            List<String> names = map.keySet().stream().map(String::valueOf)
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            for (String name : names) {
                text = text.replace("%" + name, String.valueOf(map.get(name)));
            }
        } else if (parameters instanceof List<?> list) {
            for (int i = list.size(); i >= 1; i--) {
                text = text.replace("%" + i, String.valueOf(list.get(i - 1)));
            }
        }
        return text;
    }
}
