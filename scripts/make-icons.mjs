// Renders public/icon.svg to the PNG icons the web app manifest needs (run by hand when the icon changes).
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'

const svg = readFileSync('public/icon.svg', 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
})
const page = await browser.newPage()
for (const [size, file, padding] of [
  [192, 'public/icon-192.png', 0],
  [512, 'public/icon-512.png', 0],
  [512, 'public/icon-512-maskable.png', 64],
]) {
  await page.setViewportSize({ width: size, height: size })
  const inner = size - 2 * padding
  await page.setContent(
    `<body style="margin:0;background:#1d4f73;display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  )
  await page.screenshot({ path: file, omitBackground: padding === 0 })
}
await browser.close()
