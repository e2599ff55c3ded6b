'use strict';
// Verifies tokens with aws-jwt-verify's JwtRsaVerifier (CognitoJwtVerifier insists on AWS's
// issuer URL). It fetches JWKS only over https, so the JWKS is fetched here and preloaded.
// in:  {jwksUri, issuer, clientId, tokens: [{tokenUse: 'id' | 'access', token}]}
// out: {results: [{valid: true, payload} | {valid: false, error: {name (the error class), message}}]}

const { JwtRsaVerifier } = require('aws-jwt-verify');
const { run } = require('./lib/harness');

function verifiers(input) {
  // ID tokens carry the client id in aud; access tokens have no aud, only client_id.
  const id = JwtRsaVerifier.create({
    issuer: input.issuer,
    audience: input.clientId,
    jwksUri: input.jwksUri,
    customJwtCheck: ({ payload }) => {
      if (payload.token_use !== 'id') {
        throw new Error(`token_use is ${payload.token_use}, expected id`);
      }
    },
  });
  const access = JwtRsaVerifier.create({
    issuer: input.issuer,
    audience: null,
    jwksUri: input.jwksUri,
    customJwtCheck: ({ payload }) => {
      if (payload.token_use !== 'access') {
        throw new Error(`token_use is ${payload.token_use}, expected access`);
      }
      if (payload.client_id !== input.clientId) {
        throw new Error(`client_id is ${payload.client_id}, expected ${input.clientId}`);
      }
    },
  });
  return { id, access };
}

run(async (input) => {
  const response = await fetch(input.jwksUri);
  if (!response.ok) {
    throw new Error(`GET ${input.jwksUri}: ${response.status}`);
  }
  const jwks = await response.json();
  const byUse = verifiers(input);
  byUse.id.cacheJwks(jwks);
  byUse.access.cacheJwks(jwks);
  const results = [];
  for (const { tokenUse, token } of input.tokens) {
    try {
      results.push({ valid: true, payload: await byUse[tokenUse].verify(token) });
    } catch (e) {
      // aws-jwt-verify's errors leave name as 'Error': the class is what tells them apart.
      results.push({ valid: false, error: { name: e.constructor.name, message: e.message } });
    }
  }
  return { results };
});
