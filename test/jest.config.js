module.exports = {
  ...require('../jest.preset.js'),
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // The Galera cluster suites run with `npm run test:cluster` (jest.cluster.config.js), not here.
  testPathIgnorePatterns: ['/node_modules/', '\\.cluster\\.test\\.ts$'],
};
