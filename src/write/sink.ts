/**
 * Where built files go: a memory sink for tests and `check`; the disk sink (disk-sink.ts) swaps the
 * finished site into place only when the whole build succeeded.
 */
import { posix } from 'node:path';
import { INSIDE_PREFIX } from './out-dir.js';

/** Receives the built files. */
export interface Sink {
  /** Writes a file; `key` (see `reuse`) lets a later build reuse it. */
  write(path: string, content: string | Uint8Array, key?: string): void;
  /** Resolves when the sink can take more files without holding much in memory (writes happen behind). */
  ready(): Promise<void>;
  /** Takes the published site's file at `path` if it was made with the same `key`; false if it must be made. */
  reuse(path: string, key: string): boolean;
  /**
   * Takes every file of `paths` from the published site if they were published as the group `name` with
   * the same `key` (see render/site.ts OutputGroup); false if they must be made (or reused) one by one.
   * The group's key is remembered either way.
   */
  reuseGroup(name: string, key: string, paths: readonly string[]): boolean;
  /**
   * Writes a file too large to hold whole, piece by piece in order (bytes, or a range of a published
   * file), waiting while many pieces wait to be written; it is published with the rest, as `write`'s.
   */
  writePieces(path: string, pieces: Iterable<Piece>, key?: string): Promise<void>;
  /** A file of the published site (as the last build of this sink left it), or null. */
  readPublished(path: string): string | null;
  /** The same, as bytes (`range`: only those of it, fewer if the file is shorter). */
  readPublishedBytes(path: string, range?: { start: number; end: number }): Buffer | null;
  /** Takes every file of the published site under `prefix` that this build has not made, but `except`; returns their paths. */
  carry(prefix: string, except?: ReadonlySet<string>): string[];
  /** What the build of the published site remembered under `name`, or null. */
  recall(name: string): unknown;
  /** Remembers `value` with this build's site, for the next build. */
  remember(name: string, value: unknown): void;
  /** Publishes what was written. */
  commit(): Promise<void>;
  /** Throws away what was written. */
  abort(): void;
}

/** A piece of a file written in pieces: bytes, or bytes `start` to `end` of a file of the published site. */
export type Piece = Uint8Array | { published: string; start: number; end: number };

/** Keeps files in a map. */
export function memorySink(): Sink & { files: Map<string, string | Uint8Array> } {
  const files = new Map<string, string | Uint8Array>();
  return {
    files,
    write: (path, content) => void files.set(safePath(path), content),
    async writePieces(path, pieces) {
      const parts = [...pieces].map((p) => {
        if (p instanceof Uint8Array) return p;
        throw new Error(`a memory sink has no published site to take ${p.published} from`);
      });
      files.set(safePath(path), Buffer.concat(parts));
    },
    ready: async () => undefined,
    reuse: () => false,
    reuseGroup: () => false,
    readPublished: () => null,
    readPublishedBytes: () => null,
    carry: () => [],
    recall: () => null,
    remember: () => undefined,
    commit: async () => undefined,
    abort: () => files.clear(),
  };
}

/** A relative path inside the output folder; anything that would climb out or is absolute is refused. */
export function safePath(path: string): string {
  const norm = posix.normalize(path.replace(/\\/g, '/'));
  if (
    norm.startsWith('/') ||
    norm === '..' ||
    norm.startsWith('../') ||
    /^[a-zA-Z]:/.test(norm) ||
    norm.includes('\0')
  ) {
    throw new Error(`refusing to write outside the output folder: ${path}`);
  }
  if (norm.startsWith(INSIDE_PREFIX))
    throw new Error(`refusing to write ${path}: names starting with ${INSIDE_PREFIX} are the build's own`);
  return norm;
}
