import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractLinks, stripHtml } from '../../../src/data/import/strip-html';
import { toKebabId, createIdAllocator } from '../../../src/data/import/to-kebab-id';
import { normalizeDate } from '../../../src/data/import/normalize-date';

describe('stripHtml', () => {
  it('keeps text, line breaks and entities, and drops markup, scripts and comments', () => {
    expect(stripHtml('<p>One &amp; <b>two</b></p><p>three&#33; &#x263A;</p>')).toBe(
      'One & two\nthree! ☺',
    );
    expect(stripHtml('a<script>alert("x")</script><style>p{}</style><!-- c -->b')).toBe('a b');
    expect(stripHtml('&unknown; &lt;b&gt;')).toBe('&unknown; <b>');
  });

  it('never leaves a tag behind', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<b>',
            '</b>',
            '<a href="x">',
            'text',
            ' ',
            '<br/>',
            '<img src=x onerror=y>',
            '&amp;',
          ),
        ),
        (parts) => {
          expect(stripHtml(parts.join(''))).not.toMatch(/<[a-z/!]/i);
        },
      ),
    );
  });

  it('reads unclosed markup as a browser would', () => {
    expect(stripHtml('a <!-- never closed <b>b</b>')).toBe('a');
    expect(stripHtml('a<script>never closed</p>')).toBe('a');
    expect(stripHtml('1 < 2, and 3 <b>></b> 2')).toBe('1 < 2, and 3 > 2');
    expect(stripHtml('x < y')).toBe('x < y');
    expect(stripHtml('<SCRIPT>x</Script >y<scripts>z</scripts>')).toBe('yz');
  });

  // Each of these took minutes, or longer, when every opening searched for its closing anew.
  it('reads hostile markup in one pass', () => {
    const many = 100_000;
    expect(stripHtml('a' + '<!--'.repeat(many))).toBe('a');
    expect(stripHtml('a' + '<script>'.repeat(many))).toBe('a');
    expect(stripHtml('a' + '<'.repeat(many))).toBe('a' + '<'.repeat(many));
    expect(extractLinks('<a href=https://x.example>'.repeat(many))).toEqual([]);
    expect(extractLinks('<a href=https://x.example>'.repeat(many) + 'x</a>')).toEqual([
      { url: 'https://x.example', text: 'x' },
    ]);
    expect(extractLinks('<a'.repeat(many) + '>')).toEqual([]);
  });

  it('finds http(s) links only', () => {
    expect(
      extractLinks(
        `<a href="https://a.example/x?y=1&amp;z=2">A</a> <a href='javascript:alert(1)'>B</a>`,
      ),
    ).toEqual([{ url: 'https://a.example/x?y=1&z=2', text: 'A' }]);
    expect(
      extractLinks('<abbr>no</abbr> <A class="x" HREF="https://b.example">B <i>b</i></a >'),
    ).toEqual([{ url: 'https://b.example', text: 'B b' }]);
  });
});

describe('toKebabId', () => {
  it('makes readable ASCII ids, transliterating Cyrillic', () => {
    expect(toKebabId('Igor Babuschkin')).toBe('igor-babuschkin');
    expect(toKebabId('Игорь Бабушкин')).toBe('igor-babushkin');
    expect(toKebabId('Société Générale & Co.')).toBe('societe-generale-and-co');
    expect(toKebabId('李飞飞')).toBe('');
  });

  it('always yields ids matching the schema pattern, unique per allocator', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (names) => {
        const allocate = createIdAllocator('event');
        const ids = names.map(allocate);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});

describe('normalizeDate', () => {
  it('pads hand-typed dates and leaves the rest for the decoder', () => {
    expect(normalizeDate(' 2025-8-3 ')).toBe('2025-08-03');
    expect(normalizeDate('476')).toBe('0476');
    expect(normalizeDate('13/08/2025')).toBe('13/08/2025');
  });
});
