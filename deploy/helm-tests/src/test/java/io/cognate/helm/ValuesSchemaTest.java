package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** values.schema.json and the chart's own checks refuse bad values before anything is rendered. */
class ValuesSchemaTest {

    @Test
    void templateWhenReplicaCountIsTextThenSchemaRejectsIt() {
        assertThatThrownBy(() -> render(Map.of("gateway.replicaCount", "three")))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("replicaCount");
    }

    @Test
    void templateWhenUnknownTopLevelKeyThenSchemaRejectsIt() {
        assertThatThrownBy(() -> render(Map.of("replicaCount", "3")))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("replicaCount");
    }

    @Test
    void templateWhenUnknownServiceKeyThenSchemaRejectsIt() {
        assertThatThrownBy(() -> render(Map.of("userPoolService.replicas", "3")))
                .hasMessageContaining("replicas");
    }

    @Test
    void templateWhenGatewayGetsADatabaseThenSchemaRejectsIt() {
        assertThatThrownBy(() -> render(Map.of("gateway.database.host", "db")))
                .hasMessageContaining("database");
    }

    @Test
    void templateWhenBackendServiceIsExposedAsLoadBalancerThenSchemaRejectsIt() {
        assertThatThrownBy(() -> render(Map.of("credentialBroker.service.type", "LoadBalancer")))
                .hasMessageContaining("type");
    }

    @Test
    void templateWhenAccountIdIsNotTwelveDigitsThenSchemaRejectsIt() {
        assertThatThrownBy(() -> render(Map.of("cognate.accountId", "12345")))
                .hasMessageContaining("accountId");
    }

    @Test
    void templateWhenDatabaseTlsModeUnknownThenSchemaRejectsIt() {
        assertThatThrownBy(() -> render(Map.of("database.tls.mode", "verify")))
                .hasMessageContaining("mode");
    }

    @Test
    void templateWhenSecretValuesAndExistingSecretBothSetThenRenderFails() {
        assertThatThrownBy(
                        () ->
                                render(
                                        Map.of(
                                                "kek.value",
                                                "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")))
                .hasMessageContaining("kek: existingSecret is \"cognate-kek\" and value is set");
    }

    @Test
    void templateWhenNoExistingSecretAndNoValuesThenRenderFails() {
        assertThatThrownBy(() -> render(Map.of("rootCredentials.existingSecret", "")))
                .hasMessageContaining("rootCredentials: name an existingSecret");
    }

    @Test
    void templateWhenVerifyFullWithoutCaThenRenderFails() {
        assertThatThrownBy(() -> render(Map.of("database.tls.mode", "verify-full")))
                .hasMessageContaining("tls.mode verify-full needs tls.caSecret.name");
    }

    @Test
    void templateWhenSaslLoginWithoutMechanismThenRenderFails() {
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("kafka.sasl.username", "cognate");
        sets.put("kafka.sasl.password", "x");

        assertThatThrownBy(() -> render(sets)).hasMessageContaining("a login needs a mechanism");
    }

    private static void render(Map<String, Object> sets) {
        HelmChart.templateRaw(null, sets);
    }
}
