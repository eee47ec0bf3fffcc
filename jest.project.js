// Jest configs of every project come from here: unit tests (*.spec.ts, no I/O) and
// integration tests (*.int-spec.ts, real Kafka and MongoDB through the harness in libs/testing).
const path = require('node:path');
const preset = require('./jest.preset');

const harness = path.join(__dirname, 'libs/testing/src/jest');

function unit(projectDir) {
  const name = path.relative(__dirname, projectDir);
  return {
    ...preset,
    displayName: name,
    rootDir: projectDir,
    testMatch: ['<rootDir>/**/*.spec.ts'],
    coverageDirectory: path.join(__dirname, 'coverage', name),
  };
}

function integration(projectDir) {
  const name = path.relative(__dirname, projectDir);
  return {
    ...preset,
    displayName: `${name} (integration)`,
    rootDir: projectDir,
    testMatch: ['<rootDir>/**/*.int-spec.ts', '<rootDir>/**/*.e2e-spec.ts'],
    globalSetup: path.join(harness, 'global-setup.ts'),
    globalTeardown: path.join(harness, 'global-teardown.ts'),
    testTimeout: 120_000,
    maxWorkers: 1,
    // A suite that failed half-way may leave a consumer or a relay behind: exit anyway, so that CI reports the failure instead of hanging.
    forceExit: true,
  };
}

module.exports = { unit, integration };
