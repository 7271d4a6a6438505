#!/usr/bin/env node
import { EXIT, reason } from './exit.js';

// `conflict-facts --version` answers before anything else is loaded (commander, chalk, the pipeline).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  // `conflict-facts extract big/ | head -1`: the reader went away; end quietly instead of an EPIPE trace.
  // Any other failure of standard output (a full disk, a closed device) is one line and exit 4.
  const { removePendingOutputs, stdoutFailureReported } = await import('./output.js');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    if (!stdoutFailureReported()) process.stderr.write(`conflict-facts: error: cannot write standard output: ${reason(err)}\n`);
    process.exit(EXIT.OUTPUT_FAILED);
  });
  // Ctrl-C or a kill: remove the temporary file of --out (the target is only ever renamed into place whole)
  // and exit 128 + the signal's number, as a shell does.
  for (const [signal, code] of [['SIGINT', EXIT.SIGINT], ['SIGTERM', EXIT.SIGTERM]] as const) {
    process.on(signal, () => {
      removePendingOutputs();
      if (process.stderr.isTTY) process.stderr.write('\x1b[?25h'); // the progress bar hides the cursor
      process.exit(code);
    });
  }
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv);
}
