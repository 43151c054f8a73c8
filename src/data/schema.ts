// The dataset contract (schemaVersion 1). This zod schema is the single source of truth:
// the published JSON Schema is generated from it and the decoder validates records with it.
import { z } from 'zod';
import { describeValue, isPlainObject } from './decode-util';
import { ID_PATTERN } from './id-pattern';
import { isPartialDate } from './partial-date';

export { ID_PATTERN };

// zod compiles validators with `new Function` where it may. A page's Content-Security-Policy
// forbids that, and zod's first try at it is reported as a violation: in a page (a file opened
// on this device, tests) it does not try. The dataset worker, which is not bound by the
// page's policy, keeps the faster compiled validators.
z.config({ jitless: typeof window !== 'undefined' });

export const Id = z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9 and single hyphens)');

export const Text = z.union([z.string(), z.object({ en: z.string() }).catchall(z.string())], {
  error: describeTextProblem,
});

const NonBlank = z.string().regex(/\S/, 'must not be blank');

/** Text shown as a list entry or a heading (titles, names, labels): blank would show nothing. */
export const ShownText = z.union([NonBlank, z.object({ en: NonBlank }).catchall(z.string())], {
  error: describeTextProblem,
});

function describeTextProblem({ input }: { input?: unknown }): string {
  if (input === undefined) return 'is missing';
  if (!isPlainObject(input)) return `must be text or { "en": text }, not ${describeValue(input)}`;
  return typeof input.en === 'string'
    ? 'must have text (a string) in every language'
    : 'needs English text (en)';
}

export const PartialDate = z
  .string({
    error: ({ input }) =>
      input === undefined
        ? 'is missing'
        : `must be a date written as text (YYYY, YYYY-MM or YYYY-MM-DD), not ${describeValue(input)}`,
  })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
    abort: true,
  })
  .refine(isPartialDate, 'is not a real calendar date');

export const HttpUrl = z
  .string()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL')
  // The URL parser drops tabs and line breaks without a word, so "https://a.example/x⏎
  // https://b.example" passes as one address and, exported one address per line, comes back
  // as two, every later source's title moved onto the wrong link.
  .refine(
    (value) => !/\p{Cc}/u.test(value),
    'must not contain control characters (line breaks, tabs)',
  );

export const Kind = z.object({
  id: Id,
  label: ShownText,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour')
    .optional(),
});

export const Affiliation = z.object({
  org: Id,
  role: Text.optional(),
  start: PartialDate,
  end: PartialDate.optional(),
});

export const Person = z.object({
  id: Id,
  name: ShownText,
  description: Text.optional(),
  affiliations: z.array(Affiliation).optional(),
});

export const Organization = z.object({
  id: Id,
  name: ShownText,
  description: Text.optional(),
  founded: PartialDate.optional(),
  url: HttpUrl.optional(),
});

export const Source = z.object({
  url: HttpUrl,
  title: z.string(),
  publisher: z.string().optional(),
  date: PartialDate.optional(),
  lang: z.string().optional(),
});

export const Event = z.object({
  id: Id,
  date: PartialDate,
  endDate: PartialDate.optional(),
  kind: Id,
  title: ShownText,
  summary: Text.optional(),
  people: z.array(Id).optional(),
  organizations: z.array(Id).optional(),
  tags: z.array(z.string()).optional(),
  sources: z.array(Source),
  related: z.array(Id).optional(),
  importance: z.literal([1, 2, 3]).optional(),
});

/**
 * An event record that `Event` would return unchanged: the same fields with no unknown keys
 * (which `Event` strips) at any level. None of these schemas transform a value, so a record
 * this accepts can be used as it is, without the copy validation builds; the page relies on
 * that to reuse its own parse of the file (see hand-off.ts).
 */
export const ExactEvent = Event.extend({ sources: z.array(Source.strict()) }).strict();

export const Dataset = z.object({
  schemaVersion: z.literal(1),
  title: Text,
  description: Text.optional(),
  languages: z.array(z.string()).min(1),
  kinds: z.array(Kind),
  people: z.array(Person),
  organizations: z.array(Organization),
  events: z.array(Event),
});

export type Text = z.infer<typeof Text>;
export type Kind = z.infer<typeof Kind>;
export type Affiliation = z.infer<typeof Affiliation>;
export type Person = z.infer<typeof Person>;
export type Organization = z.infer<typeof Organization>;
export type Source = z.infer<typeof Source>;
export type TimelineEvent = z.infer<typeof Event>;
export type Dataset = z.infer<typeof Dataset>;

/** The JSON Schema published at public/schema/dataset.schema.json. */
export function createDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Dataset, { unrepresentable: 'any', io: 'input' });
  return {
    ...schema,
    $id: 'https://timeline-explorer.example/schema/dataset.schema.json',
    title: 'Timeline Explorer dataset',
    description: 'Events, people and organizations for Timeline Explorer (schemaVersion 1).',
  };
}
