import fc from 'fast-check';

/**
 * Random Markdown bodies for property tests of the plain-prose shortcut: pieces of prose, of
 * Markdown syntax, whitespace and line breaks, so that some bodies are plain prose and most are not.
 */
export const markdownBody = fc
  .array(
    fc.constantFrom(
      ...[
        '养老服务',
        '工作',
        '，',
        '。',
        '（',
        '）',
        '2024',
        'Abc',
        ' ',
        '  ',
        '\t',
        '\n',
        '\n\n',
        '\n \n',
        '## ',
        '# ',
        '###### ',
        '####### ',
      ],
      ...['*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '|', '&', '~', '\\', '-', '+', '=', '1.', '2)', ':', '://', 'www.', '@'],
      ...['%', '"', "'", '{', '}', '$', '.', '/', '　'],
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));
