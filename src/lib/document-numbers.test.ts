import { describe, expect, test } from 'vitest';
import { documentNumbers } from './document-numbers.ts';

describe('documentNumbers', () => {
  test('keys a document number by the issuer’s last two characters, year and serial', () => {
    expect(documentNumbers('示政明电〔2022〕1号')).toEqual([{ key: '明电2022-1', year: '2022' }]);
    // Text that runs into the number, leading zeros, 第, full-width and ASCII brackets, repeats.
    expect(
      documentNumbers('根据示政明电〔2022〕01号，国办发［2023］第5号、京政发（2021）12 号和国办发[2023]5号').map((d) => d.key),
    ).toEqual(['明电2022-1', '办发2023-5', '政发2021-12']);
  });
  test('tells 〔2022〕1号 from 〔2022〕11号 and ignores years that are not document numbers', () => {
    expect(documentNumbers('示政明电〔2022〕11号').map((d) => d.key)).toEqual(['明电2022-11']);
    expect(documentNumbers('2022年工作报告（2022）〔2022〕1号')).toEqual([]);
  });
});
