// Renders src/app/prerender.tsx's shell with Vite's SSR module loader and prints the HTML.
// Run by prerender-plugin.ts in a process of its own: the app's modules (React's scheduler
// among them) leave handles open that would keep the build from exiting, and exiting ends them.
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';

const [root = process.cwd(), aliasJson = '{}'] = process.argv.slice(2);
const PWA_REGISTER = 'virtual:pwa-register/react';
const PWA_REGISTER_STUB = '\0prerender:pwa-register';

/** On the server no service worker registers: nothing to update (the hook's first state). */
const pwaRegisterStub: Plugin = {
  name: 'prerender-pwa-register-stub',
  resolveId: (id) => (id === PWA_REGISTER ? PWA_REGISTER_STUB : null),
  load: (id) =>
    id === PWA_REGISTER_STUB
      ? 'export const useRegisterSW = () => ({ needRefresh: [false, () => {}], offlineReady: [false, () => {}], updateServiceWorker: async () => {} });'
      : null,
};

const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  appType: 'custom',
  plugins: [react(), pwaRegisterStub],
  resolve: { alias: JSON.parse(aliasJson) as Record<string, string> },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const shell = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
  renderShell: () => Promise<string>;
};
process.stdout.write(await shell.renderShell());
await server.close();
process.exit(0);
