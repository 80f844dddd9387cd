import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const apiTarget = process.env.MERIDIAN_API_URL ?? 'http://127.0.0.1:3000';

// No @vitejs/plugin-react: Vite's esbuild compiles TSX with the automatic JSX runtime.
export default defineConfig({
  root,
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      onwarn(warning, warn) {
        // Libraries ship "use client" directives for server components; harmless in a client bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/calendar': { target: apiTarget, changeOrigin: false },
    },
  },
});
