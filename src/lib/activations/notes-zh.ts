/**
 * The Chinese edition of the kink notes (`Kink.note`): what f or f′ does at a point where it is not
 * differentiable, and the value PyTorch, JAX or TensorFlow return there. Keys are the English notes exactly as the
 * specs hold them, so the maths stays in one language and a new or reworded note without a Chinese entry fails the
 * build (and tests/activations/notes-zh.test.ts) instead of showing English on /zh/. Formulas, code names, version
 * numbers and issue references are kept exactly.
 */
import type { Locale } from '../i18n/locale';
import { phraseIn } from '../i18n/phrases';

export const kinkNotesZh: Readonly<Record<string, string>> = {
  // classic.ts
  'f jumps from 0 to 1 and has no derivative there; we return 0, as JAX does for jnp.heaviside (PyTorch raises an error instead).':
    'f在此从0跳到1，没有导数；本站返回0，与JAX对jnp.heaviside的处理相同（PyTorch则会报错）。',
  'PyTorch returns 0 at x = −3 (the gradient is 1/6 only strictly inside (−3, 3)).':
    'PyTorch在x = −3处返回0（只有严格位于(−3, 3)之内时梯度才是1/6）。',
  'PyTorch returns 0 at x = 3.': 'PyTorch在x = 3处返回0。',
  'PyTorch returns 0 at x = −1.': 'PyTorch在x = −1处返回0。',
  'PyTorch returns 0 at x = 1.': 'PyTorch在x = 1处返回0。',
  // exponential.ts
  'PyTorch returns α·e⁰ = α at x = 0 (the x ≤ 0 branch); with α = 1 both sides agree.':
    'PyTorch在x = 0处返回α·e⁰ = α（取x ≤ 0的分支）；α = 1时左右两侧一致。',
  'f′ jumps from λα ≈ 1.758 to λ ≈ 1.051; PyTorch returns λα at x = 0.':
    'f′从λα ≈ 1.758跳到λ ≈ 1.051；PyTorch在x = 0处返回λα。',
  'Both sides give 1 at x = 0, for every α.': '无论α取何值，两侧在x = 0处都给出1。',
  // rectifiers.ts
  'f′(0) is undefined; PyTorch and TensorFlow return 0 there, and so do we.':
    'f′(0)没有定义；PyTorch和TensorFlow在此返回0，本站也是如此。',
  'PyTorch (relu6 is hardtanh(x, 0, 6)) returns 0 at x = 0.': 'PyTorch（其relu6即hardtanh(x, 0, 6)）在x = 0处返回0。',
  'PyTorch returns 0 at x = 6.': 'PyTorch在x = 6处返回0。',
  'PyTorch returns α at x = 0 (the x ≤ 0 branch).': 'PyTorch在x = 0处返回α（取x ≤ 0的分支）。',
  'PyTorch returns a at x = 0.': 'PyTorch在x = 0处返回a。',
  'At inference PyTorch returns (l + u)/2 at x = 0.': '推理时，PyTorch在x = 0处返回(l + u)/2。',
  'f jumps from v to θ; PyTorch’s threshold_backward returns 0 at x = θ (the gradient passes only where x > θ).':
    'f从v跳到θ；PyTorch的threshold_backward在x = θ处返回0（梯度只在x > θ处通过）。',
  // shrinkage.ts
  'f′ jumps from 1 to 0; PyTorch’s shrink_backward returns 0 at x = −λ (|x| ≤ λ gives 0).':
    'f′从1跳到0；PyTorch的shrink_backward在x = −λ处返回0（|x| ≤ λ时为0）。',
  'f′ jumps from 0 to 1; PyTorch returns 0 at x = λ.': 'f′从0跳到1；PyTorch在x = λ处返回0。',
  'f jumps from −λ to 0; PyTorch’s shrink_backward returns 0 at x = −λ.':
    'f从−λ跳到0；PyTorch的shrink_backward在x = −λ处返回0。',
  'f jumps from 0 to λ; PyTorch returns 0 at x = λ.': 'f从0跳到λ；PyTorch在x = λ处返回0。',
  // smooth-rectifiers.ts
  'f′ is continuous here (0 from both sides) but f″ jumps from 0 to 1/2; JAX’s sparse_plus (a jnp.where on x ≤ −1) gives 0, as we do.':
    'f′在此连续（两侧均为0），但f″从0跳到1/2；JAX的sparse_plus（按x ≤ −1做jnp.where）给出0，本站相同。',
  'f′ is continuous here (1 from both sides) but f″ jumps from 1/2 to 0; JAX’s jnp.where on x ≥ 1 gives 1, as we do.':
    'f′在此连续（两侧均为1），但f″从1/2跳到0；JAX按x ≥ 1做的jnp.where给出1，本站相同。',
  // smooth.ts
  'f′ jumps from 0 to −1/2; current PyTorch returns 0 at x = −3 (the outer slope), as JAX does. PyTorch 2.6 and earlier returned −1/2 there (pytorch/pytorch#147801, fixed by #148049).':
    'f′从0跳到−1/2；当前的PyTorch与JAX一样，在x = −3处返回0（外侧的斜率）。PyTorch 2.6及更早的版本在此返回−1/2（pytorch/pytorch#147801，由#148049修复）。',
  'f′ jumps from 3/2 to 1; current PyTorch returns 1 at x = 3, as JAX does. PyTorch 2.6 and earlier returned 3/2 on its scalar and CUDA paths (its vectorised CPU kernel already gave 1).':
    'f′从3/2跳到1；当前的PyTorch与JAX一样，在x = 3处返回1。PyTorch 2.6及更早的版本在标量和CUDA路径上返回3/2（其向量化的CPU内核已给出1）。',
};

/** A kink note in `locale`; throws, naming the note, when the Chinese edition has no rendering of it. */
export function kinkNote(note: string, locale: Locale): string {
  return phraseIn(kinkNotesZh, note, locale, { kind: 'kink note', file: 'src/lib/activations/notes-zh.ts' });
}
