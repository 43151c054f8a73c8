// Groups the filtered events into lanes (by kind, organization, person or none). Events with
// several people or organizations appear in each of their lanes; when there are more lanes than
// fit, the smallest fold into one "N more" lane so every event stays on screen.
import type { Catalog } from '../data/catalog';
import type { Group } from '../url/search-state';
import { resolveText } from '../i18n/resolve-text';
import { collectAffiliations } from './collect-affiliations';
import { createLane, filterByMask, unionSorted } from './lane-data';
import type { Lane } from './lane-types';
import { getTimelineStrings } from './timeline-strings';

export interface BuildLanesOptions {
  /** Most lanes to show, including the "N more" and "no organization" lanes. */
  maxLanes?: number;
}

export const DEFAULT_MAX_LANES: Record<Group, number> = { kind: 12, org: 8, person: 6, none: 1 };

interface Candidate {
  id: string;
  label: string;
  events: Uint32Array;
}

export function buildLanes(
  catalog: Catalog,
  visibleIndexes: Uint32Array,
  group: Group,
  lang: string,
  options: BuildLanesOptions = {},
): Lane[] {
  const strings = getTimelineStrings(lang);
  if (visibleIndexes.length === 0) return [];
  if (group === 'none') {
    return [
      createLane(catalog, { key: 'none', kind: 'none', label: strings.allEvents }, visibleIndexes),
    ];
  }
  const mask = new Uint8Array(catalog.events.length);
  for (const index of visibleIndexes) mask[index] = 1;

  if (group === 'kind') {
    const lanes: Lane[] = [];
    catalog.eventsByKind.forEach((list, kindIndex) => {
      const events = filterByMask(list, mask);
      const kind = catalog.kinds[kindIndex];
      if (events.length === 0 || !kind) return;
      lanes.push(
        createLane(
          catalog,
          { key: `kind:${kind.id}`, kind: 'kind', label: resolveText(kind.label, lang), kindIndex },
          events,
        ),
      );
    });
    return capLanes(catalog, lanes, options.maxLanes ?? DEFAULT_MAX_LANES.kind, strings.moreLanes);
  }

  const byId = group === 'org' ? catalog.eventsByOrg : catalog.eventsByPerson;
  const names = new Map<string, string>(
    group === 'org'
      ? catalog.organizations.map((org) => [org.id, resolveText(org.name, lang)])
      : catalog.people.map((person) => [person.id, resolveText(person.name, lang)]),
  );
  const candidates: Candidate[] = [];
  for (const [id, list] of byId) {
    const events = filterByMask(list, mask);
    if (events.length > 0) candidates.push({ id, label: names.get(id) ?? id, events });
  }
  // Biggest lanes first; ties in alphabetical order for a stable, scannable list.
  const collator = new Intl.Collator(lang);
  candidates.sort(
    (a, b) => b.events.length - a.events.length || collator.compare(a.label, b.label),
  );

  const without = visibleWithout(catalog, visibleIndexes, group);
  const maxLanes = Math.max(1, options.maxLanes ?? DEFAULT_MAX_LANES[group]);
  const namedRoom = Math.max(1, maxLanes - (without.length > 0 ? 1 : 0));
  const kept = candidates.length > namedRoom ? candidates.slice(0, namedRoom - 1) : candidates;
  const folded = candidates.slice(kept.length);

  const lanes = kept.map((candidate) =>
    createLane(
      catalog,
      {
        key: `${group}:${candidate.id}`,
        kind: group,
        label: candidate.label,
        ...(group === 'person'
          ? { affiliations: collectAffiliations(catalog, candidate.id, lang) }
          : {}),
      },
      candidate.events,
    ),
  );
  if (folded.length > 0) {
    const label =
      group === 'org'
        ? strings.moreOrganizations(folded.length)
        : strings.morePeople(folded.length);
    const events = unionSorted(
      folded.map((candidate) => candidate.events),
      catalog.events.length,
    );
    lanes.push(
      createLane(
        catalog,
        { key: 'more', kind: 'more', label, hiddenLaneCount: folded.length },
        events,
      ),
    );
  }
  if (without.length > 0) {
    const label = group === 'org' ? strings.noOrganization : strings.noPerson;
    lanes.push(createLane(catalog, { key: 'other', kind: 'other', label }, without));
  }
  return lanes;
}

/** Visible events with no organization (or no person), read from the postings lists. */
function visibleWithout(
  catalog: Catalog,
  visibleIndexes: Uint32Array,
  group: 'org' | 'person',
): Uint32Array {
  const hasAny = new Uint8Array(catalog.startMs.length);
  for (const events of (group === 'org' ? catalog.eventsByOrg : catalog.eventsByPerson).values())
    for (const index of events) hasAny[index] = 1;
  return visibleIndexes.filter((index) => hasAny[index] === 0);
}

function capLanes(
  catalog: Catalog,
  lanes: Lane[],
  maxLanes: number,
  label: (count: number) => string,
): Lane[] {
  if (lanes.length <= maxLanes) return lanes;
  const kept = lanes.slice(0, Math.max(1, maxLanes - 1));
  const folded = lanes.slice(kept.length);
  const events = unionSorted(
    folded.map((lane) => lane.events),
    catalog.events.length,
  );
  kept.push(
    createLane(
      catalog,
      { key: 'more', kind: 'more', label: label(folded.length), hiddenLaneCount: folded.length },
      events,
    ),
  );
  return kept;
}
