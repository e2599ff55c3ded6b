package io.cognate.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiClassifierTest {

    @Test
    void forPostWhenUserPoolTargetThenUserPoolApi() {
        assertThat(
                        ApiClassifier.forPost(
                                "AWSCognitoIdentityProviderService.SignUp",
                                "application/x-amz-json-1.1"))
                .contains(ProxyRoute.USER_POOL_API);
    }

    @Test
    void forPostWhenIdentityPoolTargetThenIdentityPoolApi() {
        assertThat(ApiClassifier.forPost("AWSCognitoIdentityService.GetId", null))
                .contains(ProxyRoute.IDENTITY_POOL_API);
    }

    @Test
    void forPostWhenTargetWinsOverFormThenTargetDecides() {
        assertThat(
                        ApiClassifier.forPost(
                                "AWSCognitoIdentityService.GetId",
                                "application/x-www-form-urlencoded"))
                .contains(ProxyRoute.IDENTITY_POOL_API);
    }

    @Test
    void forPostWhenFormWithParametersAndOddCaseThenStsQuery() {
        assertThat(ApiClassifier.forPost(null, "Application/X-WWW-Form-Urlencoded ; charset=utf-8"))
                .contains(ProxyRoute.STS_QUERY);
        assertThat(ApiClassifier.forPost("", "application/x-www-form-urlencoded"))
                .contains(ProxyRoute.STS_QUERY);
    }

    @Test
    void forPostWhenUnknownOrLookalikeTargetThenEmpty() {
        assertThat(ApiClassifier.forPost("AmazonSQS.SendMessage", null)).isEmpty();
        assertThat(ApiClassifier.forPost("AWSCognitoIdentityProviderServiceX.SignUp", null))
                .isEmpty();
        assertThat(ApiClassifier.forPost("awscognitoidentityproviderservice.SignUp", null))
                .isEmpty();
        assertThat(
                        ApiClassifier.forPost(
                                "AmazonSQS.SendMessage", "application/x-www-form-urlencoded"))
                .isEmpty();
    }

    @Test
    void forPostWhenNoTargetAndNotFormThenEmpty() {
        assertThat(ApiClassifier.forPost(null, "application/json")).isEmpty();
        assertThat(ApiClassifier.forPost(null, null)).isEmpty();
        assertThat(ApiClassifier.forPost(null, "application/x-www-form-urlencodedx")).isEmpty();
    }
}
