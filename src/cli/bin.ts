#!/usr/bin/env node
import { readFileSync } from 'node:fs';

// `conflict-facts --version` answers before anything else is loaded (commander, chalk, the pipeline).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version}\n`);
} else {
  // `conflict-facts extract big/ | head -1`: the reader went away; end quietly instead of an EPIPE trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv);
}
