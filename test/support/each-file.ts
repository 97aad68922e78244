import { afterAll } from 'vitest';
import { removeScratchDirs } from './scratch.js';

// Vitest setup file: it runs before each test file, also where files share a worker process
// (vitest.config.ts), and the hook below runs after that file's last test. It leaves the process
// as the file found it: its environment, its working directory, no scratch folders.
const env = { ...process.env };
const cwd = process.cwd();

afterAll(() => {
  removeScratchDirs();
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
  if (process.cwd() !== cwd) process.chdir(cwd);
});
