// Worker thread of scale-seed.mjs: makes and prepares (parse + lint, the server's own
// prepareDocument) the documents it is asked for, and posts them back for the main thread to
// insert. Preparing is the CPU-heavy part of a save; inserting stays on one connection.
import { parentPort } from 'node:worker_threads';
import { PRESETS } from '@designdoc/core';
import {
  prepareDocument,
  resolveTemplate,
} from '../packages/server/dist/documents/prepare-document.js';
import { loadMaterial, scaleDocument } from './scale-documents.mjs';

const material = loadMaterial();
const templates = { lookup: (name) => PRESETS[name], names: Object.keys(PRESETS) };

parentPort.on('message', ({ from, to }) => {
  const batch = [];
  for (let i = from; i < to; i++) {
    const doc = scaleDocument(material, i);
    batch.push({
      i,
      workspace: doc.workspace,
      project: doc.project,
      codeWord: doc.codeWord,
      prepared: prepareDocument(
        doc.markdown,
        resolveTemplate(doc.markdown, doc.template, 'tdd', templates),
      ),
    });
  }
  parentPort.postMessage(batch);
});
parentPort.postMessage('ready');
