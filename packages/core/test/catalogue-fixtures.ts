// Small hand-written catalogue items for the catalogue tests (not a test file itself).
import { parseDeadline, type CatalogueItem, type StandardCatalogue } from '../src/index.js';

export const TL = '信息形成或者变更之日起20个工作日内';

/** A valid county-level 社会救助 item; `over` replaces any field. */
export function catalogueItem(id: string, over: Partial<CatalogueItem> = {}): CatalogueItem {
  return {
    id,
    area: 'SOCIAL_ASSISTANCE',
    item1: '最低生活保障',
    item2: `办事指南${id}`,
    content: ['办理事项、条件'],
    basis: ['《社会救助暂行办法》'],
    timeLimit: { text: TL, rule: parseDeadline(TL) },
    subject: { text: '县民政局', units: ['county-civil-affairs'] },
    channels: ['GOV_WEBSITE'],
    channelsOther: [],
    audience: ['PUBLIC'],
    mode: ['PROACTIVE'],
    level: ['COUNTY'],
    ...over,
  };
}

/** A county catalogue holding `items`. */
export const catalogueOf = (items: CatalogueItem[]): StandardCatalogue => ({
  issuer: '示例县人民政府',
  level: 'COUNTY',
  versionDate: '2024-03-01',
  items,
});

/** The top row of a two-row catalogue header as counties print it (regulations §5.1). */
export const TWO_ROW_TOP = [
  '序号',
  '公开事项',
  '',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '',
  '公开方式',
  '',
  '公开层级',
  '',
];
