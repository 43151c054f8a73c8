import type { Catalog } from './catalog';

export type RecordType = 'kind' | 'person' | 'organization' | 'event';

export type WarningCode =
  | 'invalid-record'
  | 'duplicate-id'
  | 'unknown-kind'
  | 'unknown-reference'
  | 'invalid-source'
  | 'end-before-start';

/** One skipped record or stripped field, named so a reader can find and fix it. */
export interface DecodeWarning {
  record: RecordType;
  /** The record's id when it has a usable one, otherwise its position as "#12". */
  id: string;
  code: WarningCode;
  /** What was wrong, in the words of the validator (field path and problem). */
  detail: string;
  /** True when the whole record was left out; false when only a part was stripped. */
  skipped: boolean;
}

export type DecodeErrorCode = 'not-json' | 'not-dataset' | 'unsupported-version';

export interface DecodeError {
  code: DecodeErrorCode;
  /** The first validation problems (at most a few), as "path: problem". */
  problems: string[];
}

export type DecodeResult =
  { ok: true; catalog: Catalog; warnings: DecodeWarning[] } | { ok: false; error: DecodeError };
