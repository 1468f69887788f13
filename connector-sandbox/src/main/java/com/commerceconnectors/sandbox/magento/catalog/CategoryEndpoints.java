package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.search.FieldCatalog;
import com.commerceconnectors.sandbox.magento.search.SearchRunner;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.commerceconnectors.sandbox.magento.web.MagentoTime;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /V1/categories} (the tree), {@code /V1/categories/list} (search) and {@code /V1/categories/:id}. */
public final class CategoryEndpoints {

    private final CategoryTree tree;
    private final ProductCatalog products;
    private final SearchRunner search;
    private final FieldCatalog<Category> fields;

    public CategoryEndpoints(CategoryTree tree, ProductCatalog products, SearchRunner search) {
        this.tree = tree;
        this.products = products;
        this.search = search;
        this.fields = CategoryFields.catalog(tree);
    }

    /** The admin store shows the tree from Root Catalog, a store view from its root category. */
    public SandboxResponse tree(CallContext call) {
        Optional<Integer> rootId = call.intQueryValue("rootCategoryId");
        Optional<Integer> depth = call.intQueryValue("depth");
        long root = rootId.map(Integer::longValue)
                .orElse(call.store().isAdmin() ? CategoryTree.ROOT_CATALOG : CategoryTree.DEFAULT_ROOT);
        Category category = tree.find(root).orElseThrow(() -> MagentoException.noSuchEntity("id", root));
        int maxDepth = depth.orElse(Integer.MAX_VALUE);
        return MagentoJson.ok(json -> writeNode(json, category, maxDepth));
    }

    public SandboxResponse list(CallContext call) {
        return search.run(call, tree.source(), fields, this::writeCategory);
    }

    public SandboxResponse get(CallContext call) {
        long id = call.idParam("categoryId");
        Category category = tree.find(id).orElseThrow(() -> MagentoException.noSuchEntity("id", id));
        return MagentoJson.ok(json -> writeCategory(json, category));
    }

    private void writeNode(JsonGenerator json, Category category, int depth) throws IOException {
        json.writeStartObject();
        writeBaseFields(json, category);
        json.writeNumberField("product_count", products.countInCategory(category.id()));
        json.writeArrayFieldStart("children_data");
        if (depth > 0) {
            for (Category child : tree.children(category.id())) {
                writeNode(json, child, depth - 1);
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeCategory(JsonGenerator json, Category category) throws IOException {
        List<Category> children = tree.children(category.id());
        json.writeStartObject();
        writeBaseFields(json, category);
        json.writeStringField("children",
                children.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(",")));
        json.writeStringField("created_at", MagentoTime.format(category.createdAt()));
        json.writeStringField("updated_at", MagentoTime.format(category.updatedAt()));
        json.writeStringField("path", tree.path(category));
        json.writeArrayFieldStart("available_sort_by");
        json.writeEndArray();
        json.writeBooleanField("include_in_menu", category.includeInMenu());
        json.writeArrayFieldStart("custom_attributes");
        if (category.urlKey() != null) {
            attribute(json, "url_key", category.urlKey());
            attribute(json, "url_path", category.urlKey());
        }
        attribute(json, "is_anchor", "1");
        attribute(json, "children_count", Integer.toString(children.size()));
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The fields the tree node and the full category document both start with. */
    private static void writeBaseFields(JsonGenerator json, Category category) throws IOException {
        json.writeNumberField("id", category.id());
        json.writeNumberField("parent_id", category.parentId());
        json.writeStringField("name", category.name());
        json.writeBooleanField("is_active", category.active());
        json.writeNumberField("position", category.position());
        json.writeNumberField("level", category.level());
    }

    private static void attribute(JsonGenerator json, String code, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("attribute_code", code);
        json.writeStringField("value", value);
        json.writeEndObject();
    }
}
