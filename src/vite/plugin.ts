// The Vite plugin: compiles the deck into the page, serves it as a virtual module, hot-updates it in dev.

import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { createMarkdown } from '../markdown/create-markdown.js';
import { formatDiagnostic, hasErrors } from '../model/diagnostic.js';
import type { DiagramRenderer } from '../compile/diagram-renderer.js';
import { isDeckFile } from '../io/load-deck.js';
import { sectionHtml } from '../render/render-deck.js';
import { createDeckState, isFatal, type DeckSnapshot, type DeckState } from './deck-state.js';
import { DeckBuildError, overlayPayload } from './error-payload.js';
import { KIT_ROOT, resolveOptions, type BriefdeckOptions, type ResolvedOptions } from './options.js';
import { errorDeck } from './error-deck.js';
import { baseOrigins, contentSecurityPolicy, writtenScriptHashes } from './csp.js';
import { devContentSecurityPolicy } from './dev-csp.js';
import { watchDeckFolder, type DeckFolderWatch } from './deck-folder-watch.js';
import { pageForPath, renderPage, relocateRelativeUrls, sitePages } from './pages.js';

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
  let devCsp: string | undefined;
  let folderWatch: DeckFolderWatch | undefined;

  const snapshot = (): Promise<DeckSnapshot> => (loaded ??= state.reload());
  const isDeckPath = (file: string): boolean =>
    path.dirname(file) === options.deckDir && isDeckFile(path.basename(file));

  return {
    name: 'briefdeck',
    api: { options: userOptions },

    config() {
      return {
        server: { host: 'localhost' },
        preview: { host: 'localhost' },
        optimizeDeps: { include: ['reveal.js', 'reveal.js/plugin/search', 'reveal.js/plugin/zoom'] },
        // Diagram rendering is timed by briefdeck itself; the bundler's slow-callback notice would only repeat it.
        build: { rolldownOptions: { checks: { bundlerTimings: false } } },
      };
    },

    configResolved(resolved) {
      config = resolved;
      options = resolveOptions(userOptions, resolved.root);
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
        const csp = { csp: (devCsp ??= devContentSecurityPolicy()) };
        if (!good) return renderPage(html, { kind: 'deck', deck: errorDeck(diagnostics, escape), data: {} }, escape, csp);
        const page = pageForPath(sitePages(good), context.originalUrl ?? context.path);
        return renderPage(html, page, escape, csp);
      },
    },

    generateBundle: {
      order: 'post',
      async handler(_outputOptions, bundle) {
        const template = bundle['index.html'];
        if (!template || template.type !== 'asset') return;
        const { good } = await snapshot();
        if (!good) return;
        const source = String(template.source);
        const csp = contentSecurityPolicy(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? writtenScriptHashes(output.code) : [])), baseOrigins(config.base));
        for (const page of sitePages(good)) {
          const html = relocateRelativeUrls(renderPage(source, page, escape, { csp }), page.dir);
          if (page.dir === '') template.source = html;
          else this.emitFile({ type: 'asset', fileName: `${page.dir}index.html`, source: html });
        }
      },
    },

    configureServer(server: ViteDevServer) {
      server.watcher.add(options.deckDir);
      folderWatch = watchDeckFolder(server, options.deckDir, path.relative(options.displayRoot, options.deckDir) || options.deckDir, () => void refresh(server));
      server.httpServer?.once('close', () => {
        folderWatch?.close();
        void renderer?.close();
      });
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
    if (fatal.some((d) => d.code === 'deck-folder')) folderWatch?.folderMayBeGone();
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
