// Collects the people, organizations or kinds that imported events mention by name, so
// each distinct name becomes one record with a stable kebab-case id.
import { labelFromId, toKebabId } from './to-kebab-id';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface NamedRecord {
  id: string;
  label: string;
}

export interface EntityRegistry {
  /** Returns the id for a name or id, registering it the first time it is seen. */
  idFor(value: string): string;
  records(): NamedRecord[];
}

export function createEntityRegistry(fallbackPrefix: string): EntityRegistry {
  const byId = new Map<string, NamedRecord>();
  return {
    idFor(value) {
      const name = value.trim();
      const id = toKebabId(name) || `${fallbackPrefix}-${toFallbackKey(name)}`;
      if (!byId.has(id)) {
        // A value that is already an id ("elon-musk") gets a readable label ("Elon Musk").
        byId.set(id, { id, label: KEBAB.test(name) ? labelFromId(name) : name });
      }
      return id;
    },
    records: () => [...byId.values()],
  };
}

/** A short stable key for names with no Latin or Cyrillic letters (e.g. Chinese names). */
function toFallbackKey(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash.toString(36);
}

/** Splits "Ada Lovelace; Charles Babbage" into trimmed, non-empty values. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
