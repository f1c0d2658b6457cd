// The embedded mode's identity: one fixed demo citizen, taken from the
// seeded population registry so registry lookups find her. Every page that
// shows her says it is a demo identity; production plugs a real provider.
import type { Citizen, CitizenIdentity } from './citizen-identity.ts';

export const DEMO_CITIZEN: Citizen = {
  personalNumber: '01024051234',
  firstName: 'ნინო',
  lastName: 'ბერიძე',
  demo: true,
};

export function demoIdentity(citizen: Citizen = DEMO_CITIZEN): CitizenIdentity {
  return {
    kind: 'demo',
    resolve: async () => ({ ok: true, citizen }),
  };
}
