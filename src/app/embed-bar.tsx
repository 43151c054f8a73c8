import { OpenInAppLink } from '../share/open-in-app-link';
import type { SearchState } from '../url/search-state';

/** The minimal chrome of an embedded timeline: its title and a way out to the full app. */
export function EmbedBar({
  title,
  search,
  openEventId,
}: {
  title: string;
  search: SearchState;
  openEventId: string | undefined;
}) {
  return (
    <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-3 py-2">
      <h1 className="min-w-0 truncate text-base font-semibold">{title}</h1>
      <OpenInAppLink
        search={search}
        openEventId={openEventId}
        className="shrink-0 text-sm font-medium text-blue-800 underline underline-offset-2"
      />
    </header>
  );
}
