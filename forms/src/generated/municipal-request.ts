// Generated from forms/test/fixtures/forms/municipal-request.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface MunicipalRequest {
  applicantType: 'person' | 'organization';
  personalNumber: string;
  organizationName: string;
  identificationCode: string;
  fullName: string;
  phone: string;
  email?: string;
  municipality:
    'tbilisi' | 'batumi' | 'kutaisi' | 'rustavi' | 'zugdidi' | 'gori' | 'telavi' | 'mtskheta';
  category: 'roads' | 'lighting' | 'waste' | 'water' | 'other';
  otherCategory: string;
  description: string;
  address?: string;
  postalCode?: string;
  incidentDate?: string;
  householdSize?: number;
  /**
   * @minItems 1
   */
  responseChannels: ['email' | 'sms' | 'post', ...('email' | 'sms' | 'post')[]];
  attachment?: {
    name: string;
    type: 'application/pdf' | 'image/jpeg' | 'image/png';
    size: number;
    ref?: string;
  };
}
