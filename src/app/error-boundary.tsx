import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';

interface State {
  error: Error | null;
}

function CrashNotice({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <main role="alert" className="mx-auto max-w-xl p-8">
      <h1 className="text-xl font-semibold">{t('app.crashTitle')}</h1>
      <p className="mt-2">{t('app.crashText', { message: error.message })}</p>
      <button
        type="button"
        className="mt-4 rounded-lg bg-indigo-600 px-4 py-2 text-white"
        onClick={() => location.reload()}
      >
        {t('app.reloadPage')}
      </button>
    </main>
  );
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
    return <CrashNotice error={this.state.error} />;
  }
}
