/** The gated-unit explorer (GLU, ReGLU, GEGLU, SwiGLU pages) and the SwiGLU width calculator. */
import type { Strings } from '..';

export const gated: Strings['gated'] = {
  heading: '输出及其斜率随值与门控的变化',
  mapsLegend: '显示的曲面',
  maps: { f: '输出f(a, b)', dA: '斜率∂f/∂a', dB: '斜率∂f/∂b' },
  /** Template: {name} is the unit's name; {map} one of the `maps` labels. */
  imageLabel: '{name}：值a与门控b均从−4到4时{map}的热力图',
  caption:
    '紫色表示小于零，橙色表示大于零，接近零处为浅色（深色模式下为深色）；色标给出数值刻度。虚线标出a = 0和b = 0。',
  tableSummary: '同一曲面的数值表',
  axes: { valueAxis: '值a', gateAxis: '门控b' },
  // The column and row headings are notation, the same in every language.
  table: { corner: '门控b向下，值a向右', column: 'a = {a}', row: 'b = {b}' },
  /** Sent to the browser: the read-out and the keyboard hint. */
  client: {
    readout: '{name}在a = {a}、b = {b}处：f = {f}，∂f/∂a = {dA}，∂f/∂b = {dB}',
  },
  hint: '将指针指向热力图，或使其获得焦点后用方向键（Page Up/Down：b变化一个单位；Home/End：a的两端）读取数值。',
  calculator: {
    heading: '按LLaMA的规则计算隐藏层宽度',
    d: '模型宽度d',
    // The name of LLaMA's configuration field: a code identifier.
    multipleOf: 'multiple_of',
    multiplier: 'ffn_dim_multiplier（可选）',
    /** Sent to the browser with the form; `{…}` placeholders are filled there. */
    client: {
      stepFour: '从普通模块的宽度出发：4 × {d} = {value}。',
      stepTwoThirds: '取三分之二（三个矩阵而不是两个）：int(2 × {four} / 3) = int({exact}) = {value}。',
      stepMultiplier: '乘以ffn_dim_multiplier：int({m} × {h}) = {value}。',
      stepRound: '把{h}向上取整到{multiple}的倍数：隐藏层宽度为{value}。',
      paramsGated: '门控模块：3 × {d} × {h} = {value}个权重。',
      paramsPlain: '普通4d模块（ReLU或GELU）：2 × {d} × {four} = {value}个权重。',
      ratio: '门控/普通之比：{ratio}。',
      wholeNumber: '{name}必须是1到{max}之间的整数。',
      multiplier: '{name}必须是不超过16的正数，或留空。',
    },
  },
};
