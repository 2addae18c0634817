// `pnpm motcua report --db data/x.db` typed in a sub-folder of the repository: pnpm runs the script from the
// repository root, so relative paths (--db, books, --out, keys) would be read from there and not from the
// folder the user was in. pnpm and npm say where that was in INIT_CWD; a run of the `motcua` script goes
// back there first. Any other start (the installed command, a test spawning main.js) is already there.

/** The folder the user ran the command from, when a package manager's script moved us elsewhere. */
function invocationDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const ranAsScript = env.npm_lifecycle_event === 'motcua';
  return ranAsScript && env.INIT_CWD ? env.INIT_CWD : undefined;
}

export function returnToInvocationDir(env: NodeJS.ProcessEnv = process.env): void {
  const dir = invocationDir(env);
  if (dir !== undefined && dir !== process.cwd()) process.chdir(dir);
}
