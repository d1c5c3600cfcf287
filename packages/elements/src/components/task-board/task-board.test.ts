import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { generatePlan, parseCsv, sampleProgress2020, seedUnitData, wenshangPlan2020, type Plan, type ProgressUpdate } from '@gongkai/core';
import { $, $$, frame, settle, text } from '../../testing/dom.js';
import './define.js';
import type { GkProgressChangeDetail, GkTaskBoard } from './task-board.js';

// Expected values are hand-derived from the seed text (data/seed/wenshang-2020-plan.txt), the
// example progress (plans/progress.ts), the 2020 holiday arrangements and the message catalogues;
// never from taskStatusAt, planTable, planToCsv or planToIcs, which the element calls itself.
//
// Working days of 2020 used below (State Council arrangements): 端午 06-25..06-27 off, 06-28
// (Sunday) worked; 国庆/中秋 10-01..10-08 off, 09-27 (Sunday) and 10-10 (Saturday) worked.
// So from 08-15 to 09-30 there are 11 (Aug) + 23 (Sep) = 34 working days; October has 17 and
// November 21, so 08-15 → 11-30 is 34 + 17 + 21 = 72; 06-01 → 06-30 is 20, → 07-31 is 43,
// → 09-30 is 87; 09-30 → 12-01 is 17 + 21 + 1 = 39; 11-30 → 12-01 is 1; 07-31 → 08-05 and
// 09-30 → 10-12 are 3 each.

/** Waits (frame by frame, at most ~3 s) until `cond` holds; a wait, not a retry. */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let k = 0; k < 180 && !cond(); k++) await frame();
  expect(cond(), what).to.equal(true);
}

function once(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

const items = (el: GkTaskBoard) => $$(el, '[part=item]');
const itemId = (a: Element) => a.getAttribute('aria-labelledby')!.replace(/^item-/, '');
const itemIds = (el: GkTaskBoard) => items(el).map(itemId);
const item = (el: GkTaskBoard, id: string) => items(el).find((a) => itemId(a) === id) ?? null;
const chip = (el: GkTaskBoard, id: string) => item(el, id)!.querySelector<HTMLElement>('[part=chip]')!;
/** The chip's words without its visually hidden escalation text. */
function chipWords(el: GkTaskBoard, id: string): string {
  const c = chip(el, id).cloneNode(true) as HTMLElement;
  c.querySelectorAll('.vh').forEach((v) => v.remove());
  return text(c);
}
const chipLevel = (el: GkTaskBoard, id: string) => text(chip(el, id).querySelector('.vh'));
const progressOf = (el: GkTaskBoard, id: string) => text(item(el, id)!.querySelector('.progress-status'));
const countText = (el: GkTaskBoard) => text($(el, '#count'));
const summary = (el: GkTaskBoard) => text($(el, '.summary'));
const button = (el: GkTaskBoard, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
/** The value of a fact (dt → dd) of an item, as written (only the ends trimmed), without nested details. */
function fact(el: GkTaskBoard, id: string, label: string): string | undefined {
  const dts = [...item(el, id)!.querySelectorAll('dl.facts > dt')];
  const dt = dts.find((d) => text(d) === label);
  if (!dt) return undefined;
  const dd = dt.nextElementSibling!.cloneNode(true) as HTMLElement;
  dd.querySelectorAll('details, .muted').forEach((d) => d.remove());
  return (dd.textContent ?? '').trim();
}

async function mount(t: TemplateResult): Promise<GkTaskBoard> {
  const el = await fixture<GkTaskBoard>(t);
  await settle(el);
  return el;
}

/** The seed plan with the example progress on `today`. */
function seedBoard(today: string, lang = 'zh-CN'): Promise<GkTaskBoard> {
  return mount(
    html`<gk-task-board
      lang=${lang}
      today=${today}
      .units=${seedUnitData}
      .plan=${wenshangPlan2020}
      .progress=${sampleProgress2020}
    ></gk-task-board>`,
  );
}

async function chooseView(el: GkTaskBoard, label: string): Promise<void> {
  button(el, label)!.click();
  await settle(el);
}

async function selectValue(el: GkTaskBoard, name: string, value: string): Promise<void> {
  const sel = $<HTMLSelectElement>(el, `[part=filters] select[name=${name}]`)!;
  sel.value = value;
  expect(sel.value, `option ${value} of ${name}`).to.equal(value);
  sel.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

async function setDate(el: GkTaskBoard, name: 'from' | 'to', value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[name=${name}]`)!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

// ---------------------------------------------------------------------------------------------
// Facts of the seed plan, written out from the seed text

const TITLES: Record<number, string> = {
  1: '梳理政务公开事项、编制政务公开事项标准目录',
  2: '建立完善政府信息规范管理机制',
  3: '建立完善基层行政决策公众参与机制',
  4: '建立完善解读回应工作机制',
  5: '建立完善依申请公开工作机制',
  6: '创新政务公开方式方法',
  7: '发挥政府门户网站“第一公开平台”作用',
  8: '拓宽公开渠道',
  9: '推进办事服务公开标准化',
  10: '政务公开向村（居）延伸',
  11: '加强组织领导',
  12: '加强队伍建设',
  13: '加强监督评价',
};

const ALL_IDS = [
  '1.1',
  '2.1',
  '3.1',
  '4.1',
  '5.1',
  '6.1',
  '7.1',
  '8.1',
  '8.2',
  '9.1',
  '9.2',
  '10.1',
  '11.1',
  '11.2',
  '12.1',
  '12.2',
  '13.1',
  '13.2',
  '13.3',
];

const DEADLINE: Record<string, string> = {
  '1.1': '2020年9月底前',
  '2.1': '2020年9月底前',
  '3.1': '2020年9月底前',
  '4.1': '2020年9月底前',
  '5.1': '2020年9月底前',
  '6.1': '2020年9月底前',
  '7.1': '2020年9月底前',
  '8.1': '2020年7月底前',
  '8.2': '2020年7月底前',
  '9.1': '2020年9月底前',
  '9.2': '2020年11月底前',
  '10.1': '2020年11月底前',
  '11.1': '2020年6月底前',
  '11.2': '2020年9月底前',
  '12.1': '2020年6月底前',
  '12.2': '2020年11月底前',
  '13.1': '2020年11月底前',
  '13.2': '2020年6月底前',
  '13.3': '2020年9月底前',
};

/** "2020年9月底前" → '2020-09-30': the last day of that month. */
function dueOf(deadlineText: string): string {
  const m = /^(\d{4})年(\d{1,2})月底前$/.exec(deadlineText)!;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${y}-${String(mo).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

const GROUP_TEXT = '县直各部门、单位；\n各乡镇（街道）';
const BLUE = '蓝色（正常推进）';
const YELLOW = '黄色（临近期限或受阻）';
const RED = '红色（已逾期）';

// Progress on 2020-08-15 (updates dated after it do not count yet).
const DONE_0815 = ['8.1', '8.2', '11.1', '12.1', '13.2'];
const IN_PROGRESS_0815 = ['1.1', '2.1', '3.1', '4.1', '5.1', '7.1'];
const BLOCKED_0815 = ['6.1'];
const NOT_STARTED_0815 = ['9.1', '9.2', '10.1', '11.2', '12.2', '13.1', '13.3'];
// Progress on 2020-12-01 (every update counts).
const DONE_1201 = ['1.1', '2.1', '5.1', '8.1', '8.2', '11.1', '12.1', '13.2'];

before(() => {
  const prev = window.onerror;
  window.onerror = (msg, ...rest) => (String(msg).includes('ResizeObserver loop') ? true : prev ? prev.call(window, msg, ...rest) : false);
});

describe('gk-task-board', () => {
  describe('by task (default view)', () => {
    it('shows the 13 tasks with their numbers and titles, and the 19 items in plan order', async () => {
      const el = await seedBoard('2020-08-15');
      expect(el.view).to.equal('task');
      const sections = $$(el, '[part=task]');
      expect(sections).to.have.length(13);
      expect(sections.map((s) => text(s.querySelector('.task-title-heading')))).to.deep.equal(
        Object.entries(TITLES).map(([n, t]) => `${n} ${t}`),
      );
      expect(sections.map((s) => s.querySelectorAll('[part=item]').length)).to.deep.equal([1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2, 2, 3]);
      expect(itemIds(el)).to.deep.equal(ALL_IDS);
      expect(text($(el, '#title'))).to.equal('汶上县2020年推进基层政务公开标准化规范化工作实施方案（重点任务表）');
      expect(text($(el, '[part=header] .muted'))).to.equal('汶上县人民政府办公室 · 2020-06-07印发 · 统计日 2020-08-15');
      // Task 8 has its two items done by 08-15; task 11 one of two; task 13 one of three.
      expect(text(sections[7]!.querySelector('.muted'))).to.equal('已完成 2/2');
      expect(text(sections[10]!.querySelector('.muted'))).to.equal('已完成 1/2');
      expect(text(sections[12]!.querySelector('.muted'))).to.equal('已完成 1/3');
    });

    it('each item shows its requirements, the units text as written and the deadline text', async () => {
      const el = await seedBoard('2020-08-15');
      for (const id of ALL_IDS) {
        expect(fact(el, id, '完成时限'), `deadline of ${id}`).to.equal(DEADLINE[id]);
        expect(text(item(el, id)!.querySelector('dl.facts .muted')), `due date of ${id}`).to.equal(`(${dueOf(DEADLINE[id]!)})`);
      }
      expect(fact(el, '8.1', '完成时限')).to.equal('2020年7月底前');
      expect(fact(el, '2.1', '责任单位')).to.equal(GROUP_TEXT);
      expect(fact(el, '11.2', '责任单位')).to.equal('县政府办公室');
      expect(fact(el, '8.2', '责任单位')).to.equal(
        '县档案馆、县行政审批服务局、县自然资源和规划局、县人力资源和社会保障局、县文化和旅游局等县直有关部门、单位',
      );
      expect(fact(el, '1.1', '责任单位')!.startsWith('县扶贫办、县发展和改革局、县教育和体育局')).to.equal(true);
      expect(fact(el, '1.1', '责任单位')!.endsWith('县税务局；\n各乡镇（街道）')).to.equal(true);
      const req21 = [...item(el, '2.1')!.querySelectorAll('.requirements li')].map(text);
      expect(req21).to.have.length(3);
      expect(req21[0]!.startsWith('实行政府信息全生命周期管理')).to.equal(true);
      expect(req21[1]!.startsWith('印发公文时明确标注“此件公开发布”')).to.equal(true);
      expect(req21[2]!.startsWith('建立健全政府信息依申请转主动公开工作机制')).to.equal(true);
      const req11 = [...item(el, '1.1')!.querySelectorAll('.requirements li')].map(text);
      expect(req11).to.have.length(1);
      expect(req11[0]!.startsWith('全面落实国务院部门制定的26个试点领域')).to.equal(true);
      expect(req11[0]!.endsWith('在县政府门户网站设立专栏集中公开发布。')).to.equal(true);
      // The latest update's note and evidence on 8.2 (done 08-05 with a photo link).
      expect(fact(el, '8.2', '说明')).to.equal('示例：专区启用，较时限晚3个工作日。');
      const link = item(el, '8.2')!.querySelector<HTMLAnchorElement>('dl.facts a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/wenshang-2020/zone');
      expect(text(link)).to.equal('示例：政务公开专区照片');
      expect(text($(el, '.example'))).to.equal('示例数据');
    });

    it('the chip words come from the messages and the escalation level is written out (08-15)', async () => {
      const el = await seedBoard('2020-08-15');
      for (const id of ['1.1', '2.1', '3.1', '4.1', '5.1', '7.1', '9.1', '11.2', '13.3']) {
        expect(chipWords(el, id), id).to.equal('还剩 34 个工作日');
        expect(chipLevel(el, id), id).to.equal(BLUE);
        expect(chip(el, id).classList.contains('blue'), id).to.equal(true);
      }
      for (const id of ['9.2', '10.1', '12.2', '13.1']) {
        expect(chipWords(el, id), id).to.equal('还剩 72 个工作日');
        expect(chipLevel(el, id), id).to.equal(BLUE);
      }
      // Blocked: at least yellow, in words.
      expect(chipWords(el, '6.1')).to.equal('还剩 34 个工作日');
      expect(chipLevel(el, '6.1')).to.equal(YELLOW);
      for (const id of ['8.1', '11.1', '12.1', '13.2']) {
        expect(chipWords(el, id), id).to.equal('按期完成');
        expect(chip(el, id).querySelector('.vh'), id).to.equal(null);
      }
      expect(chipWords(el, '8.2')).to.equal('逾期 3 个工作日完成');
      for (const id of DONE_0815) expect(progressOf(el, id), id).to.equal('已完成');
      for (const id of IN_PROGRESS_0815) expect(progressOf(el, id), id).to.equal('推进中');
      for (const id of BLOCKED_0815) expect(progressOf(el, id), id).to.equal('受阻');
      for (const id of NOT_STARTED_0815) expect(progressOf(el, id), id).to.equal('未开始');
      // The dot is decoration only.
      expect(chip(el, '1.1').querySelector('.dot')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('the summary line counts done and overdue items of that day', async () => {
      const el = await seedBoard('2020-08-15');
      expect(summary(el)).to.equal('共 13 项任务、19 条事项：已完成 5 条，逾期 0 条');
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
    });

    it('an item due today says 今日到期 and is yellow (2020-09-30)', async () => {
      const el = await seedBoard('2020-09-30');
      // 2.1 is still in progress on 09-30 (done 10-12); 1.1 was done on 09-25.
      expect(chipWords(el, '2.1')).to.equal('今日到期');
      expect(chipLevel(el, '2.1')).to.equal(YELLOW);
      expect(chipWords(el, '1.1')).to.equal('按期完成');
      expect(chipWords(el, '5.1')).to.equal('按期完成');
    });
  });

  describe('the seed plan on three days', () => {
    it('2020-06-01: nothing reported yet, nothing overdue', async () => {
      const el = await seedBoard('2020-06-01');
      expect(summary(el)).to.equal('共 13 项任务、19 条事项：已完成 0 条，逾期 0 条');
      for (const id of ALL_IDS) expect(progressOf(el, id), id).to.equal('未开始');
      expect(chipWords(el, '11.1')).to.equal('还剩 20 个工作日');
      expect(chipWords(el, '8.1')).to.equal('还剩 43 个工作日');
      expect(chipWords(el, '1.1')).to.equal('还剩 87 个工作日');
      for (const id of ALL_IDS) expect(chipLevel(el, id), id).to.equal(BLUE);
    });

    it('2020-08-15: the items due in June and July are done, the September ones still ok', async () => {
      const el = await seedBoard('2020-08-15');
      expect(summary(el)).to.equal('共 13 项任务、19 条事项：已完成 5 条，逾期 0 条');
      expect(chip(el, '3.1').dataset.state).to.equal('ok');
      expect(chipWords(el, '3.1')).to.equal('还剩 34 个工作日');
    });

    it('2020-12-01: every open item is overdue, in red with the days counted', async () => {
      const el = await seedBoard('2020-12-01');
      expect(summary(el)).to.equal('共 13 项任务、19 条事项：已完成 8 条，逾期 11 条');
      for (const id of DONE_1201) expect(progressOf(el, id), id).to.equal('已完成');
      // Due 09-30, not done: overdue by 39 working days.
      for (const id of ['3.1', '4.1', '6.1', '7.1', '9.1', '11.2', '13.3']) {
        expect(chipWords(el, id), id).to.equal('已逾期 39 个工作日');
        expect(chipLevel(el, id), id).to.equal(RED);
        expect(chip(el, id).classList.contains('red'), id).to.equal(true);
      }
      // Due 11-30, not done: overdue by 1 working day.
      for (const id of ['9.2', '10.1', '12.2', '13.1']) {
        expect(chipWords(el, id), id).to.equal('已逾期 1 个工作日');
        expect(chipLevel(el, id), id).to.equal(RED);
      }
      expect(chipWords(el, '2.1')).to.equal('逾期 3 个工作日完成');
      expect(chipWords(el, '1.1')).to.equal('按期完成');
    });
  });

  describe('by status', () => {
    it('four columns with their counts (08-15)', async () => {
      const el = await seedBoard('2020-08-15');
      await chooseView(el, '按进展');
      expect(button(el, '按进展')!.getAttribute('aria-pressed')).to.equal('true');
      const cols = $$(el, '[part=column]');
      expect(cols.map((c) => text(c.querySelector('.column-title')))).to.deep.equal(['未开始 (7)', '推进中 (6)', '受阻 (1)', '已完成 (5)']);
      const ids = (c: Element) => [...c.querySelectorAll('[part=item]')].map(itemId);
      expect(ids(cols[0]!)).to.have.members(NOT_STARTED_0815);
      expect(ids(cols[1]!)).to.have.members(IN_PROGRESS_0815);
      expect(ids(cols[2]!)).to.have.members(BLOCKED_0815);
      expect(ids(cols[3]!)).to.have.members(DONE_0815);
      // Compact cards name their task.
      expect(text(item(el, '8.2')!.querySelector('.task-title'))).to.equal('8. 拓宽公开渠道');
    });

    it('overdue items are marked in every column (12-01)', async () => {
      const el = await seedBoard('2020-12-01');
      await chooseView(el, '按进展');
      const cols = $$(el, '[part=column]');
      expect(cols.map((c) => text(c.querySelector('.column-title')))).to.deep.equal(['未开始 (3)', '推进中 (7)', '受阻 (1)', '已完成 (8)']);
      for (const col of cols.slice(0, 3)) {
        for (const a of col.querySelectorAll('[part=item]')) {
          expect(text(a.querySelector('[part=chip]')), itemId(a)).to.match(/^已逾期 \d+ 个工作日 红色（已逾期）$/);
        }
      }
    });

    it('offers an overdue-only filter (只看逾期) that keeps only overdue items', async () => {
      const el = await seedBoard('2020-12-01');
      await chooseView(el, '按进展');
      const box = $$<HTMLLabelElement>(el, 'label')
        .find((l) => text(l) === '只看逾期')
        ?.querySelector<HTMLInputElement>('input[type=checkbox]');
      expect(box, 'checkbox 只看逾期').to.be.instanceOf(HTMLInputElement);
      box!.click();
      await settle(el);
      expect(countText(el)).to.equal('显示 11 条事项（共 19 条）');
      const cols = $$(el, '[part=column]');
      expect(cols.map((c) => text(c.querySelector('.column-title')))).to.deep.equal(['未开始 (3)', '推进中 (7)', '受阻 (1)', '已完成 (0)']);
      box!.click();
      await settle(el);
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
    });
  });

  describe('by unit', () => {
    it('without a unit chosen it shows the hint', async () => {
      const el = await seedBoard('2020-08-15');
      await chooseView(el, '按单位');
      expect(text($(el, '.by-unit'))).to.equal('请选择一个单位或单位组，查看其承担的事项。');
      expect(items(el)).to.have.length(0);
    });

    it('one county department: only its obligations, by due date', async () => {
      const el = await seedBoard('2020-08-15');
      await chooseView(el, '按单位');
      const sel = $<HTMLSelectElement>(el, 'select[name=unit]')!;
      const option = [...sel.options].find((o) => text(o) === '县财政局')!;
      expect(option.value).to.equal('county-finance');
      await selectValue(el, 'unit', 'county-finance');
      // 县财政局 is named in 1.1 and is one of 县直各部门、单位 (2.1–8.1, 10.1, 11.1, 12.1, 13.3).
      expect(itemIds(el)).to.deep.equal(['11.1', '12.1', '8.1', '1.1', '2.1', '3.1', '4.1', '5.1', '6.1', '7.1', '13.3', '10.1']);
      // Open on 08-15: 12 minus the three done (11.1, 12.1, 8.1); next due 09-30.
      expect(text($(el, '.by-unit > p.muted'))).to.equal('未完成 9 条 · 最近到期：2020-09-30');
      expect($(el, '.owed')).to.equal(null);
      expect(countText(el)).to.equal('显示 12 条事项（共 19 条）');
    });

    it('the group 县直各部门、单位: every item any county department owes, once, with 组内 N 个单位承担', async () => {
      const el = await seedBoard('2020-08-15');
      await chooseView(el, '按单位');
      await selectValue(el, 'unit', 'group:all-county');
      const sel = $<HTMLSelectElement>(el, 'select[name=unit]')!;
      expect(text(sel.selectedOptions[0])).to.equal('县直各部门、单位');
      // Every item has at least one county office, department or institution; by due date, then id.
      expect(itemIds(el)).to.deep.equal([
        '11.1',
        '12.1',
        '13.2',
        '8.1',
        '8.2',
        '1.1',
        '2.1',
        '3.1',
        '4.1',
        '5.1',
        '6.1',
        '7.1',
        '9.1',
        '11.2',
        '13.3',
        '9.2',
        '10.1',
        '12.2',
        '13.1',
      ]);
      // County offices, departments and institutions of the seed directory: 2 + 18 + 4 = 24.
      // 1.1 names 21 of them (县税务局 is not one); 8.2 and 9.1 five, 9.2 four; 县政府办公室 one.
      const expected: Record<string, number> = { '1.1': 21, '8.2': 5, '9.1': 5, '9.2': 4, '11.2': 1, '12.2': 1, '13.1': 1, '13.2': 1 };
      for (const a of items(el)) {
        const owed = a.previousElementSibling!;
        expect(owed.classList.contains('owed'), itemId(a)).to.equal(true);
        expect(text(owed), itemId(a)).to.equal(`组内 ${expected[itemId(a)] ?? 24} 个单位承担`);
      }
    });
  });

  describe('the unit attribute', () => {
    it('unit="county-finance" with view="unit" opens filtered to 县财政局', async () => {
      const el = await mount(
        html`<gk-task-board
          today="2020-08-15"
          view="unit"
          unit="county-finance"
          .units=${seedUnitData}
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      expect(el.view).to.equal('unit');
      expect(button(el, '按单位')!.getAttribute('aria-pressed')).to.equal('true');
      const sel = $<HTMLSelectElement>(el, '[part=filters] select[name=unit]')!;
      expect(sel.value).to.equal('county-finance');
      expect(text(sel.selectedOptions[0])).to.equal('县财政局');
      // 县财政局 is named in 1.1 and is one of 县直各部门、单位 (2.1–8.1, 10.1, 11.1, 12.1, 13.3); by due date.
      expect(itemIds(el)).to.deep.equal(['11.1', '12.1', '8.1', '1.1', '2.1', '3.1', '4.1', '5.1', '6.1', '7.1', '13.3', '10.1']);
      // Open on 08-15: 12 minus the three done (11.1, 12.1, 8.1); next due 09-30.
      expect(text($(el, '.by-unit > p.muted'))).to.equal('未完成 9 条 · 最近到期：2020-09-30');
      expect(countText(el)).to.equal('显示 12 条事项（共 19 条）');
    });

    it('unit="group:all-county" opens on the group 县直各部门、单位', async () => {
      const el = await mount(
        html`<gk-task-board
          today="2020-08-15"
          view="unit"
          unit="group:all-county"
          .units=${seedUnitData}
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      const sel = $<HTMLSelectElement>(el, '[part=filters] select[name=unit]')!;
      expect(sel.value).to.equal('group:all-county');
      expect(text(sel.selectedOptions[0])).to.equal('县直各部门、单位');
      // Every item has at least one county office, department or institution.
      expect(itemIds(el)).to.have.length(19);
      expect(itemIds(el).slice(0, 5)).to.deep.equal(['11.1', '12.1', '13.2', '8.1', '8.2']);
      expect(text(item(el, '11.2')!.previousElementSibling)).to.equal('组内 1 个单位承担');
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
    });
  });

  describe('by month', () => {
    it('month headings in order, each with its items', async () => {
      const el = await seedBoard('2020-08-15');
      await chooseView(el, '按月份');
      const months = $$(el, 'li.month');
      expect(months.map((m) => text(m.querySelector('.month-title')))).to.deep.equal(['2020年6月', '2020年7月', '2020年9月', '2020年11月']);
      const ids = (m: Element) => [...m.querySelectorAll('[part=item]')].map(itemId);
      expect(ids(months[0]!)).to.deep.equal(['11.1', '12.1', '13.2']);
      expect(ids(months[1]!)).to.deep.equal(['8.1', '8.2']);
      expect(ids(months[2]!)).to.deep.equal(['1.1', '2.1', '3.1', '4.1', '5.1', '6.1', '7.1', '9.1', '11.2', '13.3']);
      expect(ids(months[3]!)).to.deep.equal(['9.2', '10.1', '12.2', '13.1']);
    });

    it('items without a due date come last, under 无具体到期日', async () => {
      const plan = structuredClone(wenshangPlan2020) as Plan;
      plan.tasks = plan.tasks.slice(10, 12);
      plan.tasks[0]!.items[1]!.deadline = { text: '长期坚持', rule: { text: '长期坚持', kind: 'ongoing', mode: 'long-term' } };
      const el = await mount(html`<gk-task-board today="2020-08-15" view="month" .plan=${plan}></gk-task-board>`);
      expect(el.issues).to.deep.equal([]);
      const months = $$(el, 'li.month');
      expect(months.map((m) => text(m.querySelector('.month-title')))).to.deep.equal(['2020年6月', '2020年11月', '无具体到期日']);
      expect([...months[2]!.querySelectorAll('[part=item]')].map(itemId)).to.deep.equal(['11.2']);
      expect(chipWords(el, '11.2')).to.equal('无具体到期日');
      expect(fact(el, '11.2', '完成时限')).to.equal('长期坚持');
    });
  });

  describe('filters', () => {
    it('status select: done, blocked and overdue', async () => {
      const el = await seedBoard('2020-12-01');
      await selectValue(el, 'status', 'done');
      expect(itemIds(el)).to.have.members(DONE_1201);
      expect(countText(el)).to.equal('显示 8 条事项（共 19 条）');
      await selectValue(el, 'status', 'blocked');
      expect(itemIds(el)).to.deep.equal(['6.1']);
      await selectValue(el, 'status', 'overdue');
      expect(countText(el)).to.equal('显示 11 条事项（共 19 条）');
      expect(itemIds(el)).to.have.members(ALL_IDS.filter((id) => !DONE_1201.includes(id)));
    });

    it('unit select filters the task view', async () => {
      const el = await seedBoard('2020-08-15');
      await selectValue(el, 'unit', 'county-archives');
      // 县档案馆 is named in 8.2 and is a county institution of 县直各部门、单位.
      expect(itemIds(el)).to.deep.equal(['2.1', '3.1', '4.1', '5.1', '6.1', '7.1', '8.1', '8.2', '10.1', '11.1', '12.1', '13.3']);
      await selectValue(el, 'unit', 'group:all-townships');
      expect(itemIds(el)).to.deep.equal(['1.1', '2.1', '3.1', '4.1', '5.1', '6.1', '7.1', '8.1', '10.1', '11.1', '12.1', '13.3']);
      expect(countText(el)).to.equal('显示 12 条事项（共 19 条）');
    });

    it('date window (from/to change events)', async () => {
      const el = await seedBoard('2020-08-15');
      await setDate(el, 'from', '2020-09-01');
      expect(countText(el)).to.equal('显示 14 条事项（共 19 条）');
      await setDate(el, 'to', '2020-09-30');
      expect(itemIds(el)).to.deep.equal(['1.1', '2.1', '3.1', '4.1', '5.1', '6.1', '7.1', '9.1', '11.2', '13.3']);
      await setDate(el, 'from', '');
      expect(countText(el)).to.equal('显示 15 条事项（共 19 条）');
    });

    it('search on input events; several words must all match', async () => {
      const el = await seedBoard('2020-08-15');
      const input = $<HTMLInputElement>(el, 'input[name=q]')!;
      input.value = '档案馆';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      expect(itemIds(el)).to.deep.equal(['8.2']);
      expect(countText(el)).to.equal('显示 1 条事项（共 19 条）');
      input.value = '示范点';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      expect(itemIds(el)).to.deep.equal(['11.2']);
      input.value = '政务公开专区 图书馆';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      expect(itemIds(el)).to.deep.equal(['8.2']);
    });

    it('IME: a composing input does not filter until compositionend', async () => {
      const el = await seedBoard('2020-08-15');
      const input = $<HTMLInputElement>(el, 'input[name=q]')!;
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      input.value = 'dang';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
      await settle(el);
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
      input.value = '档案馆';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
      await settle(el);
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '档案馆' }));
      await settle(el);
      expect(countText(el)).to.equal('显示 1 条事项（共 19 条）');
    });

    it('no results, and 清除条件 resets every filter and its control', async () => {
      const el = await seedBoard('2020-08-15');
      await selectValue(el, 'unit', 'county-finance');
      await selectValue(el, 'status', 'done');
      await setDate(el, 'from', '2020-07-01');
      const input = $<HTMLInputElement>(el, 'input[name=q]')!;
      input.value = 'zzzz';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      expect(countText(el)).to.equal('显示 0 条事项（共 19 条）');
      const status = $(el, 'div[part=status]')!;
      expect(text(status.querySelector('p'))).to.equal('没有符合条件的事项');
      expect(items(el)).to.have.length(0);
      status.querySelector('button')!.click();
      await settle(el);
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
      expect(items(el)).to.have.length(19);
      expect($<HTMLInputElement>(el, 'input[name=q]')!.value).to.equal('');
      expect($<HTMLInputElement>(el, 'input[name=from]')!.value).to.equal('');
      expect($<HTMLSelectElement>(el, '[part=filters] select[name=unit]')!.value, 'unit select after reset').to.equal('');
      expect($<HTMLSelectElement>(el, '[part=filters] select[name=status]')!.value, 'status select after reset').to.equal('');
    });
  });

  describe('the live region', () => {
    it('announces the result count about 0.5 s after a filter change, not on first load', async () => {
      const el = await seedBoard('2020-08-15');
      const live = $(el, '.live')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(live)).to.equal('');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(text(live), 'nothing announced on first load').to.equal('');
      const changed = performance.now();
      await selectValue(el, 'status', 'done');
      expect(text(live), 'not at once').to.equal('');
      await until(() => text(live) !== '', 'announcement');
      expect(performance.now() - changed).to.be.at.least(450);
      expect(text(live)).to.equal('显示 5 条事项（共 19 条）');
    });
  });

  describe('group labels', () => {
    it('a group expression shows the text as written and 展开 N 个单位 with the resolved names', async () => {
      const el = await seedBoard('2020-08-15');
      const details = item(el, '2.1')!.querySelector<HTMLDetailsElement>('details.units')!;
      expect(text(details.querySelector('summary'))).to.equal('展开 30 个单位');
      expect(details.open).to.equal(false);
      const toggled = once(details, 'toggle');
      details.querySelector('summary')!.click();
      await toggled;
      await settle(el);
      expect(details.open).to.equal(true);
      const names = [...details.querySelectorAll('.unit-list li')].map(text);
      const seedName = (id: string) => {
        const u = seedUnitData.find((x) => x.id === id)!;
        return u.shortName ?? u.name;
      };
      expect(names).to.deep.equal(wenshangPlan2020.tasks[1]!.items[0]!.units.resolved.map(seedName));
      expect(names).to.include('县财政局');
      expect(names).to.include('县扶贫办');
      expect(names).to.include('次丘镇');
      expect(names).to.include('中都街道');
      expect(item(el, '8.2')!.querySelector('details.units summary')!.textContent!.trim()).to.equal('展开 5 个单位');
      // A single unit named as such needs no list.
      expect(item(el, '11.2')!.querySelector('details.units')).to.equal(null);
    });
  });

  describe('editing (editable)', () => {
    const editable = () =>
      mount(
        html`<gk-task-board
          today="2020-08-15"
          editable
          .units=${seedUnitData}
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );

    async function fill(el: GkTaskBoard, id: string, values: { status: string; note: string; evidence: string }): Promise<HTMLFormElement> {
      const editor = item(el, id)!.querySelector<HTMLDetailsElement>('[part=editor]')!;
      editor.querySelector('summary')!.click();
      await settle(el);
      expect(editor.open).to.equal(true);
      const form = editor.querySelector('form')!;
      form.querySelector<HTMLSelectElement>('select[name=status]')!.value = values.status;
      form.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value = values.note;
      form.querySelector<HTMLInputElement>('input[name=evidence]')!.value = values.evidence;
      return form;
    }

    it('without editable there is no editor', async () => {
      const el = await seedBoard('2020-08-15');
      expect($(el, '[part=editor]')).to.equal(null);
    });

    it('a save emits a cancelable gk-progress-change and shows the new status and note', async () => {
      const el = await editable();
      const stored = localStorage.length;
      expect(progressOf(el, '9.1')).to.equal('未开始');
      const form = await fill(el, '9.1', { status: 'in-progress', note: '已召开推进会', evidence: 'https://example.org/meeting' });
      const fired = oneEvent(el, 'gk-progress-change');
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const e = (await fired) as CustomEvent<GkProgressChangeDetail>;
      expect(e.cancelable).to.equal(true);
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
      expect(e.detail.update).to.deep.equal({
        itemId: '9.1',
        date: '2020-08-15',
        status: 'in-progress',
        note: '已召开推进会',
        evidence: [{ url: 'https://example.org/meeting' }],
      });
      expect(e.detail.previous).to.equal('not-started');
      await settle(el);
      expect(progressOf(el, '9.1')).to.equal('推进中');
      expect(fact(el, '9.1', '说明')).to.equal('已召开推进会');
      expect(item(el, '9.1')!.querySelector('dl.facts a')!.getAttribute('href')).to.equal('https://example.org/meeting');
      expect(el.progress).to.have.length(sampleProgress2020.length + 1);
      expect(text($(el, '.live'))).to.equal('事项 9.1 的进展已更新');
      expect(localStorage.length).to.equal(stored);
    });

    it('a canceled event keeps the old status', async () => {
      const el = await editable();
      const stored = localStorage.length;
      const refuse = (e: Event) => e.preventDefault();
      el.addEventListener('gk-progress-change', refuse);
      try {
        const form = await fill(el, '6.1', { status: 'done', note: '已完成清单', evidence: '' });
        const fired = oneEvent(el, 'gk-progress-change');
        form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        const e = (await fired) as CustomEvent<GkProgressChangeDetail>;
        expect(e.defaultPrevented).to.equal(true);
        expect(e.detail.update).to.deep.equal({ itemId: '6.1', date: '2020-08-15', status: 'done', note: '已完成清单' });
        expect(e.detail.previous).to.equal('blocked');
      } finally {
        el.removeEventListener('gk-progress-change', refuse);
      }
      await settle(el);
      expect(progressOf(el, '6.1')).to.equal('受阻');
      expect(fact(el, '6.1', '说明')).to.equal('示例：负面清单待上级口径明确。');
      expect(el.progress).to.have.length(sampleProgress2020.length);
      expect(text($(el, '.live'))).to.equal('事项 6.1 的更新未被采纳');
      expect(localStorage.length).to.equal(stored);
    });

    it('a javascript: evidence link is refused on the field, and no event fires', async () => {
      const el = await editable();
      const stored = localStorage.length;
      let events = 0;
      const count = () => events++;
      el.addEventListener('gk-progress-change', count);
      try {
        const form = await fill(el, '9.1', { status: 'done', note: '', evidence: 'javascript:alert(1)' });
        form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await settle(el);
        const field = form.querySelector<HTMLInputElement>('input[name=evidence]')!;
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        const error = el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!;
        expect(text(error)).to.equal('佐证链接必须是 http 或 https 地址');
        expect(el.shadowRoot!.activeElement).to.equal(field);
        expect(events).to.equal(0);
        expect(progressOf(el, '9.1')).to.equal('未开始');
      } finally {
        el.removeEventListener('gk-progress-change', count);
      }
      expect(localStorage.length).to.equal(stored);
    });
  });

  describe('editing: focus, reset and page after a save', () => {
    it('editor summaries are named per item', async () => {
      const el = await mount(
        html`<gk-task-board today="2020-08-15" editable .units=${seedUnitData} .plan=${wenshangPlan2020}></gk-task-board>`,
      );
      const summaryOf = (id: string) => text(item(el, id)!.querySelector('[part=editor] > summary'));
      expect(summaryOf('8.1')).to.equal('更新事项 8.1 的进展');
      expect(summaryOf('8.2')).to.equal('更新事项 8.2 的进展');
      for (const id of ALL_IDS) expect(summaryOf(id), id).to.equal(`更新事项 ${id} 的进展`);
    });

    it('after an accepted save in the status view: focus on its editor summary in the new column, form reset, page kept', async () => {
      // 30 tasks of 2 items, no progress: all 60 not started; a column shows 20 at a time.
      const el = await mount(
        html`<gk-task-board today="2024-01-15" view="status" editable .plan=${generatePlan(30, 2, 1)}></gk-task-board>`,
      );
      const cols = () => $$(el, '[part=column]');
      const colIds = (c: Element) => [...c.querySelectorAll('[part=item]')].map(itemId);
      const more = (c: Element) => c.querySelector<HTMLButtonElement>('button.more');
      expect(text(cols()[0]!.querySelector('.column-title'))).to.equal('未开始 (60)');
      expect(colIds(cols()[0]!)).to.have.length(20);
      expect(text(more(cols()[0]!))).to.equal('显示更多（还有 40 项）');
      more(cols()[0]!)!.click();
      await settle(el);
      expect(colIds(cols()[0]!)).to.have.length(40);
      // Plan order, two items a task: the 30th is 15.2, on the second page.
      expect(colIds(cols()[0]!)[29]).to.equal('15.2');
      const editor = item(el, '15.2')!.querySelector<HTMLDetailsElement>('[part=editor]')!;
      editor.querySelector('summary')!.click();
      await settle(el);
      const form = editor.querySelector('form')!;
      form.querySelector<HTMLSelectElement>('select[name=status]')!.value = 'in-progress';
      form.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value = '已启动';
      const fired = oneEvent(el, 'gk-progress-change');
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await fired;
      await settle(el, 3);
      expect(text(cols()[0]!.querySelector('.column-title'))).to.equal('未开始 (59)');
      expect(text(cols()[1]!.querySelector('.column-title'))).to.equal('推进中 (1)');
      expect(colIds(cols()[1]!)).to.deep.equal(['15.2']);
      const moved = item(el, '15.2')!;
      expect(progressOf(el, '15.2')).to.equal('推进中');
      // The form is reset.
      expect(form.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value).to.equal('');
      expect(moved.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value).to.equal('');
      // The page is kept: still 40 of the 59 not started, the second page (16.1) still shown.
      expect(colIds(cols()[0]!)).to.have.length(40);
      expect(colIds(cols()[0]!)).to.include('16.1');
      expect(text(more(cols()[0]!))).to.equal('显示更多（还有 19 项）');
      // Focus on the item's editor summary, where the item is now.
      const summaryEl = moved.querySelector<HTMLElement>('[part=editor] > summary')!;
      expect(text(summaryEl)).to.equal('更新事项 15.2 的进展');
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused ? `${focused.tagName.toLowerCase()}:${text(focused)}` : 'nothing', 'focused element').to.equal(
        'summary:更新事项 15.2 的进展',
      );
      expect(el.shadowRoot!.activeElement).to.equal(summaryEl);
    });
  });

  describe('exports', () => {
    async function capture(el: GkTaskBoard, label: string): Promise<{ anchor: HTMLAnchorElement; bytes: Uint8Array }> {
      let anchor: HTMLAnchorElement | undefined;
      const listener = (e: Event) => {
        const t = e.target as HTMLElement;
        if (t instanceof HTMLAnchorElement && t.hasAttribute('download')) {
          anchor = t;
          e.preventDefault();
        }
      };
      el.shadowRoot!.addEventListener('click', listener, true);
      try {
        button(el, label)!.click();
      } finally {
        el.shadowRoot!.removeEventListener('click', listener, true);
      }
      expect(anchor, `download of ${label}`).to.be.instanceOf(HTMLAnchorElement);
      const bytes = new Uint8Array(await (await fetch(anchor!.href)).arrayBuffer());
      return { anchor: anchor!, bytes };
    }
    const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

    /** RFC 4180 records, read with core's CSV reader (tested on hand-written CSV in core). */
    const csvRecords = parseCsv;

    it('JSON: the progress list, with an edit just made', async () => {
      const el = await mount(
        html`<gk-task-board
          today="2020-08-15"
          editable
          .units=${seedUnitData}
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      const editor = item(el, '13.1')!.querySelector<HTMLDetailsElement>('[part=editor]')!;
      editor.querySelector('summary')!.click();
      await settle(el);
      editor.querySelector<HTMLSelectElement>('select[name=status]')!.value = 'in-progress';
      editor.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value = '已部署评价工作';
      const fired = oneEvent(el, 'gk-progress-change');
      editor.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await fired;
      await settle(el);
      const { anchor, bytes } = await capture(el, '导出进展（JSON）');
      expect(anchor.download).to.equal('工作任务-2020-08-15.json');
      const parsed = JSON.parse(utf8(bytes)) as ProgressUpdate[];
      expect(parsed).to.deep.equal([
        ...sampleProgress2020,
        { itemId: '13.1', date: '2020-08-15', status: 'in-progress', note: '已部署评价工作' },
      ]);
    });

    it('CSV: UTF-8 BOM, a header with 完成时限, one record per item', async () => {
      const el = await seedBoard('2020-08-15');
      const { anchor, bytes } = await capture(el, '导出表格（CSV）');
      expect(anchor.download).to.equal('工作任务-2020-08-15.csv');
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const records = csvRecords(utf8(bytes).slice(1));
      expect(records).to.have.length(20);
      expect(records[0]).to.deep.equal(['序号', '工作任务', '主体责任单位', '具体要求', '完成时限', '进展情况']);
      const byRow = records.slice(1);
      expect(byRow.map((r) => r[4])).to.deep.equal(ALL_IDS.map((id) => DEADLINE[id]));
      // Line breaks inside a quoted field are written as CRLF, like the record ends.
      expect(byRow[1]![2]).to.equal(GROUP_TEXT.replace('\n', '\r\n'));
      expect(byRow[1]![3]!.startsWith('（1）实行政府信息全生命周期管理')).to.equal(true);
      expect(byRow[7]![1]).to.equal('拓宽公开渠道');
      // 进展情况 on 08-15: 6.1 blocked with 34 working days left; 8.2 done.
      expect(byRow[5]![5]).to.equal('受阻；还剩 34 个工作日');
      expect(byRow[8]![5]).to.equal('已完成');
    });

    it('ICS: one all-day event per item with UID, DTSTAMP in UTC, its due day and a reminder; CRLF and 75 octets', async () => {
      const el = await seedBoard('2020-08-15');
      const { anchor, bytes } = await capture(el, '导出日历（ICS）');
      expect(anchor.download).to.equal('工作任务-2020-08-15.ics');
      const raw = utf8(bytes);
      expect(raw.endsWith('\r\n')).to.equal(true);
      const physical = raw.slice(0, -2).split('\r\n');
      for (const line of physical) {
        expect(line.includes('\n') || line.includes('\r'), 'bare line break').to.equal(false);
        expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
      }
      // Unfold: a line starting with a space continues the previous one.
      const lines: string[] = [];
      for (const line of physical) {
        if (line.startsWith(' ') && lines.length > 0) lines[lines.length - 1] += line.slice(1);
        else lines.push(line);
      }
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines.at(-1)).to.equal('END:VCALENDAR');
      const events: string[][] = [];
      let current: string[] | undefined;
      for (const line of lines) {
        if (line === 'BEGIN:VEVENT') current = [];
        else if (line === 'END:VEVENT') {
          events.push(current!);
          current = undefined;
        } else if (current) current.push(line);
      }
      expect(events).to.have.length(19);
      const uids = events.map((e) => e.find((l) => l.startsWith('UID:')));
      expect(new Set(uids).size).to.equal(19);
      for (const [k, id] of ALL_IDS.entries()) {
        const ev = events[k]!;
        expect(
          ev.find((l) => l.startsWith('UID:')),
          id,
        ).to.equal(`UID:2020-${id}@gongkai.invalid`);
        expect(
          ev.find((l) => l.startsWith('DTSTAMP:')),
          id,
        ).to.match(/^DTSTAMP:\d{8}T\d{6}Z$/);
        expect(
          ev.find((l) => l.startsWith('DTSTART')),
          id,
        ).to.equal(`DTSTART;VALUE=DATE:${dueOf(DEADLINE[id]!).replace(/-/g, '')}`);
        expect(ev.includes('BEGIN:VALARM'), id).to.equal(true);
        expect(
          ev.some((l) => l.startsWith('SUMMARY:') && l.includes(id)),
          id,
        ).to.equal(true);
      }
      expect(events[7]!.find((l) => l.startsWith('DTSTART'))).to.equal('DTSTART;VALUE=DATE:20200731');
      expect(events[0]!.find((l) => l.startsWith('DTSTART'))).to.equal('DTSTART;VALUE=DATE:20200930');
    });
  });

  describe('ICS without due dates', () => {
    it('a plan whose items have no due date downloads nothing and says why', async () => {
      const plan = structuredClone(wenshangPlan2020) as Plan;
      for (const t of plan.tasks)
        for (const i of t.items) i.deadline = { text: '长期坚持', rule: { text: '长期坚持', kind: 'ongoing', mode: 'long-term' } };
      const el = await mount(html`<gk-task-board today="2020-08-15" .plan=${plan}></gk-task-board>`);
      expect(el.issues).to.deep.equal([]);
      let downloads = 0;
      const listener = (e: Event) => {
        const t = e.target as HTMLElement;
        if (t instanceof HTMLAnchorElement && t.hasAttribute('download')) {
          downloads++;
          e.preventDefault();
        }
      };
      el.shadowRoot!.addEventListener('click', listener, true);
      try {
        button(el, '导出日历（ICS）')!.click();
        await settle(el);
      } finally {
        el.shadowRoot!.removeEventListener('click', listener, true);
      }
      expect(downloads).to.equal(0);
      expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);
      expect(text($(el, '.live'))).to.equal('没有带具体到期日的事项，无法生成日历');
    });
  });

  describe('print', () => {
    it('beforeprint renders the plan table of the shown items; afterprint removes it', async () => {
      const el = await seedBoard('2020-08-15');
      expect($(el, '.print-only')).to.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      const table = $<HTMLTableElement>(el, '.print-only table')!;
      expect(table).to.be.instanceOf(HTMLTableElement);
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
        '序号',
        '工作任务',
        '主体责任单位',
        '具体要求',
        '完成时限',
        '进展情况',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(19);
      // 序号 and 工作任务 are merged down each task's rows: the deadline is the last cell but one.
      expect(rows.map((r) => text(r.children[r.children.length - 2]))).to.deep.equal(ALL_IDS.map((id) => DEADLINE[id]));
      expect(text(rows[7]!.children[1])).to.equal('拓宽公开渠道');
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect($(el, '.print-only')).to.equal(null);
    });

    it('prints only the items the filters show', async () => {
      const el = await seedBoard('2020-08-15');
      await selectValue(el, 'status', 'done');
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      const rows = $$(el, '.print-only tbody tr');
      expect(rows.map((r) => text(r.children[r.children.length - 2]))).to.deep.equal(DONE_0815.map((id) => DEADLINE[id]));
      expect(rows.map((r) => text(r.children[r.children.length - 1]))).to.deep.equal(['已完成', '已完成', '已完成', '已完成', '已完成']);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect($(el, '.print-only')).to.equal(null);
    });
  });

  describe('print table merges', () => {
    it("序号 and 工作任务 are merged down each task's rows; the caption states the count", async () => {
      const el = await seedBoard('2020-08-15');
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      const title = '汶上县2020年推进基层政务公开标准化规范化工作实施方案（重点任务表）';
      expect(text($(el, '.print-only caption'))).to.equal(`${title} · 显示 19 条事项（共 19 条）`);
      const rows = $$(el, '.print-only tbody tr');
      expect(rows).to.have.length(19);
      // Task 8 has two items (8.1, 8.2): rows 8 and 9 (index 7, 8).
      const first = rows[7]!;
      expect(first.children).to.have.length(6);
      expect(text(first.children[0])).to.equal('8');
      expect(first.children[0]!.getAttribute('rowspan')).to.equal('2');
      expect(first.children[1]!.tagName).to.equal('TH');
      expect(first.children[1]!.getAttribute('scope')).to.equal('row');
      expect(first.children[1]!.getAttribute('rowspan')).to.equal('2');
      expect(text(first.children[1])).to.equal('拓宽公开渠道');
      expect(rows[8]!.children).to.have.length(4);
      expect(text(rows[8]!.children[2])).to.equal('2020年7月底前');
      // One merged cell per task, spanning its items: 1,1,1,1,1,1,1,2,2,1,2,2,3.
      const spans = rows.filter((r) => r.children.length === 6).map((r) => Number(r.children[0]!.getAttribute('rowspan')));
      expect(spans).to.deep.equal([1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2, 2, 3]);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
    });

    it('with a filter on, the caption states 显示 N 条事项（共 19 条） and merges the rows left', async () => {
      const el = await seedBoard('2020-08-15');
      await selectValue(el, 'status', 'done');
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      const title = '汶上县2020年推进基层政务公开标准化规范化工作实施方案（重点任务表）';
      expect(text($(el, '.print-only caption'))).to.equal(`${title} · 显示 5 条事项（共 19 条）`);
      // Done on 08-15: 8.1, 8.2 (task 8), 11.1, 12.1, 13.2.
      const rows = $$(el, '.print-only tbody tr');
      expect(rows.map((r) => r.children.length)).to.deep.equal([6, 4, 6, 6, 6]);
      expect(rows[0]!.children[0]!.getAttribute('rowspan')).to.equal('2');
      expect(rows.filter((r) => r.children.length === 6).map((r) => text(r.children[0]))).to.deep.equal(['8', '11', '12', '13']);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
    });
  });

  describe('invalid data and loading', () => {
    it('located plan issues; the valid tasks still show', async () => {
      const raw = structuredClone(wenshangPlan2020) as unknown as { tasks: Record<string, unknown>[] };
      delete raw.tasks[1]!.title;
      const items3 = raw.tasks[2]!.items as { deadline: { text: string; rule: Record<string, unknown> } }[];
      items3[0]!.deadline = { text: '2020年2月30日前', rule: { text: '2020年2月30日前', kind: 'fixed', date: '2020-02-30' } };
      const el = await mount(html`<gk-task-board today="2020-08-15" .plan=${raw}></gk-task-board>`);
      const lis = $$(el, '[part=issues] li').map(text);
      expect(lis).to.have.length(2);
      expect(lis[0]).to.equal('第 2 项任务 (tasks[1]) 缺少 标题');
      expect(lis[1]!.startsWith('第 3 项任务 (tasks[2]) 第 1 行 (items[0]) 的 完成时限（deadline.rule） 无效')).to.equal(true);
      expect(text($(el, '#issues-heading'))).to.equal('数据有 2 处问题');
      expect(text($(el, '[part=issues] > p'))).to.equal('其余任务和进展可正常查看。');
      const sections = $$(el, '[part=task]');
      expect(sections).to.have.length(11);
      expect(sections.map((s) => text(s.querySelector('.task-number')))).to.deep.equal([
        '1',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
        '11',
        '12',
        '13',
      ]);
      expect(el.issues.map((i) => i.kind)).to.deep.equal(['plan', 'plan']);
    });

    it('invalid progress entries are listed, located', async () => {
      const progress = [
        { itemId: '1.1', date: '2020-07-01', status: 'in-progress' },
        { itemId: '1.1', date: '2020-13-01', status: 'done' },
        { itemId: '99.1', date: '2020-07-01', status: 'done' },
        { itemId: '3.1', date: '2020-07-01', status: 'finished' },
      ];
      const el = await mount(html`<gk-task-board today="2020-08-15" .plan=${wenshangPlan2020} .progress=${progress}></gk-task-board>`);
      expect($$(el, '[part=issues] li').map(text)).to.deep.equal([
        '第 2 条进度记录 (progress[1]) 的 日期 无效：“2020-13-01”',
        '第 3 条进度记录 (progress[2]) 的事项“99.1”不在计划中',
        '第 4 条进度记录 (progress[3]) 的 状态 无效：“finished”',
      ]);
      expect(progressOf(el, '1.1')).to.equal('推进中');
      expect(progressOf(el, '3.1')).to.equal('未开始');
      expect(items(el)).to.have.length(19);
    });

    it('src and progress-src load and validate', async () => {
      const planUrl = URL.createObjectURL(new Blob([JSON.stringify(wenshangPlan2020)], { type: 'application/json' }));
      const progressUrl = URL.createObjectURL(new Blob([JSON.stringify(sampleProgress2020)], { type: 'application/json' }));
      try {
        const el = await fixture<GkTaskBoard>(html`<gk-task-board today="2020-08-15"></gk-task-board>`);
        el.setAttribute('progress-src', progressUrl);
        el.src = planUrl;
        await until(() => el.progress.length === sampleProgress2020.length && el.plan !== undefined, 'loaded');
        await settle(el);
        expect(summary(el)).to.equal('共 13 项任务、19 条事项：已完成 5 条，逾期 0 条');
        expect(el.issues).to.deep.equal([]);
      } finally {
        URL.revokeObjectURL(planUrl);
        URL.revokeObjectURL(progressUrl);
      }
    });

    it('a missing file: the fetch error and a 重试 button that fetches again', async () => {
      const original = window.fetch;
      const urls: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        urls.push(String(input));
        return original(input, init);
      };
      try {
        const el = await fixture<GkTaskBoard>(html`<gk-task-board today="2020-08-15" src="/does-not-exist.json"></gk-task-board>`);
        await until(() => $(el, '[role=alert]') !== null, 'alert');
        expect(text($(el, '[role=alert] li'))).to.equal('无法读取 /does-not-exist.json：服务器返回 404');
        expect(urls).to.have.length(1);
        button(el, '重试')!.click();
        await until(() => urls.length === 2 && $(el, '[role=alert]') !== null, 'second fetch');
        await settle(el);
        expect(text($(el, '[role=alert] li'))).to.equal('无法读取 /does-not-exist.json：服务器返回 404');
      } finally {
        window.fetch = original;
      }
    });

    it('a file that is not JSON', async () => {
      const url = URL.createObjectURL(new Blob(['not json'], { type: 'application/json' }));
      try {
        const el = await fixture<GkTaskBoard>(html`<gk-task-board today="2020-08-15" src=${url}></gk-task-board>`);
        await until(() => $(el, '[role=alert]') !== null, 'alert');
        expect(text($(el, '[role=alert] li'))).to.equal(`${url} 的内容不是有效的 JSON`);
        expect(button(el, '重试')).to.be.instanceOf(HTMLButtonElement);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('no data: the hint', async () => {
      const el = await mount(html`<gk-task-board></gk-task-board>`);
      expect(text($(el, '[part=status]'))).to.equal('尚未提供工作方案：请设置 src 属性或 plan 属性。');
      expect(items(el)).to.have.length(0);
    });

    it('an invalid today attribute is reported and the current day in China is used', async () => {
      const el = await mount(html`<gk-task-board today="2020-02-30" .plan=${wenshangPlan2020}></gk-task-board>`);
      expect(text($(el, '[role=alert]'))).to.equal('属性 today 的值“2020-02-30”不是有效日期（应为 YYYY-MM-DD），已按今天计算');
      const china = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(new Date());
      expect(text($(el, '[part=header] .muted'))).to.equal(`汶上县人民政府办公室 · 2020-06-07印发 · 统计日 ${china}`);
      expect(items(el)).to.have.length(19);
    });
  });

  describe('attribute errors and partial loading', () => {
    it('yellow-workdays="abc" and view="kanban" are reported, located; the board still renders by task', async () => {
      const el = await mount(
        html`<gk-task-board
          today="2020-08-15"
          yellow-workdays="abc"
          view="kanban"
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      // One alert holding a real list (role=alert on the <ul> itself would strip its list role).
      const list = $(el, '[role=alert] > ul')!;
      expect(list).to.be.instanceOf(HTMLUListElement);
      expect([...list.querySelectorAll('li')].map(text)).to.deep.equal([
        '属性 yellow-workdays 的值“abc”无效：“abc”必须是不小于 0 的整数',
        '属性 view 的值“kanban”无效：应为 task、status、unit 或 month 之一，已按任务显示',
      ]);
      expect($$(el, '[part=task]')).to.have.length(13);
      expect(itemIds(el)).to.deep.equal(ALL_IDS);
      // The default escalation band: 3.1 (34 left) is blue.
      expect(chipLevel(el, '3.1')).to.equal(BLUE);
      await expect(el).to.be.accessible();
    });

    it('重试 fetches only the URL that failed; the plan stays shown', async () => {
      const planUrl = URL.createObjectURL(new Blob([JSON.stringify(wenshangPlan2020)], { type: 'application/json' }));
      const original = window.fetch;
      const urls: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        urls.push(String(input));
        return original(input, init);
      };
      try {
        const el = await fixture<GkTaskBoard>(
          html`<gk-task-board today="2020-08-15" src=${planUrl} progress-src="/does-not-exist.json"></gk-task-board>`,
        );
        await until(() => el.plan !== undefined && $(el, 'div[role=alert]') !== null, 'plan and alert');
        await settle(el);
        const missing = new URL('/does-not-exist.json', document.baseURI).href;
        expect(urls).to.have.members([planUrl, missing]);
        expect(text($(el, 'div[role=alert] li'))).to.equal('无法读取 /does-not-exist.json：服务器返回 404');
        expect(items(el)).to.have.length(19);
        button(el, '重试')!.click();
        await until(() => urls.length >= 3 && $(el, 'div[role=alert]') !== null, 'second fetch');
        for (let k = 0; k < 10; k++) await frame();
        await settle(el);
        expect(urls.slice(2)).to.deep.equal([missing]);
        expect(text($(el, 'div[role=alert] li'))).to.equal('无法读取 /does-not-exist.json：服务器返回 404');
        expect(el.plan).to.not.equal(undefined);
        expect(items(el)).to.have.length(19);
        // No progress read: the five items due in June and July (11.1, 12.1, 13.2, 8.1, 8.2) are overdue on 08-15.
        expect(summary(el)).to.equal('共 13 项任务、19 条事项：已完成 0 条，逾期 5 条');
      } finally {
        window.fetch = original;
        URL.revokeObjectURL(planUrl);
      }
    });

    it('progress that arrives before the plan is checked against the plan once it arrives', async () => {
      const original = window.fetch;
      let releasePlan!: () => void;
      const planGate = new Promise<void>((resolve) => (releasePlan = resolve));
      const json = (v: unknown) => new Response(JSON.stringify(v), { status: 200, headers: { 'Content-Type': 'application/json' } });
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const u = String(input);
        if (u.endsWith('/mock-progress.json')) return Promise.resolve(json([{ itemId: '99.1', date: '2020-07-01', status: 'done' }]));
        if (u.endsWith('/mock-plan.json')) return planGate.then(() => json(wenshangPlan2020));
        return original(input, init);
      };
      try {
        const el = await fixture<GkTaskBoard>(
          html`<gk-task-board today="2020-08-15" src="/mock-plan.json" progress-src="/mock-progress.json"></gk-task-board>`,
        );
        await until(() => el.progress.length === 1, 'progress first');
        expect(el.plan).to.equal(undefined);
        releasePlan();
        await until(() => el.plan !== undefined, 'plan later');
        await settle(el);
        expect($$(el, '[part=issues] li').map(text)).to.deep.equal(['第 1 条进度记录 (progress[0]) 的事项“99.1”不在计划中']);
        expect(el.issues.map((i) => i.kind)).to.deep.equal(['progress']);
        expect(el.progress).to.have.length(0);
        expect(items(el)).to.have.length(19);
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('hostile strings', () => {
    it('markup in the plan and a javascript: link in the progress stay inert text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const plan = structuredClone(wenshangPlan2020) as Plan;
      plan.tasks[0]!.title = `标题${evil}`;
      plan.tasks[0]!.items[0]!.requirements = [`要求${evil}`];
      plan.tasks[0]!.items[0]!.units = { ...plan.tasks[0]!.items[0]!.units, text: `单位${evil}` };
      const progress = [
        { itemId: '1.1', date: '2020-07-01', status: 'in-progress', evidence: [{ title: '佐证', url: 'javascript:window.__pwned=3' }] },
        {
          itemId: '2.1',
          date: '2020-07-01',
          status: 'in-progress',
          note: evil,
          evidence: [{ title: evil, url: 'https://example.org/ok' }],
        },
      ];
      const el = await mount(
        html`<gk-task-board today="2020-08-15" .units=${seedUnitData} .plan=${plan} .progress=${progress}></gk-task-board>`,
      );
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      await frame();
      const shadow = el.shadowRoot!;
      expect(shadow.querySelectorAll('img, script')).to.have.length(0);
      expect([...shadow.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.have.length(0);
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(text($$(el, '[part=task]')[0]!.querySelector('.task-title-heading'))).to.equal(`1 标题${evil}`);
      expect(text(item(el, '1.1')!.querySelector('.requirements li'))).to.equal(`要求${evil}`);
      expect(fact(el, '1.1', '责任单位')).to.equal(`单位${evil}`);
      expect(fact(el, '2.1', '说明')).to.equal(evil);
      expect($$(el, '[part=issues] li').map(text)).to.deep.equal([
        '第 1 条进度记录 (progress[0]) 的佐证链接必须是 http 或 https 地址：“javascript:window.__pwned=3”',
      ]);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
    });
  });

  describe('URL state', () => {
    const clean = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    beforeEach(clean);
    afterEach(clean);

    async function setHash(hash: string): Promise<void> {
      const changed = once(window, 'hashchange');
      location.hash = hash;
      await changed;
    }

    it('choosing a view writes it to the hash, keeping a foreign part', async () => {
      await setHash('#top');
      const el = await mount(
        html`<gk-task-board id="b" url-state today="2020-08-15" .plan=${wenshangPlan2020} .progress=${sampleProgress2020}></gk-task-board>`,
      );
      expect(location.hash).to.equal('#top');
      await chooseView(el, '按进展');
      expect(location.hash).to.equal('#top&b.view=status');
      await chooseView(el, '按任务');
      expect(location.hash).to.equal('#top');
    });

    it('history.back() after choosing a view restores the previous view', async () => {
      await setHash('#top');
      const el = await mount(
        html`<gk-task-board id="b" url-state today="2020-08-15" .plan=${wenshangPlan2020} .progress=${sampleProgress2020}></gk-task-board>`,
      );
      await chooseView(el, '按进展');
      expect(location.hash).to.equal('#top&b.view=status');
      const popped = once(window, 'popstate');
      history.back();
      await popped;
      await settle(el);
      expect(location.hash).to.equal('#top');
      expect(el.view).to.equal('task');
      expect(button(el, '按任务')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('a hash change applies the view and the status filter', async () => {
      const el = await mount(
        html`<gk-task-board id="b" url-state today="2020-08-15" .plan=${wenshangPlan2020} .progress=${sampleProgress2020}></gk-task-board>`,
      );
      await setHash('#b.view=month&b.status=done');
      await settle(el);
      expect(el.view).to.equal('month');
      expect(button(el, '按月份')!.getAttribute('aria-pressed')).to.equal('true');
      expect($<HTMLSelectElement>(el, '[part=filters] select[name=status]')!.value).to.equal('done');
      expect(countText(el)).to.equal('显示 5 条事项（共 19 条）');
      expect(itemIds(el)).to.deep.equal(['11.1', '12.1', '13.2', '8.1', '8.2']);
    });

    it('without url-state the hash and history are untouched', async () => {
      await setHash('#top');
      const href = location.href;
      const length = history.length;
      const el = await mount(
        html`<gk-task-board id="b" today="2020-08-15" .plan=${wenshangPlan2020} .progress=${sampleProgress2020}></gk-task-board>`,
      );
      await chooseView(el, '按进展');
      await selectValue(el, 'status', 'done');
      expect(location.href).to.equal(href);
      expect(history.length).to.equal(length);
    });

    it('the date window and overdue-only are written to the hash', async () => {
      const el = await mount(
        html`<gk-task-board id="b" url-state today="2020-12-01" .plan=${wenshangPlan2020} .progress=${sampleProgress2020}></gk-task-board>`,
      );
      await setDate(el, 'from', '2020-09-01');
      expect(location.hash).to.equal('#b.from=2020-09-01');
      await setDate(el, 'to', '2020-09-30');
      expect(location.hash).to.equal('#b.from=2020-09-01&b.to=2020-09-30');
      $<HTMLInputElement>(el, 'input[name=overdue]')!.click();
      await settle(el);
      expect(location.hash).to.equal('#b.from=2020-09-01&b.to=2020-09-30&b.overdue=1');
      // Due in September and not done on 12-01: 3.1, 4.1, 6.1, 7.1, 9.1, 11.2, 13.3.
      expect(itemIds(el)).to.deep.equal(['3.1', '4.1', '6.1', '7.1', '9.1', '11.2', '13.3']);
    });

    it('a hash with the date window and overdue-only applies them', async () => {
      const el = await mount(
        html`<gk-task-board id="b" url-state today="2020-12-01" .plan=${wenshangPlan2020} .progress=${sampleProgress2020}></gk-task-board>`,
      );
      await setHash('#b.from=2020-09-01&b.to=2020-09-30&b.overdue=1');
      await settle(el);
      expect($<HTMLInputElement>(el, 'input[name=from]')!.value).to.equal('2020-09-01');
      expect($<HTMLInputElement>(el, 'input[name=to]')!.value).to.equal('2020-09-30');
      expect($<HTMLInputElement>(el, 'input[name=overdue]')!.checked).to.equal(true);
      expect(countText(el)).to.equal('显示 7 条事项（共 19 条）');
      expect(itemIds(el)).to.deep.equal(['3.1', '4.1', '6.1', '7.1', '9.1', '11.2', '13.3']);
    });

    it('a page anchor does not reset the filters; Back to the starting entry does', async () => {
      const el = await mount(
        html`<gk-task-board id="b" url-state today="2020-08-15" .plan=${wenshangPlan2020} .progress=${sampleProgress2020}></gk-task-board>`,
      );
      await selectValue(el, 'status', 'done');
      expect(location.hash).to.equal('#b.status=done');
      await setHash('#footer');
      await settle(el);
      expect($<HTMLSelectElement>(el, '[part=filters] select[name=status]')!.value).to.equal('done');
      expect(countText(el)).to.equal('显示 5 条事项（共 19 条）');
      // Back twice: #footer → #b.status=done → the entry the page opened with.
      const popped = once(window, 'popstate');
      history.go(-2);
      await popped;
      await settle(el);
      expect(location.hash).to.equal('');
      expect($<HTMLSelectElement>(el, '[part=filters] select[name=status]')!.value).to.equal('');
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
    });
  });

  describe('escalation thresholds', () => {
    it('red-overdue-workdays above the overdue count makes an overdue item yellow', async () => {
      const el = await mount(
        html`<gk-task-board
          today="2020-12-01"
          red-overdue-workdays="2"
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      // 9.2 is overdue by 1 working day (< 2): yellow; 3.1 by 39: red.
      expect(chipWords(el, '9.2')).to.equal('已逾期 1 个工作日');
      expect(chip(el, '9.2').classList.contains('yellow')).to.equal(true);
      expect(chipLevel(el, '9.2')).to.equal(YELLOW);
      expect(chip(el, '3.1').classList.contains('red')).to.equal(true);
      expect(chipLevel(el, '3.1')).to.equal(RED);
      el.setAttribute('red-overdue-workdays', '40');
      await settle(el);
      expect(chipLevel(el, '3.1')).to.equal(YELLOW);
      el.removeAttribute('red-overdue-workdays');
      await settle(el);
      expect(chipLevel(el, '9.2')).to.equal(RED);
    });

    it('yellow-workdays widens the yellow band', async () => {
      const el = await mount(
        html`<gk-task-board
          today="2020-08-15"
          yellow-workdays="40"
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      expect(chipLevel(el, '3.1')).to.equal(YELLOW); // 34 left
      expect(chipLevel(el, '9.2')).to.equal(BLUE); // 72 left
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['zh-CN', 'en']) {
      describe(lang, () => {
        for (const view of ['task', 'status', 'unit', 'month'] as const) {
          it(`${view} view`, async () => {
            const el = await seedBoard('2020-12-01', lang);
            el.view = view;
            await settle(el);
            if (view === 'unit') await selectValue(el, 'unit', 'group:all-county');
            expect(items(el).length).to.be.greaterThan(0);
            await expect(el).to.be.accessible();
          });
        }

        it('editable with an editor open and an error shown', async () => {
          const el = await mount(
            html`<gk-task-board
              lang=${lang}
              today="2020-08-15"
              editable
              .units=${seedUnitData}
              .plan=${wenshangPlan2020}
              .progress=${sampleProgress2020}
            ></gk-task-board>`,
          );
          const editor = item(el, '9.1')!.querySelector<HTMLDetailsElement>('[part=editor]')!;
          editor.querySelector('summary')!.click();
          item(el, '2.1')!.querySelector<HTMLDetailsElement>('details.units summary')!.click();
          await settle(el);
          editor.querySelector<HTMLInputElement>('input[name=evidence]')!.value = 'javascript:alert(1)';
          editor.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
          await settle(el);
          expect(editor.querySelector('.error')).to.be.instanceOf(Element);
          await expect(el).to.be.accessible();
        });

        it('issues list', async () => {
          const raw = structuredClone(wenshangPlan2020) as unknown as { tasks: Record<string, unknown>[] };
          delete raw.tasks[1]!.title;
          const el = await mount(
            html`<gk-task-board
              lang=${lang}
              today="2020-08-15"
              .plan=${raw}
              .progress=${[{ itemId: '1.1', date: 'x', status: 'done' }]}
            ></gk-task-board>`,
          );
          expect($$(el, '[part=issues] li')).to.have.length(2);
          await expect(el).to.be.accessible();
        });

        it('no data', async () => {
          const el = await mount(html`<gk-task-board lang=${lang}></gk-task-board>`);
          await expect(el).to.be.accessible();
        });

        it('no results', async () => {
          const el = await seedBoard('2020-08-15', lang);
          await selectValue(el, 'status', 'overdue');
          expect(items(el)).to.have.length(0);
          await expect(el).to.be.accessible();
        });
      });
    }

    it('English words for the chips and the summary', async () => {
      const el = await seedBoard('2020-12-01', 'en');
      expect(summary(el)).to.equal('13 tasks, 19 items: 8 done, 11 overdue');
      expect(chipWords(el, '9.2')).to.equal('Overdue by 1 working day');
      expect(chipLevel(el, '9.2')).to.equal('Red (overdue)');
      expect(chipWords(el, '2.1')).to.equal('Done 3 working days late');
    });
  });

  describe('keyboard', () => {
    const small = (): Plan => {
      const plan = structuredClone(wenshangPlan2020) as Plan;
      plan.tasks = [plan.tasks[7]!];
      return plan;
    };
    const active = (el: GkTaskBoard) => el.shadowRoot!.activeElement as HTMLElement | null;
    const describeEl = (e: HTMLElement | null): string =>
      !e
        ? 'outside'
        : e.tagName === 'SUMMARY' || e.tagName === 'BUTTON'
          ? `${e.tagName.toLowerCase()}:${text(e)}`
          : `${e.tagName.toLowerCase()}:${e.getAttribute('name') ?? e.getAttribute('type')}`;

    async function tabWalk(el: GkTaskBoard, start: HTMLElement): Promise<string[]> {
      start.focus();
      const seen = [describeEl(active(el))];
      for (let k = 0; k < 60; k++) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement !== el) break;
        const d = describeEl(active(el));
        if (d !== seen.at(-1)) seen.push(d);
      }
      return seen;
    }

    it('every control is reached with Tab, in order', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <gk-task-board today="2020-08-15" editable .units=${seedUnitData} .plan=${small()}></gk-task-board>
          <button type="button">after</button>
        </div>`,
      );
      const el = wrap.querySelector('gk-task-board')!;
      await settle(el);
      const seen = await tabWalk(el, button(el, '按任务')!);
      expect(seen).to.deep.equal([
        'button:按任务',
        'button:按进展',
        'button:按单位',
        'button:按月份',
        'button:导出进展（JSON）',
        'button:导出表格（CSV）',
        'button:导出日历（ICS）',
        'button:打印',
        'input:q',
        'select:unit',
        'select:status',
        'input:from',
        'input:to',
        'input:overdue',
        'button:清除条件',
        'summary:展开 30 个单位',
        'summary:更新事项 8.1 的进展',
        'summary:展开 5 个单位',
        'summary:更新事项 8.2 的进展',
      ]);
    });

    it('view toggles work with Enter and Space', async () => {
      const el = await seedBoard('2020-08-15');
      button(el, '按进展')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.view).to.equal('status');
      await sendKeys({ press: 'Tab' });
      expect(text(active(el))).to.equal('按单位');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.view).to.equal('month');
      expect(active(el)).to.equal(button(el, '按月份')!);
    });

    it('filters are operable: typing in search, arrow keys in a select, Space on the checkbox', async () => {
      const el = await seedBoard('2020-12-01');
      $<HTMLInputElement>(el, 'input[name=q]')!.focus();
      await sendKeys({ type: '档案馆' });
      await settle(el);
      expect(itemIds(el)).to.deep.equal(['8.2']);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal($(el, '[part=filters] select[name=status]'));
      // 全部 → 未开始
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(countText(el)).to.equal('显示 0 条事项（共 19 条）');
      button(el, '清除条件')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(countText(el)).to.equal('显示 19 条事项（共 19 条）');
      $<HTMLInputElement>(el, 'input[name=overdue]')!.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(countText(el)).to.equal('显示 11 条事项（共 19 条）');
    });

    it('展开 details and the progress form are operable with the keyboard', async () => {
      const el = await mount(
        html`<gk-task-board
          today="2020-08-15"
          editable
          .units=${seedUnitData}
          .plan=${small()}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      const units = item(el, '8.1')!.querySelector<HTMLDetailsElement>('details.units')!;
      units.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(units.open).to.equal(true);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(units.open).to.equal(false);
      const editor = item(el, '8.1')!.querySelector<HTMLDetailsElement>('[part=editor]')!;
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(editor.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(editor.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(editor.querySelector('select[name=status]'));
      // done → blocked (the option above)
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(editor.querySelector('textarea[name=note]'));
      await sendKeys({ type: 'note by keyboard' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(editor.querySelector('input[name=evidence]'));
      await sendKeys({ type: 'https://example.org/k' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(editor.querySelector('button[type=submit]'));
      const fired = oneEvent(el, 'gk-progress-change');
      await sendKeys({ press: 'Enter' });
      const e = (await fired) as CustomEvent<GkProgressChangeDetail>;
      expect(e.detail.update).to.deep.equal({
        itemId: '8.1',
        date: '2020-08-15',
        status: 'blocked',
        note: 'note by keyboard',
        evidence: [{ url: 'https://example.org/k' }],
      });
      await settle(el);
      expect(progressOf(el, '8.1')).to.equal('受阻');
    });
  });

  describe('large text and forced colours', () => {
    it('large-text: host text of at least 18px and buttons of at least 44px', async () => {
      const el = await mount(
        html`<gk-task-board
          large-text
          today="2020-08-15"
          editable
          .units=${seedUnitData}
          .plan=${wenshangPlan2020}
          .progress=${sampleProgress2020}
        ></gk-task-board>`,
      );
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(18);
      const shown = (e: HTMLElement) => e.getClientRects().length > 0;
      const targets = [...$$(el, 'button'), ...$$(el, '[part=editor] > summary'), ...$$(el, '[part=filters] .input')].filter(shown);
      expect(targets.length).to.be.greaterThan(10);
      for (const b of targets) expect(b.getBoundingClientRect().height, text(b) || b.tagName).to.be.at.least(44);
    });

    it('forced colours keep the chip words and the level text', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await seedBoard('2020-12-01');
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const c = chip(el, '3.1');
        const style = getComputedStyle(c);
        expect(style.display).to.not.equal('none');
        expect(style.visibility).to.equal('visible');
        expect(style.color).to.not.equal(style.backgroundColor);
        expect(c.getBoundingClientRect().width).to.be.greaterThan(0);
        expect(chipWords(el, '3.1')).to.equal('已逾期 39 个工作日');
        expect(chipLevel(el, '3.1')).to.equal(RED);
        // The shape of the level stays (the dot is painted with a system colour).
        expect(getComputedStyle(c.querySelector('.dot')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });
});
