/**
 * `npm run test:cluster`: the suites that need the local 3-node Galera cluster of scripts/cluster.
 * They are not part of `npm test` (jest.config.js leaves them out) and CI does not run them.
 */
module.exports = {
  ...require('../jest.preset.js'),
  testMatch: ['<rootDir>/src/cluster/**/*.cluster.test.ts'],
  testTimeout: 300000,
  maxWorkers: 1,
};
