// The public origin and base path of the built site. The base comes from the build itself
// (the asset URLs Vite wrote into dist/index.html); `--base` or BASE_PATH, when given,
// must agree with it, so pages and assets can never point at different folders.

export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173';

export interface SiteConfig {
  /** "https://owner.github.io", no trailing slash. */
  origin: string;
  /** "/" or "/repo/": always starts and ends with a slash. */
  base: string;
}

export interface SiteConfigInput {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  indexHtml: string;
}

export function resolveSiteConfig({ argv, env, indexHtml }: SiteConfigInput): SiteConfig {
  const detected = detectBase(indexHtml);
  const requested = readFlag(argv, '--base') ?? (env.BASE_PATH || undefined);
  const base = normalizeBase(requested ?? detected ?? '/');
  if (detected !== undefined && normalizeBase(detected) !== base) {
    throw new Error(
      `dist/index.html was built with base "${detected}" but the base given is "${base}". ` +
        `Build with the same base: vite build --base ${base} && tsx scripts/build-event-pages.ts --base ${base}`,
    );
  }
  return { origin: resolveOrigin(env.SITE_URL || DEFAULT_SITE_URL), base };
}

/** The folder Vite's assets are served from: "/sub/" for "/sub/assets/index-x.js". */
export function detectBase(indexHtml: string): string | undefined {
  const match = /<script\b[^>]*\bsrc="([^"]*?)assets\/[^"]+\.js"/.exec(indexHtml);
  return match?.[1];
}

export function normalizeBase(value: string): string {
  const trimmed = value.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) {
    throw new Error(
      `base "${value}" is not supported for event pages: use an absolute path such as "/" or "/repo/" ` +
        '(pages live at different depths, so a relative base would break their asset links).',
    );
  }
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

function resolveOrigin(siteUrl: string): string {
  if (!URL.canParse(siteUrl) || !/^https?:$/.test(new URL(siteUrl).protocol)) {
    throw new Error(`SITE_URL "${siteUrl}" is not an http(s) URL, e.g. https://owner.github.io`);
  }
  const url = new URL(siteUrl);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${siteUrl}" must be the origin only (e.g. https://owner.github.io); set the sub-folder with --base.`,
    );
  }
  return url.origin;
}

function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
