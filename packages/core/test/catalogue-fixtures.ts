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
