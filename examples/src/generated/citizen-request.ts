// Generated from examples/municipal-request/forms/citizen-request.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface CitizenRequest {
  channel: 'service-hall' | 'community-centre' | 'online';
  personalNumber: string;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  address: string;
  topic: 'infrastructure' | 'utilities' | 'social' | 'property' | 'urban-development' | 'other';
  subject: string;
  description: string;
  attachment?: {
    name: string;
    type: 'application/pdf' | 'image/jpeg' | 'image/png';
    size: number;
    ref?: string;
  };
  replyBy: 'email' | 'sms' | 'post';
  consent: true;
}
