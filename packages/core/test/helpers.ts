import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../data');

export interface NoticeDay {
  name: string;
  date: string;
  isOffDay: boolean;
}

/** The raw notices, read straight from the JSON files (the oracle for the calendar tests). */
export function readNotices(): { file: string; year: number; days: NoticeDay[] }[] {
  const dir = join(dataDir, 'holiday-cn');
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

export function readStatutory(): Record<string, { name: string; dates: string[]; makeUpDates: string[] }[]> {
  return JSON.parse(readFileSync(join(dataDir, 'statutory-holidays/2025-2050.json'), 'utf8')).years;
}

/** 'YYYY-MM-DD' of a UTC day number (days since 1970-01-01), computed with Date: independent of the code under test. */
export function isoOfDay(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

export function dayOfIso(s: string): number {
  return Math.round(Date.parse(`${s}T00:00:00Z`) / 86400000);
}

/** Saturday or Sunday, by Date. */
export function isWeekendIso(s: string): boolean {
  const wd = new Date(`${s}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
}

export const FIRST_DAY = dayOfIso('2007-01-01');
export const LAST_DAY = dayOfIso('2050-12-31');
