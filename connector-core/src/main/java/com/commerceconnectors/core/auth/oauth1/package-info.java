/**
 * OAuth 1.0a (RFC 5849) request signing and the {@code oauth1} auth policy.
 * <p>
 * The work is split the way ScribeJava splits it, each piece replaceable and tested on its own:
 * {@link com.commerceconnectors.core.auth.oauth1.ParameterCollector} (protocol parameters, the query of the URL as sent,
 * a form body — never a JSON body; {@code realm} is never signed) →
 * {@link com.commerceconnectors.core.auth.oauth1.BaseString} (RFC 5849 §3.4.1) →
 * {@link com.commerceconnectors.core.auth.oauth1.SignatureAlgorithm} (HMAC-SHA1/256/512, RSA-SHA1/256/512, PLAINTEXT) →
 * {@link com.commerceconnectors.core.auth.oauth1.AuthorizationHeaderWriter}, put together by
 * {@link com.commerceconnectors.core.auth.oauth1.OAuth1Signer}. Percent-encoding lives in
 * {@link com.commerceconnectors.core.auth.oauth1.PercentEncoding} only.
 * <p>
 * Every request is signed afresh (its nonce and timestamp change each attempt), so the pieces write bytes rather than
 * strings: the collector puts each parameter, in the form it takes inside the base string, into one array
 * ({@code EncodedParameters}), which is sorted by offsets and copied out as the base string; the signature method
 * reads those bytes; the header writer puts pre-encoded constant pieces around the per-request values. The arrays are
 * per thread ({@code SigningWorkspace}) and zeroed after each call.
 *
 * <h2>Magento</h2>
 * Magento's server-side base string has been rewritten several times (Zend_Oauth up to 2.4.3, Laminas\OAuth in
 * 2.4.4–2.4.6, its own {@code Helper/Signature} classes since). This signer is RFC-exact; what that means there:
 * <ul>
 *   <li><b>Signature method.</b> 2.4.4 and later accept only HMAC-SHA256 (HMAC-SHA1 gets 400 "Signature method … is not
 *       supported"); no version accepts RSA-* or PLAINTEXT.</li>
 *   <li><b>Brackets.</b> {@code searchCriteria[pageSize]} goes on the wire as {@code searchCriteria%5BpageSize%5D} and
 *       is signed by its decoded name, as every version does.</li>
 *   <li><b>Spaces</b> must be sent as {@code %20}, never {@code +}: the signer reads {@code +} in a query as a space
 *       (RFC 5849 §3.4.1.3.1), as the newest Magento does, but versions that split the query themselves keep it as a
 *       literal plus. A literal plus is {@code %2B}.</li>
 *   <li><b>Pairs without '=' and duplicate names</b> are signed (RFC), but Magento's own query parser drops the former
 *       and keeps only the last of the latter: write {@code name=} and never repeat a name.</li>
 *   <li><b>The path is signed as sent</b>: store code, {@code index.php} and a trailing slash included, and a
 *       {@code %2F} in a segment (a SKU with a slash) as {@code %252F} in the base string. That double encoding is what
 *       RFC 5849 requires and what the newest Magento computes ({@code parse_url} keeps the path as sent). Laminas\OAuth
 *       (2.4.4–2.4.6) first "normalizes" the path with Laminas\Uri, which decodes {@code %2F %3A %40 %26 %3D %2B %24
 *       %2C %3B %25} and escaped unreserved characters, so it signs {@code ABC/10} where the request said
 *       {@code ABC%2F10}: such requests fail there with "The signature is invalid" whatever a client signs
 *       (magento/magento2#37830, #37278, #37913). On those versions address such records through a query instead
 *       (a searchCriteria filter on {@code sku}), and write the other characters literally in paths where a path
 *       segment allows them. (Apache also refuses encoded slashes unless {@code AllowEncodedSlashes NoDecode} is set.)
 *       </li>
 *   <li><b>Order of parameters.</b> The RFC sorts encoded names in byte order, so {@code …[filter_groups][10]…} comes
 *       before {@code …[filter_groups][2]…}. Laminas\OAuth (Magento 2.4.4–2.4.6) and the 2024 {@code Hmac256} helper sort
 *       with PHP's natural order ({@code strnatcmp}), which puts {@code [2]} first: any request with an index of 10 or
 *       more in its query fails there. Keep every filter-group, filter and sort-order index below 10 (searchCriteria
 *       indexes start at 0, so at most ten of each).</li>
 *   <li><b>Nonces</b> are 32 characters (the {@code oauth_nonce} column is {@code varchar(32)}); timestamps more than
 *       600 s ahead of the server's clock are refused, older ones are not.</li>
 *   <li><b>Headers</b>: a web server in front of PHP-FPM may drop {@code Authorization} (magento/magento2#24050), and
 *       an HTTP Basic auth in front of a staging site replaces it (#8149): the policy always writes its own.</li>
 * </ul>
 * At DEBUG, logger {@code com.commerceconnectors.core.auth.oauth1.BaseString} prints every base string with the access
 * token masked; neither the key nor the signature is ever logged.
 */
package com.commerceconnectors.core.auth.oauth1;
