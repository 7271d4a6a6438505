import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Guards against a hang, not bounds on speed: no test may depend on how fast the machine is, and a
    // slow or loaded machine takes several times as long as a fast one (some tests spawn the CLI on a corpus).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
