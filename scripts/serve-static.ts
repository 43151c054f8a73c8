// A plain static file server for dist/, standing in for GitHub Pages or any CDN: no SPA
// fallback, directories need their index.html, unknown paths get 404.html with status 404.
//
//   tsx scripts/serve-static.ts [dir=dist] [port=4174] [--base /repo/]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content types by file extension, for every file a build or the benchmark serves. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export function startStaticServer(options: {
  root: string;
  port?: number;
  base?: string;
}): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodePath(url.pathname);
    const send = (status: number, file: string) => {
      response.writeHead(status, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const relative = path !== null && path.startsWith(base) ? path.slice(base.length) : null;
    const file = relative === null ? null : resolve(root, `.${sep}${relative}`);
    if (file !== null && (file === root || file.startsWith(root + sep)) && existsSync(file)) {
      if (statSync(file).isFile()) return send(200, file);
      // Like most static hosts: /events/x redirects to /events/x/, which serves its index.html.
      if (!path!.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      if (existsSync(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
    }
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) return send(404, notFound);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  return listen(server, options.port ?? 0);
}

function listen(server: Server, port: number): Promise<StaticServer> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

function decodePath(pathname: string): string | null {
  try {
    const path = decodeURIComponent(pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const baseIndex = args.indexOf('--base');
  const base = baseIndex >= 0 ? args.splice(baseIndex, 2)[1] : undefined;
  const [dir = 'dist', port = '4174'] = args;
  void startStaticServer({
    root: dir,
    port: Number(port),
    base: base?.endsWith('/') ? base : base && `${base}/`,
  }).then((server) => console.log(`serving ${dir} at ${server.url}${base ?? '/'}`));
}
