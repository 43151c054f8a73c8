// The events folded into a cluster mark, in time order: a cluster of points draws from its
// lane's points, a cluster of spans from its spans, `count` of them starting at `from`.
import type { MarkHit } from './find-mark-at';
import { MARK_CLUSTER } from './layout-buffer';
import type { PositionedLane } from './lane-types';

export function clusterMembers(
  lane: Pick<PositionedLane, 'points' | 'spans'>,
  hit: Pick<MarkHit, 'type' | 'from' | 'count'>,
  limit: number = hit.count,
): number[] {
  return Array.from(clusterMemberView(lane, hit, limit));
}

/** The same members without a copy: a view into the lane's own array. */
export function clusterMemberView(
  lane: Pick<PositionedLane, 'points' | 'spans'>,
  hit: Pick<MarkHit, 'type' | 'from' | 'count'>,
  limit: number = hit.count,
): Uint32Array {
  const members = hit.type === MARK_CLUSTER ? lane.points : lane.spans;
  const end = Math.min(hit.from + Math.min(hit.count, limit), members.length);
  return members.subarray(hit.from, end);
}
