/** The `baoku` command line: `main(argv)` runs a command and returns its exit code. */
export { main } from './main.js';
