import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fictional filler articles for scale runs. The sentences reuse the words that make the fixture
 * queries hard (青禾, 柏油路, 建国, 津贴, 基站, 99.3亿, 示政明电〔2023〕…), so at 10,000 pages a
 * rare name competes with thousands of pages holding its parts, as on a real archive.
 */
const SENTENCES = [
  '青禾社区组织志愿者开展环境整治，清理楼道杂物。',
  '青禾农场推广节水灌溉，粮食产量稳中有升。',
  '新修柏油路连接青禾村与石门镇，群众出行更方便。',
  '建国路沿线商户签订门前三包责任书。',
  '建国以来的发展成就展吸引市民参观。',
  '王庄村党支部带领群众发展特色种植。',
  '有关部门检查高温津贴和交通补贴发放情况。',
  '通信企业对基站设备开展汛前巡检。',
  '全年一般公共预算收入99.3亿元，民生支出占比超过八成。',
  '根据示政明电〔2023〕5号文件要求，各地加强值班值守。',
  '市生态环境局发布空气质量月报，PM10浓度同比下降。',
  '河湖长巡河发现问题及时交办整改。',
  '老旧小区加装电梯工作稳步推进，居民满意度持续提升。',
  '纪检监察机关紧盯节日节点，严查违规吃喝问题。',
  '垃圾收运体系不断完善，分类投放点覆盖所有小区。',
  '市场监管部门开展校园周边食品安全检查。',
  '科技型中小企业研发投入持续加大。',
  '乡村振兴示范村建设有序推进，集体经济不断壮大。',
  '社区卫生服务中心开展义诊活动，为老年人免费体检。',
  '各级各部门要压实责任，确保各项任务落到实处。',
];
const TITLES = ['工作简报', '经验交流', '动态信息', '情况通报', '工作纪实', '新闻速递'];
const PLACES = ['东城区', '西湖镇', '南山街道', '北河乡', '青禾社区', '石门镇', '建国路社区', '柏树村'];
const COLUMNS = ['要闻', '通知公告', '民生', '法治'];
const SOURCES = ['示范日报', '示范县人民政府', '示范市人民政府', '示范市生态环境局', '示范省纪委监委网站'];

/** A small seeded generator, so every run builds the same corpus. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` articles under `articlesDir/gen/YYYY/MM/` (dates 2015–2024). */
export function generateArticles(articlesDir: string, count: number, seed = 7): void {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  for (let i = 1; i <= count; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const dir = join(articlesDir, day.slice(0, 4), day.slice(5, 7));
    mkdirSync(dir, { recursive: true });
    const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 4) }, () =>
      Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SENTENCES)).join(''),
    );
    const place = pick(PLACES);
    const body = [`${place}${paragraphs[0]}`, ...paragraphs.slice(1)].join('\n\n');
    writeFileSync(
      join(dir, `gen-${String(i).padStart(5, '0')}.md`),
      `---\ntitle: ${place}${pick(TITLES)}（第${i}期）\ndate: ${day}\nsource: ${pick(SOURCES)}\noriginalUrl: https://city.example.gov/gen/${i}.html\ncategory: ${pick(COLUMNS)}\n---\n\n${body}\n`,
    );
  }
}
