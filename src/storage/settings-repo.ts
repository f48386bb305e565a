import { defaultSettings, SettingsSchema, type Settings } from '#domain/settings/settings'
import { definedOnly, parseInput, parseRow, read, write } from './repo-helpers'
import { SETTINGS_ID, type ReviewDatabase } from './database'

async function load(db: ReviewDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID)
  if (!row) return defaultSettings
  // Parsing drops the row's id and fills in defaults for settings added since the row was written.
  return parseRow(SettingsSchema, row, 'settings')
}

export const settingsRepo = {
  /** The saved settings, with defaults for anything never set. */
  async get(): Promise<Settings> {
    return read(load)
  },

  async update(patch: Partial<Settings>): Promise<Settings> {
    return write(
      (db) => [db.settings],
      async (db) => {
        const next = parseInput(SettingsSchema, { ...(await load(db)), ...definedOnly(patch) }, 'settings')
        await db.settings.put({ ...next, id: SETTINGS_ID })
        return next
      },
    )
  },
}
