// The Vite plugin: compiles the deck into the page, serves it as a virtual module, hot-updates it in dev.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { createMarkdown } from '../markdown/create-markdown.js';
import { formatDiagnostic, hasErrors } from '../model/diagnostic.js';
import type { DiagramRenderer } from '../compile/diagram-renderer.js';
import { deckFolderOf, isDeckFile, REVEAL_MD_JSON } from '../io/load-deck.js';
import { sectionHtml } from '../render/render-deck.js';
import { createDeckState, isFatal, type DeckSnapshot, type DeckState } from './deck-state.js';
import { DeckBuildError, overlayPayload } from './error-payload.js';
import { KIT_ROOT, resolveOptions, type BriefdeckOptions, type ResolvedOptions } from './options.js';
import { errorDeck } from './error-deck.js';
import { contentSecurityPolicy, writtenScriptHashes } from './csp.js';
import { pageForPath, renderPage, relocateRelativeUrls, sitePages } from './pages.js';
import { linkFavicon, listPublicFiles, relativePublicUrls } from './public-files.js';

export const DECK_MODULE_ID = 'virtual:briefdeck/deck';
export const THEME_MODULE_ID = 'virtual:briefdeck/theme.css';
export const DIAGRAMS_MODULE_ID = 'virtual:briefdeck/diagrams';
const RESOLVED_DECK_MODULE_ID = '\0briefdeck-deck';

export interface BriefdeckPluginApi {
  /** The options the plugin was created with, so the CLI can re-create it for another deck folder. */
  options: BriefdeckOptions;
}

export interface SessionDiagramRenderer {
  render: DiagramRenderer;
  close(): Promise<void>;
}

export interface RendererLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface PluginHooks {
  /** Makes the diagram renderer for a build or dev session; undefined leaves diagrams to the browser. */
  createDiagramRenderer?: (options: ResolvedOptions, command: 'build' | 'serve', log: RendererLog) => SessionDiagramRenderer | undefined;
}

export function briefdeck(userOptions: BriefdeckOptions = {}, hooks: PluginHooks = {}): Plugin<BriefdeckPluginApi> {
  const escape = createMarkdown().utils.escapeHtml;
  let options: ResolvedOptions;
  let config: ResolvedConfig;
  let state: DeckState;
  let renderer: SessionDiagramRenderer | undefined;
  let loaded: Promise<DeckSnapshot> | undefined;

  const snapshot = (): Promise<DeckSnapshot> => (loaded ??= state.reload());
  const isDeckPath = (file: string): boolean =>
    file === options.deckDir ||
    (path.dirname(file) === options.deckDir && isDeckFile(path.basename(file))) ||
    file === path.join(deckFolderOf(options.deckDir), REVEAL_MD_JSON);

  return {
    name: 'briefdeck',
    api: { options: userOptions },

    config(userConfig) {
      // The page, the client and the themes are the kit's, so Vite's root is the kit; everything the user names
      // (deck, public/, output, caches, .env) stays in the user's project, the folder the config speaks for.
      const projectRoot = path.resolve(userConfig.root ?? process.cwd());
      options = resolveOptions(userOptions, projectRoot);
      const inProject = (dir: string): string => path.resolve(projectRoot, dir);
      const outDir = inProject(userConfig.build?.outDir ?? 'dist');
      const deckFolder = deckFolderOf(options.deckDir);
      return {
        root: KIT_ROOT,
        publicDir: userConfig.publicDir === false ? false : inProject(userConfig.publicDir ?? 'public'),
        envDir: userConfig.envDir === false ? false : inProject(userConfig.envDir ?? '.'),
        // Vite's pre-bundled dependencies: in the project's node_modules when it has one (else the kit's, Vite's default for its root).
        ...(userConfig.cacheDir !== undefined ? { cacheDir: inProject(userConfig.cacheDir) } : existsSync(path.join(projectRoot, 'node_modules')) ? { cacheDir: path.join(projectRoot, 'node_modules/.vite') } : {}),
        // Loopback unless the user's config or --host says otherwise (a plugin's value would win over the user's).
        server: { host: userConfig.server?.host ?? 'localhost', fs: { allow: [KIT_ROOT, projectRoot, ...(isInside(deckFolder, projectRoot) ? [] : [deckFolder])] } },
        preview: { host: userConfig.preview?.host ?? 'localhost' },
        optimizeDeps: { include: ['reveal.js', 'reveal.js/plugin/search', 'reveal.js/plugin/zoom'] },
        build: {
          outDir,
          // As Vite does for its own root: a build empties its folder only when that folder lies inside the project.
          emptyOutDir: userConfig.build?.emptyOutDir ?? (isInside(outDir, projectRoot) && outDir !== projectRoot),
          // Diagram rendering is timed by briefdeck itself; the bundler's slow-callback notice would only repeat it.
          rolldownOptions: { checks: { bundlerTimings: false } },
        },
      };
    },

    configResolved(resolved) {
      config = resolved;
      renderer = hooks.createDiagramRenderer?.(options, resolved.command, {
        info: (message) => resolved.logger.info(message),
        warn: (message) => resolved.logger.warn(message),
      });
      state = createDeckState(options, renderer?.render, resolved.command);
    },

    async buildStart() {
      if (config.command !== 'build') return;
      const result = await snapshot();
      if (hasErrors(result.diagnostics)) throw new DeckBuildError(result.diagnostics);
      for (const warning of result.diagnostics) config.logger.warn(formatDiagnostic(warning));
    },

    async closeBundle() {
      await renderer?.close();
    },

    resolveId(id) {
      if (id === DECK_MODULE_ID) return RESOLVED_DECK_MODULE_ID;
      if (id === DIAGRAMS_MODULE_ID) {
        // Only decks with diagrams left to the browser ship the fallback (and so mermaid); dev always has it.
        return snapshot().then((s) => {
          const pending = s.good ? sitePages(s.good).some((page) => page.deck.html.includes('data-diagram-pending')) : false;
          return path.join(KIT_ROOT, 'src/client', config.command === 'serve' || pending ? 'diagram-boot.ts' : 'diagram-boot-none.ts');
        });
      }
      if (id === THEME_MODULE_ID) {
        return snapshot().then((s) => path.join(options.themesDir, `${s.good?.deck.meta.theme ?? 'briefing'}.css`));
      }
      return undefined;
    },

    async load(id) {
      if (id !== RESOLVED_DECK_MODULE_ID) return undefined;
      // Dev only: the compiled sections, for hot updates. Built pages carry their slides in the HTML.
      const { good } = await snapshot();
      const sections = config.command === 'serve' ? (good?.deck.slides ?? []).map((s) => ({ id: s.source.id, h: s.source.h, v: s.source.v, html: sectionHtml(s, escape) })) : [];
      return `export const sections = ${JSON.stringify(sections)};\n`;
    },

    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        // Builds fill the template per page in generateBundle, after Vite has linked the scripts and styles.
        if (config.command === 'build') return html;
        const { good, diagnostics } = await snapshot();
        const withIcon = linkFavicon(html, await listPublicFiles(config.publicDir));
        if (!good) return renderPage(withIcon, { kind: 'deck', deck: errorDeck(diagnostics, escape), data: {} }, escape);
        const page = pageForPath(sitePages(good), context.originalUrl ?? context.path);
        return renderPage(withIcon, page, escape);
      },
    },

    generateBundle: {
      order: 'post',
      async handler(_outputOptions, bundle) {
        const template = bundle['index.html'];
        if (!template || template.type !== 'asset') return;
        const { good } = await snapshot();
        if (!good) return;
        const publicFiles = await listPublicFiles(config.publicDir);
        const source = linkFavicon(String(template.source), publicFiles);
        const csp = contentSecurityPolicy(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? writtenScriptHashes(output.code) : [])));
        for (const page of sitePages(good)) {
          const html = relativePublicUrls(relocateRelativeUrls(renderPage(source, page, escape, { csp }), page.dir), publicFiles, page.dir);
          if (page.dir === '') template.source = html;
          else this.emitFile({ type: 'asset', fileName: `${page.dir}index.html`, source: html });
        }
      },
    },

    configureServer(server: ViteDevServer) {
      server.watcher.add(options.deckDir);
      server.httpServer?.once('close', () => void renderer?.close());
      const onFileEvent = (file: string): void => {
        if (!isDeckPath(file)) return;
        void refresh(server);
      };
      server.watcher.on('add', onFileEvent);
      server.watcher.on('unlink', onFileEvent);
    },

    async hotUpdate({ file, server }) {
      if (this.environment.name !== 'client' || !isDeckPath(file)) return undefined;
      await refresh(server);
      return [];
    },
  };

  /** Recompiles after an edit: errors go to the overlay (the last good deck stays); success updates the page. */
  async function refresh(server: ViteDevServer): Promise<void> {
    // The headmatter (theme, title, source, banner) shapes the whole page, not one slide: its changes reload.
    const previousMeta = JSON.stringify(state.current().good?.deck.meta);
    loaded = state.reload();
    const result = await loaded;
    const environment = server.environments.client;
    for (const d of result.diagnostics) config.logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d), { timestamp: true });
    const fatal = result.diagnostics.filter((d) => isFatal(d, 'serve'));
    if (fatal.length > 0) {
      environment.hot.send(overlayPayload(fatal, options.displayRoot));
      return;
    }
    const module = environment.moduleGraph.getModuleById(RESOLVED_DECK_MODULE_ID);
    if (!module || JSON.stringify(result.good?.deck.meta) !== previousMeta) {
      environment.hot.send({ type: 'full-reload' });
      return;
    }
    environment.moduleGraph.invalidateModule(module);
    await environment.reloadModule(module);
  }
}

function isInside(dir: string, ancestor: string): boolean {
  const relative = path.relative(ancestor, dir);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}
