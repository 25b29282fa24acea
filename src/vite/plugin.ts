// The Vite plugin: compiles the deck into the page, and in dev sends the open page the slides an edit changed.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { normalizePath, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import { formatDiagnostic, hasErrors } from '../model/diagnostic.js';
import type { DiagramRenderer } from '../compile/diagram-renderer.js';
import { deckFolderOf, isDeckFile, REVEAL_MD_JSON } from '../io/load-deck.js';
import { BRIEFINGS_FOLDER, isManifestFile } from '../briefing/briefing-name.js';
import { sectionHtml } from '../render/section-html.js';
import { createDeckState, isFatal, type DeckSnapshot, type DeckState } from '../site/deck-state.js';
import { SLIDE_UPDATE_EVENT } from '../site/slide-update.js';
import { createDevRefresh } from '../site/dev-refresh.js';
import type { Site } from '../site/load-site.js';
import { DeckBuildError, overlayPayload } from './error-payload.js';
import { KIT_ROOT } from '../io/kit-root.js';
import { resolveOptions, type BriefdeckOptions, type ResolvedOptions } from './options.js';
import { errorDeck } from '../site/error-deck.js';
import { themeFileContrast } from '../check/theme-file-contrast.js';
import { highlightStyleFile } from '../io/highlight-styles.js';
import { readThemeCss, themeFile, themeFileRefusal } from '../io/list-themes.js';
import { defaultHighlightStyle } from '../theme/highlight-default.js';
import { baseOrigins, contentSecurityPolicy, writtenScriptHashes } from '../site/csp.js';
import { devContentSecurityPolicy } from '../site/dev-csp.js';
import { watchDeckFolder, type DeckFolderWatch } from './deck-folder-watch.js';
import { deferredKitWatch } from './kit-watch.js';
import { pageCompiles } from './page-compiles.js';
import { watchForMissedChanges } from './missed-changes.js';
import { readSavedText } from './read-saved-file.js';
import { createStartPages, type StartPages } from '../site/start-pages.js';
import { stepCache } from '../io/step-cache.js';
import { builtFileUrl, deckSlideIndex, pageForPath, renderPage, relocateRelativeUrls, sitePages } from '../site/pages.js';
import { deferredSlidesFile, splitFarSlides } from '../site/deferred-slides.js';
import { filesNoLongerNamed, inlinePageStyles } from '../site/pages-style.js';
import { linkFavicon, listPublicFiles, relativePublicUrls } from '../site/public-files.js';
import { publicFolderProblems, type PublicFolder } from '../site/public-folder-check.js';
import { publicGuard } from './public-guard.js';
import { builtFonts, sourceFiles, sourceRoute } from './source-files.js';
import { assetRoute, emitAssets, withDevAssetUrls } from './deck-assets.js';
import { replaceAssetMarkers } from '../assets/asset-url.js';
import { isInsideFolder } from '../io/contained-path.js';
import { bundleView, clientConfigView, openClientReuse, settleClient, type ClientKeyInputs, type ClientReuse } from '../site/client-bundle-cache.js';

/** Output files whose text may name other files (the rest, fonts and pictures, name none). */
const TEXT_FILE = /\.(?:js|mjs|css|html|svg|json)$/;
export const THEME_MODULE_ID = 'virtual:briefdeck/theme.css';
export const DIAGRAMS_MODULE_ID = 'virtual:briefdeck/diagrams';
export const HIGHLIGHT_MODULE_ID = 'virtual:briefdeck/highlight.css';
const VIRTUAL_MODULE_IDS = [DIAGRAMS_MODULE_ID, THEME_MODULE_ID, HIGHLIGHT_MODULE_ID];

/** A dev server compiles the deck this long after it starts listening, unless a page asks for it first (a first page may come from the start-page cache). */
const FIRST_PAGE_GRACE_MS = 100;

/** Mermaid as one browser-ready ES module with its own chunks (its main entry imports d3 and others by bare name). */
const MERMAID_BROWSER_BUNDLE = 'mermaid/dist/mermaid.esm.min.mjs';

/** The page's script: everything the client bundle holds is imported from it. */
const CLIENT_ENTRY = path.join(KIT_ROOT, 'src/client/main.ts');

export interface BriefdeckPluginApi {
  /** The options the plugin was created with, for the commands that read the project's settings without running Vite. */
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
  let options: ResolvedOptions;
  let config: ResolvedConfig;
  let state: DeckState;
  let renderer: SessionDiagramRenderer | undefined;
  let loaded: Promise<DeckSnapshot> | undefined;
  let devCsp: string | undefined;
  let folderWatch: DeckFolderWatch | undefined;
  let devServer: ViteDevServer | undefined;
  /** In a build: the emitted file of each local file the slides name, by path. */
  let emittedAssets = new Map<string, string>();
  const kitWatch = deferredKitWatch(KIT_ROOT);
  const compiles = pageCompiles();
  let startPages: StartPages | undefined;
  let compiled = false;
  /** A page was asked for before the first compile: its request starts that compile (after an early page, right after it). */
  let pageAsked = false;
  /** In a build: the run's config as key material for the client cache (undefined: not cacheable). */
  let clientConfig: unknown;
  let clientReuse: ClientReuse | undefined;

  const snapshot = (): Promise<DeckSnapshot> => (loaded ??= (startPages ? startPages.beforeCompile().then(() => state.reload()) : state.reload()).finally(() => void (compiled = true)));
  /** A first page being looked up among the stored ones: the modules Vite prepares for it meanwhile wait, or they would start the compile first. */
  let earlyLookup: Promise<unknown> | undefined;
  const moduleSnapshot = async (): Promise<DeckSnapshot> => {
    await earlyLookup;
    return snapshot();
  };
  const refresh = createDevRefresh({
    recompile() {
      const staged = state.reloadInStages();
      loaded = staged.whole;
      void staged.whole.then((result) => devServer && watchAssets(devServer, result.good), () => undefined);
      return staged;
    },
    current: () => state.current(),
    isFatal: (d) => isFatal(d, 'serve'),
    report: (d) => config.logger[d.severity === 'error' ? 'error' : 'warn'](formatDiagnostic(d), { timestamp: true }),
    sectionHtml: (slide, site) => withDevAssetUrls(sectionHtml(slide), site, config.base),
    send(message) {
      const hot = devServer?.environments.client.hot;
      if (message.kind === 'errors') {
        if (message.errors.some((d) => d.code === 'deck-folder')) folderWatch?.folderMayBeGone();
        hot?.send(overlayPayload(message.errors, options.displayRoot));
      } else if (message.kind === 'reload') {
        hot?.send({ type: 'full-reload' });
      } else {
        hot?.send({ type: 'custom', event: SLIDE_UPDATE_EVENT, data: message.update });
      }
    },
  });
  /** The deck's file (a single-file deck), a slide file, reveal-md.json beside it, a briefing manifest, or the source article the deck cites (its page, popovers and appendix quote it). */
  const isDeckPath = (file: string): boolean => {
    const source = state.current().good?.source;
    const folder = deckFolderOf(options.deckDir);
    return file === options.deckDir
      || (path.dirname(file) === options.deckDir && isDeckFile(path.basename(file)))
      || file === path.join(folder, REVEAL_MD_JSON)
      || (path.dirname(file) === path.join(options.deckDir, BRIEFINGS_FOLDER) && isManifestFile(path.basename(file)))
      || (source !== undefined && file === path.resolve(folder, source.file))
      || isAssetPath(file);
  };
  /** A second save of a deck file soon after its first is dropped by Vite's watcher: it is found by reading the file again. */
  const missedChanges = watchForMissedChanges((file) => {
    if (isDeckPath(file)) void refresh();
  });
  /** The first compile of a dev session: its files outside the deck folder are watched, and pages served early reload if it differs from them. */
  let firstCompiled: Promise<void> | undefined;
  const firstCompile = (): Promise<void> => (firstCompiled ??= snapshot().then(async (s) => {
    if (devServer) watchAssets(devServer, s.good);
    if (await startPages?.servedStale()) devServer?.environments.client.hot.send({ type: 'full-reload' });
  }));
  /** A file the slides name (an edit gives it a new URL), or any new file while one they name is missing. */
  const isAssetPath = (file: string): boolean => {
    const { good, diagnostics } = state.current();
    return [...(good?.assets.values() ?? [])].some((a) => a.real === file || path.resolve(options.displayRoot, a.path) === file)
      || diagnostics.some((d) => d.code === 'asset-missing');
  };
  /** A theme file that is not a regular file now, or the deck had a theme error: a recompile says what holds now. */
  const themeFileTurned = (file: string): boolean => {
    if (path.dirname(file) !== options.themesDir || !file.endsWith('.css')) return false;
    if (state.current().diagnostics.some((d) => d.code === 'theme-not-a-file' || d.code === 'unknown-theme')) return true;
    return existsSync(file) && themeFileRefusal(file) !== undefined;
  };
  /** Files outside the deck folder are not watched by default. */
  const watchAssets = (server: ViteDevServer, site: Site | undefined): void => {
    const files = [...(site?.assets.values() ?? [])].map((a) => path.resolve(options.displayRoot, a.path));
    if (files.length > 0) server.watcher.add(files);
  };

  /** public/ as the check of what it holds sees it: links must stay in the user's project. */
  const publicFolderOf = (dir: string): PublicFolder => ({ dir, projectRoot: options.root, displayRoot: options.displayRoot });

  /** The file a virtual module of the page resolves to for this deck. */
  const virtualModuleFile = async (id: string, { good }: DeckSnapshot): Promise<string> => {
    const meta = good?.deck.meta;
    if (id === DIAGRAMS_MODULE_ID) {
      // Only decks with diagrams left to the browser ship the fallback (and so mermaid); dev always has it.
      const pending = good ? sitePages(good).some((page) => page.deck.html.includes('data-diagram-pending')) : false;
      return path.join(KIT_ROOT, 'src/client', config.command === 'serve' || pending ? 'diagram-boot.ts' : 'diagram-boot-none.ts');
    }
    if (id === THEME_MODULE_ID) return themeFile(options.themesDir, meta?.theme ?? 'briefing');
    // The deck's highlightTheme (checked when loading), else a light or dark style by the theme's background.
    if (meta?.highlightTheme !== undefined) return highlightStyleFile(meta.highlightTheme);
    const themeCss = (await readThemeCss(options.themesDir, meta?.theme ?? 'briefing')) ?? '';
    return highlightStyleFile(defaultHighlightStyle(themeCss));
  };
  /** Everything besides the kit that decides the client bundle of this build. */
  const clientKeyInputs = async (result: DeckSnapshot): Promise<ClientKeyInputs> => ({
    config: { vite: clientConfig, options: { ...options, root: undefined, displayRoot: undefined, deckDir: undefined, cacheDir: undefined, clientCacheDir: undefined, diagrams: { ...options.diagrams, cacheDir: undefined } } },
    resolved: { mode: config.mode, base: config.base, env: config.env },
    modules: await Promise.all(VIRTUAL_MODULE_IDS.map((id) => virtualModuleFile(id, result))),
    themesDir: options.themesDir,
    publicFiles: [...(await listPublicFiles(config.publicDir))],
  });

  return {
    name: 'briefdeck',
    api: { options: userOptions },

    config(userConfig, env) {
      // The page, the client and the themes are the kit's, so Vite's root is the kit; everything the user names
      // (deck, public/, output, caches, .env) stays in the user's project, the folder the config speaks for.
      const projectRoot = path.resolve(userConfig.root ?? process.cwd());
      options = resolveOptions({ ...userOptions, ...userConfig.briefdeck }, projectRoot);
      clientConfig = env.command === 'build' && options.clientCacheDir !== undefined ? clientConfigView(userConfig) : undefined;
      const inProject = (dir: string): string => path.resolve(projectRoot, dir);
      const outDir = inProject(userConfig.build?.outDir ?? 'dist');
      const deckFolder = deckFolderOf(options.deckDir);
      return {
        root: KIT_ROOT,
        publicDir: userConfig.publicDir === false ? false : inProject(userConfig.publicDir ?? 'public'),
        envDir: userConfig.envDir === false ? false : inProject(userConfig.envDir ?? '.'),
        // Vite's pre-bundled dependencies: in the project's node_modules when it has one (else the kit's, Vite's default for its root).
        // One folder per NODE_ENV: Vite's dependency hash includes it, so a test run (NODE_ENV=test) and a `dev` run
        // sharing one folder would each find the other's bundle stale and re-optimize on every start.
        cacheDir: userConfig.cacheDir !== undefined ? inProject(userConfig.cacheDir) : path.join(existsSync(path.join(projectRoot, 'node_modules')) ? projectRoot : KIT_ROOT, 'node_modules/.vite', `briefdeck-${process.env.NODE_ENV || env.mode}`),
        // Loopback unless the user's config or --host says otherwise (a plugin's value would win over the user's).
        // Vite watches its root, the kit: that scan waits until the first page is served (kitWatch).
        server: { host: userConfig.server?.host ?? 'localhost', ...(userConfig.server?.watch === null ? {} : { watch: { ignored: [kitWatch.ignored] } }), fs: { allow: [KIT_ROOT, projectRoot, ...(isInsideFolder(deckFolder, projectRoot, true) ? [] : [deckFolder])] } },
        preview: { host: userConfig.preview?.host ?? 'localhost' },
        // Nothing the page imports needs pre-bundling: reveal.js ships each entry as one ES module, and the dev server gives the
        // diagram fallback mermaid's own browser bundle. So no dependency scan or bundling runs between a start and its first slide.
        optimizeDeps: { noDiscovery: userConfig.optimizeDeps?.noDiscovery ?? true },
        ...(env.command === 'serve' ? { resolve: { alias: [{ find: /^mermaid$/, replacement: MERMAID_BROWSER_BUNDLE }] } } : {}),
        build: {
          outDir,
          // As Vite does for its own root: a build empties its folder only when that folder lies inside the project.
          emptyOutDir: userConfig.build?.emptyOutDir ?? (isInsideFolder(outDir, projectRoot, true) && outDir !== projectRoot),
          // Fonts stay files, however small (fontsource's rarer subsets are under Vite's 4 KB limit): no base64 in the CSS
          // the first slide waits for, and a face is fetched only for a page that uses its characters.
          assetsInlineLimit: userConfig.build?.assetsInlineLimit ?? keepFontsAsFiles,
          // Diagram rendering is timed by briefdeck itself; the bundler's slow-callback notice would only repeat it.
          rolldownOptions: { checks: { bundlerTimings: false } },
        },
      };
    },

    configResolved(resolved) {
      // The project's plugin may serve several runs (a build, then another for a briefing): each starts from the disk.
      config = resolved;
      loaded = undefined;
      emittedAssets = new Map();
      clientReuse = undefined;
      renderer = hooks.createDiagramRenderer?.(options, resolved.command, {
        info: (message) => resolved.logger.info(message),
        warn: (message) => resolved.logger.warn(message),
      });
      state = createDeckState(options, renderer?.render, resolved.command);
      compiled = false;
      firstCompiled = undefined;
      startPages = resolved.command === 'serve'
        ? createStartPages(stepCache(options.cacheDir, 'pages', 'start'), {
          deckDir: options.deckDir,
          displayRoot: options.displayRoot,
          folders: [...(resolved.publicDir ? [resolved.publicDir] : []), options.themesDir],
          options: { base: resolved.base, separators: options.separators, embedSource: options.embedSource, deferSlides: options.deferSlides },
        })
        : undefined;
      startPages?.prepare();
      pageAsked = false;
    },

    async buildStart() {
      if (config.command !== 'build') return;
      // Vite copies public/ into the output after this hook: what it may not copy (a link out of the project, a pipe) stops the build first.
      const publicProblems = config.publicDir && config.build.copyPublicDir ? await publicFolderProblems(publicFolderOf(config.publicDir)) : [];
      const result = await snapshot();
      if (publicProblems.length > 0 || hasErrors(result.diagnostics)) throw new DeckBuildError([...publicProblems.map((p) => p.diagnostic), ...result.diagnostics]);
      for (const warning of result.diagnostics) config.logger.warn(formatDiagnostic(warning));
      // As `check` does: a theme whose colours fall short of WCAG AA builds, with a warning naming it and the pair.
      const theme = result.good?.deck.meta.theme;
      const contrast = theme === undefined ? [] : await themeFileContrast(options.themesDir, theme, options.displayRoot, options.diagrams.mermaid);
      for (const warning of contrast) config.logger.warn(formatDiagnostic(warning));
      if (result.good) {
        emittedAssets = await emitAssets(result.good, (asset, source) =>
          this.emitFile({ type: 'asset', name: path.basename(asset.real), originalFileName: path.relative(options.root, asset.real).split(path.sep).join('/'), source }));
        if (clientConfig !== undefined && options.clientCacheDir !== undefined) clientReuse = await openClientReuse(options.clientCacheDir, await clientKeyInputs(result));
      }
    },

    load: {
      order: 'pre',
      handler(id) {
        // The client was bundled before from these very inputs: the page's script stands in empty, its cached bundle is put in place.
        if (clientReuse?.cached && id === CLIENT_ENTRY) return '';
        // A theme's CSS is read here, not by Vite, so a theme file swapped for a pipe never holds a read: loading the deck says what is wrong with it.
        const file = id.split('?')[0]!;
        if (file.endsWith('.css') && path.dirname(file) === options.themesDir) return readThemeCss(options.themesDir, path.basename(file, '.css')).then((css) => css ?? '');
        return undefined;
      },
    },

    async writeBundle() {
      if (clientReuse?.captured) await clientReuse.cache.write(clientReuse.key, clientReuse.captured);
    },

    async closeBundle() {
      await renderer?.close();
    },

    resolveId(id) {
      if (!VIRTUAL_MODULE_IDS.includes(id)) return undefined;
      return moduleSnapshot().then((s) => virtualModuleFile(id, s));
    },

    transformIndexHtml: {
      // After Vite's own pass over the template: it would otherwise parse every slide and its inline SVGs,
      // and run each diagram's <style> through PostCSS, on every page load (most of a dev start).
      order: 'post',
      async handler(html, context) {
        // Builds fill the template per page in generateBundle, after Vite has linked the scripts and styles.
        if (config.command === 'build') return html;
        const url = context.originalUrl ?? context.path;
        pageAsked = true;
        // While the first compile runs, a page stored by an earlier start from the very same inputs is served.
        const lookup = compiled ? undefined : startPages?.early(html, url);
        earlyLookup = lookup?.catch(() => undefined);
        const early = await lookup?.finally(() => void (earlyLookup = undefined));
        if (early !== undefined) {
          setImmediate(() => void firstCompile());
          return early;
        }
        const { good, diagnostics } = await snapshot();
        const csp = { csp: (devCsp ??= devContentSecurityPolicy()) };
        const withIcon = linkFavicon(html, await listPublicFiles(config.publicDir));
        if (!good) return renderPage(withIcon, { kind: 'deck', deck: errorDeck(diagnostics), data: {} }, csp);
        const page = pageForPath(sitePages(good), url);
        const filled = compiles.mark(relocateRelativeUrls(withDevAssetUrls(renderPage(withIcon, page, csp), good, config.base), page.dir), good.deck);
        if (diagnostics.length === 0) void startPages?.store(html, url, filled, good);
        return filled;
      },
    },

    generateBundle: {
      order: 'post',
      async handler(_outputOptions, bundle) {
        const template = bundle['index.html'];
        if (!template || template.type !== 'asset') return;
        const { good } = await snapshot();
        if (!good) return;
        const deckFiles = new Set([...emittedAssets.values()].map((reference) => this.getFileName(reference)));
        const client = clientReuse ? settleClient(clientReuse, bundle, deckFiles) : bundleView(bundle);
        const publicFiles = await listPublicFiles(config.publicDir);
        const source = linkFavicon(client.template, publicFiles);
        const csp = contentSecurityPolicy(client.scripts.flatMap(writtenScriptHashes), baseOrigins(config.base));
        const assetUrl = (file: string): string | undefined => {
          const reference = emittedAssets.get(file);
          return reference === undefined ? undefined : `./${this.getFileName(reference)}`;
        };
        // Each page carries its stylesheet and preloaded faces itself (src/site/pages-style.ts).
        const builtAssets = new Map<string, string | Uint8Array>([
          ...Object.values(bundle).flatMap((output) => (output.type === 'asset' ? [[output.fileName, output.source] as const] : [])),
          ...client.toAdd.filter((file) => file.kind === 'asset').map((file) => [file.fileName, file.source] as const),
        ]);
        const inlined = new Set<string>();
        for (const page of sitePages(good)) {
          // The remix view lists every slide at once; deck and briefing pages of long decks load their far slides after the first paint.
          const split = options.deferSlides && page.kind !== 'remix' ? splitFarSlides(page.deck, deckSlideIndex(page.deck)) : undefined;
          const farFile = split && relocateRelativeUrls(replaceAssetMarkers(deferredSlidesFile(split.deferred), assetUrl), page.dir);
          const deferred = split && farFile !== undefined ? { nearHtml: split.near, url: builtFileUrl(this.getFileName(this.emitFile({ type: 'asset', name: 'slides.html', source: farFile })), config.base, page.dir) } : undefined;
          const filled = replaceAssetMarkers(renderPage(source, page, { csp, embedSource: options.embedSource, ...(deferred ? { deferred } : {}) }), assetUrl);
          const styled = inlinePageStyles(relativePublicUrls(relocateRelativeUrls(filled, page.dir), publicFiles, page.dir), builtAssets, (file) => builtFileUrl(file, config.base, page.dir));
          for (const file of styled.inlined) inlined.add(file);
          const { html } = styled;
          if (page.dir === '') template.source = html;
          else this.emitFile({ type: 'asset', fileName: `${page.dir}index.html`, source: html });
        }
        for (const file of sourceFiles(good, csp, builtFonts(client.fileNames))) this.emitFile({ type: 'asset', fileName: file.path, source: file.content });
        const texts = new Map<string, string | undefined>([
          ...Object.values(bundle).map((output) => [output.fileName, output.type === 'chunk' ? output.code : typeof output.source === 'string' ? output.source : undefined] as const),
          ...client.toAdd.map((file) => [file.fileName, TEXT_FILE.test(file.fileName) ? new TextDecoder().decode(file.source) : undefined] as const),
        ]);
        const gone = new Set(filesNoLongerNamed([...inlined], texts));
        for (const file of gone) delete bundle[file];
        for (const file of client.toAdd) if (!gone.has(file.fileName)) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      },
    },

    configureServer(server: ViteDevServer) {
      devServer = server;
      server.watcher.add(options.deckDir);
      kitWatch.attach(server);
      compiles.attach(server, async () => (await snapshot()).good?.deck);
      // Before Vite's own middlewares, which would answer these paths with the deck page.
      server.middlewares.use(sourceRoute(async () => (await snapshot()).good));
      server.middlewares.use(assetRoute(async () => (await snapshot()).good, config.base));
      // Vite serves public/ following links: one out of the project is refused before it gets there (a pipe it leaves alone).
      if (config.publicDir) server.middlewares.use(publicGuard(publicFolderOf(config.publicDir), config.base, (message) => config.logger.error(message, { timestamp: true })));
      // The first compile starts once the server listens (a page asked for sooner starts it then): the port opens first.
      const listening = server.httpServer;
      if (listening) listening.once('listening', () => setTimeout(() => void (pageAsked || firstCompile()), FIRST_PAGE_GRACE_MS).unref());
      else void firstCompile();
      folderWatch = watchDeckFolder(server, options.deckDir, path.relative(options.displayRoot, options.deckDir) || options.deckDir, () => void refresh());
      server.httpServer?.once('close', () => {
        folderWatch?.close();
        missedChanges.close();
        void renderer?.close();
      });
      const onFileEvent = (file: string): void => {
        if (!isDeckPath(file)) return;
        void refresh();
      };
      server.watcher.on('add', onFileEvent);
      server.watcher.on('unlink', onFileEvent);
      // As the watcher reports, the same tick its window starts (hotUpdate comes later, with Vite's path for the file).
      server.watcher.on('change', (file) => {
        if (isDeckPath(file)) missedChanges.reported(normalizePath(file));
      });
    },

    async hotUpdate({ file, type }) {
      if (this.environment.name !== 'client') return undefined;
      // A theme file edited is Vite's CSS update (read through the load hook above); one that stops or starts being a regular file changes the deck's errors too.
      if (themeFileTurned(file)) void refresh();
      if (!isDeckPath(file)) return undefined;
      // A save that truncates before it writes can be seen empty, and the watcher drops the write's own event that
      // follows so closely: the reader waits for the write to land before the deck is read again. Not Vite's `read()`:
      // it would open a named pipe and wait for ever; this one reads regular files only (the recompile reports the rest).
      const text = isAssetPath(file) || type === 'delete' ? undefined : await readSavedText(file);
      // A save the watcher drops after this one is found by reading the file again once its window is over (against the text just read).
      await (type === 'update' ? missedChanges.changed(file, refresh, text) : refresh());
      return [];
    },
  };
}

/** Vite's asset inlining, except for font files (undefined leaves the decision to Vite's size limit). */
function keepFontsAsFiles(file: string): boolean | undefined {
  return /\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined;
}
