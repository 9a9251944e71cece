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

export function chunkGroups(starts: { viewer: RegExp; holder: RegExp }) {
  let viewer = new Set<string>();
  let holder = new Set<string>();
  const plugin: Plugin = {
    name: 'kompetenspass:chunk-groups',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const find = (pattern: RegExp) => ids.find((id) => pattern.test(id));
      const info = (id: string) => this.getModuleInfo(id);
      const viewerStart = find(starts.viewer);
      const holderStart = find(starts.holder);
      viewer = viewerStart ? graph(viewerStart, info, false) : new Set();
      // Everything the holder's app may load: a module of the viewer that one of its lazy screens
      // also uses goes to "shared", so that the editor never downloads the viewer's chunk.
      holder = holderStart ? graph(holderStart, info, true) : new Set();
    },
  };
  const groups = [
    { name: 'react', test: REACT, priority: 3 },
    { name: 'shared', test: (id: string) => viewer.has(id) && holder.has(id), priority: 2 },
    { name: 'viewer', test: (id: string) => viewer.has(id) && !holder.has(id), priority: 1 },
  ];
  return { plugin, groups };
}
