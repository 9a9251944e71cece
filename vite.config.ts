import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkGroups } from './scripts/chunk-groups-plugin.ts';
import { localeParts } from './scripts/locale-parts-plugin.ts';
import { precompress } from './scripts/precompress-plugin.ts';

const chunks = chunkGroups({
  entry: /src[\\/]ui[\\/]main\.tsx$/,
  viewer: /src[\\/]ui[\\/]viewer[\\/]startViewer\.tsx$/,
  holder: /src[\\/]ui[\\/]holder[\\/]startHolder\.tsx$/,
});

export default defineConfig({
  // Relative base: the static app works from any path on any web host.
  base: './',
  build: {
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    // Every browser we serve supports <link rel="modulepreload">; the polyfill only cost bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: { groups: chunks.groups },
        // Locale parts are named for what they hold (locale-ar-reader-…), so that a reader of the
        // build, the size report and the budget test can tell them apart.
        chunkFileNames(chunk) {
          const part = chunk.facadeModuleId?.match(/locales\/([a-z]+)\/translation\.json\?part=([a-z]+)$/);
          return part ? `assets/locale-${part[1]}-${part[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  plugins: [
    localeParts(),
    chunks.plugin,
    react(),
    VitePWA({
      // A new version waits for the person to accept it: autoUpdate reloads under open forms.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Kompetenspass',
        short_name: 'Kompetenspass',
        description: 'Din egen kompetensprofil – på din telefon, i ditt språk.',
        lang: 'sv',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,json,webmanifest}'],
        // The catalogue index is precached; its packs are not: all languages of ESCO would
        // make the first visit heavy. They are cached when first used or warmed (see
        // docs/CATALOGUE.md), under content-hashed names, so cache-first is always right.
        globIgnores: ['catalogue/*/*.json'],
        runtimeCaching: [
          {
            urlPattern: /\/catalogue\/[a-z0-9-]+\/[a-z0-9.-]+\.[0-9a-f]{12}\.json$/,
            handler: 'CacheFirst',
            options: { cacheName: 'catalogue-packs', expiration: { maxEntries: 200 } },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once, so that it works offline without a
        // reload. Updates still wait for the user's "Update now" (no skipWaiting).
        clientsClaim: true,
      },
    }),
    // Last: compresses dist/ once the service worker is written too.
    precompress(),
  ],
});
