#!/usr/bin/env node
console.error('motcua: CLI not built yet');
process.exit(2);
