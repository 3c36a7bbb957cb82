// In-process memories (connector clients, recently written conversation references) stay bounded.
import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../src/boundedMap.ts';

describe('BoundedMap', () => {
  it('keeps at most its limit, dropping the entry used longest ago', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recently used
    map.set('c', 3);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
    map.delete('a');
    expect(map.get('a')).toBeUndefined();
  });
});
