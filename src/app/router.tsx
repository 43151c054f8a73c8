import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { parseQueryString, stringifyQuery, validateSearch } from '../url/router-search';
import { Shell } from './shell';

const rootRoute = createRootRoute({ validateSearch, component: Shell });

// Both routes show the same explorer; the event route also names the open event.
const explorerRoute = createRoute({ getParentRoute: () => rootRoute, path: '/' });
const eventRoute = createRoute({ getParentRoute: () => rootRoute, path: '/events/$eventId' });

const routeTree = rootRoute.addChildren([explorerRoute, eventRoute]);

export function createAppRouter(basepath = import.meta.env.BASE_URL) {
  return createRouter({
    routeTree,
    basepath,
    parseSearch: (search) => parseQueryString(search),
    stringifySearch: stringifyQuery,
    defaultNotFoundComponent: () => null,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
