import type { DocumentStatus } from '../model/schema.js';

/** What a template section holds (see docs/template-spec.md). */
export type ContentSpec =
  | { kind: 'prose'; description?: string }
  | { kind: 'list'; description?: string }
  | { kind: 'table'; columns: string[]; description?: string }
  | { kind: 'code'; language?: string; format?: 'api-contract'; description?: string }
  | { kind: 'fields'; fields?: FieldSpec[]; labels?: 'fixed' | 'any'; description?: string }
  | { kind: 'diagram'; description?: string }
  | { kind: 'questions'; statuses: string[]; description?: string }
  | { kind: 'toc'; description?: string }
  | { kind: 'checklist'; items: FieldSpec[]; description?: string };

/** A labelled field of a `fields` content item (`- **Authentication**: …`) or a checklist item. */
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

/** A status a template offers, and where it sits in designdoc's lifecycle. */
export interface StatusValueSpec {
  value: string;
  lifecycle: DocumentStatus;
}

/**
 * The template's own status vocabulary (MADR's `proposed | accepted | …`, Swift Evolution's
 * `Awaiting review`), where a document writes its status besides front matter (a header field),
 * and whether other values are accepted.
 */
export interface StatusSpec {
  /** A header field that holds the status (`* Status: **Accepted**`), read when front matter has none. */
  field?: string;
  values?: StatusValueSpec[];
  /** Any value is accepted (the template's list ends in "…"); unknown ones count as drafts. */
  open?: boolean;
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
  /** Authors may add their own subsections here (the default); `false` closes the section. */
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
  status?: StatusSpec;
  preamble?: ContentSpec[];
  preambleText?: string[];
  placeholders?: PlaceholderSpec[];
  /** Authors may add their own top-level sections (the default); `false` closes the top level. */
  allowUnknownSections?: boolean;
  sections: SectionSpec[];
}
