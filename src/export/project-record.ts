// The project as its config resolved, kept beside an export's build, so the next export of the unchanged deck can tell the build is current without running the config.

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isInsideFolder } from '../io/contained-path.js';
import { KIT_ROOT } from '../io/kit-root.js';
import { regularFileBytes } from '../io/read-regular-file.js';
import { upToDateBuild, type StampedProject } from '../site/build-stamp.js';
import { lastBuildFolder } from './last-build.js';

/** Beside the build stamp in a kept build. */
export const PROJECT_RECORD_FILE = '.briefdeck-project';

/** What a config resolved to, as the build stamp reads it, under the digest of the config it came from. */
interface ProjectRecord {
  configFile: string;
  configDigest: string;
  root: string;
  publicDir?: string | false;
  options: StampedProject['options'] & { deck?: string };
}

/** Relative module paths a config names (`from './x'`, `import('./x')`, `require('./x')`). */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"](\.{1,2}\/[^'"]*)['"]/g;
/** A config that reads the environment may resolve differently with the very same text. */
const READS_ENVIRONMENT = /\bprocess\.env\b|\bloadEnv\b|\bimport\.meta\.env\b/;

/**
 * The digest of a config whose text alone decides what it resolves to, else undefined: one that reads the environment,
 * or imports a module of the project's own (only the kit's sources, which the build stamp covers, may be imported).
 */
export function configDigest(file: string, text: string): string | undefined {
  if (READS_ENVIRONMENT.test(text)) return undefined;
  const kitSources = path.join(KIT_ROOT, 'src');
  for (const match of text.matchAll(RELATIVE_IMPORT)) {
    if (!isInsideFolder(path.resolve(path.dirname(file), match[1]!), kitSources)) return undefined;
  }
  return createHash('sha256').update(`${path.resolve(file)}\0`).update(text).digest('hex');
}

/** Records `project` in the kept build `folder` (nothing when it has no config, or one whose text does not decide it). Never throws. */
export async function recordProject(folder: string, project: StampedProject & { options: { deck?: string } }): Promise<void> {
  if (!project.configFile) return;
  const digest = configDigest(project.configFile, regularFileBytes(project.configFile)?.toString('utf8') ?? '');
  if (digest === undefined) return;
  const record: ProjectRecord = {
    configFile: path.resolve(project.configFile),
    configDigest: digest,
    root: project.root,
    ...(project.config.publicDir !== undefined ? { publicDir: project.config.publicDir } : {}),
    // Through JSON as the stamp hashes it: what does not survive JSON does not reach the stamp either.
    options: JSON.parse(JSON.stringify(project.options)) as ProjectRecord['options'],
  };
  await writeFile(path.join(folder, PROJECT_RECORD_FILE), `${JSON.stringify(record)}\n`).catch(() => undefined);
}

/** The project `folder`'s record describes, when `configFile` still has the text it was recorded from. */
export async function recordedProject(folder: string, configFile: string): Promise<(StampedProject & { options: { deck?: string } }) | undefined> {
  const record = await readFile(path.join(folder, PROJECT_RECORD_FILE), 'utf8').then((text) => JSON.parse(text) as ProjectRecord, () => undefined);
  if (!record || record.configFile !== path.resolve(configFile)) return undefined;
  // Read as a regular file only: a config swapped for a pipe is then loaded, which says what is wrong with it.
  const text = regularFileBytes(configFile)?.toString('utf8');
  if (text === undefined || configDigest(configFile, text) !== record.configDigest) return undefined;
  return { root: record.root, configFile: record.configFile, config: record.publicDir !== undefined ? { publicDir: record.publicDir } : {}, options: record.options };
}

/**
 * The kept build `folder` of `deckDir`, when its config is unchanged (see recordedProject), the deck and the folder are
 * still the ones that config gives, and nothing the build is made from has changed: the config need not run to serve it.
 * `resolveDeck` picks the deck given the config's `deck` option.
 */
export async function unchangedKeptBuild(folder: string, configFile: string, deckDir: string, cwd: string, resolveDeck: (configured?: string) => string): Promise<string | undefined> {
  const project = await recordedProject(folder, configFile);
  if (!project || path.resolve(resolveDeck(project.options.deck)) !== path.resolve(deckDir)) return undefined;
  if (lastBuildFolder(project.root, cwd, deckDir) !== path.resolve(folder)) return undefined;
  return upToDateBuild(project, deckDir, cwd, folder);
}
