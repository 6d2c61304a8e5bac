import type { EdgeType, NodeType } from '../../../../graph/types.ts';
import type { Lang } from '../state.ts';

export type { Lang };
/** Type names: generated from the type table (graph/types.ts), never written by hand. */
export type TypeNameKey = `type.${NodeType}` | `edge.${EdgeType}`;
