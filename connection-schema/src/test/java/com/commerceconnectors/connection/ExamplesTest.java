package com.commerceconnectors.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example documents shipped in the jar are valid, and load once their variables are set. */
class ExamplesTest {

    private static final Function<String, String> ANY_VARIABLE = name -> "value-of-" + name;

    @ParameterizedTest
    @ValueSource(strings = {"magento2-oauth1.json", "magento2-request-auth-on-premise.yaml", "oro-oauth2.yaml", "oro-wsse.yaml",
            "commercelayer-oauth2.json", "commercelayer-bearer.yaml"})
    void examplesAreValid(String example) {
        String location = "classpath:com/commerceconnectors/connection/examples/" + example;
        ConnectionLoader loader = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(ANY_VARIABLE));

        ValidationReport report = loader.check(location);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Violation::rule)
                .isSubsetOf(List.of("deprecated"));
        Connection connection = loader.load(location);
        assertThat(connection.name()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"magento2-oauth1.json", "oro-oauth2.yaml", "commercelayer-oauth2.json"})
    void examplesNeedTheirVariables(String example) {
        ConnectionLoader loader = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(Map.<String, String>of()::get));
        assertThat(loader.check("classpath:com/commerceconnectors/connection/examples/" + example).errors())
                .isNotEmpty()
                .allMatch(v -> v.rule().equals("placeholder") && v.message().startsWith("the environment variable "));
    }
}
