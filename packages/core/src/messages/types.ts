/** Shared helpers for message catalogues. */
export type Params = Record<string, unknown>;
export type Template = (p: Params) => string;

/** A parameter as text ('' for null or undefined). */
export const s = (v: unknown): string => String(v ?? '');
/** A parameter as a number. */
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
/** English singular or plural by count. */
export const plural = (n: unknown, one: string, many: string) => (num(n) === 1 ? one : many);

export type Lang = 'zh-CN' | 'en';
/** One module's messages in both languages. */
export interface MessageCatalogue {
  readonly 'zh-CN': Readonly<Record<string, Template>>;
  readonly en: Readonly<Record<string, Template>>;
}
