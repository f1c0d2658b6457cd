// The studio in the launcher's process: its SvelteKit adapter-node build is
// loaded by path (studio/build/handler.js), so the runtime never imports the
// studio package. Missing build: the runtime's status page stays at `/`.
import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

export const DEFAULT_STUDIO_BUILD = resolve(import.meta.dirname, '../../../studio/build');

export interface StudioBuild {
  handler: NodeHandler;
  dir: string;
  builtAt: Date;
}

/** The studio's handler, or undefined when the build is missing. */
export async function loadStudio(dir = DEFAULT_STUDIO_BUILD): Promise<StudioBuild | undefined> {
  const file = join(dir, 'handler.js');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { handler: NodeHandler };
  return { handler: mod.handler, dir, builtAt: statSync(file).mtime };
}

export const STUDIO_BUILD_HINT =
  'The studio is not built; the runtime serves its status page at /. Build it with:\n  pnpm --filter @saqme/studio build';
