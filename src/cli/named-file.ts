/**
 * Reading a file the editor named on the command line (`baoku parse FILE`, `baoku new FILE`).
 */
import { lstatSync } from 'node:fs';
import { BuildError } from '../errors.js';

/**
 * The file's bytes, read as content is (a regular file, within the size limit); a name with nothing behind
 * it is refused naming it and the folder it was looked for in, not reported as a file that went away.
 */
export async function readNamedFile(file: string): Promise<Uint8Array> {
  try {
    lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BuildError(`there is no file ${file} (looked in ${process.cwd()})`, { file: '-', rule: 'no-file' });
  }
  const { readContentFile } = await import('../ingest/content-file.js');
  return readContentFile(file, { shown: file });
}
