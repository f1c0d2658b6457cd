// Compiles the bundle after each pause in editing, dropping results that a
// newer edit has overtaken, so diagnostics always describe the latest text.
import { type Bundle, type CompileResult, compile } from '@saqme/engine';

export function liveCompiler(onResult: (result: CompileResult) => void, delayMs = 250) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  return {
    schedule(bundle: Bundle) {
      clearTimeout(timer);
      const mine = ++generation;
      timer = setTimeout(async () => {
        const result = await compile(bundle);
        if (mine === generation) onResult(result);
      }, delayMs);
    },
    stop() {
      clearTimeout(timer);
      generation++;
    },
  };
}
