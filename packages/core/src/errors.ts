/** Codes of the errors core throws for misuse or bad configuration (never for document content). */
export type DesignDocErrorCode =
  | 'template-not-found'
  | 'invalid-template'
  | 'invalid-config'
  | 'unknown-rule';

/** A typed error whose message says what to change. */
export class DesignDocError extends Error {
  readonly code: DesignDocErrorCode;
  readonly details: string[];

  constructor(code: DesignDocErrorCode, message: string, details: string[] = []) {
    super(message);
    this.name = 'DesignDocError';
    this.code = code;
    this.details = details;
  }
}
