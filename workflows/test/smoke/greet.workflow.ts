// The smallest real workflow: one activity call, used to prove that the
// provisioned Temporal server and the worker machinery work.
import { proxyActivities } from '@temporalio/workflow';
import type { SmokeActivities } from './activities.ts';

const { greet } = proxyActivities<SmokeActivities>({ startToCloseTimeout: '30 seconds' });

export async function smokeGreeting(name: string): Promise<string> {
  return await greet(name);
}
