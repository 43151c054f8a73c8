/**
 * Tidies a date typed by hand into PartialDate form: "2025-8-3" -> "2025-08-03",
 * "476" -> "0476". Anything else is returned trimmed, for the decoder to reject by name.
 */
export function normalizeDate(value: string): string {
  const trimmed = value.trim();
  const match = /^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(trimmed);
  if (!match) return trimmed;
  const [, year = '', month, day] = match;
  const parts = [year.padStart(4, '0')];
  if (month !== undefined) parts.push(month.padStart(2, '0'));
  if (day !== undefined) parts.push(day.padStart(2, '0'));
  return parts.join('-');
}
