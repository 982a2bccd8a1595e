import { fileURLToPath } from 'node:url';

/** The shared folder beside the repository (templates and corpora used as test data). */
export const SHARED_DIR = fileURLToPath(new URL('../../shared/', import.meta.url));
export const TDD_TEMPLATE = `${SHARED_DIR}templates/technical-design-document.md`;
export const RFC_DIR = `${SHARED_DIR}corpora/rust-rfcs/`;
export const RFC_TEMPLATE = `${RFC_DIR}0000-template.md`;
