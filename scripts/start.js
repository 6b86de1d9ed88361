// `npm start`: install what is missing, build, serve the site with its bundled samples.
import { execSync } from 'node:child_process';
import { ensureDeps } from './ensureDeps.js';

ensureDeps();
execSync('npx vite build', { stdio: 'inherit' });
const { serve } = await import('./serve.js');
const port = Number(process.env.PORT ?? 4173);
await serve('build', port);
console.log(`\nCRM Workbench is running at http://localhost:${port}/  (Ctrl+C to stop)\n`);
