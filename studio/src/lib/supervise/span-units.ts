// Unit words for due spans from the message catalogue, in the page's language.
import { m } from '$lib/paraglide/messages.js';
import type { UnitNamer } from './due.ts';

export const unitName: UnitNamer = (count, unit) => {
  const one = count === 1;
  switch (unit) {
    case 'day':
      return one ? m.sup_span_day_one({ count }) : m.sup_span_day_other({ count });
    case 'hour':
      return one ? m.sup_span_hour_one({ count }) : m.sup_span_hour_other({ count });
    case 'minute':
      return one ? m.sup_span_minute_one({ count }) : m.sup_span_minute_other({ count });
  }
};
