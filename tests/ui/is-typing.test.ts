import { describe, expect, it } from 'vitest'
import { isTyping } from '../../src/ui/is-typing'

function element(html: string): Element {
  const host = document.createElement('div')
  host.innerHTML = html
  return host.firstElementChild!
}

describe('isTyping', () => {
  it.each([
    ['<input type="text">', true, true],
    ['<input>', true, true],
    ['<input type="number">', true, true],
    ['<textarea></textarea>', true, true],
    ['<select></select>', true, true],
    ['<input type="radio">', true, false],
    ['<input type="checkbox">', true, false],
    ['<input type="submit">', true, false],
    ['<button>Save</button>', false, false],
    ['<div></div>', false, false],
  ])('%s: typing %s, typing text %s', (html, typing, typingText) => {
    const target = element(html)
    expect(isTyping(target)).toBe(typing)
    expect(isTyping(target, { textOnly: true })).toBe(typingText)
  })

  it('is false for no element', () => {
    expect(isTyping(null)).toBe(false)
    expect(isTyping(window)).toBe(false)
  })
})
