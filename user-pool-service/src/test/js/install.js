'use strict';
// Run by Maven (generate-test-resources): `npm ci` only when node_modules does not match
// package-lock.json, so a warm build costs a hash, not a reinstall. The stamp lives inside
// node_modules, so deleting node_modules forces a clean install.

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const here = __dirname;
const stamp = path.join(here, 'node_modules', '.cognate-install-stamp');
const wanted = crypto
  .createHash('sha256')
  .update(fs.readFileSync(path.join(here, 'package.json')))
  .update(fs.readFileSync(path.join(here, 'package-lock.json')))
  .update(process.version)
  .digest('hex');

if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) {
  console.log('npm packages up to date');
  process.exit(0);
}
const started = Date.now();
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
  cwd: here,
  stdio: 'inherit',
});
if (npm.error || npm.status !== 0) {
  console.error(`npm ci failed: ${npm.error ? npm.error.message : `exit ${npm.status}`}`);
  process.exit(1);
}
fs.writeFileSync(stamp, wanted);
console.log(`npm ci took ${Date.now() - started} ms`);
