// Components with <Link> need a router: this mounts one over an in-memory history, with the
// app's routes and query-string codec, rendering the component under test on every route.
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/i18n-context';
import type { UiLanguage } from '../../src/i18n/languages';
import { parseQueryString, stringifyQuery, validateSearch } from '../../src/url/router-search';

interface Options {
  lang?: UiLanguage;
  /** The address the memory history starts at, e.g. "/events/xai-founded?kind=launch". */
  path?: string;
}

export async function renderWithRouter(ui: ReactNode, { lang = 'en', path = '/' }: Options = {}) {
  // The router restores scroll on navigation; jsdom has no layout to scroll.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  const rootRoute = createRootRoute({
    validateSearch,
    component: () => <I18nProvider lang={lang}>{ui}</I18nProvider>,
  });
  const routeTree = rootRoute.addChildren([
    createRoute({ getParentRoute: () => rootRoute, path: '/' }),
    createRoute({ getParentRoute: () => rootRoute, path: '/events/$eventId' }),
  ]);
  const router = createRouter({
    routeTree,
    history: createMemoryHistory({ initialEntries: [path] }),
    parseSearch: parseQueryString,
    stringifySearch: stringifyQuery,
  });
  await router.load();
  let result!: RenderResult;
  await act(async () => {
    result = render(<RouterProvider router={router} />);
  });
  return { ...result, router };
}

/** Plain rendering in a language, for components without links. */
export function renderInLanguage(ui: ReactNode, lang: UiLanguage = 'en'): RenderResult {
  return render(<I18nProvider lang={lang}>{ui}</I18nProvider>);
}
