/**
 * A disk that fills up, for the fault-injection tests (tests/build/faults.test.ts): preloaded into every
 * process and thread of a build with NODE_OPTIONS="--require <this file>" (workers run --require
 * preloads too), it makes writes fail with ENOSPC, as a full disk does, once BAOKU_TEST_DISK_BYTES
 * bytes have been written by that thread. Test code only: baoku itself has no such switch.
 */
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const budget = Number(process.env.BAOKU_TEST_DISK_BYTES);
if (Number.isFinite(budget) && budget >= 0) {
  let used = 0;
  const full = (syscall, path) =>
    Object.assign(new Error(`ENOSPC: no space left on device, ${syscall} '${path}'`), {
      errno: -28,
      code: 'ENOSPC',
      syscall,
      path: String(path),
    });
  const size = (data) => (typeof data === 'string' ? Buffer.byteLength(data) : (data?.byteLength ?? 0));
  const spend = (bytes, syscall, path) => {
    // Every new file or folder takes a block, as on a real disk.
    used += bytes + 512;
    if (used > budget) throw full(syscall, path);
  };
  const wrap = (name, cost) => {
    const original = fs[name];
    fs[name] = function (...args) {
      spend(
        cost(...args),
        name === 'writeFileSync' || name === 'appendFileSync' || name === 'writeSync'
          ? 'write'
          : name.replace(/Sync$/, '').toLowerCase(),
        typeof args[0] === 'number' ? `fd ${args[0]}` : args[0],
      );
      return original.apply(this, args);
    };
  };
  wrap('writeFileSync', (_, data) => size(data));
  wrap('appendFileSync', (_, data) => size(data));
  wrap('writeSync', (_, data) => size(data));
  wrap('copyFileSync', (from) => {
    try {
      return fs.statSync(from).size;
    } catch {
      return 0;
    }
  });
  wrap('mkdirSync', () => 0);
  wrap('linkSync', () => 0);
  syncBuiltinESMExports();
}
