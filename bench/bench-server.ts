// The benchmark's web server: the built app at /, the datasets at /bench-data/, the
// vis-timeline page at /vis/, the bare canvas page at /bare/ and vis-timeline's own files
// (straight from node_modules) at /vendor/vis-timeline/. Loopback only, GET/HEAD only, and
// nothing outside its mounts.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from '../scripts/serve-static';

/** URL prefix -> folder on disk. The longest matching prefix wins. */
export type Mounts = Record<string, string>;

export interface BenchServer {
  origin: string;
  close: () => Promise<void>;
}

export function startBenchServer(mounts: Mounts): Promise<BenchServer> {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix, root: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const file = resolveFile(table, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // Content-Length lets the app show download progress, as a real static host would.
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream',
      'content-length': file.bytes,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file.path).pipe(response);
  });
  // A stuck connection must not keep the run (or the process) alive.
  server.requestTimeout = 30_000;

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

function resolveFile(
  table: { prefix: string; root: string }[],
  pathname: string,
): { path: string; bytes: number } | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const mount = table.find(({ prefix }) => path.startsWith(prefix));
  if (!mount) return null;
  let file = resolve(mount.root, `.${sep}${path.slice(mount.prefix.length)}`);
  if (file !== mount.root && !file.startsWith(mount.root + sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const stat = statSync(file);
    return stat.isFile() ? { path: file, bytes: stat.size } : null;
  } catch {
    return null;
  }
}
