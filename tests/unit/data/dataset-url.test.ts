import { describe, expect, it } from 'vitest';
import { defaultDatasetUrl, foreignHost, resolveDatasetUrl } from '../../../src/data/dataset-url';
import { linkWithoutData } from '../../../src/url/link-without-data';

const PAGE = 'https://explorer.example/timeline/events/xai-founded?lang=ru';

describe('resolveDatasetUrl', () => {
  it.each([
    ['https://data.example/ai.json', 'https://data.example/ai.json'],
    ['HTTPS://Data.Example/ai.json', 'https://data.example/ai.json'],
    ['/datasets/space.json', 'https://explorer.example/datasets/space.json'],
    ['../data/other.json', 'https://explorer.example/timeline/data/other.json'],
    ['//cdn.example/ai.json', 'https://cdn.example/ai.json'],
  ])('allows %s', (value, expected) => {
    expect(resolveDatasetUrl(value, PAGE)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:application/json,{"schemaVersion":1}',
    'http://other.example/ai.json',
    'file:///etc/passwd',
    'ftp://files.example/ai.json',
    'blob:https://explorer.example/1234',
    'http://[::1',
  ])('refuses %s', (value) => {
    expect(resolveDatasetUrl(value, PAGE)).toBeNull();
  });

  it('allows plain http only on the same origin, as on a local preview server', () => {
    const page = 'http://127.0.0.1:4173/';
    expect(resolveDatasetUrl('data/big.json', page)).toBe('http://127.0.0.1:4173/data/big.json');
    expect(resolveDatasetUrl('http://127.0.0.1:9999/data.json', page)).toBeNull();
  });
});

describe('defaultDatasetUrl', () => {
  it('finds the shipped dataset under any base path', () => {
    expect(defaultDatasetUrl('/')).toBe('/data/events.json');
    expect(defaultDatasetUrl('/timeline/')).toBe('/timeline/data/events.json');
    expect(defaultDatasetUrl('/timeline')).toBe('/timeline/data/events.json');
    expect(defaultDatasetUrl('./')).toBe('./data/events.json');
  });
});

describe('foreignHost', () => {
  const page = 'https://timeline.example/events/x?lang=en';
  it('names the host of a dataset from another site', () => {
    expect(foreignHost('https://data.example:8443/a.json', page)).toBe('data.example:8443');
    expect(foreignHost('https://sub.timeline.example/a.json', page)).toBe('sub.timeline.example');
  });

  it('is null for this site’s own files, a local file’s name, and nonsense', () => {
    expect(foreignHost('https://timeline.example/data/events.json', page)).toBeNull();
    expect(foreignHost('events.csv', page)).toBeNull();
    // File names that read as a scheme: "AI:" and "report:" name no site.
    expect(foreignHost('AI: events.json', page)).toBeNull();
    expect(foreignHost('report:2025.csv', page)).toBeNull();
    expect(foreignHost('http://[bad', page)).toBeNull();
  });
});

describe('linkWithoutData', () => {
  it('keeps the page and the rest of the view, and drops only the dataset', () => {
    expect(
      linkWithoutData('https://t.example/events/a?lang=ru&data=https%3A%2F%2Fx.example&q=ai'),
    ).toBe('/events/a?lang=ru&q=ai');
    expect(linkWithoutData('https://t.example/?lang=ru')).toBeNull();
  });
});
