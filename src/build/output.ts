/**
 * The render stage's side of the sink: every file of renderSite goes to the sink as soon as it is made (the
 * site is never held in memory whole), unless the sink can take it from the published site; counted.
 */
import type { Output, OutputGroup } from '../render/outputs.js';
import type { Sink } from '../write/sink.js';

/** Files that went to the sink, and how many of them were taken from the published site. */
export class Written {
  files = 0;
  /** Bytes written (reused files not counted). */
  bytes = 0;
  reused = 0;
  readonly #sink: Sink;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  /** Writes a made file (with `key`, a later build can reuse it). */
  readonly write = (path: string, content: string | Uint8Array, key?: string): void => {
    this.#sink.write(path, content, key);
    this.files++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  };

  /** Counts the site's zip and its note, if made (see write/archive-zip.ts). */
  zipped(zip: { bytes: number; made: boolean } | null): void {
    if (!zip) return;
    this.files += 2;
    if (zip.made) this.bytes += zip.bytes;
  }

  /** Counts `n` files taken over from the published site. */
  taken(n: number): void {
    this.files += n;
    this.reused += n;
  }

  /**
   * Writes every output, taking those the sink has as published (a whole group at once when it can);
   * stops every few files to let the index stage's work and the sink's writes go on.
   */
  async outputs(made: Iterable<Output | OutputGroup>): Promise<void> {
    const sink = this.#sink;
    let n = 0;
    for (const item of made) {
      if ('group' in item && sink.reuseGroup(item.group, item.key, item.paths)) {
        this.taken(item.paths.length);
        continue;
      }
      for (const f of 'group' in item ? item.outputs() : [item]) {
        if (sink.reuse(f.path, f.key)) {
          this.taken(1);
          continue;
        }
        this.write(f.path, f.render(), f.key);
        if (++n % 16 === 0) {
          await new Promise((resolve) => setImmediate(resolve));
          await sink.ready();
        }
      }
    }
  }
}
