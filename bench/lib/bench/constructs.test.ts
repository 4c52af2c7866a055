import { describe, expect, test } from 'vitest';
import { bodyConstructs, tallyBodies } from './constructs.ts';

const RICH = [
  '东川市召开会议。',
  '',
  '![会议现场。 王明 摄](https://www.example.cn/a.jpg)',
  '',
  '会议现场。 王明 摄',
  '',
  '## 一、压实责任',
  '',
  '**一是加强领导**。详见[通知](https://www.example.cn/b.html)和*说明*。',
  '',
  '- 第一项。',
  '- 第二项。',
  '',
  '| 指标 | 数值 |',
  '| --- | --- |',
  '| 项目 | 12 |',
  '',
  '> 引文。',
  '',
  '## 附件',
  '',
  '- [1. 申报表.docx](https://www.example.cn/f.docx)（Word，12.0 KB）',
].join('\n');

describe('bodyConstructs', () => {
  test('counts every construct of a body, the 附件 list apart from the lists and links of the text', () => {
    expect(bodyConstructs(RICH)).toEqual({
      headings: 2,
      images: 1,
      captionedImages: 1,
      links: 1,
      lists: 1,
      strong: 1,
      emphasis: 1,
      tables: 1,
      blockquotes: 1,
      attachments: true,
      plainProse: false,
    });
  });

  test('finds plain prose in paragraphs and headings only, and an image without a caption', () => {
    expect(bodyConstructs('## 标题\n\n第一段。\n\n第二段。')).toMatchObject({ headings: 1, plainProse: true, images: 0 });
    expect(bodyConstructs('![图](a.jpg)\n\n![图](b.jpg)')).toMatchObject({ images: 2, captionedImages: 0, plainProse: false });
  });

  test('leaves bold that CommonMark does not close (after a full stop before a Han character) uncounted', () => {
    expect(bodyConstructs('**一是加强领导。**东川市。').strong).toBe(0);
  });
});

describe('tallyBodies', () => {
  test('counts the bodies that carry each construct at least once', () => {
    expect(tallyBodies([RICH, '第一段。', '## 一\n\n段。'])).toEqual({
      bodies: 3,
      headings: 2,
      images: 1,
      captionedImages: 1,
      links: 1,
      lists: 1,
      strong: 1,
      emphasis: 1,
      tables: 1,
      blockquotes: 1,
      attachments: 1,
      plainProse: 2,
    });
  });
});
