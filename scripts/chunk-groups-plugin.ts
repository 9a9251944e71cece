/**
 * Chunking by screen: what the viewer needs arrives in few files rather than in a dozen crumbs of
 * a few hundred bytes (each a request, and each compressing worse alone).
 *
 * - "react": React and React DOM, which change least and stay cached across releases;
 * - "shared": every module of the viewer that the holder's app uses too;
 * - "viewer": the rest of the viewer's static graph (verification, the verdict, the CV's marks).
 *
 * The graphs are read from the build itself (static imports from each app's start module), so a
 * new module lands in the right chunk without a list to keep.
 */
import type { Plugin } from 'vite';

type ModuleInfo = { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;

/** Every module reachable from `start`, through dynamic imports too when asked. */
function graph(start: string, info: (id: string) => ModuleInfo, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const module = info(id);
    stack.push(...(module?.importedIds ?? []), ...(dynamic ? (module?.dynamicallyImportedIds ?? []) : []));
  }
  return seen;
}

const REACT = /node_modules[\\/](react|react-dom|scheduler)[\\/]/;
/** The groups every app starts with, linked from the page (see transformIndexHtml). */
const GROUP_NAMES = new Set(['react', 'shared']);

export function chunkGroups(starts: { entry: RegExp; viewer: RegExp; holder: RegExp }) {
  let entry = new Set<string>();
  let viewer = new Set<string>();
  let holder = new Set<string>();
  const plugin: Plugin = {
    name: 'kompetenspass:chunk-groups',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const find = (pattern: RegExp) => ids.find((id) => pattern.test(id));
      const info = (id: string) => this.getModuleInfo(id);
      const entryStart = find(starts.entry);
      // The entry's own modules stay in the entry chunk: it then imports nothing, runs as soon as
      // it arrives, and asks for the reader's strings while React and the app are still coming.
      entry = entryStart ? graph(entryStart, info, false) : new Set();
      const viewerStart = find(starts.viewer);
      const holderStart = find(starts.holder);
      viewer = viewerStart ? graph(viewerStart, info, false) : new Set();
      // Everything the holder's app may load: a module of the viewer that one of its lazy screens
      // also uses goes to "shared", so that the editor never downloads the viewer's chunk.
      holder = holderStart ? graph(holderStart, info, true) : new Set();
    },
    // The entry imports nothing now, so Vite links nothing beside it: announce the groups both
    // apps start with (React, the shared code, what they import, their styles) in the page itself,
    // so that they load in parallel with the entry instead of after it has run.
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const files = new Set<string>();
        const css = new Set<string>();
        const add = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
          for (const imported of chunk.imports) add(imported);
        };
        for (const chunk of chunks) if (!chunk.isEntry && GROUP_NAMES.has(chunk.name)) add(chunk.fileName);
        for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
          files.delete(entry.fileName);
          for (const file of entry.viteMetadata?.importedCss ?? []) css.delete(file);
        }
        const link = (rel: string, file: string) => `<link rel="${rel}" crossorigin href="./${file}">\n    `;
        // Before the entry's script and styles: the shared styles come first in the cascade, as
        // they did when Vite linked them itself.
        const at = html.search(/<script type="module"/);
        if (at < 0) return html;
        const tags = [
          ...[...css].map((file) => link('stylesheet', file)),
          ...[...files].map((file) => link('modulepreload', file)),
        ];
        return html.slice(0, at) + tags.join('') + html.slice(at);
      },
    },
  };
  const groups = [
    { name: 'react', test: REACT, priority: 3 },
    // Without a captured module's dependencies: those of the entry's are already in its chunk.
    {
      name: 'shared',
      test: (id: string) => viewer.has(id) && holder.has(id) && !entry.has(id),
      priority: 2,
      includeDependenciesRecursively: false,
    },
    {
      name: 'viewer',
      test: (id: string) => viewer.has(id) && !holder.has(id) && !entry.has(id),
      priority: 1,
      includeDependenciesRecursively: false,
    },
  ];
  return { plugin, groups };
}
