'use strict';
// CUSTOM_AUTH with amazon-cognito-identity-js: authenticationFlowType 'CUSTOM_AUTH', then
// initiateAuth (no password: custom challenges only) or authenticateUser (password given: SRP
// first, as Amplify's CUSTOM_WITH_SRP), answering each customChallenge with the next of answers.
// in:  {endpoint, userPoolId, clientId, username, password?, answers: [string]}
// out: {calls, challenges: [ChallengeParameters], tokens? | error? | challenge?}

const { AuthenticationDetails } = require('amazon-cognito-identity-js');
const { run, recordCalls, errorOf } = require('./lib/harness');
const { MapStorage, user, tokensOf } = require('./lib/cognito');

run(async (input) => {
  const calls = recordCalls();
  const cognitoUser = user(input, new MapStorage());
  cognitoUser.setAuthenticationFlowType('CUSTOM_AUTH');
  const details = new AuthenticationDetails({
    Username: input.username,
    Password: input.password,
  });
  const answers = [...(input.answers || [])];
  const challenges = [];
  const result = await new Promise((resolve) => {
    const callbacks = {
      onSuccess: (session) => resolve({ tokens: tokensOf(session) }),
      onFailure: (err) => resolve({ error: errorOf(err) }),
      customChallenge: (parameters) => {
        challenges.push(parameters);
        if (answers.length === 0) {
          resolve({ challenge: 'CUSTOM_CHALLENGE' });
          return;
        }
        cognitoUser.sendCustomChallengeAnswer(answers.shift(), callbacks);
      },
    };
    if (input.password) {
      cognitoUser.authenticateUser(details, callbacks);
    } else {
      cognitoUser.initiateAuth(details, callbacks);
    }
  });
  return { calls, challenges, ...result };
});
