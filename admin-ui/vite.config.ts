// The Strapi server serves the built files at /console (see cms/src/console/page.ts); the dev
// server proxies the API so that `npx vite` works against a running `npm start`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = 'http://localhost:1337';

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin + MUI make one large vendor chunk; splitting it buys nothing on an intranet.
    chunkSizeWarningLimit: 4000,
  },
  server: {
    proxy: {
      '/console-api': server,
      '/api': server,
    },
  },
});
