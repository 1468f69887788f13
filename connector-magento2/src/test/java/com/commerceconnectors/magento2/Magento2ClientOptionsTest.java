package com.commerceconnectors.magento2;

import com.commerceconnectors.core.camel.ConnectorClients;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoints with an equal connection but other client options each get the client they asked for: the first one's
 * options no longer win for the others. Two magento2 components in one context, one retrying and one not.
 */
class Magento2ClientOptionsTest extends SandboxCamelSupport {

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.seedProducts(3);
        startCamel();
        Magento2Component once = new Magento2Component();
        once.setRetryMaxAttempts(1);
        once.setSleeper(sleeps::add);
        once.setClock(clock);
        context.addComponent("magento2once", once);
        context.getRegistry().bind("shop", adminConnection());
        startCamelContext();
    }

    @Test
    void endpointsWithAnEqualConnectionButOtherRetryAttemptsEachRetryAsTheyAskedTo() {
        magento.faults().on("/V1/products").times(2).respond(Fault.serviceUnavailable(Duration.ofSeconds(1)));

        // the endpoint that does not retry goes first: before, its client served the other endpoint too
        Exchange once = send("magento2once:products?connection=#shop&pageSize=3", null, Map.of());
        Exchange retrying = send("magento2:products?connection=#shop&pageSize=3", null, Map.of());

        assertThat(failure(once).category()).isEqualTo(ErrorCategory.SERVER);
        assertThat(retrying.getException()).isNull();
        assertThat(retrying.getMessage().getBody(List.class)).hasSize(3);
        assertThat(sleeps).hasSize(1);
        assertThat(ConnectorClients.of(context).size()).isEqualTo(2);
    }

    @Test
    void endpointsWithEqualConnectionsAndOptionsStillShareOneClientAndItsToken() {
        for (String uri : new String[]{"magento2:products?connection=#shop&pageSize=3",
                "magento2:products?connection=#shop&pageSize=2", "magento2:customers?connection=#shop"}) {
            assertThat(send(uri, null, Map.of()).getException()).isNull();
        }
        assertThat(ConnectorClients.of(context).size()).isEqualTo(1);
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);
    }
}
