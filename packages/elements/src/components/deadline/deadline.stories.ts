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
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('gk-deadline');
    await el?.updateComplete;
    const details = el?.shadowRoot?.querySelector('details');
    if (details) details.open = true;
  },
};

/** A wrong attribute gives a visible, located error, never a blank box. */
export const InvalidAttribute: Story = { args: { due: '2024-13-01', today: '2024-09-27', 'due-soon-workdays': 'x' } };

export const English: Story = { args: { due: '2024-10-12', today: '2024-09-27', lang: 'en' } };

/** Large-text mode (适老化): text ≥ 18px, targets ≥ 44px. */
export const LargeText: Story = { args: { due: '2024-10-10', today: '2024-10-08', 'large-text': true } };
