import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A command's arguments: what it takes, and what to say when it is given something else. */
export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** The command line as an editor types it, e.g. `npm run import -- <file|folder|url>… [--json]`. */
  usage: string;
  options: O;
  allowPositionals?: boolean;
  /** Said after a bad argument: what the command did not do, e.g. `未导入任何文件。Nothing was imported.` */
  nothingDone?: string;
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;

/** The arguments read, `--help` asked for, or a bad argument with what to say about it. */
export type CommandArgs<O extends ParseArgsOptionsConfig> =
  { kind: 'ok'; values: Parsed<O>['values']; positionals: string[] } | { kind: 'help'; text: string } | { kind: 'error'; text: string };

/** Edit distance, for the option an unknown one was most likely meant to be. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const nearest = (name: string, known: readonly string[]) =>
  known
    .map((k) => ({ k, d: distance(name, k) }))
    .filter(({ d }) => d <= 2)
    .sort((x, y) => x.d - y.d)[0]?.k;

/** Node's message, said as an editor needs it: which argument, and what the command takes. */
function explain(error: Error & { code?: string }, known: readonly string[]): string {
  const option = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const meant = nearest(option.replace(/^-+/, '').split('=')[0]!, known);
    return `不认识的参数 ${option}${meant ? `，是否要写 --${meant}？` : '。'}Unknown option ${option}${meant ? `: did you mean --${meant}?` : '.'}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /argument missing/.test(error.message)
      ? `参数 ${option} 后面缺少取值。${option} needs a value after it.`
      : `参数 ${option} 不取值。${option} takes no value.`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const extra = /'([^']*)'/.exec(error.message)?.[1] ?? '';
    return `多余的参数 ${extra}：此命令不接受文件或文件夹。Unexpected argument ${extra}: this command takes options only.`;
  }
  return error.message;
}

/**
 * Reads a command's arguments strictly: an unknown option (a typo such as `--prat 1/4`), an
 * option without its value or a stray word is an error, never ignored; `--help` or `-h` asks for
 * the usage. Pure: `commandArgsOrExit` prints and exits.
 */
export function readCommandArgs<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, argv: readonly string[]): CommandArgs<O> {
  const usage = `用法 Usage: ${spec.usage}`;
  if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help', text: usage };
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: spec.options,
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    });
    return { kind: 'ok', values: values as Parsed<O>['values'], positionals };
  } catch (error) {
    const message = explain(error as Error & { code?: string }, Object.keys(spec.options));
    return {
      kind: 'error',
      text: [`参数有误 (bad argument): ${message}`, usage, ...(spec.nothingDone ? [spec.nothingDone] : [])].join('\n'),
    };
  }
}

/** `readCommandArgs`, printing the usage and exiting 0 for `--help`, or the error and exiting 2. */
export function commandArgsOrExit<O extends ParseArgsOptionsConfig>(
  spec: CommandSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
): { values: Parsed<O>['values']; positionals: string[] } {
  const args = readCommandArgs(spec, argv);
  if (args.kind === 'help') {
    console.log(args.text);
    process.exit(0);
  }
  if (args.kind === 'error') {
    console.error(args.text);
    process.exit(2);
  }
  return args;
}
