// The dashboard is built into dist/ and served by `motcua serve` at / (packages/server/src/web-static.ts):
// hashed file names under assets/ so they can be cached for a year, nothing fetched from another origin.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  // ECharts (~190 KiB gzipped) is its own chunk, loaded when a chart is first drawn, not with the first page.
  build: { outDir: 'dist', assetsDir: 'assets', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
