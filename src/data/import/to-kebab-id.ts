// Ids must be kebab-case ASCII (they are deep links), so names from CSV and TimelineJS
// files are turned into ids here; Cyrillic is transliterated so Russian names keep a
// readable id instead of an empty one.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

const MAX_ID_LENGTH = 64;

/** "Igor Babuschkin" -> "igor-babuschkin"; "" when nothing usable is left. */
export function toKebabId(value: string): string {
  const ascii = [...value.toLowerCase()]
    .map((char) => CYRILLIC[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const id = ascii
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > MAX_ID_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, '');
}

/** "igor-babuschkin" -> "Igor Babuschkin": a label for a value that was given as an id. */
export function labelFromId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Hands out unique ids: the second "launch" becomes "launch-2". */
export function createIdAllocator(fallbackPrefix: string) {
  const used = new Set<string>();
  return (wanted: string): string => {
    const base = toKebabId(wanted) || `${fallbackPrefix}-${used.size + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
