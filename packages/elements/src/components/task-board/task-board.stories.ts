// Storybook stories for <gk-task-board>: every view, the seed plan of 汶上县 (2020) with the
// example progress log at three dates, empty and invalid data, editing, English and large text.
import { html, nothing, type TemplateResult } from 'lit';
import { generatePlan, sampleProgress2020, seedUnitData, wenshangPlan2020 } from '@gongkai/core';
import './define.js';

const DATA_SETS = ['seed', 'generated-1000', 'empty-tasks', 'invalid', 'none'] as const;
type DataSet = (typeof DATA_SETS)[number];

interface BoardArgs {
  /** Story only: the data set passed to the `plan` property. */
  data?: DataSet;
  today?: string;
  view?: 'task' | 'status' | 'unit' | 'month';
  unit?: string;
  lang?: string;
  editable?: boolean;
  'large-text'?: boolean;
  'heading-level'?: string;
  'yellow-workdays'?: string;
  'red-overdue-workdays'?: string;
}

interface Story {
  name?: string;
  args?: BoardArgs;
  render?: (args: BoardArgs) => TemplateResult;
}

let generated: unknown;

function planFor(data: DataSet | undefined): unknown {
  switch (data) {
    case 'seed':
      return wenshangPlan2020;
    case 'generated-1000':
      return (generated ??= generatePlan(1000, 5, 1));
    case 'empty-tasks':
      return { ...wenshangPlan2020, tasks: [] };
    case 'invalid':
      // The seed with task 3's deadline and task 5's title broken, and one item without requirements.
      return {
        ...wenshangPlan2020,
        tasks: wenshangPlan2020.tasks.map((t) =>
          t.number === 3
            ? { ...t, items: t.items.map((i) => ({ ...i, deadline: { text: '尽快', rule: 'asap' } })) }
            : t.number === 5
              ? { ...t, title: '' }
              : t.number === 7
                ? { ...t, items: t.items.map((i) => ({ ...i, requirements: [] })) }
                : t,
        ),
      };
    default:
      return undefined;
  }
}

const render = (args: BoardArgs): TemplateResult =>
  html`<gk-task-board
    today=${args.today ?? nothing}
    view=${args.view ?? nothing}
    unit=${args.unit ?? nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    yellow-workdays=${args['yellow-workdays'] ?? nothing}
    red-overdue-workdays=${args['red-overdue-workdays'] ?? nothing}
    ?editable=${args.editable ?? false}
    ?large-text=${args['large-text'] ?? false}
    .units=${seedUnitData}
    .plan=${planFor(args.data)}
    .progress=${args.data === 'seed' || args.data === 'invalid' ? sampleProgress2020 : []}
  ></gk-task-board>`;

export default {
  title: 'Components/Task board (gk-task-board)',
  component: 'gk-task-board',
  tags: ['autodocs'],
  render,
  args: { data: 'seed', today: '2020-08-15' },
  argTypes: {
    data: { description: 'Story only: the data set passed to the `plan` property.', control: 'select', options: DATA_SETS },
    today: { control: 'text' },
    view: { control: 'inline-radio', options: ['task', 'status', 'unit', 'month'] },
    unit: { control: 'text' },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    editable: { control: 'boolean' },
    'large-text': { control: 'boolean' },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    'yellow-workdays': { control: 'text' },
    'red-overdue-workdays': { control: 'text' },
  },
};

/** The seed plan with the example progress on 2020-08-15: by task. */
export const ByTask: Story = { name: 'By task (seed plan, 2020-08-15)' };

/** The four progress columns; overdue items are marked in every column. */
export const ByStatus: Story = { name: 'By status', args: { view: 'status' } };

/** Pick a unit or a group (县直各部门、单位) to see what it owes, by deadline. */
export const ByUnit: Story = { name: 'By unit (县财政局)', args: { view: 'unit', unit: 'county-finance' } };

/** A group: every item any county department owes, once, with how many of them owe it. */
export const ByUnitGroup: Story = { name: 'By unit, a group (县直各部门、单位)', args: { view: 'unit', unit: 'group:all-county' } };

/** A timeline of deadlines by month. */
export const ByMonth: Story = { name: 'By month', args: { view: 'month' } };

/** The seed plan on 2020-06-01, just after it was issued: everything ahead. */
export const Seed20200601: Story = { name: 'Seed plan on 2020-06-01', args: { today: '2020-06-01' } };

/** The seed plan on 2020-12-01: the end-of-year deadlines come close, earlier ones are overdue or done. */
export const Seed20201201: Story = { name: 'Seed plan on 2020-12-01', args: { today: '2020-12-01', view: 'status' } };

/** Staff mode: each item has an "update progress" form; saving emits the cancelable gk-progress-change. */
export const Editable: Story = { args: { editable: true } };

/** English interface (the plan's own text stays as written). */
export const English: Story = { args: { lang: 'en' } };

/** English, by unit. */
export const EnglishByUnit: Story = { name: 'English, by unit', args: { lang: 'en', view: 'unit', unit: 'county-finance' } };

/** A stricter escalation: yellow from 10 working days left, red only after 5 working days overdue. */
export const CustomEscalation: Story = { name: 'Custom escalation', args: { 'yellow-workdays': '10', 'red-overdue-workdays': '5' } };

/** No plan at all: the element says what to set. */
export const NoData: Story = { name: 'No data', args: { data: 'none' } };

/** A plan whose task list is empty. */
export const EmptyPlan: Story = { name: 'Empty plan', args: { data: 'empty-tasks' } };

/** Invalid tasks are listed with their location; the valid tasks still show. */
export const InvalidData: Story = { name: 'Invalid data', args: { data: 'invalid' } };

/** A generated plan of 1,000 tasks (5,000 items), shown 50 tasks at a time. */
export const LargePlan: Story = { name: 'Large plan (1,000 tasks)', args: { data: 'generated-1000', today: '2024-06-01' } };

/** Large-text mode for elderly readers. */
export const LargeText: Story = { name: 'Large text', args: { 'large-text': true } };
