'use strict';
// What every script shares: read one JSON object (stdin, or argv[2] when given), run, print one
// JSON object on stdout. Client errors are results ({error: {code, name, message}}), not crashes;
// a crash exits 1 with the stack on stderr so the Java side can show it.

const fs = require('fs');

function readInput() {
  const raw = process.argv[2] !== undefined ? process.argv[2] : fs.readFileSync(0, 'utf8');
  return JSON.parse(raw);
}

function errorOf(err) {
  if (err == null) {
    return null;
  }
  return { code: err.code || null, name: err.name || null, message: err.message || String(err) };
}

// Records the Cognito operations a client sends, so a test can tell which flow the library took.
// amazon-cognito-identity-js calls the global fetch at request time (isomorphic-unfetch keeps
// Node 20's own), so wrapping it here sees every request.
function recordCalls() {
  const calls = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url, options = {}) => {
    const target = (options.headers || {})['X-Amz-Target'];
    if (target) {
      const body = JSON.parse(options.body || '{}');
      calls.push({
        operation: target.split('.').pop(),
        authFlow: body.AuthFlow || null,
        challengeName: body.ChallengeName || null,
      });
    }
    return realFetch(url, options);
  };
  return calls;
}

function run(main) {
  let input;
  try {
    input = readInput();
  } catch (e) {
    process.stderr.write(`bad input: ${e.message}\n`);
    process.exit(2);
  }
  Promise.resolve()
    .then(() => main(input))
    .then((result) => {
      process.stdout.write(JSON.stringify(result) + '\n');
    })
    .catch((e) => {
      process.stderr.write((e && e.stack) || String(e));
      process.exit(1);
    });
}

module.exports = { run, errorOf, recordCalls };
