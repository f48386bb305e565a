import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser } from 'playwright-core'
import { launchOptions } from './browser'

/**
 * Debian's Chromium started as a process of our own on a persistent profile, so a test can do to it
 * what a crash or a flat battery does: SIGKILL, with no chance to save anything, and start it again
 * on the same profile. Playwright's own launch would close the browser politely.
 */
export interface OwnChromium {
  browser: Browser
  /** Kills the browser and every process it started (renderers, the GPU and network services) at once. */
  kill: () => Promise<void>
}

export async function startOwnChromium(profileDir: string): Promise<OwnChromium> {
  const child = spawn(
    launchOptions.executablePath!,
    [
      ...(launchOptions.args ?? []),
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      '--no-default-browser-check',
      'about:blank',
    ],
    // Its own process group, so one signal reaches the browser and all its children.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const endpoint = await devToolsEndpoint(child)
  const browser = await chromium.connectOverCDP(endpoint)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    browser,
    kill: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // Already gone.
      }
      await exited
      await groupGone(child.pid!)
    },
  }
}

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 20_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited (${code}) before it started:\n${output}`))
    })
  })
}

/**
 * Waits until no process of the group is left. The browser process exits first; its storage service may
 * live a few milliseconds longer, still holding the IndexedDB files, and a browser restarted then finds
 * them locked and starts the origin's database afresh. A person restarting after a crash is never that quick.
 */
async function groupGone(groupId: number) {
  for (let waited = 0; waited < 10_000; waited += 20) {
    try {
      process.kill(-groupId, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`Chromium's processes (group ${groupId}) were still running 10 s after SIGKILL.`)
}
