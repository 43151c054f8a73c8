// Small helpers shared by the decoder's steps.
import type { z } from 'zod';

/**
 * What `schema` finds wrong with `value`, in plain words ("must be a string, not an object"
 * where zod says "Invalid input: expected string, received object"); messages set on the
 * schema itself still win. Only called for a value that failed: parsing with these messages
 * is markedly slower, so the first, usually successful, parse goes without them.
 */
export function describeProblems(schema: z.ZodType, value: unknown, pathPrefix = ''): string {
  const parsed = schema.safeParse(value, { error: describeIssue });
  const problems = parsed.success ? 'is not valid' : formatIssues(parsed.error.issues);
  return pathPrefix ? `${pathPrefix}: ${problems}` : problems;
}

function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    return `must be ${withArticle(issue.expected)}, not ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((value) => JSON.stringify(value));
    const list =
      allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
    return `must be ${list}, not ${describeInput(issue.input)}`;
  }
  return undefined;
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** "null", "an array", "an object", "a string"...: the kind of value a file has in a place. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return withArticle(typeof value);
}

/** A short value as written in the file (5, "5"), else the kind of value it is. */
function describeInput(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && value.length <= 20) return JSON.stringify(value);
  return describeValue(value);
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export function idOf(value: unknown, index: number): string {
  if (
    isPlainObject(value) &&
    typeof value.id === 'string' &&
    value.id.length > 0 &&
    value.id.length <= 200
  ) {
    return value.id;
  }
  return `#${index + 1}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
