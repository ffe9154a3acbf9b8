/**
 * @module The body of the extraction worker thread (see worker-extractor.ts): reads articles
 * sent to it and answers with their ExtractResult, or the error's code and message.
 */
import { parentPort } from 'node:worker_threads';
import { extractText } from './extract.js';
import { serveThread } from './thread-client.js';

export interface ExtractRequest {
  text: string;
  opts: { lang?: string; published?: string | null };
}

if (parentPort) serveThread(parentPort, (m: ExtractRequest) => extractText(m.text, m.opts));
