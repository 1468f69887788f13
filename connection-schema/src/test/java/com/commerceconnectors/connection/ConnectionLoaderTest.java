package com.commerceconnectors.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commerceconnectors.connection.secret.SecretCipher;
import com.commerceconnectors.connection.support.Documents;
import com.commerceconnectors.connection.support.TestEnvironment;
import com.commerceconnectors.connection.support.TestKeys;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionLoaderTest {

    private final ConnectionLoader loader = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(TestEnvironment.lookup()));

    @TempDir
    Path dir;

    @Test
    void buildsTheModelWithEveryValueAndDefault() {
        Connection c = loader.load(Documents.file("valid/magento2-request-auth-customer.yaml"));

        assertThat(c.name()).isEqualTo("shop.customer");
        assertThat(c.connector()).isEqualTo(ConnectorType.MAGENTO2);
        assertThat(c.mode()).isEqualTo(Mode.CLOUD);
        assertThat(c.agent()).isNull();
        assertThat(c.baseUri()).isEqualTo(URI.create("https://shop.example.com/rest"));
        assertThat(c.apiPath()).isNull();
        assertThat(c.storeCode()).isEqualTo("fr_store");
        assertThat(c.timeouts()).isEqualTo(new Timeouts(Duration.ofMillis(2500), Duration.ofSeconds(30)));
        RequestAuth auth = (RequestAuth) c.auth();
        assertThat(auth.username()).isEqualTo("jane@example.com");
        assertThat(auth.password().reveal()).isEqualTo("customer-password-s3cr3t");
        assertThat(auth.userType()).isEqualTo("customer");
        assertThat(auth.ttl()).isEqualTo(Duration.ofHours(1));
        assertThat(auth.tokenUri()).isNull();
        assertThat(auth.method()).isNull();
    }

    @Test
    void oroDefaultsItsApiPathAndEveryConnectionItsTimeouts() {
        Connection oro = loader.load(Documents.file("valid/oro-oauth2-refresh-token.json"));
        assertThat(oro.apiPath()).isEqualTo("/api");
        assertThat(oro.timeouts()).isEqualTo(Timeouts.DEFAULT);
        assertThat(oro.baseUri()).as("trailing slash removed").isEqualTo(URI.create("https://oro.example.com"));
        assertThat(oro.storeCode()).isNull();
        OAuth2Auth auth = (OAuth2Auth) oro.auth();
        assertThat(auth.grantType()).isEqualTo(OAuth2Auth.REFRESH_TOKEN);
        assertThat(auth.refreshToken().reveal()).isEqualTo("refresh-token-s3cr3t");
        assertThat(auth.clientSecret()).isNull();

        Connection backOffice = loader.load(Documents.file("valid/oro-oauth2-password.yaml"));
        assertThat(backOffice.apiPath()).isEqualTo("/admin/api");
        assertThat(((OAuth2Auth) backOffice.auth()).tokenUri()).isEqualTo(URI.create("https://oro.example.com/oauth2-token"));
    }

    @Test
    void poolSizesDefaultForSixtyFourCallersAndTheTotalFollowsThePerHostLimit() {
        assertThat(loader.load(Documents.file("valid/oro-oauth2-refresh-token.json")).pool())
                .isEqualTo(new ConnectionPool(64, 128));
        assertThat(loader.load(Documents.file("valid/pool-sizes.yaml")).pool()).isEqualTo(new ConnectionPool(96, 192));
        assertThat(ConnectionPool.of(null, 20L)).isEqualTo(new ConnectionPool(20, 20));
        assertThat(ConnectionPool.of(8L, 10L)).isEqualTo(new ConnectionPool(8, 10));
    }

    @Test
    void commerceLayerMayLeaveItsBaseUriToTheToken() {
        Connection c = loader.load(Documents.file("valid/commercelayer-sales-channel.json"));
        assertThat(c.baseUri()).isNull();
        assertThat(c.apiPath()).isNull();
        OAuth2Auth auth = (OAuth2Auth) c.auth();
        assertThat(auth.clientId()).isEqualTo("cl-client-id");
        assertThat(auth.scope()).isEqualTo("market:code:europe");
        assertThat(auth.clientSecret()).isNull();
    }

    @Test
    void onPremiseConnectionsCarryTheirAgentWithADecryptedPassword() {
        Connection c = loader.load(Documents.file("valid/on-premise-agent.json"));
        assertThat(c.mode()).isEqualTo(Mode.ON_PREMISE);
        assertThat(c.agentIfAny()).isPresent();
        assertThat(c.agent().proxyUri()).isEqualTo(URI.create("socks5://agent.internal:1080"));
        assertThat(c.agent().username()).isEqualTo("tunnel");
        assertThat(c.agent().password().reveal()).isEqualTo("proxy-s3cr3t");
        assertThat(c.agent().toString()).doesNotContain("proxy-s3cr3t");
    }

    @Test
    void oauth1KeepsEverySecretAndTheKey() {
        OAuth1Auth hmac = (OAuth1Auth) loader.load(Documents.file("valid/encrypted-secrets.yaml")).auth();
        assertThat(hmac.signatureMethod()).isEqualTo(SignatureMethod.HMAC_SHA256);
        assertThat(hmac.consumerKey()).isEqualTo("ck-enc");
        assertThat(hmac.consumerSecret().reveal()).isEqualTo("consumer-s3cr3t");
        assertThat(hmac.accessToken().reveal()).isEqualTo("access-token-s3cr3t");
        assertThat(hmac.accessTokenSecret().reveal()).isEqualTo("token-secret-s3cr3t");
        assertThat(hmac.privateKey()).isNull();

        OAuth1Auth rsa = (OAuth1Auth) loader.load(Documents.file("valid/oauth1-rsa-pkcs1.json")).auth();
        assertThat(rsa.signatureMethod()).isEqualTo(SignatureMethod.RSA_SHA1);
        assertThat(rsa.privateKey().reveal()).isEqualTo(TestKeys.get().rsaPkcs1);
        assertThat(rsa.realm()).isEqualTo("shop");
        assertThat(rsa.privateKeyPassphrase()).isNull();
    }

    @Test
    void oauth1KeepsThePassphraseOfAnEncryptedKeyFromEnvFileOrEnc() {
        for (String document : new String[] {"valid/oauth1-rsa-encrypted-pkcs8.yaml",
                "valid/oauth1-rsa-encrypted-pkcs1-passphrase-file.yaml", "valid/oauth1-rsa-encrypted-enc-passphrase.json"}) {
            OAuth1Auth rsa = (OAuth1Auth) loader.load(Documents.file(document)).auth();
            assertThat(rsa.privateKeyPassphrase().reveal()).as(document).isEqualTo(TestKeys.PASSPHRASE);
            assertThat(rsa.privateKey().reveal()).as(document).contains("ENCRYPTED");
            assertThat(rsa.toString()).as(document).doesNotContain(TestKeys.PASSPHRASE).contains(Secret.MASK);
        }
    }

    @Test
    void oauth1KeepsItsSevenArgumentConstructorWithoutAPassphrase() {
        OAuth1Auth auth = new OAuth1Auth(SignatureMethod.RSA_SHA256, "ck", null, Secret.of("at"), null,
                Secret.of("pem"), "realm");
        assertThat(auth.privateKeyPassphrase()).isNull();
        assertThat(auth.realm()).isEqualTo("realm");
        assertThat(auth.privateKey().reveal()).isEqualTo("pem");
    }

    @Test
    void wsseAndBearerBuildTheirRecords() {
        WsseAuth wsse = (WsseAuth) loader.load(Documents.file("valid/oro-wsse.yaml")).auth();
        assertThat(wsse.username()).isEqualTo("admin");
        assertThat(wsse.apiKey().reveal()).isEqualTo("oro-api-key-s3cr3t");
        BearerAuth bearer = (BearerAuth) loader.load(Documents.file("valid/commercelayer-bearer.yaml")).auth();
        assertThat(bearer.token().reveal()).isEqualTo("shop-token-s3cr3t");
    }

    @Test
    void yamlAndJsonOfTheSameDocumentAreTheSameConnection() {
        String json = """
                {"name": "same", "connector": "oro", "baseUri": "https://oro.example.com", "apiPath": "/admin/api",
                 "timeouts": {"connectMs": 1000, "readMs": 2000},
                 "auth": {"type": "oauth2", "grantType": "password", "clientId": "c", "clientSecret": "${env:CLIENT_SECRET}",
                          "username": "u", "password": "${env:ADMIN_PASSWORD}", "scope": "s"}}
                """;
        String yaml = """
                name: same
                connector: oro
                baseUri: https://oro.example.com
                apiPath: /admin/api
                timeouts: {connectMs: 1000, readMs: 2000}
                auth:
                  type: oauth2
                  grantType: password
                  clientId: c
                  clientSecret: ${env:CLIENT_SECRET}
                  username: u
                  password: ${env:ADMIN_PASSWORD}
                  scope: s
                """;
        Connection fromJson = loader.parse(json, "json");
        Connection fromYaml = loader.parse(yaml, "yaml");
        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(((OAuth2Auth) fromYaml.auth()).password().reveal()).isEqualTo("admin-password-s3cr3t");
    }

    @Test
    void envPlaceholdersResolveWholeAndEmbedded() {
        Connection c = loader.load(Documents.file("valid/embedded-placeholders.yaml"));
        assertThat(c.baseUri()).isEqualTo(URI.create("https://shop.example.com/rest"));
        OAuth1Auth auth = (OAuth1Auth) c.auth();
        assertThat(auth.consumerKey()).isEqualTo("ck-shop.example.com");
        assertThat(auth.accessTokenSecret().reveal()).isEqualTo("prefix-token-secret-s3cr3t");
        assertThat(auth.realm()).as("$${ is a literal ${").isEqualTo("literal ${env:NOT_A_PLACEHOLDER}");
    }

    @Test
    void filePlaceholdersAreRelativeToTheDocumentAndLoseOneTrailingNewline() {
        OAuth1Auth auth = (OAuth1Auth) loader.load(Documents.file("valid/embedded-placeholders.yaml")).auth();
        assertThat(auth.consumerSecret().reveal()).isEqualTo("file-consumer-s3cr3t");
        assertThat(auth.accessToken().reveal()).as("CRLF removed").isEqualTo("crlf-token-s3cr3t");
    }

    @Test
    void filePlaceholdersTakeAbsolutePathsKeepInnerNewlinesAndReadPemKeys() throws IOException {
        Path key = dir.resolve("key.pem");
        Files.writeString(key, TestKeys.get().rsaPkcs8);
        Path token = dir.resolve("token.txt");
        Files.writeString(token, "two\nlines\n\n");
        String doc = """
                name: files
                connector: magento2
                baseUri: https://legacy.example.com/rest
                auth:
                  type: oauth1
                  signatureMethod: RSA-SHA256
                  consumerKey: ck
                  accessToken: ${file:%s}
                  privateKey: ${file:%s}
                """.formatted(token.toAbsolutePath(), key.toAbsolutePath());
        OAuth1Auth auth = (OAuth1Auth) loader.parse(doc, "files").auth();
        assertThat(auth.accessToken().reveal()).isEqualTo("two\nlines\n");
        assertThat(auth.privateKey().reveal()).isEqualTo(TestKeys.get().rsaPkcs8.substring(0, TestKeys.get().rsaPkcs8.length() - 1));
    }

    @Test
    void stringsResolveRelativeFilesAgainstTheConfiguredBaseDirectory() throws IOException {
        Files.writeString(dir.resolve("token"), "relative-token\n");
        ConnectionLoader rooted = new ConnectionLoader(LoaderSettings.defaults().withBaseDirectory(dir).withEnvironment(Map.<String, String>of()::get));
        Connection c = rooted.parse("{\"name\": \"n\", \"connector\": \"commercelayer\", \"auth\": {\"type\": \"bearer\", \"token\": \"${file:token}\"}}", "text");
        assertThat(((BearerAuth) c.auth()).token().reveal()).isEqualTo("relative-token");
    }

    @Test
    void numbersMayComeFromPlaceholdersToo() {
        Map<String, String> env = Map.of("CONNECT_MS", "1500", "READ_MS", "90000", "TTL", "600", "P", "pw", "BAD", "12s");
        ConnectionLoader withNumbers = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(env::get));
        String doc = """
                name: numbers
                connector: magento2
                baseUri: https://shop.example.com/rest
                timeouts:
                  connectMs: "${env:CONNECT_MS}"
                  readMs: ${env:READ_MS}
                auth: {type: requestAuth, userType: customer, username: u, password: "${env:P}", ttlSeconds: "${env:TTL}"}
                """;
        Connection c = withNumbers.parse(doc, "numbers");
        assertThat(c.timeouts()).isEqualTo(new Timeouts(Duration.ofMillis(1500), Duration.ofSeconds(90)));
        assertThat(((RequestAuth) c.auth()).ttl()).isEqualTo(Duration.ofMinutes(10));

        assertThat(withNumbers.checkText(doc.replace("${env:READ_MS}", "${env:BAD}"), "bad").errors())
                .extracting(Violation::toLine).containsExactly("/timeouts/readMs: must be a whole number");
        // a string field stays a string even when its variable holds digits
        Connection digits = withNumbers.parse(doc.replace("username: u", "username: \"${env:TTL}\""), "digits");
        assertThat(((RequestAuth) digits.auth()).username()).isEqualTo("600");
    }

    @Test
    void substitutedTextIsNotScannedAgain() {
        Map<String, String> env = new HashMap<>(TestEnvironment.variables());
        env.put("INDIRECT", "${env:SHOP_TOKEN}");
        ConnectionLoader withIndirect = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(env::get));
        Connection c = withIndirect.parse("{\"name\": \"n\", \"connector\": \"commercelayer\", \"auth\": {\"type\": \"bearer\", \"token\": \"${env:INDIRECT}\"}}", "t");
        assertThat(((BearerAuth) c.auth()).token().reveal()).isEqualTo("${env:SHOP_TOKEN}");
    }

    @Test
    void aPlaceholderMayYieldAnEncryptedSecret() throws Exception {
        Map<String, String> env = new HashMap<>(TestEnvironment.variables());
        env.put("ENCRYPTED_TOKEN", SecretCipher.fromBase64Key(TestEnvironment.SECRET_KEY).encrypt("via-env"));
        ConnectionLoader withEncrypted = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(env::get));
        Connection c = withEncrypted.parse("{\"name\": \"n\", \"connector\": \"commercelayer\", \"auth\": {\"type\": \"bearer\", \"token\": \"${env:ENCRYPTED_TOKEN}\"}}", "t");
        assertThat(((BearerAuth) c.auth()).token().reveal()).isEqualTo("via-env");
    }

    @Test
    void documentsWithoutEncryptedValuesNeedNoKey() {
        ConnectionLoader noKey = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(Map.of("T", "x")::get));
        assertThat(noKey.parse("{\"name\": \"n\", \"connector\": \"commercelayer\", \"auth\": {\"type\": \"bearer\", \"token\": \"${env:T}\"}}", "t"))
                .isNotNull();
    }

    @Test
    void annotationsAreNotResolved() {
        // x-owner names an unset variable; it must not fail
        assertThat(loader.check(Documents.file("valid/encrypted-secrets.yaml")).valid()).isTrue();
    }

    @Test
    void loadsFromFileClasspathAndPlainLocations() {
        Path file = Documents.file("valid/oro-wsse.yaml");
        assertThat(loader.load(file.toString()).name()).isEqualTo("oro-wsse");
        assertThat(loader.load("file:" + file).name()).isEqualTo("oro-wsse");
        assertThat(loader.load(file.toUri().toString()).name()).isEqualTo("oro-wsse");
        assertThat(loader.load("classpath:documents/valid/oro-wsse.yaml").name()).isEqualTo("oro-wsse");
        assertThat(loader.load("classpath:/documents/valid/oro-wsse.yaml").name()).isEqualTo("oro-wsse");
    }

    @Test
    void unreadableLocationsSayWhy() throws IOException {
        assertThatThrownBy(() -> loader.load("classpath:documents/nope.yaml"))
                .isInstanceOfSatisfying(ConnectionException.class, e -> {
                    assertThat(e.source()).isEqualTo("classpath:documents/nope.yaml");
                    assertThat(e.violations()).extracting(Violation::message).containsExactly("not found on the classpath");
                });
        assertThatThrownBy(() -> loader.load(dir.resolve("missing.json")))
                .isInstanceOfSatisfying(ConnectionException.class,
                        e -> assertThat(e.violations()).extracting(Violation::message).containsExactly("file not found"));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOfSatisfying(ConnectionException.class,
                        e -> assertThat(e.getMessage()).contains("is a directory"));
        assertThat(loader.check("file:" + dir.resolve("missing.json")).errors())
                .extracting(Violation::rule).containsExactly("unreadable");
    }

    @Test
    void theStaticFactoryForCamelLoadsTheSameWay() throws IOException {
        Path file = dir.resolve("static.json");
        Files.writeString(file, "{\"name\": \"static\", \"connector\": \"commercelayer\", \"auth\": {\"type\": \"bearer\", \"token\": \"literal\"}}",
                StandardCharsets.UTF_8);
        assertThat(Connection.load("file:" + file).name()).isEqualTo("static");
    }

    @Test
    void exceptionsListEveryProblemWithTheSource() {
        assertThatThrownBy(() -> loader.load(Documents.file("invalid/empty-object.json")))
                .isInstanceOfSatisfying(ConnectionException.class, e -> {
                    assertThat(e.violations()).hasSize(3);
                    assertThat(e.getMessage()).contains("empty-object.json is invalid (3 problems)")
                            .contains("\n  /name: required").contains("\n  /connector: required").contains("\n  /auth: required");
                });
    }
}
