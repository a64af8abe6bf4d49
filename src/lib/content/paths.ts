/** Where content lives on disk, relative to the project root. */
export const ARTICLES_DIR = './content/articles';
export const WARNING_SIGNS_DIR = './content/warning-signs';
