import { afterAll, afterEach, beforeAll } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { ARTIFACTS, openOfflineApp, startSession, watchPageErrors, type BrowserSession } from './browser'

export type SessionOptions = {
  /** The built app to serve: dist/ unless the file serves a copy of its own. */
  outDir?: string
  /** Runs before the session starts, e.g. to make that copy. */
  before?: () => void | Promise<void>
  /** Runs after the session has closed, e.g. to remove that copy. */
  after?: () => void | Promise<void>
}

/**
 * One browser session for the whole test file: the built app served on 127.0.0.1 and headless Chromium,
 * started before the file's first test and closed after its last. Returns a getter for use inside tests.
 */
export function useBrowserSession(options: SessionOptions = {}): () => BrowserSession {
  let session: BrowserSession | undefined
  beforeAll(async () => {
    await options.before?.()
    session = await startSession(options.outDir)
  })
  afterAll(async () => {
    await session?.close()
    await options.after?.()
  })
  return () => {
    if (!session) throw new Error('The browser session starts in beforeAll: use it inside a test or a hook.')
    return session
  }
}

/** A browser session and one profile on the app, for the test file's tests to share. */
export type AppPage = {
  readonly session: BrowserSession
  readonly context: BrowserContext
  readonly page: Page
  /** The page's errors and console errors so far. */
  readonly pageErrors: string[]
}

/**
 * The usual start of a browser test file: one session (useBrowserSession) and one browser profile with its
 * page errors watched. Offline (the default), the profile has visited the app once, its service worker is
 * active, and it is now offline; online, it has a blank page. A failed test leaves a screenshot of that page
 * in artifacts/e2e/.
 */
export function useAppPage({ offline = true }: { offline?: boolean } = {}): AppPage {
  const session = useBrowserSession()
  let opened: Omit<AppPage, 'session'> | undefined
  beforeAll(async () => {
    opened = offline ? await openOfflineApp(session()) : await openOnlinePage(session())
  })
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !opened || opened.page.isClosed()) return
    const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)
    await opened.page.screenshot({ path: `${ARTIFACTS}/failed-${name}.png`, fullPage: true }).catch(() => {})
  })
  const get = () => {
    if (!opened) throw new Error('The browser page opens in beforeAll: use it inside a test or a hook.')
    return opened
  }
  return {
    get session() {
      return session()
    },
    get context() {
      return get().context
    },
    get page() {
      return get().page
    },
    get pageErrors() {
      return get().pageErrors
    },
  }
}

async function openOnlinePage(session: BrowserSession) {
  const context = await session.newContext()
  const page = await context.newPage()
  return { context, page, pageErrors: watchPageErrors(page) }
}
