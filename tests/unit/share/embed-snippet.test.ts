import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, buildViewUrl } from '../../../src/share/embed-snippet';
import { DEFAULT_SEARCH, type SearchState } from '../../../src/url/search-state';

const search: SearchState = {
  ...DEFAULT_SEARCH,
  q: 'grok & co',
  kind: ['launch', 'controversy'],
  lang: 'ru',
};

describe('buildViewUrl', () => {
  it('adds embed=1 for the embed and drops it for the full app, keeping the rest of the view', () => {
    const location = {
      origin: 'https://owner.github.io',
      base: '/repo/',
      search: { ...search, embed: true },
      openEventId: 'xai-founded',
    };
    expect(buildViewUrl(location, true)).toBe(
      'https://owner.github.io/repo/events/xai-founded?q=grok+%26+co&kind=launch,controversy&lang=ru&embed=1',
    );
    expect(buildViewUrl(location, false)).toBe(
      'https://owner.github.io/repo/events/xai-founded?q=grok+%26+co&kind=launch,controversy&lang=ru',
    );
    expect(
      buildViewUrl({ ...location, openEventId: undefined, search: DEFAULT_SEARCH }, false),
    ).toBe('https://owner.github.io/repo/');
  });
});

describe('buildEmbedSnippet', () => {
  it('writes a lazy, titled, escaped iframe', () => {
    const snippet = buildEmbedSnippet(
      'https://a.example/?q=a&b="c"',
      'AI <labs> — Timeline Explorer',
    );
    expect(snippet).toBe(
      '<iframe src="https://a.example/?q=a&amp;b=&quot;c&quot;" title="AI &lt;labs&gt; — Timeline Explorer" width="100%" height="480" ' +
        'style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write"></iframe>',
    );
    const parsed = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!;
    expect(parsed.getAttribute('src')).toBe('https://a.example/?q=a&b="c"');
    expect(parsed.getAttribute('title')).toBe('AI <labs> — Timeline Explorer');
  });
});
