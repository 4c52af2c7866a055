/**
 * A search-indexing thread (see `indexShards`): it indexes the shards it is sent, one at a time,
 * through its own Pagefind service process, and closes that service when told to.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexShard, type ShardTask } from './indexer.ts';

const port = parentPort!;
port.on('message', (task: ShardTask | 'close') => {
  if (task === 'close') {
    void pagefind.close().finally(() => port.close());
    return;
  }
  indexShard(task.shard, task.target, task.language).then(
    () => port.postMessage({ ok: true }),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
