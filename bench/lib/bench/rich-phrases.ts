/**
 * Vocabulary of the representative corpus, on top of `phrases.ts`: sentences composed of an
 * opening, a subject, an action and a close (thousands of shapes, so bodies do not repeat a few
 * sentences), and the pieces of the constructs the importer writes from real pages (captions,
 * list items, table rows, link texts, attachment names). Every name in it is invented.
 * `{slot}`s are filled by the generator (`corpus.ts`).
 */

export const OPENINGS = [
  '{date}，',
  '近日，',
  '今年以来，',
  '据{org}消息，',
  '为深入贯彻落实《{topic}{doc}》，',
  '在日前召开的{topic}{meeting}上，',
  '记者从{place}{org}获悉，',
  '自{month}月起，',
  '“十四五”以来，',
  '入汛以来，',
  '进入{month}月以来，',
  '针对群众反映集中的{topic}问题，',
  '按照{place}{org}统一部署，',
  '',
];

export const SUBJECTS = [
  '{place}',
  '{place}{org}',
  '{person}',
  '全{kind}各级各部门',
  '{place}各乡镇（街道）',
  '{place}{org}党组',
  '相关职能部门',
  '{place}{org}和{place2}{org}',
  '驻村工作队',
  '志愿服务队',
];

export const ACTIONS = [
  '聚焦{topic}，{verb}{object}{number}{unit}',
  '组织开展{topic}“回头看”专项行动',
  '围绕{goal}，研究出台《{topic}{doc}》',
  '走访{object}{number}{unit}，收集意见建议{number2}条',
  '新建{topic}服务站点{number3}个',
  '累计发放各类补贴资金{money}亿元',
  '深入{place2}实地调研{topic}工作',
  '对{object}开展拉网式排查，发现并整改问题{number2}个',
  '建立健全{topic}“一件事一次办”机制',
  '把{topic}纳入年度绩效考核，实行清单化管理',
  '联合{org}开展{topic}执法检查{small}轮',
  '推动{topic}与{topic2}深度融合',
  '选派{number2}名业务骨干下沉一线',
  '开通{topic}咨询服务热线',
  '印发{topic}任务分工方案，明确责任单位{number3}个',
  '召开{topic}推进会{small}次，逐项调度任务进展',
];

export const CLOSINGS = [
  '。',
  '，取得了良好成效。',
  '，进一步{verb}了{topic}工作基础。',
  '，推动{goal}迈出新步伐。',
  '，群众满意度达{pct2}%。',
  '，为{year}年全面完成目标任务打下坚实基础。',
  '，受到群众广泛好评。',
  '，相关做法被{org}作为典型经验推广。',
  '，较上年同期增长{pct}%。',
  '，切实把好事办好、实事办实。',
];

/** Heading pieces: `{lead}，{tail}` or `{numeral}、{lead}{tail}` (the importer keeps the numbering). */
export const HEADING_LEADS = [
  '{verb}{topic}',
  '坚持系统观念',
  '聚焦群众关切',
  '突出问题导向',
  '强化要素保障',
  '压实工作责任',
  '创新工作方法',
  '坚持真抓实干',
  '注重源头治理',
  '抓好示范引领',
];
export const HEADING_TAILS = [
  '推动{topic}提质增效',
  '助力{goal}',
  '筑牢{topic}防线',
  '跑出{topic}“加速度”',
  '织密{topic}服务网络',
  '让群众办事更便捷',
  '确保各项任务落地见效',
  '答好{topic}“必答题”',
];
export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

/** Photo captions as the importer keeps them under an image: what the photo shows, then the photographer. */
export const CAPTIONS = [
  '{date}，{place}{org}工作人员在{object}现场开展{topic}检查。',
  '{place}{topic}{meeting}现场。',
  '志愿者在{place}为群众讲解{topic}相关政策。',
  '{place}新建成的{topic}服务中心。',
  '{person}（中）在{place2}调研{topic}工作。',
  '{date}，{place}{object}建设现场。',
  '群众在{place}政务服务大厅办理{topic}相关业务。',
];

/** An item of a list, as the importer writes a `<ul>`/`<ol>` of a notice or a report. */
export const LIST_ITEMS = [
  '{verb}{topic}组织领导，成立工作专班。',
  '开展{topic}专项排查，建立问题清单、责任清单和整改清单。',
  '{verb}资金保障，统筹安排专项资金{money}亿元。',
  '加强宣传引导，发放宣传资料{number}份。',
  '严格督查考核，将{topic}纳入年度目标考核。',
  '畅通群众诉求渠道，公布监督电话和邮箱。',
  '{verb}部门协作，形成{topic}工作合力。',
  '做好信息报送，每月{day}日前报送工作进展。',
  '申报材料包括申请表、营业执照复印件和{topic}情况说明。',
  '咨询电话：0{number3}-{number}{number2}。',
];
/** The sentence that introduces a list. */
export const LIST_INTROS = [
  '主要工作措施如下：',
  '具体要求如下：',
  '{doc}明确了以下重点任务：',
  '有关事项通知如下：',
  '申报须满足以下条件：',
];

/**
 * The bold lead of a paragraph (`**一是……**。` in reports). The full stop stays outside: CommonMark
 * does not close `**` after punctuation that a Han character follows.
 */
export const BOLD_LEADS = ['{verb}{topic}', '突出{topic}重点', '{verb}组织保障', '{verb}监督检查', '坚持{topic}与{topic2}统筹推进'];

/** A table of figures: its caption sentence, its header and the rows' labels. */
export const TABLE_INTROS = ['{place}{year}年{topic}主要指标如下：', '各地{topic}工作完成情况见下表。', '{month}月份{topic}相关数据如下：'];
export const TABLE_ROWS = [
  '项目数量（{unit}）',
  '完成投资（亿元）',
  '惠及群众（万人）',
  '排查{object}（{unit}）',
  '整改问题（个）',
  '新增就业（人）',
  '服务站点（个）',
  '培训人次（人次）',
];

/** Links inside a paragraph: the text and what it points at on the source's site. */
export const LINK_TEXTS = ['《{place}{topic}{doc}》', '政策解读', '{topic}办事指南', '原文链接', '{org}网站', '相关报道'];
export const LINK_SENTENCES = [
  '具体内容详见{link}。',
  '更多信息可登录{link}查询。',
  '此前，本网曾刊发{link}。',
  '有关申报要求请参阅{link}。',
];

/** Attachment names of a notice's 附件 list. */
export const ATTACHMENTS = [
  '{place}{topic}{doc}',
  '{topic}工作任务分工表',
  '{topic}申报表',
  '{year}年{topic}项目清单',
  '{topic}专项检查情况汇总表',
];
export const ATTACHMENT_TYPES: readonly [string, string][] = [
  ['PDF', 'pdf'],
  ['Word', 'docx'],
  ['Excel', 'xlsx'],
];
