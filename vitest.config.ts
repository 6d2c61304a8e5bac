import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.spec.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'web/dist/**', '.tupu/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Starts the local Neo4j for the tests that use it, unless NEO4J_URI names one; bundles the
    // explorer's dependencies once for the browser tests.
    globalSetup: ['tests/setup/neo4j.ts', 'tests/setup/vite-deps.ts'],
  },
});
