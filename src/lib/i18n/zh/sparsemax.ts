/** The sparsemax explorer on the sparsemax page. */
import type { Strings } from '..';

export const sparsemax: Strings['sparsemax'] = {
  logits: 'logit z（用逗号分隔）',
  lineLabel: '标出阈值τ的logit数轴',
  barsLabel: 'sparsemax与softmax概率的柱状图',
  // The legend names the two functions, whose names stay Latin in every language.
  keySparse: 'sparsemax',
  keySoft: 'softmax',
  /** Sent to the browser; `{…}` placeholders are filled there and must stay as written. */
  client: {
    lineCaption: 'logit z_i（实心：在支撑集内，z_i > τ；空心：p_i = 0）',
    tauLabel: 'τ = {tau}',
    barsCaption: 'logit z_i（柱：sparsemax为实色，softmax为浅色）',
    summary:
      'τ = {tau}。支撑集：logit {support}（共{n}个中的{count}个）。sparsemax给出{zeros}个精确的零；softmax的最小概率是{minSoft}。',
  },
};
