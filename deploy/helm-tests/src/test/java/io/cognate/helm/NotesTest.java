package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** NOTES.txt: how to reach the gateway and a first AWS CLI command, never a secret. */
class NotesTest {

    @Test
    void installWhenDefaultValuesThenNotesShowPortForwardAndFirstAwsCommand() {
        String notes = notes(null);

        assertThat(notes)
                .contains(
                        "kubectl -n identity port-forward service/cognate-federation-gateway 8080:8080")
                .contains("export COGNATE_ENDPOINT=http://127.0.0.1:8080")
                .contains("get secret cognate-root-credentials -o jsonpath='{.data.access-key-id}'")
                .contains(
                        "aws --region us-east-1 --endpoint-url \"$COGNATE_ENDPOINT\" cognito-idp"
                                + " create-user-pool --pool-name demo");
    }

    @Test
    void installWhenIngressOnThenNotesShowThePublicUrl() {
        String notes = notes(HelmChart.PRODUCTION_VALUES);

        assertThat(notes)
                .contains("export COGNATE_ENDPOINT=https://auth.example.com")
                .doesNotContain("port-forward")
                .contains("aws --region eu-west-1");
    }

    @Test
    void installWhenSecretsComeFromValuesThenNotesPrintNoneOfThem() {
        String notes = notes(Renders.INLINE_SECRETS);

        assertThat(notes).contains("cognito-idp create-user-pool");
        for (String secret : SecretsTest.secretValues(Renders.inlineSecrets())) {
            assertThat(notes).doesNotContain(secret);
        }
    }

    /** A client-only dry-run install: Helm renders NOTES.txt without a cluster. */
    private static String notes(Path valuesFile) {
        InstallCommand install =
                new Helm(HelmChart.CHART)
                        .install()
                        .withName(HelmChart.RELEASE)
                        .withNamespace(HelmChart.NAMESPACE)
                        .withKubeVersion(HelmChart.KUBE_VERSION)
                        .clientOnly()
                        .withDryRunOption(DryRun.CLIENT)
                        .dryRun();
        if (valuesFile != null) {
            install = install.withValuesFile(valuesFile);
        }
        return install.call().getOutput();
    }
}
