import { DatasetLoadError } from '../data/load-error';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages-en';
import { formatBytes } from '../i18n/format-bytes';
import { LanguageSwitch } from '../i18n/language-switch';
import { isUiLanguage } from '../i18n/languages';
import { SHARE_STRINGS } from '../share/share-strings';
import { linkWithoutData } from '../url/link-without-data';

interface LoadErrorProps {
  error: Error;
  onRetry: (() => void) | null;
  retrying?: boolean;
}

/** Says what went wrong and where, offers Retry and a way back to the default dataset. */
export function LoadError({ error, onRetry, retrying = false }: LoadErrorProps) {
  const { t, lang } = useI18n();
  const { message, problems, url } = describeError(error, t, lang);
  const defaultHref = linkWithoutData(window.location.href);
  return (
    <>
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-3 py-2 sm:px-4">
        <p className="text-base font-semibold">{t.appName}</p>
        <LanguageSwitch />
      </header>
      <main className="mx-auto max-w-2xl p-6">
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-5">
          <h1 className="mb-2 text-xl font-semibold text-red-900">{t.errorTitle}</h1>
          <p className="text-red-900">{message}</p>
          {url && (
            <p className="mt-2 text-sm break-all text-red-900">
              {t.errorWhere}: <code>{url}</code>
            </p>
          )}
          {problems.length > 0 && (
            <>
              <h2 className="mt-3 text-sm font-semibold text-red-900">{t.problems}</h2>
              <ul className="mt-1 list-disc pl-5 text-sm break-words text-red-900">
                {problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </>
          )}
          <div className="mt-4 flex flex-wrap gap-3">
            {onRetry && (
              <button
                type="button"
                onClick={onRetry}
                disabled={retrying}
                className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60"
              >
                {t.retry}
              </button>
            )}
            {defaultHref && (
              <a
                href={defaultHref}
                className="rounded border border-red-800 px-4 py-2 font-medium text-red-900 underline-offset-2 hover:underline"
              >
                {t.useDefaultDataset}
              </a>
            )}
          </div>
        </div>
      </main>
    </>
  );
}

function describeError(error: Error, t: Messages, lang: string) {
  if (!(error instanceof DatasetLoadError))
    return { message: error.message, problems: [], url: '' };
  const { reason, url } = error;
  switch (reason.type) {
    case 'bad-url':
      return { message: t.errorBadUrl, problems: [], url };
    case 'network':
      return { message: t.errorNetwork, problems: [], url };
    case 'timeout':
      return { message: t.errorTimeout(reason.seconds), problems: [], url };
    case 'http':
      return { message: t.errorHttp(reason.status, reason.statusText), problems: [], url };
    case 'too-large':
      return { message: t.errorTooLarge(formatBytes(reason.limitBytes, lang)), problems: [], url };
    case 'import':
      return {
        message: SHARE_STRINGS[isUiLanguage(lang) ? lang : 'en'].errors[reason.error.code],
        problems: reason.error.detail ? [reason.error.detail] : [],
        url,
      };
    case 'decode': {
      const byCode = {
        'not-json': t.errorNotJson,
        'not-dataset': t.errorNotDataset,
        'unsupported-version': t.errorVersion,
      };
      return { message: byCode[reason.error.code], problems: reason.error.problems, url };
    }
  }
}
