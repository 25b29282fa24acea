// The loopback static server serves its root and nothing else: no sibling folders, no symlinks out, 400 on malformed paths.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForRequest, serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { tempDir } from '../helpers/build.js';

/** A raw HTTP/1.1 GET, so the path reaches the server exactly as written (fetch would normalise it). */
function rawGet(url: string, requestPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
  });
}

describe('static server', () => {
  let root: string;
  let dist: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = tempDir('static-server');
    dist = path.join(root, 'dist');
    mkdirSync(path.join(dist, 'briefings', 'short'), { recursive: true });
    mkdirSync(path.join(root, 'dist-private'));
    writeFileSync(path.join(dist, 'index.html'), '<p>deck</p>');
    writeFileSync(path.join(dist, 'briefings', 'short', 'index.html'), '<p>short</p>');
    writeFileSync(path.join(dist, 'a b.txt'), 'spaced');
    writeFileSync(path.join(root, 'dist-private', 'key.txt'), 'SECRET-KEY');
    writeFileSync(path.join(root, 'outside.txt'), 'OUTSIDE');
    symlinkSync(path.join(root, 'outside.txt'), path.join(dist, 'link.txt'));
    symlinkSync(path.join(root, 'dist-private'), path.join(dist, 'linked-folder'));
    server = await serveStatic(dist);
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves files and folder index pages', async () => {
    for (const [requestPath, body] of [['/', '<p>deck</p>'], ['/briefings/short/', '<p>short</p>'], ['/a%20b.txt', 'spaced']] as const) {
      const response = await rawGet(server.url, requestPath);
      expect(response.status, requestPath).toBe(200);
      expect(response.body).toContain(body);
    }
  });

  it('does not serve a sibling folder whose name starts like the root', async () => {
    for (const attempt of ['/..%2fdist-private/key.txt', '/..%2Fdist-private%2Fkey.txt', '/%2e%2e/dist-private/key.txt', '/../dist-private/key.txt']) {
      const response = await rawGet(server.url, attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('SECRET-KEY');
    }
  });

  it('does not follow symlinks out of the root', async () => {
    expect((await rawGet(server.url, '/link.txt')).status).toBe(404);
    expect((await rawGet(server.url, '/linked-folder/key.txt')).status).toBe(404);
  });

  it('answers malformed percent-encoding with 400 and keeps serving', async () => {
    expect((await rawGet(server.url, '/%ff.png')).status).toBe(400);
    expect((await rawGet(server.url, '/%E0%A4%A.png')).status).toBe(400);
    expect((await rawGet(server.url, '/')).status).toBe(200);
  });

  it('closes at once while a client holds connections open, one of them never used', async () => {
    const own = await serveStatic(dist);
    const { hostname, port } = new URL(own.url);
    const connect = (): Promise<net.Socket> =>
      new Promise((resolve) => {
        const socket = net.connect(Number(port), hostname, () => resolve(socket));
      });
    const [unused, kept] = await Promise.all([connect(), connect()]);
    const answered = new Promise((resolve) => kept.once('data', resolve));
    kept.write(`GET / HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
    await answered;
    const ended = [unused, kept].map((socket) => new Promise((resolve) => socket.once('close', resolve)));
    const waited = await Promise.race([own.close().then(() => 'closed'), new Promise((resolve) => setTimeout(resolve, 5_000, 'still open after 5 s'))]);
    expect(waited).toBe('closed');
    await Promise.all(ended);
  });

  it('resolves request paths without a server too', async () => {
    expect(await fileForRequest(dist, '/..%2fdist-private/key.txt')).toEqual({ status: 404 });
    expect(await fileForRequest(dist, '/%ff')).toEqual({ status: 400 });
    expect(await fileForRequest(dist, '/missing.txt')).toEqual({ status: 404 });
    expect(await fileForRequest(dist, '/briefings/short/')).toEqual({ file: path.join(dist, 'briefings', 'short', 'index.html') });
  });
});
