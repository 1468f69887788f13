package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class BearerAuthTest extends SandboxFixture {

    private static final String PRODUCTS = MagentoHttp.q("/V1/products?searchCriteria[pageSize]=2");
    private static final String UNAUTHORIZED_PRODUCTS = "{\"message\":\"The consumer isn't authorized to access "
            + "%resources.\",\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}";

    @BeforeEach
    void start() throws Exception {
        sandbox.magento().seedProducts(5);
    }

    @Test
    void integrationAccessTokenWorksAsABearerTokenByDefault() {
        Reply reply = http.get(PRODUCTS, MagentoSandbox.INTEGRATION_TOKEN);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("total_count").asInt()).isEqualTo(5);
    }

    @Test
    void withIntegrationAsBearerOffTheSameTokenGetsTheAclLooking401() {
        sandbox.magento().settings().integrationTokenAsBearer(false);

        Reply reply = http.get(PRODUCTS, MagentoSandbox.INTEGRATION_TOKEN);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo(UNAUTHORIZED_PRODUCTS);
    }

    @Test
    void version247PresetRefusesIntegrationBearerTokens() {
        sandbox.magento().settings().emulate(MagentoVersion.V2_4_7);

        assertThat(http.get(PRODUCTS, MagentoSandbox.INTEGRATION_TOKEN).status()).isEqualTo(401);
    }

    @Test
    void missingAndUnknownTokensGetTheResourceOfTheEndpointIn401() {
        Reply missing = http.get(PRODUCTS);
        Reply unknown = http.get(PRODUCTS, "not-a-token");
        Reply orders = http.get(MagentoHttp.q("/V1/orders?searchCriteria="), "not-a-token");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo(UNAUTHORIZED_PRODUCTS);
        assertThat(unknown.body()).isEqualTo(UNAUTHORIZED_PRODUCTS);
        assertThat(orders.json().path("parameters").path("resources").asText())
                .isEqualTo("Magento_Sales::actions_view");
    }

    @Test
    void bearerSchemeIsCaseInsensitiveButTheHeaderMustHaveExactlyTwoParts() {
        String token = http.adminToken();

        assertThat(withAuthorization("bearer " + token).status()).isEqualTo(200);
        assertThat(withAuthorization("BEARER " + token).status()).isEqualTo(200);
        assertThat(withAuthorization("Bearer  " + token).status()).isEqualTo(401);
        assertThat(withAuthorization("Basic YWRtaW46eA==, Bearer " + token).status()).isEqualTo(401);
        assertThat(withAuthorization(token).status()).isEqualTo(401);
    }

    @Test
    void customerTokensReadOnlyTheCustomersOwnData() {
        String token = http.customerToken(MagentoSandbox.CUSTOMER_EMAIL, MagentoSandbox.CUSTOMER_PASSWORD);

        Reply me = http.get("/V1/customers/me", token);
        Reply other = http.get("/V1/customers/1", token);
        Reply products = http.get(PRODUCTS, token);
        Reply stores = http.get("/V1/store/storeViews", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("email").asText()).isEqualTo(MagentoSandbox.CUSTOMER_EMAIL);
        assertThat(other.status()).isEqualTo(401);
        assertThat(other.json().path("parameters").path("resources").asText()).isEqualTo("Magento_Customer::customer");
        assertThat(products.status()).isEqualTo(401);
        assertThat(stores.status()).isEqualTo(401);
    }

    @Test
    void adminTokensReadEverythingButHaveNoSelf() {
        String token = http.adminToken();

        assertThat(http.get("/V1/customers/1", token).status()).isEqualTo(200);
        assertThat(http.get("/V1/modules", token).status()).isEqualTo(200);
        assertThat(http.get("/V1/store/storeConfigs", token).status()).isEqualTo(200);
        Reply me = http.get("/V1/customers/me", token);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.json().path("parameters").path("resources").asText()).isEqualTo("self");
    }

    @Test
    void anAdminWhoseRoleLacksAResourceGetsTheSame401() {
        sandbox.magento().accounts().addAdmin("catalog-only", "catalog-pass-1", "Magento_Catalog::products");
        Reply tokenReply = http.adminTokenReply("catalog-only", "catalog-pass-1");
        String token = tokenReply.json().asText();

        assertThat(http.get(PRODUCTS, token).status()).isEqualTo(200);
        Reply orders = http.get(MagentoHttp.q("/V1/orders?searchCriteria="), token);
        assertThat(orders.status()).isEqualTo(401);
        assertThat(orders.json().path("parameters").path("resources").asText())
                .isEqualTo("Magento_Sales::actions_view");
    }

    @Test
    void aDisabledAdminCanNeitherSignInNorUseAnEarlierToken() {
        String token = http.adminToken();
        sandbox.magento().accounts().setAdminActive("admin", false);

        assertThat(http.get(PRODUCTS, token).status()).isEqualTo(401);
        assertThat(http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void unknownRoutesAre404BeforeAuthentication() {
        Reply reply = http.get("/V1/nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo("{\"message\":\"Request does not match any route.\"}");
    }

    @Test
    void aMethodMagentoDoesNotSpeakIsABadRequest() {
        Reply reply = http.send("PATCH", "/V1/products", http.adminToken(), "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).isEqualTo("Request method is invalid.");
    }

    private Reply withAuthorization(String header) {
        return http.execute(HttpRequest.newBuilder(URI.create(http.rest() + PRODUCTS))
                .header("Authorization", header).GET().build());
    }
}
