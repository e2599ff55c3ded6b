'use strict';
// Device tracking as an app sees it: sign in (the library confirms the announced device itself),
// optionally mark the device remembered, then sign in again as a restarted app over the same
// storage (the library now proves the cached device: DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER),
// list the devices and refresh the tokens (the library sends the cached DEVICE_KEY).
// in:  {endpoint, userPoolId, clientId, username, password, remember?: boolean}
// out: {calls, first, second?, devices?: ListDevices answer | {error}, refreshed?: {tokens} | {error},
//       deviceKey}

const { run, recordCalls, errorOf } = require('./lib/harness');
const { MapStorage, user, authenticate, tokensOf } = require('./lib/cognito');

function promised(call) {
  return new Promise((resolve) =>
    call({
      onSuccess: (data) => resolve({ data }),
      onFailure: (err) => resolve({ error: errorOf(err) }),
    }),
  );
}

run(async (input) => {
  const calls = recordCalls();
  const storage = new MapStorage();
  const first = user(input, storage);
  const firstResult = await authenticate(first, input);
  if (!firstResult.tokens) {
    return { calls, first: firstResult };
  }
  if (input.remember) {
    const remembered = await promised((cb) => first.setDeviceStatusRemembered(cb));
    if (remembered.error) {
      return { calls, first: firstResult, remembered };
    }
  }
  const restarted = user(input, storage);
  const second = await authenticate(restarted, input);
  const result = { calls, first: firstResult, second, deviceKey: restarted.deviceKey };
  if (!second.tokens) {
    return result;
  }
  const devices = await promised((cb) => restarted.listDevices(60, null, cb));
  result.devices = devices.error ? devices : devices.data;
  result.refreshed = await new Promise((resolve) =>
    restarted.refreshSession(restarted.getSignInUserSession().getRefreshToken(), (err, session) =>
      resolve(err ? { error: errorOf(err) } : { tokens: tokensOf(session) }),
    ),
  );
  return result;
});
