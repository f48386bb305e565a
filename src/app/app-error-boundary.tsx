import { Component, type ErrorInfo, type ReactNode } from 'react'

type State = { error: Error | null }

/** Last line of defence around the router: never a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('IPS Fidelity Review crashed', error, info.componentStack)
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <main className="page" id="main">
        <h1>Something went wrong</h1>
        <p>The app hit an error it could not recover from. Your saved work on this device is not affected.</p>
        <p className="muted">Details: {this.state.error.message}</p>
        <p>
          <a href="/">Back to your teams</a>
        </p>
      </main>
    )
  }
}
