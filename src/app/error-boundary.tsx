import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface State {
  error: Error | null;
}

/** Keeps the page usable if a part of it fails: says so and offers a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (this.state.error) return <CrashNotice error={this.state.error} />;
    return this.props.children;
  }
}

function CrashNotice({ error }: { error: Error }) {
  const { lang } = useI18n();
  const ru = lang === 'ru';
  return (
    <main className="mx-auto max-w-2xl p-6">
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-5 text-red-900">
        <h1 className="mb-2 text-xl font-semibold">
          {ru ? 'Что-то пошло не так' : 'Something went wrong'}
        </h1>
        <p className="text-sm break-words">{error.message}</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-4 rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900"
        >
          {ru ? 'Перезагрузить страницу' : 'Reload the page'}
        </button>
      </div>
    </main>
  );
}
