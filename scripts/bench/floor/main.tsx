// The floor: the smallest app on our toolchain (Vite + React + react-router + service worker).
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { registerSW } from 'virtual:pwa-register'

const router = createBrowserRouter([{ path: '/', element: <h1>Floor</h1> }])
createRoot(document.getElementById('root')!).render(<RouterProvider router={router} />)
registerSW({ immediate: true })
