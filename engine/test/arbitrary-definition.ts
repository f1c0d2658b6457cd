// fast-check arbitraries for property tests: valid definitions built from
// structured blocks (sequence, exclusive and parallel splits, tasks, timers,
// messages, SLAs, error boundaries, call activities), and a driver that feeds
// a case events chosen from what it currently waits for.
import fc from 'fast-check';
import type { CaseState, Definition, EngineCommand, EngineEvent } from '../src/index.ts';
import { step } from '../src/index.ts';
import { makeDefinition } from './make-definition.ts';

export type Block =
  | { k: 'user' | 'timer' | 'message' | 'call' }
  | { k: 'service'; caught: boolean }
  | { k: 'sla'; interrupting: boolean }
  | { k: 'seq' | 'xor' | 'par'; a: Block; b: Block };

const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<Block>({ k: 'user' }, { k: 'timer' }, { k: 'message' }, { k: 'call' }),
    fc.boolean().map((caught): Block => ({ k: 'service', caught })),
    fc.boolean().map((interrupting): Block => ({ k: 'sla', interrupting })),
    fc.record({
      k: fc.constantFrom('seq' as const, 'xor' as const, 'par' as const),
      a: tie('block'),
      b: tie('block'),
    }),
  ),
}));

type Nodes = Parameters<typeof makeDefinition>[0];
type Flows = Parameters<typeof makeDefinition>[1];

function build(b: Block, from: string, nodes: Nodes, flows: Flows): string {
  const id = `n${nodes.length}`;
  const add = (n: Nodes[number]) => nodes.push(n);
  switch (b.k) {
    case 'user':
      add({ id, type: 'userTask', form: 'f', roles: ['clerk'] });
      break;
    case 'timer':
      add({ id, type: 'timerEvent', timer: { kind: 'duration', expression: 'PT1H' } });
      break;
    case 'message':
      add({ id, type: 'messageEvent', message: 'm', variable: 'msg' });
      break;
    case 'call':
      add({ id, type: 'callActivity', service: 'child', variable: 'child' });
      break;
    case 'service': {
      add({ id, type: 'serviceTask', action: 'do.it', input: '= {x: start.x}', variable: 'out' });
      if (b.caught) {
        add({
          id: `${id}err`,
          type: 'boundaryError',
          attachedTo: id,
          errorCode: 'E',
          interrupting: true,
        });
        add({ id: `${id}end`, type: 'endEvent', outcome: 'error' });
        flows.push([`${id}err`, `${id}end`]);
      }
      break;
    }
    case 'sla': {
      add({ id, type: 'userTask', form: 'f', roles: ['clerk'] });
      add({
        id: `${id}sla`,
        type: 'boundaryTimer',
        attachedTo: id,
        interrupting: b.interrupting,
        timer: { kind: 'duration', expression: 'PT2H' },
      });
      add({ id: `${id}late`, type: 'endEvent', outcome: 'late' });
      flows.push([`${id}sla`, `${id}late`]);
      break;
    }
    case 'seq':
      return build(b.b, build(b.a, from, nodes, flows), nodes, flows);
    default: {
      const type = b.k === 'xor' ? 'exclusiveGateway' : 'parallelGateway';
      add({ id, type, ...(b.k === 'xor' ? { defaultTo: '' } : {}) });
      const join = `${id}j`;
      flows.push([from, id]);
      const start = flows.length;
      const a = build(b.a, id, nodes, flows);
      const branchB = nodes.length;
      const bEnd = build(b.b, id, nodes, flows);
      add({ id: join, type });
      flows.push([a, join], [bEnd, join]);
      if (b.k === 'xor') {
        const split = nodes.find((n) => n.id === id)!;
        split.defaultTo = nodes[branchB]!.id;
        const first = flows.findIndex((f, i) => i >= start && f[0] === id);
        flows[first] = [id, flows[first]![1], '= start.x > 5'];
      }
      return join;
    }
  }
  flows.push([from, id]);
  return id;
}

export const definitionArb = block.map((b) => {
  const nodes: Nodes = [{ id: 'start', type: 'startEvent' }];
  const flows: Flows = [];
  const last = build(b, 'start', nodes, flows);
  nodes.push({ id: 'end', type: 'endEvent', outcome: 'done' });
  flows.push([last, 'end']);
  return makeDefinition(nodes, flows);
});

/** The events a case could receive now, from what its tokens wait for. */
export function candidates(state: CaseState): EngineEvent[] {
  const out: EngineEvent[] = [];
  for (const t of state.tokens) {
    if (t.wait === 'task') out.push({ type: 'taskCompleted', taskId: t.id, data: { n: 1 } });
    if (t.wait === 'action') {
      out.push({ type: 'actionSucceeded', actionId: t.id, output: { ok: true } });
      out.push({ type: 'actionFailed', actionId: t.id, error: { code: 'E' } });
      out.push({ type: 'actionFailed', actionId: t.id, error: { code: 'X' } });
    }
    if (t.wait === 'incident') {
      out.push({ type: 'incidentResolved', actionId: t.id, resolution: 'retry' });
      out.push({ type: 'incidentResolved', actionId: t.id, resolution: 'skip' });
    }
    if (t.wait === 'message') out.push({ type: 'messageReceived', name: 'm', data: { n: 2 } });
    if (t.wait === 'child') out.push({ type: 'childCompleted', childId: t.id, outcome: 'ok' });
    for (const timer of t.boundaryTimers ?? []) out.push({ type: 'timerFired', timerId: timer.id });
  }
  out.push({ type: 'taskCompleted', taskId: 'nope/1', data: {} });
  return out;
}

export interface Drive {
  commands: EngineCommand[][];
  state: CaseState;
}

/** Feeds events picked by `choices` until the case ends or the choices run out. */
export function drive(
  def: Definition,
  state: CaseState,
  choices: number[],
  serializeAt = -1,
): Drive {
  const commands: EngineCommand[][] = [];
  let current = state;
  choices.forEach((choice, i) => {
    if (current.status !== 'running') return;
    if (i === serializeAt) current = JSON.parse(JSON.stringify(current)) as CaseState;
    const options = candidates(current);
    const event =
      choice % 40 === 39 ? ({ type: 'cancelCase' } as const) : options[choice % options.length]!;
    const now = new Date(Date.UTC(2026, 2, 2, 5) + (i + 1) * 3_600_000).toISOString();
    const result = step(def, current, event, now);
    commands.push(result.commands);
    current = result.state;
  });
  return { commands, state: current };
}
