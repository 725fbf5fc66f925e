/** Parsed command-line flags: positional arguments and `--name value` pairs. */
export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses `a.json --format md --out x.md --json` style arguments.
 * @example parseArgs(['a.json', '--format', 'md']).flags.get('format') // 'md'
 */
export function parseArgs(argv: readonly string[], booleans: ReadonlySet<string> = new Set()): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(name, inline);
    else if (booleans.has(name)) flags.set(name, true);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) flags.set(name, true);
      else {
        flags.set(name, value);
        i += 1;
      }
    }
  }
  return { positional, flags };
}

/**
 * Lets a command's output be piped into `head` or a pager that stops reading: the closed pipe ends the process
 * quietly instead of crashing it with an EPIPE stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
