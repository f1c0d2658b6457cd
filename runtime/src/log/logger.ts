// Structured JSON logs (pino). Every line passes through the personal-number
// mask after serialisation, so no field or message can leak one.
import { type DestinationStream, type Logger, pino } from 'pino';
import { maskPersonalNumbers } from './mask.ts';

export type { Logger };

export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'saqme-runtime' },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: { streamWrite: maskPersonalNumbers },
    },
    options.destination ?? pino.destination(1),
  );
}
