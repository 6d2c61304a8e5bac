/**
 * Worker thread of writeBulkCsv (./bulk-csv.ts): writes its share of the edges (EdgeTuple[]) into files of its own (prefix `edges-w`), and answers with the groups, the
 * keys of the edges the CSV cannot hold (their rows are built again in the main thread) and
 * whether some edges carry `tupuEmptyLists`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GroupWriter, writeEdge, type EdgeResult, type EdgeTuple } from './bulk-csv.ts';

const { dir, edges } = workerData as { dir: string; edges: EdgeTuple[] };
const writer = new GroupWriter(dir, 'edges-w');
const result: EdgeResult = { fixEdges: [], emptyLists: false };
try {
  for (const edge of edges) writeEdge(writer, result, edge);
  const groups = writer.close();
  parentPort!.postMessage({
    groups,
    fixKeys: result.fixEdges.map((f) => f.row.key),
    emptyLists: result.emptyLists,
    longestLine: writer.longestLine,
  });
} catch (e) {
  writer.abandon();
  throw e;
}
