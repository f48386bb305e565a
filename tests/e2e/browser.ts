import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { AxeBuilder } from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { expect } from 'vitest'

/** Debian's Chromium, never a downloaded browser. */
export const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export const ARTIFACTS = 'artifacts/e2e'

/** Set E2E_SERVICE_WORKERS=block to show that the offline tests depend on the service worker. */
const serviceWorkers = process.env.E2E_SERVICE_WORKERS === 'block' ? 'block' : 'allow'

export type BrowserSession = {
  base: string
  browser: Browser
  /** Every URL any page or service worker of this session asked for. */
  requests: string[]
  newContext: () => Promise<BrowserContext>
  newPage: () => Promise<Page>
  close: () => Promise<void>
}

/** Serves the built app in `outDir` on 127.0.0.1, on a free port, in this process. */
export async function serveBuiltApp(outDir: string): Promise<{ server: PreviewServer; base: string }> {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  })
  const base = server.resolvedUrls?.local[0]
  if (!base) throw new Error('The preview server did not report its address.')
  return { server, base }
}

/** Serves the built app (dist/, or a copy in `outDir`) on 127.0.0.1 in this process and starts headless Chromium. */
export async function startSession(outDir = 'dist'): Promise<BrowserSession> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const { server, base } = await serveBuiltApp(outDir)
  const browser = await chromium.launch(launchOptions)
  const requests: string[] = []
  const contexts: BrowserContext[] = []

  async function newContext() {
    const context = await browser.newContext({ serviceWorkers, viewport: { width: 1280, height: 900 } })
    context.on('request', (request) => requests.push(request.url()))
    contexts.push(context)
    return context
  }

  return {
    base,
    browser,
    requests,
    newContext,
    newPage: async () => (await newContext()).newPage(),
    close: async () => {
      await Promise.all(contexts.map((context) => context.close()))
      await browser.close()
      await server.httpServer.close()
    },
  }
}

/**
 * Network requests that left this machine's loopback address: there must be none. Only http(s) and ws(s)
 * travel over a network; data:, blob: and the browser's own chrome:// pages (its PDF viewer) do not.
 */
export function requestsOffLoopback(requests: string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url)
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) return false
    return hostname !== '127.0.0.1'
  })
}

/** The last check of a browser test file: no page errors on any of its pages, no request off 127.0.0.1. */
export function expectRanCleanly(session: BrowserSession, ...pageErrors: string[][]): void {
  for (const errors of pageErrors) expect(errors).toEqual([])
  expect(requestsOffLoopback(session.requests)).toEqual([])
}

/** Waits until a service worker controls the page, i.e. the app is precached and works offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/** axe-core over the whole page (WCAG 2.1 A and AA): each violation in one line, with where it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
}

/** Collects page errors and console errors so a test can assert the app ran cleanly. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

/** A fresh browser profile that has visited the app once (service worker active) and is now offline. */
export async function openOfflineApp(session: BrowserSession) {
  const context = await session.newContext()
  const page = await context.newPage()
  const pageErrors = watchPageErrors(page)
  await page.goto(session.base)
  await waitForServiceWorker(page)
  await context.setOffline(true)
  return { context, page, pageErrors }
}
