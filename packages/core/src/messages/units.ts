/** Messages of units: directory issues, resolution notes, kinds, group kinds and roles. */
import type { MessageCatalogue, Params, Template } from './types.js';
import { s } from './types.js';

const own = (map: Record<string, string>, key: unknown): string | undefined =>
  Object.prototype.hasOwnProperty.call(map, s(key)) ? map[s(key)] : undefined;

const FIELD_ZH: Record<string, string> = {
  id: '标识（id）',
  name: '名称',
  shortName: '简称',
  aliases: '别名',
  kind: '类型',
  parent: '上级单位',
  example: '示例标记',
};
const FIELD_EN: Record<string, string> = {
  id: 'id',
  name: 'name',
  shortName: 'short name',
  aliases: 'aliases',
  kind: 'kind',
  parent: 'parent',
  example: 'example mark',
};

/** "第 3 个单位" / "Unit 3" from a 0-based index; "单位" / "A unit" when there is none. */
const whichZh = (p: Params) => (typeof p.index === 'number' && p.index >= 0 ? `第 ${p.index + 1} 个单位` : '单位');
const whichEn = (p: Params) => (typeof p.index === 'number' && p.index >= 0 ? `Unit ${p.index + 1}` : 'A unit');

function invalidZh(p: Params): string {
  if (p.problem === 'expected_array') return '单位数据应为列表';
  const field = s(p.field);
  if (field === '') return `${whichZh(p)}应为含有 id、name、kind 的对象`;
  const label = own(FIELD_ZH, field);
  if (!label || p.problem === 'unrecognized_keys') return `${whichZh(p)}有无法识别的字段“${field}”`;
  const hint =
    field === 'id' || field === 'parent'
      ? '，应为小写字母、数字和连字符（例如 county-finance）'
      : field === 'kind' && p.allowed
        ? `，应为以下之一：${s(p.allowed)}`
        : field === 'example'
          ? '，只能为 true'
          : '';
  return `${whichZh(p)}的${label}缺失或不正确${hint}`;
}

function invalidEn(p: Params): string {
  if (p.problem === 'expected_array') return 'The units must be a list';
  const field = s(p.field);
  if (field === '') return `${whichEn(p)} must be an object with id, name and kind`;
  const label = own(FIELD_EN, field);
  if (!label || p.problem === 'unrecognized_keys') return `${whichEn(p)} has an unknown field “${field}”`;
  const hint =
    field === 'id' || field === 'parent'
      ? ': use lower-case letters, digits and hyphens (for example county-finance)'
      : field === 'kind' && p.allowed
        ? `: use one of ${s(p.allowed)}`
        : field === 'example'
          ? ': it can only be true'
          : '';
  return `${whichEn(p)}: the ${label} is missing or invalid${hint}`;
}

export const zhCN = {
  // Directory issues
  'unit.invalid': invalidZh,
  'unit.duplicate-id': (p) => `${whichZh(p)}的标识“${s(p.id)}”与前面的单位重复`,
  'unit.duplicate-name': (p) => `名称“${s(p.name)}”已用于另一个单位（${s(p.other)}）`,
  'unit.unknown-parent': (p) => `单位“${s(p.id)}”的上级单位“${s(p.parent)}”不在单位名录中`,
  'unit.parent-cycle': (p) => `单位“${s(p.id)}”的上级单位关系形成了循环`,
  // Resolution notes
  'unit.unresolved': (p) => `单位名录中找不到“${s(p.name)}”`,
  'unit.needs-choice': (p) => `“${s(p.text) || '县直有关部门'}”未列明具体单位，请选择`,
  'unit.example': () => '示例',
  // Kinds
  'unit.kind.county-government': () => '县人民政府',
  'unit.kind.county-office': () => '县政府办公机构',
  'unit.kind.county-department': () => '县政府工作部门',
  'unit.kind.county-institution': () => '县直事业单位',
  'unit.kind.township': () => '乡镇',
  'unit.kind.subdistrict': () => '街道',
  'unit.kind.village': () => '村',
  'unit.kind.community': () => '社区',
  'unit.kind.other': () => '其他单位',
  // Group kinds
  'unit.group.all-county': () => '县直各部门、单位',
  'unit.group.related': () => '县直有关部门、单位',
  'unit.group.all-townships': () => '各乡镇（街道）',
  'unit.group.unit': () => '单位',
  'unit.group.unresolved': () => '未识别的单位',
  // Roles
  'unit.role.lead': () => '牵头单位',
  'unit.role.cooperating': () => '配合单位',
} satisfies Record<string, Template>;

export const en: Record<keyof typeof zhCN, Template> = {
  'unit.invalid': invalidEn,
  'unit.duplicate-id': (p) => `${whichEn(p)}: the id “${s(p.id)}” is already used by an earlier unit`,
  'unit.duplicate-name': (p) => `The name “${s(p.name)}” already names another unit (${s(p.other)})`,
  'unit.unknown-parent': (p) => `The parent “${s(p.parent)}” of unit “${s(p.id)}” is not in the directory`,
  'unit.parent-cycle': (p) => `The parents of unit “${s(p.id)}” form a cycle`,
  'unit.unresolved': (p) => `“${s(p.name)}” is not in the directory of units`,
  'unit.needs-choice': (p) =>
    p.text ? `“${s(p.text)}” names no unit: choose the units it means` : 'The relevant county departments are not named: choose the units',
  'unit.example': () => 'example',
  'unit.kind.county-government': () => 'county government',
  'unit.kind.county-office': () => 'county government office',
  'unit.kind.county-department': () => 'county government department',
  'unit.kind.county-institution': () => 'county public institution',
  'unit.kind.township': () => 'township',
  'unit.kind.subdistrict': () => 'subdistrict',
  'unit.kind.village': () => 'village',
  'unit.kind.community': () => 'community',
  'unit.kind.other': () => 'other body',
  'unit.group.all-county': () => 'all county departments and units',
  'unit.group.related': () => 'the relevant county departments and units',
  'unit.group.all-townships': () => 'all townships and subdistricts',
  'unit.group.unit': () => 'unit',
  'unit.group.unresolved': () => 'unrecognised unit',
  'unit.role.lead': () => 'lead',
  'unit.role.cooperating': () => 'cooperating',
};

export const unitMessages: MessageCatalogue = { 'zh-CN': zhCN, en };
