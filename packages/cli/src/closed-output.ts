// `motcua report | head -1`: once the reader has gone, a write to stdout fails with EPIPE, and Node throws
// it as an unhandled 'error' event with a stack trace. Nobody is left to read the rest, so the output is
// dropped from then on and the command ends as it would have (its own exit code, its ledger writes
// committed or not as without the pipe), quietly.
export function endQuietlyWhenOutputCloses(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]) {
  for (const stream of streams) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      // After EPIPE the stream is destroyed; a later write reports that too.
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
      throw e;
    });
  }
}

/** Writes unless the reader has gone (see above). */
export function writeIfOpen(stream: NodeJS.WriteStream, text: string): void {
  if (!stream.destroyed) stream.write(text);
}
