// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionInfo } from '$lib/api/generated/session-info.ts';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user's session from the runtime, or null when anonymous. */
      session: SessionInfo | null;
    }
  }
}
