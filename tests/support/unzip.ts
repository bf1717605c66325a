/**
 * Reads a zip the way an unzip program does (yauzl: checks each entry's CRC and size as it reads it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';

/** An entry of a zip: its name, Unix mode, date as an unzip program shows it (local time), content. */
export interface ZipEntry {
  name: string;
  mode: number;
  date: Date;
  content: Buffer;
}

/** Every entry of the zip at `file`, in the zip's order. */
export function readZip(file: string): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: ZipEntry[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (failed, stream) => {
          if (failed) return reject(failed);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({
              name: entry.fileName,
              mode: entry.externalFileAttributes >>> 16,
              date: entry.getLastModDate(),
              content: Buffer.concat(chunks),
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Unzips the zip at `file` into `dir`. */
export async function unzipTo(file: string, dir: string): Promise<void> {
  for (const e of await readZip(file)) {
    mkdirSync(dirname(join(dir, e.name)), { recursive: true });
    writeFileSync(join(dir, e.name), e.content);
  }
}
