package io.cognate.identitypool.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.login.VerifiedLogin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SAML role attribute: role/provider pairs of this provider only, CustomRoleArn among them. */
class SamlRolesTest {

    static final String IDP = "arn:aws:iam::000000000000:saml-provider/corp";
    static final String OTHER_IDP = "arn:aws:iam::000000000000:saml-provider/other";
    static final String A = "arn:aws:iam::000000000000:role/a";
    static final String B = "arn:aws:iam::000000000000:role/b";

    @Test
    void resolveWhenOnePairOfThisProviderThenItsRoleInEitherOrder() {
        assertThat(SamlRoles.resolve(List.of(login(A + "," + IDP)), null)).contains(A);
        assertThat(SamlRoles.resolve(List.of(login(IDP + ", " + A)), null)).contains(A);
        assertThat(
                        SamlRoles.resolve(
                                List.of(login(List.of(A + "," + IDP, B + "," + OTHER_IDP))), null))
                .contains(A);
    }

    @Test
    void resolveWhenNoUsablePairThenNoSamlRole() {
        assertThat(SamlRoles.resolve(List.of(login(B + "," + OTHER_IDP)), null)).isEmpty();
        assertThat(SamlRoles.resolve(List.of(login("not-a-pair")), null)).isEmpty();
        assertThat(
                        SamlRoles.resolve(
                                List.of(new VerifiedLogin(IDP, "u", List.of(IDP), Map.of(), IDP)),
                                null))
                .isEqualTo(Optional.empty());
    }

    @Test
    void resolveWhenSeveralRolesThenCustomRoleArnMustChooseAmongThem() {
        VerifiedLogin both = login(List.of(A + "," + IDP, B + "," + IDP));

        assertThat(SamlRoles.resolve(List.of(both), B)).contains(B);
        assertThatThrownBy(() -> SamlRoles.resolve(List.of(both), null))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("CustomRoleArn");
        assertThatThrownBy(
                        () ->
                                SamlRoles.resolve(
                                        List.of(both), "arn:aws:iam::000000000000:role/admin"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("is not one of the roles");
    }

    private static VerifiedLogin login(Object roleAttribute) {
        return new VerifiedLogin(
                IDP, "u", List.of(IDP), Map.of(SamlRoles.ROLE_ATTRIBUTE, roleAttribute), IDP);
    }
}
