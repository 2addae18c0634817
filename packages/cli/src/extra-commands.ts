// Commands that sit on other packages' newer parts: seed (sample commune), rebuild (projection engine)
// and serve (HTTP server).
import type { Command } from 'commander';
import type { Io } from './context.js';

export interface CommandKit {
  readonly program: Command;
  readonly sub: (parent: Command, name: string, vi: string, en: string) => Command;
  readonly withDb: (c: Command) => Command;
  readonly t: (vi: string, en: string) => string;
  readonly io: Io;
}

export function extraCommands(_kit: CommandKit): void {}
