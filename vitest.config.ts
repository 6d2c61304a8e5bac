import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.spec.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'web/dist/**', '.tupu/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
