/** Where articles live on disk, relative to the project root. */
export const ARTICLES_DIR = './content/articles';
