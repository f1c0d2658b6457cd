// Messages shown to people carry Georgian and English text side by side.
export type Localized = { ka: string; en: string };
