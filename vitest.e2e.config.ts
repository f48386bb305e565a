import { defineConfig } from 'vitest/config'

// Browser tests drive the built app (dist/) in Debian's Chromium; one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
})
