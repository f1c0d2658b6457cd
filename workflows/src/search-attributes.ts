// The custom search attributes registered by scripts/temporal.sh; the
// procedure keeps them current so lists and dashboards can filter cases.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const ServiceIdKey = defineSearchAttributeKey('ServiceId', SearchAttributeType.KEYWORD);
export const ServiceVersionKey = defineSearchAttributeKey(
  'ServiceVersion',
  SearchAttributeType.INT,
);
export const TenantIdKey = defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD);
export const CaseStatusKey = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const CurrentStepsKey = defineSearchAttributeKey(
  'CurrentSteps',
  SearchAttributeType.KEYWORD_LIST,
);
