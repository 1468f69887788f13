package com.commerceconnectors.cli.imports;

import java.util.List;

/**
 * What the import command itself offers for a field the platform refused, added to the connector's message: the
 * connector names its endpoint options, the operator runs a command.
 */
@FunctionalInterface
interface FieldHints {

    /** Nothing to add. */
    FieldHints NONE = fields -> "";

    /** A Magento product whose URL key is taken: the command can make new products' keys from their SKUs. */
    FieldHints URL_KEY_FROM_SKU = fields -> fields.contains("url_key")
            ? " To make new products' URL keys from their SKUs with this command, run the import again with"
            + " --url-key-from sku (existing products keep theirs)."
            : "";

    /** Text to append to the record's message (empty, or starting with a space). */
    String forFields(List<String> fields);
}
