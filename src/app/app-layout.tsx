import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router'
import { paths } from './paths'
import { ServiceWorkerBanner } from './service-worker-banner'
import { BackupReminderBanner } from '../features/data/backup-reminder-banner'

const navigation = [
  { to: paths.home(), label: 'Teams', end: true },
  { to: paths.network(), label: 'Network', end: false },
  { to: paths.scales(), label: 'Scales', end: false },
  { to: paths.training(), label: 'Training', end: false },
  { to: paths.settings(), label: 'Settings', end: false },
]

export function AppLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link className="app-name" to={paths.home()}>
            <img src="/icon.svg" alt="" width="28" height="28" />
            IPS Fidelity Review
          </Link>
          <nav aria-label="Main">
            <ul className="app-nav">
              {navigation.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.end}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <ServiceWorkerBanner />
      <BackupReminderBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  )
}
