package io.cognate.contracts.model;

import static io.cognate.contracts.model.ModelValidatorTest.invalid;
import static io.cognate.contracts.model.ModelValidatorTest.valid;

import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

    private static final ServiceModel COGNITO =
            ServiceModel.fromClasspath("cognito-idp-2016-04-18.service.json");

    @Test
    void validateWhenTriggerIsAnHttpsUrlThenAccepted() {
        valid(
                COGNITO,
                "CreateUserPool",
                "{'PoolName':'p','LambdaConfig':{'PreSignUp':'https://hooks.example.com/pre-sign-up',"
                        + "'PreTokenGenerationConfig':{'LambdaVersion':'V2_0',"
                        + "'LambdaArn':'http://127.0.0.1:9000/pre-token'}}}");
    }

    @Test
    void validateWhenTriggerIsALambdaArnThenStillAccepted() {
        valid(
                COGNITO,
                "UpdateUserPool",
                "{'UserPoolId':'us-east-1_abc','LambdaConfig':"
                        + "{'UserMigration':'arn:aws:lambda:us-east-1:123456789012:function:m'}}");
    }

    @Test
    void validateWhenTriggerIsNeitherUrlNorArnThenPatternViolation() {
        for (String value :
                new String[] {
                    "ftp://hooks.example.com/x",
                    "https://user:pw@hooks.example.com/x",
                    "not a url at all, longer than 20"
                }) {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName':'p','LambdaConfig':{'PreSignUp':'" + value + "'}}",
                    "1 validation error detected: Value '"
                            + value
                            + "' at 'lambdaConfig.preSignUp' failed to satisfy constraint: Member"
                            + " must satisfy regular expression pattern:"
                            + " arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
        }
    }

    @Test
    void validateWhenUrlIsInAnotherArnMemberThenPatternViolation() {
        invalid(
                COGNITO,
                "CreateUserPool",
                "{'PoolName':'p','LambdaConfig':{'KMSKeyID':'https://hooks.example.com/kms'}}",
                "1 validation error detected: Value 'https://hooks.example.com/kms' at"
                        + " 'lambdaConfig.kMSKeyID' failed to satisfy constraint: Member must satisfy"
                        + " regular expression pattern:"
                        + " arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
    }
}
