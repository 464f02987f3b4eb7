// The floor: a bare React 19 page (createRoot, one heading, one paragraph) built in the same run
// with the same Vite, React plugin and target as the app, and served the same way. The app's
// figures are read against it, so a slower machine moves both.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A bare React page." />
    <title>Floor</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.jsx"></script>
  </body>
</html>
`;

const MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>A bare React page</h1>
      <p>The floor for the bench: React 19 and nothing else.</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
`;

/** Builds the floor page and serves it on a free loopback port; returns its URL and a stop(). */
export async function startFloor() {
  // Inside the project, so the page resolves the project's own react and react-dom.
  const root = join(process.cwd(), 'node_modules/.cache/se-radar-floor');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), HTML);
  writeFileSync(join(root, 'main.jsx'), MAIN);
  const config = {
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { target: 'es2022', outDir: join(root, 'dist') },
  };
  await build(config);
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0 } });
  const { port } = server.httpServer.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
