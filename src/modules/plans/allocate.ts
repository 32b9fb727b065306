/**
 * Who gets which funder, for one window of months: a priority matching. Persons come in rank order;
 * each is covered when the funders that may pay for them can take one more person, moving
 * higher-ranked persons between funders when needed (an augmenting path) but never dropping one.
 * This is the greedy algorithm of a transversal matroid, so the plan covers as many people as the
 * money allows, and a person waits only when every funder that could pay is full of higher-ranked
 * people who cannot move elsewhere. (Assigning each person the first funder with room does not:
 * a village's resident can take the regency's last place while their own Dana Desa sits unused.)
 *
 * Persons with the same set of possible funders form a class; the search runs over classes and
 * funders (thousands), never over persons (millions). Once a class cannot be added it never can
 * again, so it is closed and its later persons wait at once.
 */
export interface Window {
  /** Per person in rank order: their class, or -1 when they are not a candidate in this window. */
  classOf: Int32Array;
  /** Per class: the funders that may pay for it, the most restricted first. */
  classFunders: number[][];
  /** Per funder: how many persons it can pay for. */
  capacity: number[];
}

/** Per person: the funder that pays for them in this window, or -1. */
export function allocate({ classOf, classFunders, capacity }: Window): Int32Array {
  const classes = classFunders.length;
  const load = new Int32Array(capacity.length);
  const flow = classFunders.map((fs) => new Int32Array(fs.length));
  const cursor = new Int32Array(classes);
  const closed = new Uint8Array(classes);
  const accepted = new Uint8Array(classOf.length);
  const search = augmenter(classFunders, capacity, load, flow, closed);

  for (let i = 0; i < classOf.length; i++) {
    const k = classOf[i];
    if (k < 0 || closed[k]) continue;
    const fs = classFunders[k];
    let c = cursor[k];
    while (c < fs.length && load[fs[c]] >= capacity[fs[c]]) c++;
    cursor[k] = c; // funders only fill up, so the cursor never goes back
    if (c < fs.length) {
      flow[k][c]++;
      load[fs[c]]++;
      accepted[i] = 1;
    } else if (search(k)) accepted[i] = 1;
  }

  // Hand the places of each class to its accepted persons in rank order.
  const assigned = new Int32Array(classOf.length).fill(-1);
  const slot = new Int32Array(classes);
  const left = flow.map((f) => Int32Array.from(f));
  for (let i = 0; i < classOf.length; i++) {
    if (!accepted[i]) continue;
    const k = classOf[i];
    while (left[k][slot[k]] === 0) slot[k]++;
    left[k][slot[k]]--;
    assigned[i] = classFunders[k][slot[k]];
  }
  return assigned;
}

/**
 * Breadth-first search for a funder with room, from class k through funders already paying for
 * other classes that could move. Found: the moves are made and true returned. Not found: every class
 * reached is closed (all its funders are full of persons who cannot move), and false returned.
 */
function augmenter(
  classFunders: number[][],
  capacity: number[],
  load: Int32Array,
  flow: Int32Array[],
  closed: Uint8Array,
): (k: number) => boolean {
  const classesOf: number[][] = capacity.map(() => []);
  classFunders.forEach((fs, k) => {
    for (const f of fs) classesOf[f].push(k);
  });
  const seenClass = new Int32Array(classFunders.length);
  const seenFunder = new Int32Array(capacity.length);
  const viaFunder = new Int32Array(classFunders.length); // the funder a class was reached through
  const fromClass = new Int32Array(capacity.length); // the class a funder was reached from
  let stamp = 0;

  return (start) => {
    stamp++;
    const queue = [start];
    seenClass[start] = stamp;
    for (let q = 0; q < queue.length; q++) {
      const k = queue[q];
      for (const f of classFunders[k]) {
        if (seenFunder[f] === stamp) continue;
        seenFunder[f] = stamp;
        fromClass[f] = k;
        if (load[f] < capacity[f]) {
          shift(f);
          return true;
        }
        for (const other of classesOf[f]) {
          if (seenClass[other] === stamp || flow[other][classFunders[other].indexOf(f)] === 0) continue;
          seenClass[other] = stamp;
          viaFunder[other] = f;
          queue.push(other);
        }
      }
    }
    for (const k of queue) closed[k] = 1;
    return false;

    // Walk back from the funder with room: each class on the path moves one place to the next funder.
    function shift(free: number) {
      load[free]++;
      let f = free;
      for (;;) {
        const k = fromClass[f];
        flow[k][classFunders[k].indexOf(f)]++;
        if (k === start) return;
        f = viaFunder[k];
        flow[k][classFunders[k].indexOf(f)]--;
      }
    }
  };
}
