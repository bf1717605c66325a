#!/usr/bin/env node
// The compiled CLI, bundled, lives in lib/bin/ (made by `npm ci` through the prepare script, and by `npm run build`).
import { main } from '../lib/bin/cli.js';

process.exitCode = await main(process.argv.slice(2));
