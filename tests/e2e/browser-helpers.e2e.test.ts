import { describe, expect, it } from 'vitest'
import { requestsOffLoopback } from './browser'

describe('the no-network check used by every browser test', () => {
  it('flags any http(s) or websocket request that leaves 127.0.0.1', () => {
    const requests = [
      'http://127.0.0.1:4173/assets/index.js',
      'https://fonts.example.org/font.woff2',
      'http://localhost:4173/',
      'http://10.0.0.7/api',
      'wss://sync.example.org/',
    ]
    expect(requestsOffLoopback(requests)).toEqual(requests.slice(1))
  })

  it('ignores what never touches a network: data:, blob: and the browser’s own PDF viewer', () => {
    const requests = [
      'data:image/png;base64,AAAA',
      'blob:http://127.0.0.1:4173/5b1c',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
      'chrome://resources/css/roboto.css',
    ]
    expect(requestsOffLoopback(requests)).toEqual([])
  })
})
