// Interpreter behaviours that changed after cases were already running. A
// durable driver (the Temporal workflow) turns each on only for cases that
// reach it under the new code (`patched()`), so a replayed case keeps the
// commands it was recorded with; other callers get the latest behaviour.

export interface EngineFeatures {
  /** An error end event ends its case with that error, cancelling every sibling token; a sub-case's error reaches the call activity's error boundaries. */
  errorEvents: boolean;
  /** cancelCase first runs the compensation handlers of completed activities, latest first. */
  compensation: boolean;
  /** Retrying an incident on a call activity (or gateway, timer) cancels the old visit's boundary timers before entering it again. */
  freshRetry: boolean;
}

export type EngineFeature = keyof EngineFeatures;

/** Every feature, in a fixed order (drivers map each to a patch id). */
export const ENGINE_FEATURES: readonly EngineFeature[] = Object.freeze([
  'errorEvents',
  'compensation',
  'freshRetry',
]);

/** The features decided one by one, e.g. by a durable driver's patch markers. */
export function featuresBy(on: (feature: EngineFeature) => boolean): EngineFeatures {
  const features = {} as Record<EngineFeature, boolean>;
  for (const feature of ENGINE_FEATURES) features[feature] = on(feature);
  return features;
}

/** Every feature on: what the simulator, the studio and new cases run. */
export const LATEST_FEATURES: EngineFeatures = Object.freeze(featuresBy(() => true));
