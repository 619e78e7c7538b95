/**
 * Sets `key` in a map that keeps its entries in the order they were last set, and drops the oldest
 * beyond `max`: a per-process memory of the most recent few hundred things (compiled statements,
 * search ranges) that cannot grow without bound.
 */
export function setRecent<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}
