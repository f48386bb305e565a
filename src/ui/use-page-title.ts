import { useEffect } from 'react'

export const APP_NAME = 'IPS Fidelity Review'

/** Each screen names itself in the browser tab and for screen readers. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} - ${APP_NAME}` : APP_NAME
  }, [title])
}
