// First: starts fetching the screen's chunk while the rest of the entry is evaluated.
import './app/start-route-load'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { startServiceWorker } from './app/service-worker'
import './app/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
startServiceWorker()
