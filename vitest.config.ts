import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Unit and component tests: jsdom + fake-indexeddb. Browser tests have their own config.
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    css: false,
    // Two cores run many jsdom files at once: a screen test that takes 3 s alone can take 8 s on a busy CI machine.
    // A real hang still fails, within 20 s.
    testTimeout: 20_000,
  },
})
