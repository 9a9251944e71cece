import { fragmentKind } from '../core/links/fragment.ts';
import './styles/base.css';

// The share fragment picks the reader's viewer; everything else (requests, replies and
// organisation entries too) is the holder's app. Each is its own chunk, so a recipient never
// downloads the editor or the database code. Any version prefix opens the viewer, so that a
// link from a newer format version is explained, not ignored. Which prefix is which is decided
// in core/links/fragment.ts, the one place for it.
const isShareLink = (hash: string) => fragmentKind(hash) === 'snapshot';

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const viewer = isShareLink(location.hash);
  if (viewer) {
    const { startViewer } = await import('./viewer/startViewer.tsx');
    await startViewer(root);
  } else {
    const { startHolder } = await import('./holder/startHolder.tsx');
    await startHolder(root);
  }
  window.addEventListener('hashchange', () => {
    if (isShareLink(location.hash) !== viewer) location.reload();
  });
}

void boot();
