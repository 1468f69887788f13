package com.commerceconnectors.sandbox.magento.search;

import com.commerceconnectors.sandbox.magento.web.MagentoException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The fields one entity can be filtered and sorted on, and how an unknown field fails: EAV entities (products,
 * customers, categories) answer 400 "attribute name is invalid" and ignore unknown sort fields; flat tables
 * (orders) hit MySQL's "Unknown column" and answer 500.
 */
public final class FieldCatalog<R> {

    /** How the entity is stored in Magento. */
    public enum Storage { EAV, FLAT }

    private final Storage storage;
    private final ToLongFunction<R> id;
    private final Map<String, FieldDef<R>> fields = new HashMap<>();
    private Function<String, Optional<FieldDef<R>>> dynamic = name -> Optional.empty();

    private FieldCatalog(Storage storage, ToLongFunction<R> id) {
        this.storage = storage;
        this.id = id;
    }

    public static <R> FieldCatalog<R> eav(ToLongFunction<R> id) {
        return new FieldCatalog<>(Storage.EAV, id);
    }

    public static <R> FieldCatalog<R> flat(ToLongFunction<R> id) {
        return new FieldCatalog<>(Storage.FLAT, id);
    }

    public FieldCatalog<R> field(String name, FieldType type, FieldReader<R> reader) {
        fields.put(name, new FieldDef<>(name, type, reader));
        return this;
    }

    /** Fields known only by lookup, e.g. a product's custom attributes. */
    public FieldCatalog<R> dynamic(Function<String, Optional<FieldDef<R>>> lookup) {
        this.dynamic = lookup;
        return this;
    }

    public Optional<FieldDef<R>> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        FieldDef<R> known = fields.get(name);
        return known != null ? Optional.of(known) : dynamic.apply(name);
    }

    public long id(R row) {
        return id.applyAsLong(row);
    }

    public MagentoException unknownFilterField(String name) {
        if (storage == Storage.FLAT) {
            return MagentoException.internalError();
        }
        return MagentoException.badRequest("The \"%1\" attribute name is invalid. Reset the name and try again.",
                List.of(name == null ? "" : name));
    }

    /** EAV collections skip a sort on an unknown attribute; a flat table's SQL fails. */
    public void unknownSortField(String name) {
        if (storage == Storage.FLAT) {
            throw MagentoException.internalError();
        }
    }
}
