import type { FormFile } from '@saqme/forms';
import { describe, expect, it } from 'vitest';
import { fieldOrder } from './field-order.ts';

const field = { widget: 'text', label: { ka: 'x', en: 'x' } } as const;

describe('fieldOrder', () => {
  it('follows the steps and sections, then the fields the layout leaves out', () => {
    const ui = {
      fields: { a: field, b: field, c: field, d: field },
      steps: [
        {
          id: 's1',
          title: { ka: '', en: '' },
          sections: [{ id: 'x', title: { ka: '', en: '' }, fields: ['c', 'a'] }],
        },
        {
          id: 's2',
          title: { ka: '', en: '' },
          sections: [{ id: 'y', title: { ka: '', en: '' }, fields: ['d'] }],
        },
      ],
    } as unknown as FormFile['ui'];
    expect(fieldOrder(ui)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('keeps the fields map order when there is no layout', () => {
    expect(fieldOrder({ fields: { b: field, a: field } } as unknown as FormFile['ui'])).toEqual([
      'b',
      'a',
    ]);
  });
});
