import { describe, expect, it } from 'vitest';
import { freeVariablePaths } from './feel-names.ts';

describe('freeVariablePaths', () => {
  it('lists the paths an expression reads', () => {
    expect(freeVariablePaths('= request.amount > 3 and x.y.z = "a" or flag')).toEqual([
      ['request', 'amount'],
      ['x', 'y', 'z'],
      ['flag'],
    ]);
  });

  it('leaves out function names and names bound by for, filters and contexts', () => {
    expect(freeVariablePaths('count(items[price > 2])')).toEqual([['items']]);
    expect(freeVariablePaths('for i in items return i.price')).toEqual([['items']]);
    expect(freeVariablePaths('{a: 1, b: a + y}')).toEqual([['y']]);
    expect(freeVariablePaths('some x in list satisfies x > limit')).toEqual([['list'], ['limit']]);
  });
});

describe('freeVariablePaths in contexts', () => {
  it('lets an entry read an outer variable of the same name as its key', () => {
    expect(freeVariablePaths('{fee: fee.paid, total: fee + 1}')).toEqual([['fee', 'paid']]);
  });

  it('binds function parameters', () => {
    expect(freeVariablePaths('(function(x) x + y)(1)')).toEqual([['y']]);
  });
});
