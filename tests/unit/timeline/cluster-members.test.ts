import { describe, expect, it } from 'vitest';
import { clusterMembers } from '../../../src/timeline/cluster-members';
import { MARK_CLUSTER, MARK_SPAN_CLUSTER } from '../../../src/timeline/layout-buffer';

const lane = { points: Uint32Array.of(7, 3, 9, 4, 8), spans: Uint32Array.of(20, 21, 22) };

describe('clusterMembers', () => {
  it('takes a point cluster from the lane points, in order', () => {
    expect(clusterMembers(lane, { type: MARK_CLUSTER, from: 1, count: 3 })).toEqual([3, 9, 4]);
  });

  it('takes a span cluster from the lane spans', () => {
    expect(clusterMembers(lane, { type: MARK_SPAN_CLUSTER, from: 0, count: 2 })).toEqual([20, 21]);
  });

  it('stops at the limit and at the end of the lane', () => {
    expect(clusterMembers(lane, { type: MARK_CLUSTER, from: 0, count: 5 }, 2)).toEqual([7, 3]);
    expect(clusterMembers(lane, { type: MARK_CLUSTER, from: 3, count: 9 })).toEqual([4, 8]);
  });
});
