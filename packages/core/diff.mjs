import fs from 'node:fs';
import { parseMarkdown } from './dist/markdown/parse-markdown.js';
