#!/usr/bin/env node
// Runs the built CLI (dist/), so that `node bin/conflict-facts.js` works from a checkout after `npm run build`.
import '../dist/cli/bin.js';
