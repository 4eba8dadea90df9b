import type { InputFile } from '../model/source.js';
import type { PortableDocument } from './portable.js';

/** Main thread → parse worker: one file to parse. */
export interface WorkerJob {
  id: number;
  file: InputFile;
  text: string;
}

/** Parse worker → main thread: the parsed file as plain data, or why it could not be parsed there. */
export type WorkerReply = { id: number; doc: PortableDocument } | { id: number; error: string };
