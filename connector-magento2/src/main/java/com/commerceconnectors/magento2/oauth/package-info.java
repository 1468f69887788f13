/**
 * Magento's integration activation: the OAuth 1.0a token exchange that turns an "Activate" in the admin into the four
 * credentials of an {@code oauth1} connection.
 * <p>
 * On "Activate" (or "Reauthorize"), Magento POSTs {@code oauth_consumer_key}, {@code oauth_consumer_secret},
 * {@code store_base_url} and {@code oauth_verifier} to the integration's callback URL
 * ({@link com.commerceconnectors.magento2.oauth.ActivationReceiver} takes them and answers at once). The consumer
 * then has 5 minutes ({@code oauth/consumer/expiration_period}) to run
 * {@link com.commerceconnectors.magento2.oauth.IntegrationActivation}: {@code POST {store}/oauth/token/request}, signed
 * with the consumer key and secret only, and {@code POST {store}/oauth/token/access} with the request token, its
 * secret and the verifier. Both sign with HMAC-SHA256, the one method Magento 2.4.4 and later accept, and both answer
 * form-encoded bodies under Magento's default {@code text/html} content type. Nothing here prints a secret.
 */
package com.commerceconnectors.magento2.oauth;
