/**
 * A machine that refuses to let a server listen, for tests of `baoku dev`: preloaded with
 * NODE_OPTIONS="--require <this file>", it makes every server's listen fail with the error code in
 * BAOKU_TEST_LISTEN_ERROR (EACCES, EADDRNOTAVAIL, ...), as the operating system reports it. Test code only.
 */
'use strict';
const net = require('node:net');

const code = process.env.BAOKU_TEST_LISTEN_ERROR;
if (code) {
  net.Server.prototype.listen = function (port, host) {
    const error = Object.assign(new Error(`listen ${code}: refused by the test ${host}:${port}`), {
      code,
      errno: -1,
      syscall: 'listen',
      address: host,
      port,
    });
    process.nextTick(() => this.emit('error', error));
    return this;
  };
}
