const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

module.exports = tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/*.js',
      '.data/**',
      'schema/**',
      // Resolver types generated from each subgraph's SDL (docs/architecture.md §1.1).
      '**/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**/*.ts', '**/test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },

  // ---- Architecture rules (CONTRIBUTING.md "Rules the code relies on", CONTRIBUTING.md) ----

  // `process.env` is read in config files only: settings are parsed once, with a schema, at start.
  {
    files: ['subgraphs/*/src/**/*.ts', 'gateway/src/**/*.ts'],
    ignores: [
      '**/config.ts',
      '**/*-config.ts',
      '**/config/**',
      // Entry point: hands process.env to loadGatewayConfig (the subgraphs do this in index.ts via serveFromEnv).
      'gateway/src/start.ts',
      // Defaults of an `env` parameter; every caller in src/ passes its config's env explicitly.
      'subgraphs/kit/src/server/shutdown.ts',
      'subgraphs/kit/src/db/database-url.ts',
      // One logging knob each, read where the logger is built: scripts and tests make loggers without a config.
      'subgraphs/kit/src/logging/logger.ts',
      'subgraphs/kit/src/logging/error-digest.ts',
      // Test support: TEST_MYSQL_URL decides which dialects a suite runs on.
      'subgraphs/kit/src/testing/**',
      // Command-line and benchmark entries read their own few settings (not part of the served process).
      'subgraphs/*/src/cli/**',
      'subgraphs/*/src/bench/**',
      'gateway/src/bench/**',
      // The seed CLI path falls back to the PII keys of the environment when no keys are passed in.
      'subgraphs/members/src/seed/seed-members.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings in config.ts (loadConfig) and pass them in.',
        },
      ],
    },
  },

  // SQL (kysely builders and `sql`) lives in repositories, services, migrations, seed and bench.
  {
    files: ['subgraphs/*/src/**/*.ts', 'gateway/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.service.ts',
      '**/db/migrations/**',
      '**/seed/**',
      '**/bench/**',
      // Database helpers: the kit's building blocks (ascii columns, LIKE escaping, id checks, counts) and
      // a subgraph's own (members' chunked bulk insert).
      'subgraphs/*/src/db/**',
      // Readiness probe (`select 1`) and the PII re-key job, which walks any subgraph's tables.
      'subgraphs/kit/src/server/start-subgraph.ts',
      'subgraphs/kit/src/pii/pii-rekey.ts',
      // Scope predicates: `where` expressions that repositories apply (docs/architecture.md §3.4).
      'subgraphs/kit/src/identity/scope-predicate.ts',
      '**/*-scope.ts',
      // Counter maintenance, called inside a service's transaction (docs/architecture.md §7).
      '**/stats/**',
      'subgraphs/labor-relations/src/appeal/appeal-counters.ts',
      // The one guarded write per entity, called by services (expectedVersion / conditional UPDATE).
      '**/*-write.ts',
      // Number sequences (card, case and appeal numbers), taken inside the caller's transaction.
      'subgraphs/members/src/card/card-numbers.ts',
      'subgraphs/labor-relations/src/dispute/case-number.ts',
      'subgraphs/labor-relations/src/appeal/appeal-number.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)$/]',
          message:
            'SQL belongs in a *.repository.ts or *.service.ts (CONTRIBUTING.md "Rules the code relies on").',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'kysely',
              importNames: ['sql'],
              message:
                'SQL belongs in a *.repository.ts or *.service.ts (CONTRIBUTING.md "Rules the code relies on").',
            },
          ],
        },
      ],
    },
  },

  // No package imports another package's source; a subgraph asks another through _entities (§3.5).
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@union/*/src', '@union/*/src/**', '@union/*/dist', '@union/*/dist/**'],
              message: "Import a package's public entry (src/lib.ts), never its files.",
            },
            {
              group: [
                '**/subgraphs/{kit,organizations,members,services,labor-relations}/**',
                '../../*/src/**',
                '../../../*/src/**',
                '../../*/dist/**',
                '../../../*/dist/**',
              ],
              message: 'Import another package by its name (@union/…), never by a path into its folder.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['subgraphs/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@union/organizations',
                '@union/members',
                '@union/services',
                '@union/labor-relations',
                '@union/*/**',
              ],
              message:
                'A subgraph does not import another subgraph: ask the owner through _entities (docs/architecture.md §3.5).',
            },
            {
              group: [
                '**/subgraphs/{kit,organizations,members,services,labor-relations}/**',
                '../../*/src/**',
                '../../../*/src/**',
                '../../*/dist/**',
                '../../../*/dist/**',
              ],
              message: 'Import another package by its name (@union/…), never by a path into its folder.',
            },
          ],
        },
      ],
    },
  },
);
