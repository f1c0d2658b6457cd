// The one Vite API the engine's tests use.
interface ImportMeta {
  glob(
    pattern: string,
    options: { query: string; import: string; eager: true },
  ): Record<string, unknown>;
}

interface ImportMeta {
  readonly url: string;
}

/** Tests read service addresses from the environment (TEMPORAL_ADDRESS). */
declare const process: { env: Record<string, string | undefined> };
