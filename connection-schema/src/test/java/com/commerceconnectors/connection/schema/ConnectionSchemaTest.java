package com.commerceconnectors.connection.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSchemaTest {

    private final ConnectionSchema schema = ConnectionSchema.get();

    @Test
    void theJarCarriesTheModuleRootFileByteForByte() throws IOException {
        byte[] published = Files.readAllBytes(Path.of("connection.schema.json"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ConnectionSchema.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(published);
        }
    }

    @Test
    void isAValidDraft202012SchemaWithItsId() {
        JsonNode tree = schema.tree();
        assertThat(tree.path("$id").asText()).isEqualTo(ConnectionSchema.ID);
        assertThat(tree.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(tree);
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPropertyHasATitleAndADescription() {
        List<String> missing = new ArrayList<>();
        JsonNode tree = schema.tree();
        checkProperties(tree, "#", missing);
        tree.path("$defs").properties().forEach(def -> checkProperties(def.getValue(), "#/$defs/" + def.getKey(), missing));
        assertThat(missing).isEmpty();
    }

    @Test
    void secretsAreExactlyTheDocumentedFieldsAndCarryTheCredentialAnnotations() {
        assertThat(schema.secretPointers()).containsExactlyInAnyOrder(
                "/agent/password", "/auth/token", "/auth/password", "/auth/consumerSecret", "/auth/accessToken",
                "/auth/accessTokenSecret", "/auth/privateKey", "/auth/privateKeyPassphrase", "/auth/apiKey", "/auth/clientSecret", "/auth/refreshToken",
                "/auth/assertion");
        JsonNode definitions = schema.tree().path("$defs");
        int annotated = 0;
        for (Iterator<Map.Entry<String, JsonNode>> defs = definitions.properties().iterator(); defs.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.next().getValue().path("properties").properties().iterator(); it.hasNext(); ) {
                JsonNode property = it.next().getValue();
                if (property.path("writeOnly").asBoolean()) {
                    annotated++;
                    assertThat(property.path("format").asText()).isEqualTo("password");
                    assertThat(property.path("x-descriptors").get(0).asText()).isEqualTo("urn:camel:group:credentials");
                }
            }
        }
        assertThat(annotated).isEqualTo(13); // password appears in requestAuth and oauth2
    }

    @Test
    void theSchemaIsAResourceThatResolvesItsOwnReferences() {
        assertThat(schema.resolveRef("#/$defs/auth").path("required").get(0).asText()).isEqualTo("type");
        assertThat(schema.propertySchema("/auth/type").path("enum")).hasSize(5);
        assertThat(schema.propertySchema("/mode").path("default").asText()).isEqualTo("cloud");
        assertThat(schema.propertySchema("/nope/deeper").isMissingNode()).isTrue();
    }

    private static void checkProperties(JsonNode node, String where, List<String> missing) {
        node.path("properties").properties().forEach(property -> {
            JsonNode value = property.getValue();
            if (!value.hasNonNull("title") || !value.hasNonNull("description")) {
                missing.add(where + "/properties/" + property.getKey());
            }
        });
        node.path("patternProperties").properties().forEach(property -> {
            if (!property.getValue().hasNonNull("title") || !property.getValue().hasNonNull("description")) {
                missing.add(where + "/patternProperties/" + property.getKey());
            }
        });
    }
}
