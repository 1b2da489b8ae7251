import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  source: string;
  children: ReactNode;
}

interface State {
  source: string;
  failed: boolean;
}

/**
 * If a plugin ever throws on some odd input, only that block falls back to plain text instead of
 * the whole conversation disappearing behind the app's error boundary. A new source retries.
 */
export class BlockErrorBoundary extends Component<Props, State> {
  state: State = { source: this.props.source, failed: false };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.source === state.source ? null : { source: props.source, failed: false };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <p className="whitespace-pre-wrap">{this.props.source}</p>;
    return this.props.children;
  }
}
