#!/usr/bin/env node
// `conflict-facts --version` answers before anything else is loaded (commander, chalk, the pipeline).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // `conflict-facts extract big/ | head -1`: the reader went away; end quietly instead of an EPIPE trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv);
}
