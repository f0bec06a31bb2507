/**
 * The Chinese edition's terminology: one Chinese term per English term, used the same way on every page. The first
 * mention of a term on a Chinese page gives the English in brackets, e.g. 梯度消失（vanishing gradient）. Function
 * names keep their usual Latin forms (ReLU, GELU, SwiGLU); the `alias` column lists Chinese names readers search
 * for, which the pages mention so search finds them.
 */
export interface GlossaryTerm {
  /** The English term as the English pages use it. */
  readonly en: string;
  /** The Chinese term every Chinese page uses. */
  readonly zh: string;
  /** Other Chinese names readers use, mentioned once where the term is introduced (for search). */
  readonly alias?: readonly string[];
}

export const glossary: readonly GlossaryTerm[] = [
  { en: 'activation function', zh: '激活函数' },
  { en: 'neuron', zh: '神经元' },
  { en: 'unit', zh: '单元' },
  { en: 'pre-activation', zh: '预激活值' },
  { en: 'weight', zh: '权重' },
  { en: 'bias', zh: '偏置' },
  { en: 'layer', zh: '层' },
  { en: 'hidden layer', zh: '隐藏层' },
  { en: 'output layer', zh: '输出层' },
  { en: 'derivative', zh: '导数' },
  { en: 'gradient', zh: '梯度' },
  { en: 'backpropagation', zh: '反向传播' },
  { en: 'forward pass', zh: '前向传播' },
  { en: 'vanishing gradient', zh: '梯度消失' },
  { en: 'exploding gradient', zh: '梯度爆炸' },
  { en: 'saturation', zh: '饱和' },
  { en: 'zero-centred', zh: '零中心' },
  { en: 'dying ReLU', zh: '死亡 ReLU', alias: ['ReLU 死亡', '神经元死亡'] },
  { en: 'dead unit', zh: '死亡单元', alias: ['死神经元'] },
  { en: 'initialisation', zh: '初始化' },
  { en: 'fan-in', zh: '扇入' },
  { en: 'fan-out', zh: '扇出' },
  { en: 'learning rate', zh: '学习率' },
  { en: 'loss function', zh: '损失函数' },
  { en: 'cross-entropy', zh: '交叉熵' },
  { en: 'logit', zh: 'logit', alias: ['对数几率'] },
  { en: 'probability', zh: '概率' },
  { en: 'temperature', zh: '温度' },
  { en: 'gated linear unit', zh: '门控线性单元' },
  { en: 'gate', zh: '门控' },
  { en: 'feed-forward network', zh: '前馈网络' },
  { en: 'attention', zh: '注意力' },
  { en: 'residual connection', zh: '残差连接' },
  { en: 'normalisation', zh: '归一化' },
  { en: 'self-normalising', zh: '自归一化' },
  { en: 'rectified linear unit', zh: '修正线性单元', alias: ['线性整流函数', '整流线性单元'] },
  { en: 'hyperbolic tangent', zh: '双曲正切' },
  { en: 'logistic sigmoid', zh: 'Sigmoid 函数', alias: ['S 型函数', '逻辑函数'] },
  { en: 'smooth', zh: '光滑' },
  { en: 'differentiable', zh: '可微' },
  { en: 'kink', zh: '折点' },
  { en: 'monotonic', zh: '单调' },
  { en: 'sparse', zh: '稀疏' },
  { en: 'overflow', zh: '上溢' },
  { en: 'underflow', zh: '下溢' },
  { en: 'catastrophic cancellation', zh: '灾难性抵消' },
  { en: 'floating-point number', zh: '浮点数' },
  { en: 'mixed precision', zh: '混合精度' },
  { en: 'half precision', zh: '半精度' },
  { en: 'learning path', zh: '学习路径' },
  { en: 'chapter', zh: '章节' },
  { en: 'exercise', zh: '练习' },
  // 实验 alone also means a paper's experiments: the site's labs are 交互实验.
  { en: 'lab', zh: '交互实验' },
  { en: 'worked example', zh: '计算示例' },
  { en: 'misconception', zh: '常见误区' },
  { en: 'rectifier', zh: '整流函数' },
  { en: 'squashing function', zh: '压缩函数' },
  { en: 'hyperparameter', zh: '超参数' },
  { en: 'batch normalisation', zh: '批归一化' },
  { en: 'regularisation', zh: '正则化' },
  { en: 'inference', zh: '推理' },
  { en: 'Jacobian', zh: '雅可比矩阵' },
  { en: 'automatic differentiation', zh: '自动微分' },
  { en: 'straight-through estimator', zh: '直通估计器' },
  { en: 'proximal operator', zh: '近端算子' },
  { en: 'soft thresholding', zh: '软阈值' },
  { en: 'hard thresholding', zh: '硬阈值' },
  { en: 'probability simplex', zh: '概率单纯形' },
  { en: 'support', zh: '支撑集' },
  { en: 'explorer', zh: '探索器' },
];
