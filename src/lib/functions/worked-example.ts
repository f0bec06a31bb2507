/** The worked example every function page shares: the input vector of the TensorFlow examples in our source material. */
export const WORKED_INPUT: readonly number[] = [1.0, -0.5, 3.4, -2.1, 0.0, -6.5];
