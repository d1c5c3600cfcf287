// Storybook (web-components, CSF3) stories for <gk-deadline>. Argument tables come from
// custom-elements.json; each story sets the attributes a webmaster would write.
import { html, nothing, type TemplateResult } from 'lit';
import './define.js';

interface DeadlineArgs {
  due?: string;
  today?: string;
  'due-soon-workdays'?: string;
  lang?: string;
  'large-text'?: boolean;
}

/** The parts of a CSF3 story these stories use (no dependency on Storybook's types). */
interface Story {
  name?: string;
  args?: DeadlineArgs;
  parameters?: Record<string, unknown>;
  decorators?: ((story: () => unknown) => TemplateResult)[];
  render?: (args: DeadlineArgs) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const render = (args: DeadlineArgs): TemplateResult =>
  html`<gk-deadline
    due=${args.due ?? nothing}
    today=${args.today ?? nothing}
    due-soon-workdays=${args['due-soon-workdays'] ?? nothing}
    lang=${args.lang ?? nothing}
    ?large-text=${args['large-text'] ?? false}
  ></gk-deadline>`;

/** Opens the 计算说明 (explanation) of the story's element, as a click on its summary would. */
async function openExplanation({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('gk-deadline');
  await el?.updateComplete;
  const details = el?.shadowRoot?.querySelector('details');
  if (details) details.open = true;
}

/** A column of `px` pixels (a phone, or a narrow sidebar of a portal page). */
const column =
  (px: number) =>
  (story: () => unknown): TemplateResult =>
    html`<div style="inline-size: ${px}px; max-inline-size: 100%;">${story()}</div>`;

export default {
  title: 'Components/Deadline (gk-deadline)',
  component: 'gk-deadline',
  tags: ['autodocs'],
  render,
  args: { due: '2024-10-12', today: '2024-09-27' },
  argTypes: {
    due: { control: 'text' },
    today: { control: 'text' },
    'due-soon-workdays': { control: 'text' },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    'large-text': { control: 'boolean' },
  },
};

/** 7 working days left: the National Day holiday is skipped, two make-up days count. */
export const Ok: Story = { args: { due: '2024-10-12', today: '2024-09-27' } };

/** 2 working days left, at or below the default threshold of 3. */
export const DueSoon: Story = { args: { due: '2024-10-10', today: '2024-10-08' } };

export const DueToday: Story = { args: { due: '2024-10-10', today: '2024-10-10' } };

/** Overdue by 2 working days. */
export const Overdue: Story = { args: { due: '2024-10-08', today: '2024-10-10' } };

/** 2027 has no State Council notice yet: the calendar follows the statutory rules. */
export const Provisional: Story = { args: { due: '2027-02-15', today: '2027-02-05' } };

/** The explanation, opened: seven 国庆节 rest days skipped, 2024-09-29 and 2024-10-12 worked. */
export const HolidayExplanation: Story = {
  name: 'Holiday block explanation',
  args: { due: '2024-10-12', today: '2024-09-27' },
  play: openExplanation,
};

/** A wrong attribute gives a visible, located error, never a blank box. */
export const InvalidAttribute: Story = { args: { due: '2024-13-01', today: '2024-09-27', 'due-soon-workdays': 'x' } };

export const English: Story = { args: { due: '2024-10-12', today: '2024-09-27', lang: 'en' } };

/** Large-text mode (适老化): text ≥ 18px, targets ≥ 44px. */
export const LargeText: Story = { args: { due: '2024-10-10', today: '2024-10-08', 'large-text': true } };

/** Today is the last working day before a due date on a rest day: 0 working days left, still due soon (not overdue). */
export const LastWorkingDay: Story = {
  name: 'Last working day (due on a Sunday)',
  args: { due: '2024-11-10', today: '2024-11-08' },
};

/** `due-soon-workdays="10"`: a page that warns earlier; 7 working days left is already due soon. */
export const CustomThreshold: Story = {
  name: 'Custom due-soon threshold (10)',
  args: { due: '2024-10-12', today: '2024-09-27', 'due-soon-workdays': '10' },
};

/** Overdue, with the explanation opened: the counted working days after the due date. */
export const OverdueExplanation: Story = {
  name: 'Overdue, explanation open',
  args: { due: '2024-10-08', today: '2024-10-10' },
  play: openExplanation,
};

/** No `due` at all: the element names the missing attribute. */
export const MissingDue: Story = { name: 'Missing due attribute', args: { due: '' } };

/** A date outside the calendar's range (2007–2050): a located error, not a wrong count. */
export const OutOfRange: Story = { name: 'Date out of calendar range', args: { due: '1999-01-01', today: '2024-09-27' } };

/** English, overdue, with the explanation open. */
export const EnglishOverdue: Story = {
  name: 'English, overdue, explanation open',
  args: { due: '2024-10-08', today: '2024-10-10', lang: 'en' },
  play: openExplanation,
};

/** English attribute errors. */
export const EnglishInvalid: Story = {
  name: 'English, invalid attributes',
  args: { due: '2024-13-01', today: '2024-09-27', 'due-soon-workdays': 'x', lang: 'en' },
};

/** Large text with the explanation open: the day lists wrap, the toggle stays ≥ 44px. */
export const LargeTextExplanation: Story = {
  name: 'Large text, explanation open',
  args: { due: '2024-10-12', today: '2024-09-27', 'large-text': true },
  play: openExplanation,
};

/** A 280px column (a phone or a portal's side bar), explanation open: everything wraps, nothing scrolls sideways. */
export const Narrow: Story = {
  name: 'Narrow (280px), explanation open',
  args: { due: '2024-10-12', today: '2024-09-27' },
  decorators: [column(280)],
  play: openExplanation,
};

/** Several deadlines in a list, as on a 依申请公开 overview page: every state side by side. */
export const AllStates: Story = {
  name: 'All states side by side',
  render: () =>
    html`<ul style="display: grid; gap: 1rem; padding: 0; list-style: none; max-inline-size: 40rem;">
      <li><gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline></li>
      <li><gk-deadline due="2024-10-10" today="2024-10-08"></gk-deadline></li>
      <li><gk-deadline due="2024-10-10" today="2024-10-10"></gk-deadline></li>
      <li><gk-deadline due="2024-10-08" today="2024-10-10"></gk-deadline></li>
      <li><gk-deadline due="2027-02-15" today="2027-02-05"></gk-deadline></li>
      <li><gk-deadline due="2024-13-01" today="2024-09-27"></gk-deadline></li>
    </ul>`,
};
