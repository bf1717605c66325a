#!/usr/bin/env node
// The compiled CLI lives in lib/ (built by `npm ci` through the prepare script, and by `npm run build`).
import { main } from '../lib/cli.js';

process.exitCode = await main(process.argv.slice(2));
