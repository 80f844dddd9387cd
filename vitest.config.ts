import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A non-UTC zone catches code that leans on the process's zone.
    env: { TZ: 'America/Sao_Paulo' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
