/**
 * Files written whole or not at all, and where baoku keeps data derived only from itself and its
 * libraries (as other tools do, in node_modules/.cache/<tool>).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** node_modules/.cache/baoku of the project baoku runs from. */
export const KEPT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.cache/baoku');

/** Writes `text` to a temporary file beside `file` and renames it into place (making the folder). */
export function writeAtomic(file: string, text: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, text);
  renameSync(`${file}.${process.pid}.tmp`, file);
}
