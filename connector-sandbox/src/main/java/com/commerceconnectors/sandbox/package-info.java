/**
 * An embedded emulator of the commerce platforms' REST APIs, for tests and the demo: {@link
 * com.commerceconnectors.sandbox.Sandbox} starts one HTTP server on 127.0.0.1 and serves each platform under its
 * own path; {@link com.commerceconnectors.sandbox.SandboxMain} runs it with demo data.
 * <p>
 * Layout, by concern:
 * <ul>
 *   <li>{@code http}: the request and response values, PHP-compatible query and URL decoding, and the
 *       {@link com.commerceconnectors.sandbox.http.Platform} interface an emulator implements.</li>
 *   <li>{@code server}: the JDK HTTP server with a worker pool, and the pipeline every platform shares (fault
 *       injection, request log, delivery of deliberately broken responses).</li>
 *   <li>{@code fault}: scriptable faults ({@code on(pattern).times(n).respond(fault)}) and what fired.</li>
 *   <li>{@code log}: the request log, credentials reduced to fingerprints.</li>
 *   <li>{@code oauth1}: OAuth 1.0a signature verification after RFC 5849 (base string, the seven methods),
 *       checked against published vectors.</li>
 *   <li>{@code magento}: the Magento 2 emulator ({@link com.commerceconnectors.sandbox.magento.MagentoSandbox});
 *       {@code magento.oauth} is its OAuth server, {@code magento.integration} its integrations.</li>
 *   <li>{@code commercelayer}: the Commerce Layer emulator
 *       ({@link com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox}): its auth server (grants,
 *       signed JWTs, revocation) and its JSON:API core API.</li>
 *   <li>{@code oro}: the Oro emulator ({@link com.commerceconnectors.sandbox.oro.OroSandbox}): {@code oro.auth}
 *       WSSE and the OAuth server, {@code oro.data} resource types and stores, {@code oro.query} filters, sorting
 *       and paging, {@code oro.jsonapi} documents and errors, {@code oro.web} the resource endpoints.</li>
 * </ul>
 * To add a platform: implement {@code Platform}, give it its own {@code FaultInjector} and {@code RequestLog},
 * mount it with {@code SandboxServer.mount(name, contextPath, ...)} (as {@code MagentoSandbox.mountOn} does), and
 * expose its facade from {@code Sandbox}. The sandbox depends on no other module of the project: its verifiers
 * are written independently of the connectors they check.
 */
package com.commerceconnectors.sandbox;
