// Generated from examples/diplomatic-id/forms/diplomatic-card-application.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface DiplomaticCardApplication {
  requestType: 'issue' | 'renew' | 'revoke';
  accreditationNumber: string;
  category: 'diplomatic-agent' | 'administrative-technical' | 'service-staff' | 'family-member';
  relationship: 'spouse' | 'child' | 'dependant';
  surname: string;
  givenNames: string;
  nationality: string;
  birthDate: string;
  sex: 'female' | 'male';
  passportNumber: string;
  passportExpiry: string;
  photo: {
    name: string;
    type: 'image/jpeg' | 'image/png';
    size: number;
    ref?: string;
  };
  previousCardNumber: string;
  revocationReason: 'end-of-mission' | 'lost' | 'stolen' | 'status-change';
  missionEmail: string;
  consent: true;
}
