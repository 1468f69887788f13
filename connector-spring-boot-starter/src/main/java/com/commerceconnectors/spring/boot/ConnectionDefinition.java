package com.commerceconnectors.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One connection under {@code commerce.connections.<bean name>}: a document's location, or the document's fields.
 * Field names are those of the connection document; in properties files they may be written in kebab case
 * ({@code base-uri}, {@code auth.client-id}). Values are taken as given after Spring resolved its own placeholders,
 * so an environment variable is {@code ${SHOP_PASSWORD}} here (the document syntax {@code ${env:…}} belongs in
 * documents); {@code enc:} secrets work in both. A blank value counts as not set, so {@code ${CL_BASE_URI:}} leaves an
 * optional field out.
 */
public class ConnectionDefinition {

    /** Where the connection document is: file:PATH, classpath:PATH or a plain path. Excludes the inline fields. */
    private String resource;

    /** The connection's name, for logs and health-check ids; the bean name when not given. */
    private String name;

    /** Which platform: magento2, oro or commercelayer. */
    private String connector;

    /** cloud (default) or onPremise (then agent is required). */
    private String mode;

    /** The platform's base URI (for magento2 the REST root, e.g. https://shop.example.com/rest). */
    private String baseUri;

    /** oro only: the API path, /api (default) or /admin/api. */
    private String apiPath;

    /** magento2 only: the store view code (default, all, or a store view code). */
    private String storeCode;

    /** connectMs and readMs. */
    private Map<String, Object> timeouts = new LinkedHashMap<>();

    /** Pool sizes: maxConnectionsPerHost (default 64) and maxConnections (default twice that). */
    private Map<String, Object> pool = new LinkedHashMap<>();

    /** The on-premise agent: proxyUri, username, password. */
    private Map<String, Object> agent = new LinkedHashMap<>();

    /** The auth fields: type and those of that type (e.g. username and password for requestAuth). */
    private Map<String, Object> auth = new LinkedHashMap<>();

    /** Whether any field besides resource is set. */
    public boolean hasInlineFields() {
        return name != null || connector != null || mode != null || baseUri != null || apiPath != null
                || storeCode != null || !timeouts.isEmpty() || !pool.isEmpty() || !agent.isEmpty() || !auth.isEmpty();
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getConnector() {
        return connector;
    }

    public void setConnector(String connector) {
        this.connector = connector;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public String getApiPath() {
        return apiPath;
    }

    public void setApiPath(String apiPath) {
        this.apiPath = apiPath;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public Map<String, Object> getTimeouts() {
        return timeouts;
    }

    public void setTimeouts(Map<String, Object> timeouts) {
        this.timeouts = timeouts;
    }

    public Map<String, Object> getPool() {
        return pool;
    }

    public void setPool(Map<String, Object> pool) {
        this.pool = pool;
    }

    public Map<String, Object> getAgent() {
        return agent;
    }

    public void setAgent(Map<String, Object> agent) {
        this.agent = agent;
    }

    public Map<String, Object> getAuth() {
        return auth;
    }

    public void setAuth(Map<String, Object> auth) {
        this.auth = auth;
    }
}
