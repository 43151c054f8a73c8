import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { hostileCases } from '../../fixtures/hostile-datasets';

describe('hostile datasets', () => {
  for (const hostile of hostileCases) {
    it(`${hostile.name}: ${hostile.expectedEvents === null ? 'refused with one error' : `keeps ${hostile.expectedEvents} valid events`}`, () => {
      const result = decodeDataset(hostile.body());
      if (hostile.expectedEvents === null) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.problems.length).toBeLessThanOrEqual(5);
      } else {
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.catalog.events).toHaveLength(hostile.expectedEvents);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('drops javascript:, data: and vbscript: sources but keeps the event and its https source', () => {
    const result = decodeDataset(
      hostileCases.find((hostile) => hostile.name === 'script-urls')!.body(),
    );
    expect(result.ok && result.catalog.events[0]!.sources.map((source) => source.url)).toEqual([
      'https://example.com/fine',
    ]);
    expect(
      result.ok && result.warnings.filter((warning) => warning.code === 'invalid-source'),
    ).toHaveLength(3);
  });

  it('names the bad record among fifty thousand', () => {
    const result = decodeDataset(
      hostileCases.find((hostile) => hostile.name === 'fifty-thousand-one-bad')!.body(),
    );
    expect(
      result.ok &&
        result.warnings.filter((warning) => warning.skipped).map((warning) => warning.id),
    ).toEqual(['bad-one']);
  });
});
