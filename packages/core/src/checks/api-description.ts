/**
 * An HTTP API as its description (OpenAPI) states it, reduced to what a design document's API
 * contracts can say: the host reads and dereferences the description (the core does no I/O) and
 * hands this to the `api-*` rules through `LintOptions.api`.
 */
export interface ApiDescription {
  /** Where it was read from (a file path or URL), for messages. */
  source: string;
  operations: ApiOperation[];
}

/** One operation: a method on a path template. */
export interface ApiOperation {
  /** Upper case: `GET`, `POST`… */
  method: string;
  /** The path template as served, the server's base path included (`/api/v1/documents/{id}`). */
  path: string;
  operationId?: string;
  /** The status codes it describes as OpenAPI writes them: `200`, `4XX`, `default`. */
  statuses: string[];
  /** The request body, or null when it takes none. */
  request: ApiBody | null;
  /** The response body by status code (null: a response without a body). */
  responses: Record<string, ApiBody | null>;
  /** Whether a call needs credentials (`security`), or undefined when the description does not say. */
  authenticated?: boolean;
}

/** A body's top-level fields, when its schema is an object. */
export interface ApiBody {
  required: boolean;
  /** The object's property names; empty when the schema is not an object with properties. */
  fields: string[];
  /** The properties the schema requires. */
  requiredFields: string[];
}
