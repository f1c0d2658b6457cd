// Where the tests find Temporal: the server that scripts/temporal.sh started.
// There is deliberately no fallback to an in-process fake.
export function requiredTemporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address)
    throw new Error('TEMPORAL_ADDRESS is not set: start Temporal with scripts/temporal.sh');
  return address;
}
