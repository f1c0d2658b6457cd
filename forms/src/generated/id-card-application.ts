// Generated from forms/test/fixtures/forms/id-card-application.form.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export interface IdCardApplication {
  personalNumber: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  gender: 'female' | 'male';
  phone: string;
  email?: string;
  reason: 'first' | 'expired' | 'lost' | 'damaged' | 'data-change';
  previousCardNumber: string;
  policeReportNumber: string;
  photo: {
    name: string;
    type: 'image/jpeg' | 'image/png';
    size: number;
    ref?: string;
  };
  withMinors?: boolean;
  /**
   * @minItems 1
   * @maxItems 6
   */
  minors:
    | [
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        }
      ]
    | [
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        }
      ]
    | [
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        }
      ]
    | [
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        }
      ]
    | [
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        }
      ]
    | [
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        },
        {
          personalNumber: string;
          fullName: string;
          relation: 'child' | 'ward';
          guardianshipDecision: string;
        }
      ];
  delivery: 'hall' | 'post';
  postalAddress: string;
  postalCode: string;
  consent: true;
}
