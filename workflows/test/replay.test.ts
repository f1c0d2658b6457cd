// Replays the recorded histories of every scenario run with today's workflow
// code: an interpreter or workflow change that would send a running case down
// another path (without a patched() guard) fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { procedureWorkerOptions } from '../src/index.ts';

const root = join(import.meta.dirname, 'histories');

function recorded(): { file: string }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: join(root, f) }));
}

describe('the recorded scenario histories', () => {
  it('replay without nondeterminism on the current workflow code', async () => {
    const files = recorded();
    expect(files.length).toBeGreaterThanOrEqual(7);
    const { workflowsPath, bundlerOptions } = procedureWorkerOptions();
    // The recorded workflow id, not the file name: a call activity's child id derives from it.
    const histories = files.map(({ file }) => {
      const history = historyFromJSON(JSON.parse(readFileSync(file, 'utf8')));
      const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
      return { workflowId: started?.workflowId ?? file, history };
    });
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of Worker.runReplayHistories(
      { workflowsPath, bundlerOptions, replayName: 'procedure-histories' },
      histories,
    )) {
      replayed++;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(files.length);
  });
});
