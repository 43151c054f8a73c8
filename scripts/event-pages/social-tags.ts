// Canonical link, Open Graph and Twitter card tags: what chat apps and social sites read
// to unfurl a shared link.
import { escapeHtml } from './escape-html.ts';

export const SITE_NAME = 'Timeline Explorer';

export interface SocialInput {
  title: string;
  description: string;
  url: string;
  type: 'article' | 'website';
  imageUrl?: string;
}

export function buildSocialTags({
  title,
  description,
  url,
  type,
  imageUrl,
}: SocialInput): string[] {
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
    ...(imageUrl
      ? [
          meta('property', 'og:image', imageUrl),
          // The size of public/og-image.png (scripts/make-og-image.ts), so unfurls need not fetch it first.
          meta('property', 'og:image:width', '1200'),
          meta('property', 'og:image:height', '630'),
          meta('property', 'og:image:alt', `${SITE_NAME}: ${title}`),
        ]
      : []),
    meta('name', 'twitter:card', imageUrl ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    ...(imageUrl ? [meta('name', 'twitter:image', imageUrl)] : []),
  ];
}
