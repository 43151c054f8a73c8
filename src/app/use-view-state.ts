// Reading and changing the view through the URL: the URL is the single store of view state.
import { useNavigate, useParams, useRouterState, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { DEFAULT_SEARCH, type SearchState } from '../url/search-state';

export function useSearchState(): SearchState {
  return useSearch({ strict: false }) as SearchState;
}

export function useOpenEventId(): string | undefined {
  const params = useParams({ strict: false }) as { eventId?: string };
  return params.eventId;
}

/**
 * The address's path when it names no page of the app (a mistyped link served by the host's
 * 404 page, which boots the app), else null.
 */
export function useUnknownPath(): string | null {
  return useRouterState({
    select: ({ matches, location }) =>
      // A host may serve the app as ".../index.html": that is the explorer's own address.
      matches.some((match) => match.routeId !== '__root__') ||
      location.pathname.endsWith('/index.html')
        ? null
        : location.pathname,
  });
}

export interface ViewActions {
  /** Filter, search and zoom changes replace the current history entry. */
  updateSearch: (patch: Partial<SearchState>) => void;
  /** Opening an event is a new history entry, so Back returns to the previous one. */
  openEvent: (id: string) => void;
  closeEvent: () => void;
  /**
   * Leaves a link to an event the data lacks, or to no page at all: the bad link is not worth
   * going Back to.
   */
  leaveBadLink: () => void;
  /**
   * Shows another dataset from its start: the open event, filters and window of this one name
   * things the other may not have. A new address is a history entry, so Back returns here; a
   * file from the device has no address, so its view replaces this entry.
   */
  openDataset: (data: string | undefined, options: { replace: boolean }) => void;
}

export function useViewActions(): ViewActions {
  const navigate = useNavigate();
  const updateSearch = useCallback(
    (patch: Partial<SearchState>) => {
      void navigate({
        to: '.',
        search: (previous) => ({ ...(previous as SearchState), ...patch }),
        replace: true,
        resetScroll: false,
      });
    },
    [navigate],
  );
  const openEvent = useCallback(
    (id: string) => {
      void navigate({
        to: '/events/$eventId',
        params: { eventId: id },
        search: (previous) => previous as SearchState,
        resetScroll: false,
      });
    },
    [navigate],
  );
  const closeEvent = useCallback(() => {
    void navigate({ to: '/', search: (previous) => previous as SearchState, resetScroll: false });
  }, [navigate]);
  const leaveBadLink = useCallback(() => {
    void navigate({
      to: '/',
      search: (previous) => previous as SearchState,
      replace: true,
      resetScroll: false,
    });
  }, [navigate]);
  const openDataset = useCallback(
    (data: string | undefined, { replace }: { replace: boolean }) => {
      void navigate({
        to: '/',
        search: (previous) => {
          const { lang, embed } = previous as SearchState;
          return { ...DEFAULT_SEARCH, kind: [], person: [], org: [], lang, embed, data };
        },
        replace,
        resetScroll: false,
      });
    },
    [navigate],
  );
  return { updateSearch, openEvent, closeEvent, leaveBadLink, openDataset };
}
