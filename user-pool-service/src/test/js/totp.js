'use strict';
// A TOTP sign-in with amazon-cognito-identity-js: authenticateUser -> totpRequired ->
// sendMFACode(code, callbacks, 'SOFTWARE_TOKEN_MFA'), the code computed by the Java test.
// in:  {endpoint, userPoolId, clientId, username, password, code, flow?}
// out: {calls, challenges, tokens? | error?}

const { AuthenticationDetails } = require('amazon-cognito-identity-js');
const { run, recordCalls, errorOf } = require('./lib/harness');
const { MapStorage, user, tokensOf } = require('./lib/cognito');

run(async (input) => {
  const calls = recordCalls();
  const cognitoUser = user(input, new MapStorage());
  if (input.flow) {
    cognitoUser.setAuthenticationFlowType(input.flow);
  }
  const details = new AuthenticationDetails({ Username: input.username, Password: input.password });
  const challenges = [];
  const result = await new Promise((resolve) => {
    const callbacks = {
      onSuccess: (session) => resolve({ tokens: tokensOf(session) }),
      onFailure: (err) => resolve({ error: errorOf(err) }),
      totpRequired: (challengeName, challengeParameters) => {
        challenges.push({ name: challengeName, parameters: challengeParameters });
        cognitoUser.sendMFACode(input.code, callbacks, 'SOFTWARE_TOKEN_MFA');
      },
      mfaRequired: (name) => resolve({ challenge: name || 'SMS_MFA' }),
      newPasswordRequired: () => resolve({ challenge: 'NEW_PASSWORD_REQUIRED' }),
    };
    cognitoUser.authenticateUser(details, callbacks);
  });
  return { calls, challenges, ...result };
});
