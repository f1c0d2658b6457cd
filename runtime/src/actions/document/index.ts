// The document action's public surface.
export {
  BUNDLED_TEMPLATES,
  createDocumentGenerator,
  type DocumentGenerator,
  type DocumentGeneratorOptions,
  type DocumentResult,
  type GeneratedDocument,
} from './document-generator.ts';
export type { DocumentFailure, DocumentFailureCode, LocalizedMessage } from './failures.ts';
export type { DocumentField, DocumentSpec, LocalizedText } from './generated/document-spec.ts';
export type { DocumentTemplate } from './generated/document-template.ts';
export type { TemplateRequest } from './generated/template-request.ts';
export { default as documentSpecSchema } from './schemas/document-spec.schema.json' with {
  type: 'json',
};
export { default as templateRequestSchema } from './schemas/template-request.schema.json' with {
  type: 'json',
};
