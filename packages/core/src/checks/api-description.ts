/**
 * An HTTP API as its description (OpenAPI) states it, reduced to what a design document's API
 * contracts can say: the host reads and dereferences the description (the core does no I/O),
 * converts it with `openApiOperations` and hands it to the `api-*` rules through
 * `LintOptions.checks.api`. Plain data, so it crosses to worker threads and into tests as is.
 */
export interface ApiDescription {
  /** Where it was read from (a file path or URL), for messages. */
  source: string;
  /**
   * The path of the first server URL (`/api/v1`), '' when it has none: every operation's path
   * starts with it, and a contract may leave it out (`GET /documents` for `/api/v1/documents`).
   */
  basePath: string;
  operations: ApiOperation[];
  /** What the other documents of the same run document, when one run checks several. */
  elsewhere?: OtherDocuments;
}

/** What the other documents of a run say, so that each document is checked knowing them. */
export interface OtherDocuments {
  /** The operations (`operationKey`) another document of the run has a contract for. */
  documented: string[];
  /**
   * Another document reports the operations no document has a contract for (the run's first
   * document with API contracts does), so this one does not report them again.
   */
  reportsUndocumented: boolean;
}

/** One operation: a method on a path template. */
export interface ApiOperation {
  /** Upper case: `GET`, `POST`… */
  method: string;
  /** The path template as served, the server's base path included (`/api/v1/documents/{id}`). */
  path: string;
  operationId?: string;
  /** Path-level and operation parameters (the operation's win by name and place). */
  parameters: ApiParameter[];
  /** The status codes it describes as OpenAPI writes them: `200`, `4XX`, `default`. */
  statuses: string[];
  /** The request body, or null when it takes none. */
  request: ApiBody | null;
  /** The response body by status code (null: a response without a body). */
  responses: Record<string, ApiBody | null>;
  /** What a call needs to authenticate (`security`), or undefined when the description does not say. */
  security?: ApiSecurity;
}

export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
}

/** The security an operation requires: any one of `schemes`, or none when `optional`. */
export interface ApiSecurity {
  /** `security: []`, or an empty requirement `{}` among the alternatives: callers may be anonymous. */
  optional: boolean;
  schemes: ApiSecurityScheme[];
}

/** A security scheme as `components.securitySchemes` declares it. */
export interface ApiSecurityScheme {
  /** Its key in `components.securitySchemes`. */
  name: string;
  /** `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS` (empty when it is not declared). */
  type: string;
  /** For `http`: `bearer`, `basic`… (lower case). */
  scheme?: string;
  /** For `apiKey`: `header`, `query` or `cookie`. */
  in?: string;
}

/** A body's top-level fields, when its schema is an object. */
export interface ApiBody {
  required: boolean;
  /** The media type whose schema was read (`application/json`), '' when it has no content. */
  mediaType: string;
  /**
   * The object's property names (an array's: its items'), or null when the schema names none
   * (not an object, or one without properties): then fields cannot be compared.
   */
  fields: string[] | null;
  /** The properties the schema requires. */
  requiredFields: string[];
}
