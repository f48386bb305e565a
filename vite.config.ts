import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/**
 * The app's only origin is itself: no CDN, font, analytics or inline script.
 * blob: covers downloads and the PDF preview frame; data: covers images (logo, icons).
 * Added to the built page only: the dev server needs inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          // The code that starts fetching a screen's chunk is a chunk of its own, evaluated before the rest of
          // the entry (see src/app/start-route-load.ts): inside the entry it would wait for all of it.
          groups: [{ name: 'route-start', test: /src[\\/]app[\\/](start-route-load|route-modules|paths)\.ts|preload-helper/ }],
        },
      },
    },
  },
  // ES-module workers split jsPDF's unused optional helpers into chunks the precache leaves out.
  worker: { format: 'es' },
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // 'prompt': a waiting update is announced and applied only when the user chooses to reload.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'IPS Fidelity Review',
        short_name: 'IPS Fidelity',
        description: 'Fidelity reviews of IPS employment services, offline on this device.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f73',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,ttf,json}'],
        // jsPDF's optional html/svg helpers are never used: keep them out of the precache.
        globIgnores: ['**/html2canvas*.js', '**/purify.es*.js', '**/index.es*.js'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        clientsClaim: true,
        skipWaiting: false,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
})
