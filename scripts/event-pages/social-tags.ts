// Canonical link, Open Graph and Twitter card tags: what chat apps and social sites read
// to unfurl a shared link.
import { escapeHtml } from './escape-html.ts';

export const SITE_NAME = 'Timeline Explorer';

export interface SocialInput {
  title: string;
  description: string;
  url: string;
  type: 'article' | 'website';
  image?: ShareImage;
}

/** The picture unfurls show, and a text alternative that says what it shows. */
export interface ShareImage {
  url: string;
  alt: string;
}

/**
 * The site's share image (scripts/make-og-image.ts) shows the site's name and the dataset's
 * title over the dataset's dots, whichever page links to it; its text says so.
 */
export function siteShareImage(url: string, datasetTitle: string): ShareImage {
  return { url, alt: `${SITE_NAME}: ${datasetTitle}` };
}

export function buildSocialTags({ title, description, url, type, image }: SocialInput): string[] {
  const meta = (attribute: 'property' | 'name', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:type', type),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', 'en_US'),
    ...(image
      ? [
          meta('property', 'og:image', image.url),
          // The size of public/og-image.png (scripts/make-og-image.ts), so unfurls need not fetch it first.
          meta('property', 'og:image:width', '1200'),
          meta('property', 'og:image:height', '630'),
          meta('property', 'og:image:alt', image.alt),
        ]
      : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    ...(image
      ? [meta('name', 'twitter:image', image.url), meta('name', 'twitter:image:alt', image.alt)]
      : []),
  ];
}
