// What the bench scripts share: the median they report, and the app's TypeScript modules loaded
// through Vite's SSR loader (so a figure made from the model needs no build).
import { createServer } from 'vite';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Loads each of `paths` (from the project root) and gives their exports merged, then closes Vite. */
export async function loadModules(paths) {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true },
  });
  try {
    const modules = [];
    for (const path of paths) modules.push(await server.ssrLoadModule(path));
    return Object.assign({}, ...modules);
  } finally {
    await server.close();
  }
}
