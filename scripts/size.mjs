// Prints the gzip size of the JavaScript each first view loads, from Vite's build manifest:
// the entry chunk, its static imports, and the screen chunk main.tsx imports (editor or viewer)
// with its static imports, and the Swedish texts. Sizes are exact, so tests may hold them to a budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ENTRY = 'index.html';
const SCREENS = { editor: 'src/ui/holder/startHolder.tsx', viewer: 'src/ui/viewer/startViewer.tsx' };

function collect(manifest, key, files) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(manifest, imported, files);
}

export function measureFirstLoad(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const result = {};
  for (const [name, screen] of Object.entries(SCREENS)) {
    const files = new Set();
    collect(manifest, ENTRY, files);
    const key = Object.keys(manifest).find((k) => k.endsWith(screen));
    collect(manifest, key, files);
    // The Swedish texts are always loaded (default language and bilingual glosses).
    collect(manifest, 'locales/sv/translation.json', files);
    const list = [...files].filter((f) => f.endsWith('.js'));
    const bytes = list.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
    result[name] = { bytes, files: list };
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const sizes = measureFirstLoad();
    for (const [name, { bytes, files }] of Object.entries(sizes)) {
      console.log(`${name} first-load JS: ${(bytes / 1024).toFixed(1)} KiB gzip (${bytes} bytes, ${files.length} files)`);
      for (const f of files) console.log(`  ${f}`);
    }
  } catch (error) {
    console.error(`${error.message}\nRun \`npm run build\` first.`);
    process.exit(2);
  }
}
