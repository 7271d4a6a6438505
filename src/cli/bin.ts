#!/usr/bin/env node
import { main } from './main.js';

// `conflict-facts extract big/ | head -1`: the reader went away; end quietly instead of an EPIPE trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.exitCode = await main(process.argv);
