import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What broke, in the user's words: "The results". */
  what: string;
  children: ReactNode;
}

/** Keeps one broken panel from blanking the app: it says what failed and offers to try again; answers stay saved. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="notice notice-error">
        <h2>{this.props.what} could not be shown</h2>
        <p>Something went wrong while showing this part: {this.state.error.message}. Your answers are kept.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
