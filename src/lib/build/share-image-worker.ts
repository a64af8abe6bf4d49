/** A worker thread of the share-image queue: draws one image per job into the cache. */
import { answerJobs } from './worker-pool.ts';
import { drawShareImage, keepShareImage } from './share-image.ts';

answerJobs(async ({ key, title, kicker }: { key: string; title: string; kicker: string }) => {
  keepShareImage(key, await drawShareImage(title, kicker));
  return key;
});
