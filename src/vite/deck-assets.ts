// The local files slides name, in the dev server (served from where they are, at URLs that change with the file) and in builds (emitted with hashed names).

import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Connect } from 'vite';
import { replaceAssetMarkers } from '../assets/asset-url.js';
import { sendFile } from '../serve/static-server.js';
import { readAsset, type ResolvedAsset } from '../site/resolve-assets.js';
import type { Site } from '../site/load-site.js';

/**
 * Dev URLs: `<base>@briefdeck/assets/<key>-<version>/<file name>`. The key stands for the path (which may hold `../`
 * or characters reveal.js would encode again in a background's `url()`); the version makes an edited file a new URL.
 */
const DEV_ASSET_SEGMENT = '@briefdeck/assets/';

export function devAssetUrl(asset: ResolvedAsset, base: string): string {
  return `${base}${DEV_ASSET_SEGMENT}${pathKey(asset.path)}-${asset.version}/${encodeURIComponent(path.posix.basename(asset.path))}`;
}

function pathKey(file: string): string {
  return createHash('sha256').update(file).digest('hex').slice(0, 16);
}

/** `html` with the site's asset markers as dev-server URLs. */
export function withDevAssetUrls(html: string, site: Site, base: string): string {
  return replaceAssetMarkers(html, (file) => {
    const asset = site.assets.get(file);
    return asset && devAssetUrl(asset, base);
  });
}

/** Dev-server middleware answering asset URLs with the file, only for files the newest good compile references. */
export function assetRoute(current: () => Promise<Site | undefined>, base: string): Connect.NextHandleFunction {
  const prefix = `${base}${DEV_ASSET_SEGMENT}`;
  return (request, response, next) => {
    const url = (request.url ?? '').split(/[?#]/)[0]!;
    if (!url.startsWith(prefix)) {
      next();
      return;
    }
    const key = url.slice(prefix.length).split(/[-/]/)[0];
    void current().then(
      (site) => {
        const asset = [...(site?.assets.values() ?? [])].find((a) => pathKey(a.path) === key);
        if (!asset) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('no slide names this file');
          return;
        }
        sendFile(response, asset.real);
      },
      (error: unknown) => next(error),
    );
  };
}

/** Reads every file the site names and hands it to `emit` (Vite's `emitFile`), returning each file's reference id by path. */
export async function emitAssets(site: Site, emit: (asset: ResolvedAsset, source: Uint8Array) => string): Promise<Map<string, string>> {
  const references = new Map<string, string>();
  for (const asset of site.assets.values()) references.set(asset.path, emit(asset, await readAsset(asset)));
  return references;
}
