// `npm run notices`: regenerates docs/feed-notices.md after a notice is added or reworded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { noticeDocs } from '../src/content/validation/noticeDocs';
import { NOTICE_DEFINITIONS } from '../src/content/validation/registry';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/feed-notices.md', noticeDocs(NOTICE_DEFINITIONS));
console.log(`docs/feed-notices.md: ${NOTICE_DEFINITIONS.length} codes`);
