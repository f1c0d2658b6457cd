// Builds the studio once and starts the system for every browser test file.
import type { TestProject } from 'vitest/node';
import { run, startStack, studioDir } from './stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    studioUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await run(process.execPath, [`${studioDir}/node_modules/vite/bin/vite.js`, 'build'], studioDir);
  const stack = await startStack();
  project.provide('studioUrl', stack.studioUrl);
  return () => stack.stop();
}
