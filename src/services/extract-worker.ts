/**
 * @module The body of the extraction worker thread (see worker-extractor.ts): reads articles
 * sent to it and answers with their ExtractResult, or the error's code and message.
 */
import { parentPort } from 'node:worker_threads';
import { isCorroborateError } from '../domain/errors.js';
import { extractText } from './extract.js';

export interface ExtractRequest {
  id: number;
  text: string;
  opts: { lang?: string; published?: string | null };
}

parentPort?.on('message', (m: ExtractRequest) => {
  try {
    parentPort!.postMessage({ id: m.id, result: extractText(m.text, m.opts) });
  } catch (e) {
    parentPort!.postMessage({
      id: m.id,
      error: { code: isCorroborateError(e) ? e.code : null, message: (e as Error)?.message ?? String(e) },
    });
  }
});
parentPort?.postMessage({ ready: true });
