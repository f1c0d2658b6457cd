import { describe, expect, it } from 'vitest';
import { actionHref, apiQuery, inboxHref, queuesFor, readFilters } from './inbox-filters.ts';

const params = (s: string) => new URLSearchParams(s);

describe('readFilters', () => {
  it('reads the queue, service, mine, overdue and cursor from the URL', () => {
    expect(
      readFilters(params('queue=clerk&service=municipal-request&mine=true&overdue=true&cursor=x'), [
        'clerk',
      ]),
    ).toEqual({
      queue: 'clerk',
      serviceId: 'municipal-request',
      mine: true,
      overdue: true,
      cursor: 'x',
    });
  });

  it('drops a queue the user may not pick and a malformed service id', () => {
    expect(readFilters(params('queue=supervisor&service=Bad%20Id'), ['clerk'])).toMatchObject({
      queue: null,
      serviceId: null,
      mine: false,
      overdue: false,
    });
  });
});

describe('queuesFor', () => {
  it('offers a clerk their own queue and a supervisor every queue', () => {
    expect(queuesFor(['clerk'])).toEqual(['clerk']);
    expect(queuesFor(['supervisor'])).toEqual(['clerk', 'supervisor', 'admin']);
    expect(queuesFor(['analyst'])).toEqual([]);
  });
});

describe('apiQuery', () => {
  it("asks for the whole tenant when a supervisor opens another role's queue", () => {
    const f = readFilters(params('queue=clerk&overdue=true'), ['supervisor']);
    expect(apiQuery(f, ['supervisor']).toString()).toBe(
      'limit=50&role=clerk&scope=tenant&overdue=true',
    );
    const own = readFilters(params('queue=clerk&mine=true'), ['clerk']);
    expect(apiQuery(own, ['clerk']).toString()).toBe('limit=50&mine=true&role=clerk');
  });
});

describe('inboxHref', () => {
  it('keeps the filters in the link and adds the next page cursor', () => {
    const f = readFilters(params('service=municipal-request&mine=true'), ['clerk']);
    expect(inboxHref(f, 'abc')).toBe('/inbox?service=municipal-request&mine=true&cursor=abc');
    expect(inboxHref(readFilters(params(''), ['clerk']))).toBe('/inbox');
  });
});

describe('actionHref', () => {
  it('names the form action after the filters, so the answer keeps them', () => {
    const f = readFilters(params('service=municipal-request&overdue=true'), ['clerk']);
    expect(actionHref(f, 'claim')).toBe('/inbox?service=municipal-request&overdue=true&/claim');
    expect(actionHref(readFilters(params(''), ['clerk']), 'claim')).toBe('/inbox?/claim');
  });
});
