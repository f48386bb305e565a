/** Inputs where a key is no text being typed: a digit on a radio button is free for a shortcut. */
const NOT_TEXT = ['radio', 'checkbox', 'button', 'submit', 'reset']

/**
 * Whether a key went to a field the user is typing in, where page shortcuts must stay out of the way.
 * With `textOnly`, radio buttons, checkboxes and buttons do not count: for shortcut keys (digits) that
 * those controls do not use themselves. Arrow keys they do use, so by default every input counts.
 */
export function isTyping(target: EventTarget | null, { textOnly = false } = {}): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true
  if (target.tagName !== 'INPUT') return false
  return !textOnly || !NOT_TEXT.includes((target as HTMLInputElement).type)
}
