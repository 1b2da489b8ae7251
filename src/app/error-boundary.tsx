import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('MindSwitch crashed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main role="alert" className="mx-auto max-w-xl p-8">
        <h1 className="text-xl font-semibold">Something went wrong</h1>
        <p className="mt-2">MindSwitch hit an unexpected error: {this.state.error.message}</p>
        <button
          type="button"
          className="mt-4 rounded-lg bg-indigo-600 px-4 py-2 text-white"
          onClick={() => location.reload()}
        >
          Reload the page
        </button>
      </main>
    );
  }
}
