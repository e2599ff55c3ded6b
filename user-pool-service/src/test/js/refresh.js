'use strict';
// Signs in, then gets new tokens from the refresh token the way an app does.
// in:  {endpoint, userPoolId, clientId, username, password, flow?,
//       via: 'getSession' | 'refreshSession'}
//   getSession:     a new CognitoUser over the same storage (an app restart) whose cached tokens
//                   look expired: the stored clock drift is moved two hours, which is how the
//                   library decides validity (now - clockDrift < exp), so getSession must refresh.
//   refreshSession: refreshSession(new CognitoRefreshToken(...)) with the signed-in refresh token.
// out: {calls, signIn: {tokens | error}, refreshed?: {tokens} | {error}}

const { CognitoRefreshToken } = require('amazon-cognito-identity-js');
const { run, recordCalls, errorOf } = require('./lib/harness');
const { MapStorage, user, authenticate, tokensOf } = require('./lib/cognito');

const TWO_HOURS_S = 2 * 60 * 60;

function settle(resolve) {
  return (err, session) =>
    resolve(err ? { error: errorOf(err) } : { tokens: tokensOf(session) });
}

run(async (input) => {
  const calls = recordCalls();
  const storage = new MapStorage();
  const signIn = await authenticate(user(input, storage), input);
  if (!signIn.tokens) {
    return { calls, signIn };
  }
  const restarted = user(input, storage);
  let refreshed;
  if (input.via === 'getSession') {
    const drift = `CognitoIdentityServiceProvider.${input.clientId}.${restarted.getUsername()}.clockDrift`;
    if (storage.getItem(drift) === null) {
      throw new Error(`no cached clock drift under ${drift}`);
    }
    storage.setItem(drift, String(Number(storage.getItem(drift)) - TWO_HOURS_S));
    refreshed = await new Promise((resolve) => restarted.getSession(settle(resolve)));
  } else if (input.via === 'refreshSession') {
    const token = new CognitoRefreshToken({ RefreshToken: signIn.tokens.refreshToken });
    refreshed = await new Promise((resolve) => restarted.refreshSession(token, settle(resolve)));
  } else {
    throw new Error(`unknown via: ${input.via}`);
  }
  return { calls, signIn, refreshed };
});
