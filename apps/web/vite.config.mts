import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The web app is static files: dist/apps/web, served by apps/web/server/serve.ts (npm start, tests)
// or the web container (compose, Kubernetes) next to a /config.json that names the services.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // Chromium 86 (the 360 / QQ browsers' engine of the late 2010s) and later.
    target: ['chrome86', 'edge88'],
    chunkSizeWarningLimit: 2000,
  },
});
