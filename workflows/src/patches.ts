// The patch ids guarding every change to what a running case does: each is
// turned on with `patched()` (so a replayed case recorded before the change
// keeps its old commands), and the engine gets them as EngineFeatures.
import { type EngineFeature, type EngineFeatures, featuresBy } from '@saqme/engine';
import { patched } from '@temporalio/workflow';

/** Ids are stable forever: a history records them in its markers. */
export const PATCHES = {
  /** An action whose retries ran out is an `actionExhausted` incident, never a business error. */
  actionExhausted: 'saqme-action-exhausted',
  /** A failed or terminated sub-case workflow is a `childFailed` incident on the call activity. */
  childFailed: 'saqme-child-failed',
} as const;

/** The engine's features, one patch id each. */
export const FEATURE_PATCHES: Record<EngineFeature, string> = {
  errorEvents: 'saqme-error-events',
  compensation: 'saqme-compensation',
  freshRetry: 'saqme-fresh-retry',
};

/** What the interpreter may do for this case now: only what its history allows. */
export function engineFeatures(): EngineFeatures {
  return featuresBy((feature) => patched(FEATURE_PATCHES[feature]));
}
