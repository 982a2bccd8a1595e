import type { Block } from '../markdown/blocks.js';
import type { Place } from '../markdown/position.js';

export const DOCUMENT_STATUSES = [
  'draft',
  'in-review',
  'approved',
  'rejected',
  'superseded',
  'deprecated',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Front matter keys designdoc knows; values that fail validation are left out. */
export interface FrontMatter {
  title?: string;
  status?: DocumentStatus;
  authors?: string[];
  reviewers?: string[];
  created?: string;
  updated?: string;
  tags?: string[];
  supersedes?: string[];
  'superseded-by'?: string;
  template?: string;
}

/** A labelled bullet: `- **Authentication**: OAuth2 …`. */
export interface Field {
  label: string;
  value: string;
  place: Place;
  /** Place of the value text. */
  valuePlace: Place;
  /** For a checklist item (`- [x] Tests pass`): whether it is ticked. */
  checked?: boolean;
}

interface Item {
  text: string;
  place: Place;
}

/** Typed extracts: what a decision log, a questions board or an API checker needs. */
export interface Extracts {
  goals: Item[];
  nonGoals: Item[];
  decisions: {
    decision: string;
    rationale: string;
    tradeOffs: string;
    section: string;
    place: Place;
  }[];
  endpoints: {
    method: string;
    path: string;
    input: string | null;
    output: string | null;
    status: number[];
    properties: Record<string, string>;
    place: Place;
  }[];
  entities: { name: string; purpose: string; place: Place }[];
  integrations: {
    system: string;
    protocol: string;
    frequency: string;
    failureMode: string;
    place: Place;
  }[];
  security: Record<string, string>;
  scalability: Record<string, string>;
  monitoring: Record<string, string>;
  deployment: Record<string, string>;
  openQuestions: {
    text: string;
    status: string | null;
    note: string;
    section: string;
    place: Place;
  }[];
  futureConsiderations: Item[];
  references: { text: string; url: string | null; place: Place }[];
}

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Section {
  /** Id of the template section this heading matched, or null for an unknown section. */
  id: string | null;
  title: string;
  /** GitHub-compatible anchor of the heading. */
  slug: string;
  level: number;
  place: Place;
  blocks: Block[];
  fields: Field[];
  sections: Section[];
}

/** The typed model of one design document (its JSON Schema: `designdoc schema model`). */
export interface DesignDoc {
  template: string;
  title: string | null;
  /**
   * The lifecycle stage, from front matter or the header field the template names for it (an
   * `accepted` ADR is `approved`); `draft` when absent or unknown.
   */
  status: DocumentStatus;
  /** The status as the document writes it, or null when it gives none. */
  statusText: string | null;
  frontMatter: FrontMatter;
  preamble: { blocks: Block[]; fields: Field[] };
  sections: Section[];
  extracts: Extracts;
}
