// The actions this installation runs, as a registry: what the worker executes
// and what compile() checks service tasks against.

import type { ActionCatalogue } from '@saqme/engine';
import type { Db } from '../db/client.ts';
import { createDocumentGenerator, type DocumentGenerator } from './document/index.ts';
import { documentGenerate } from './document-generate.ts';
import { demoGateway, feeCharge, type PaymentGateway } from './fee-charge.ts';
import { notifySend } from './notify-send.ts';
import { type ActionRegistry, catalogueOf, createActionRegistry } from './registry.ts';
import { lookupAccreditation, lookupPerson } from './registry-lookups.ts';
import { createSealer, type Sealer } from './seal/index.ts';
import { sealApply } from './seal-apply.ts';

/** The payer whose card the demo bank declines (the pin-puk-recovery payment-declined scenario). */
export const DEMO_DECLINED_PAYERS = ['01019055443'];

export interface BuiltInActionOptions {
  db: Db;
  dataDir: string;
  sealer?: Sealer;
  documents?: DocumentGenerator;
  payments?: PaymentGateway;
  now?: () => Date;
}

function definitions(options: Omit<BuiltInActionOptions, 'db'>) {
  return [
    documentGenerate(options.documents ?? createDocumentGenerator()),
    sealApply(options.sealer ?? createSealer({ dataDir: options.dataDir })),
    notifySend,
    feeCharge(options.payments ?? demoGateway(DEMO_DECLINED_PAYERS)),
    lookupPerson,
    lookupAccreditation,
  ];
}

export function builtInActions(options: BuiltInActionOptions): ActionRegistry {
  return createActionRegistry(options.db, definitions(options), options.now);
}

/** The catalogue of the built-in actions (nothing is loaded until an action runs). */
export function builtInCatalogue(): ActionCatalogue {
  return catalogueOf(definitions({ dataDir: '' }) as never);
}
