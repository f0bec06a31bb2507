/** The page shell: header, footer, navigation, skip link, theme. */
export const site = {
  title: 'Activation Functions Handbook',
};
