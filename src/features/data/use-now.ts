import { useEffect, useState } from 'react'

const HOUR_MS = 60 * 60 * 1000

/** The current time, refreshed every hour, so a tab left open for days still counts days correctly. */
export function useNow(refreshMs = HOUR_MS): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), refreshMs)
    return () => clearInterval(timer)
  }, [refreshMs])
  return now
}
