// A minimal static file server on loopback for a built deck (export, checks and tests need HTTP: module scripts do not load from file://).

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { resolveInside } from '../io/contained-path.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The Content-Type a file is served with, by its extension (`application/octet-stream` when unknown). */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a request path names under `root`, or the status to answer: 400 (malformed), 404 (absent or outside `root`, symlinks resolved). */
export async function fileForRequest(root: string, requestUrl: string): Promise<{ file: string } | { status: 400 | 404 }> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const named = path.join(root, pathname);
  const place = resolveInside(named, root, true);
  if (place.kind !== 'inside') return { status: 404 };
  let file = place.real;
  try {
    if ((await stat(file)).isDirectory()) {
      const index = resolveInside(path.join(file, 'index.html'), root);
      if (index.kind !== 'inside') return { status: 404 };
      file = index.real;
    }
    if (!(await stat(file)).isFile()) return { status: 404 };
  } catch {
    return { status: 404 };
  }
  return { file };
}

/** Serves `root` on 127.0.0.1 at a free port; `/x/` serves `x/index.html`. Nothing outside `root` is served, through `..` or symlinks. `close` ends every connection. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void fileForRequest(base, request.url ?? '/').then(
      (found) => ('file' in found ? sendFile(response, found.file) : sendStatus(response, found.status)),
      () => sendStatus(response, 500),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    // A browser keeps sockets open, some never used (Chromium connects ahead of need); \`close\` alone would wait on them.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sendStatus(response: ServerResponse, status: number): void {
  const text = status === 400 ? 'bad request' : status === 404 ? 'not found' : 'server error';
  response.writeHead(status, { 'content-type': 'text/plain' }).end(text);
}

/** Streams `file` (a regular file, already checked) with its type; revalidated on every load, so an edited file shows. */
export function sendFile(response: ServerResponse, file: string): void {
  const stream = createReadStream(file);
  stream.once('error', () => (response.headersSent ? response.destroy() : sendStatus(response, 404)));
  stream.once('open', () => {
    response.writeHead(200, { 'content-type': contentTypeOf(file), 'cache-control': 'no-cache' });
    stream.pipe(response);
  });
}
