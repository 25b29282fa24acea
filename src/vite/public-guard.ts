// The dev server's refusal of a public/ file that leads out of the project (a link, or a path through one): its URL gets a 403 naming the file, never its content.

import path from 'node:path';
import type { Connect } from 'vite';
import { formatDiagnostic } from '../model/diagnostic.js';
import { isInsideFolder } from '../io/contained-path.js';
import { publicRequestProblem, type PublicFolder } from '../site/public-folder-check.js';

/**
 * Middleware placed before Vite's own public/ server: a request for a file of public/ that leads out of the project
 * (a link, or a path through one) is answered 403 with the problem, which is also logged. Checked on each request,
 * so a link made while the server runs is refused at once.
 */
export function publicGuard(folder: PublicFolder, base: string, log: (message: string) => void): Connect.NextHandleFunction {
  return (request, response, next) => {
    // Vite strips the base from the URL after this middleware, then looks in public/.
    const url = request.url ?? '/';
    const file = publicFileOf(folder.dir, base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url);
    if (file === undefined) return next();
    void publicRequestProblem(file, folder).then(
      (refused) => {
        if (!refused) return next();
        log(formatDiagnostic(refused.diagnostic));
        response.statusCode = 403;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(`${refused.diagnostic.message}\n→ ${refused.diagnostic.hint}\n`);
      },
      (error: unknown) => next(error),
    );
  };
}

/** The file under `publicDir` a URL would name, or undefined (not decodable, or leading out of it). */
function publicFileOf(publicDir: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const file = path.join(publicDir, pathname);
  return isInsideFolder(file, publicDir) ? file : undefined;
}
