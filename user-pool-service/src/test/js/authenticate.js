'use strict';
// authenticateUser with amazon-cognito-identity-js.
// in:  {endpoint, userPoolId, clientId, username, password,
//       flow?: 'USER_SRP_AUTH' (the library's default) | 'USER_PASSWORD_AUTH',
//       newPassword?, requiredAttributes?: {name: value}}
// out: {calls, challenges, tokens?: {idToken, accessToken, refreshToken, valid},
//       error?: {code, name, message}, challenge?: name}

const { run, recordCalls } = require('./lib/harness');
const { MapStorage, user, authenticate } = require('./lib/cognito');

run(async (input) => {
  const calls = recordCalls();
  const result = await authenticate(user(input, new MapStorage()), input);
  return { calls, ...result };
});
