/** What a template section holds (see docs/template-spec.md). */
export type ContentSpec =
  | { kind: 'prose'; description?: string }
  | { kind: 'list'; description?: string }
  | { kind: 'table'; columns: string[]; description?: string }
  | { kind: 'code'; language?: string; format?: 'api-contract'; description?: string }
  | { kind: 'fields'; fields?: FieldSpec[]; labels?: 'fixed' | 'any'; description?: string }
  | { kind: 'diagram'; description?: string }
  | { kind: 'questions'; statuses: string[]; description?: string };

/** A labelled field of a `fields` content item (`- **Authentication**: …`). */
export interface FieldSpec {
  label: string;
  aliases?: string[];
  required?: boolean;
  description?: string;
}

/** A pattern for text the template leaves for the author to replace. */
export interface PlaceholderSpec {
  id: string;
  pattern: string;
  flags?: string;
  /** Literals one of which every match contains: documents with none of them skip the pattern. */
  requires?: string[];
  description?: string;
}

/** Front matter the template requires or allows beyond the keys designdoc knows. */
export interface FrontMatterSpec {
  required?: string[];
  extraKeys?: string[];
}

/** One section of a template, with its subsections. */
export interface SectionSpec {
  id: string;
  title: string;
  aliases?: string[];
  required?: boolean;
  level: number;
  description?: string;
  content?: ContentSpec[];
  templateText?: string[];
  allowUnknownSections?: boolean;
  sections?: SectionSpec[];
}

/** A template: the sections a design document must have and what each holds. */
export interface TemplateSpec {
  $schema?: string;
  name: string;
  title: string;
  description?: string;
  documentTitle?: { level: number; required?: boolean };
  frontMatter?: FrontMatterSpec;
  preamble?: ContentSpec[];
  preambleText?: string[];
  placeholders?: PlaceholderSpec[];
  sections: SectionSpec[];
}
