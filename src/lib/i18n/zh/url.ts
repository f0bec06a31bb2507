/** Notices shown when a query string had to be corrected (shared by the comparison page and the labs). */
import type { Strings } from '..';

export const url: Strings['url'] = {
  wholeNumber: (name: string, lo: number, hi: number, fallback: number) =>
    `${name}必须是${lo}到${hi}之间的整数；已改用${fallback}。`,
  tooManyListed: (max: number, count: number) => `列出了${count}个函数，只读取了前${max}个。`,
  unknownFunctions: (named: readonly string[], more: boolean) =>
    `已忽略未知函数：${named.join('、')}${more ? '等' : ''}。`,
  /** What the default set of functions is for, ending the notice below. */
  shown: '显示',
  trained: '训练',
  /** `outcome` says what the default set is for: 显示 or 训练. */
  noKnownFunction: (outcome: string) => `没有列出任何已知函数，因此${outcome}默认的一组函数。`,
  unknownChoice: (name: string, raw: string, fallback: string | number, options: readonly (string | number)[]) =>
    `未知的${name}“${raw}”；已改用${fallback}。可选值：${options.join('、')}。`,
};
