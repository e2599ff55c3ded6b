'use strict';
// amazon-cognito-identity-js as an app uses it, with the callbacks turned into promises.

const {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
} = require('amazon-cognito-identity-js');
const { errorOf } = require('./harness');

// A Storage the script can see into (the library's default in Node is a private in-memory one).
class MapStorage {
  constructor() {
    this.items = new Map();
  }
  setItem(key, value) {
    this.items.set(key, String(value));
  }
  getItem(key) {
    return this.items.has(key) ? this.items.get(key) : null;
  }
  removeItem(key) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

function pool(input, storage) {
  return new CognitoUserPool({
    UserPoolId: input.userPoolId,
    ClientId: input.clientId,
    endpoint: input.endpoint,
    Storage: storage,
  });
}

function user(input, storage) {
  return new CognitoUser({ Username: input.username, Pool: pool(input, storage), Storage: storage });
}

function tokensOf(session) {
  return {
    idToken: session.getIdToken().getJwtToken(),
    accessToken: session.getAccessToken().getJwtToken(),
    refreshToken: session.getRefreshToken().getToken(),
    valid: session.isValid(),
  };
}

// authenticateUser; answers NEW_PASSWORD_REQUIRED with input.newPassword (and
// input.requiredAttributes) when given. Resolves {tokens} | {error} | {challenge}, plus the
// challenges met on the way.
function authenticate(cognitoUser, input) {
  if (input.flow) {
    cognitoUser.setAuthenticationFlowType(input.flow);
  }
  const details = new AuthenticationDetails({ Username: input.username, Password: input.password });
  const challenges = [];
  return new Promise((resolve) => {
    const unexpected = (name) => (...args) => {
      challenges.push({ name });
      resolve({ challenges, challenge: name, arguments: args });
    };
    const callbacks = {
      onSuccess: (session) => resolve({ challenges, tokens: tokensOf(session) }),
      onFailure: (err) => resolve({ challenges, error: errorOf(err) }),
      newPasswordRequired: (userAttributes, requiredAttributes) => {
        challenges.push({ name: 'NEW_PASSWORD_REQUIRED', userAttributes, requiredAttributes });
        if (!input.newPassword) {
          resolve({ challenges, challenge: 'NEW_PASSWORD_REQUIRED' });
          return;
        }
        cognitoUser.completeNewPasswordChallenge(
          input.newPassword,
          input.requiredAttributes || {},
          callbacks,
        );
      },
      mfaRequired: unexpected('SMS_MFA'),
      totpRequired: unexpected('SOFTWARE_TOKEN_MFA'),
      mfaSetup: unexpected('MFA_SETUP'),
      selectMFAType: unexpected('SELECT_MFA_TYPE'),
      customChallenge: unexpected('CUSTOM_CHALLENGE'),
    };
    cognitoUser.authenticateUser(details, callbacks);
  });
}

module.exports = { MapStorage, user, authenticate, tokensOf };
