import { describe, expect, test } from 'vitest';
import { readCommandArgs } from './command-args.ts';

const spec = {
  usage: 'npm run demo -- <file>… [--category 栏目] [--json]',
  nothingDone: '未做任何事。Nothing was done.',
  allowPositionals: true,
  options: { category: { type: 'string' }, json: { type: 'boolean', default: false } },
} as const;
const error = (line: string) => ({
  kind: 'error',
  text: `参数有误 (bad argument): ${line}\n用法 Usage: npm run demo -- <file>… [--category 栏目] [--json]\n未做任何事。Nothing was done.`,
});

describe('readCommandArgs', () => {
  test('reads options and positionals', () => {
    expect(readCommandArgs(spec, ['a.html', '--category', '要闻', 'b.html'])).toEqual({
      kind: 'ok',
      values: { category: '要闻', json: false },
      positionals: ['a.html', 'b.html'],
    });
  });

  test.each([['--help'], ['-h'], ['a.html', '--help']])('%j asks for the usage', (...argv) => {
    expect(readCommandArgs(spec, argv)).toEqual({ kind: 'help', text: '用法 Usage: npm run demo -- <file>… [--category 栏目] [--json]' });
  });

  test.each([
    [['--catgory', '要闻'], error('不认识的参数 --catgory，是否要写 --category？Unknown option --catgory: did you mean --category?')],
    [['--jsn'], error('不认识的参数 --jsn，是否要写 --json？Unknown option --jsn: did you mean --json?')],
    [['--force'], error('不认识的参数 --force。Unknown option --force.')],
    [['-x'], error('不认识的参数 -x。Unknown option -x.')],
    [['--category'], error('参数 --category 后面缺少取值。--category needs a value after it.')],
    [['--json=yes'], error('参数 --json 不取值。--json takes no value.')],
  ])('%j is an error naming the argument', (argv, expected) => {
    expect(readCommandArgs(spec, argv)).toEqual(expected);
  });

  test('a word where the command takes none', () => {
    expect(readCommandArgs({ ...spec, allowPositionals: false }, ['stray'])).toEqual(
      error('多余的参数 stray：此命令不接受文件或文件夹。Unexpected argument stray: this command takes options only.'),
    );
  });

  test('without nothingDone the error ends with the usage', () => {
    expect(readCommandArgs({ usage: spec.usage, options: spec.options }, ['--jsn'])).toEqual({
      kind: 'error',
      text: '参数有误 (bad argument): 不认识的参数 --jsn，是否要写 --json？Unknown option --jsn: did you mean --json?\n用法 Usage: npm run demo -- <file>… [--category 栏目] [--json]',
    });
  });
});
