// The floor: the smallest app on our toolchain (Vite + React + react-router + service worker).
// /type holds one controlled textarea: the floor for typing in a note.
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { registerSW } from 'virtual:pwa-register'

function Typing() {
  const [text, setText] = useState('')
  return <textarea aria-label="Note" value={text} onChange={(event) => setText(event.target.value)} />
}

const router = createBrowserRouter([
  { path: '/', element: <h1>Floor</h1> },
  { path: '/type', element: <Typing /> },
])
createRoot(document.getElementById('root')!).render(<RouterProvider router={router} />)
registerSW({ immediate: true })
