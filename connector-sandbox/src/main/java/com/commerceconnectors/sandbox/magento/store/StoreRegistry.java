package com.commerceconnectors.sandbox.magento.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/** The store views of the emulated installation: {@code admin} (0) and {@code default} (1), plus any a test adds. */
public final class StoreRegistry {

    public static final int ADMIN_STORE_ID = 0;
    public static final int DEFAULT_STORE_ID = 1;

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    private final List<StoreView> stores = new CopyOnWriteArrayList<>();

    public StoreRegistry() {
        stores.add(new StoreView(ADMIN_STORE_ID, "admin", "Admin", 0, 0, true));
        stores.add(new StoreView(DEFAULT_STORE_ID, "default", "Default Store View", 1, 1, true));
    }

    public StoreView admin() {
        return stores.get(0);
    }

    public StoreView defaultView() {
        return stores.get(1);
    }

    /** A store view addressable in a URL; the admin store is not (Magento excludes it from that lookup). */
    public Optional<StoreView> byCode(String code) {
        return stores.stream().filter(s -> !s.isAdmin() && s.code().equals(code)).findFirst();
    }

    public Optional<StoreView> byId(int id) {
        return stores.stream().filter(s -> s.id() == id).findFirst();
    }

    public List<StoreView> all() {
        return List.copyOf(stores);
    }

    /** Adds a store view to the main website, e.g. {@code addStoreView("de", "German")}. */
    public synchronized StoreView addStoreView(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a store code starts with a lower-case letter and has only a-z, 0-9 "
                    + "and _ (at most 32 characters): '" + code + "'");
        }
        if (code.equals("all") || code.equals("admin") || byCode(code).isPresent()) {
            throw new IllegalArgumentException("the store code '" + code + "' is taken");
        }
        int id = stores.stream().mapToInt(StoreView::id).max().orElse(0) + 1;
        StoreView store = new StoreView(id, code, name, 1, 1, true);
        stores.add(store);
        return store;
    }
}
