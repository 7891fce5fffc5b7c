/**
 * The own sets written from session 61 on, with their bars (see own-sets-bars.ts): kept apart so
 * neither file passes 300 lines.
 */
export const LATER_SETS: ReadonlyArray<readonly [name: string, bar: number, promises: number]> = [
  // Session 61's fresh sets, each scored first on 46c511a: sight36-a and emerg-bm then developed
  // against (0.811, 0.833 at first sight; 0.840, 0.895 at the end); sight36-c and emerg-bn only
  // ever scored (0.760, 0.889 at first sight; 0.770, 0.889 at the end).
  ['sight36-a.jsonl', 0.82, 5],
  ['sight36-c.jsonl', 0.76, 5],
  ['emerg-bm.jsonl', 0.88, 2],
  ['emerg-bn.jsonl', 0.88, 2],
  // Session 62's fresh sets, scored first on b85f0a1: sight37-a and emerg-bo then developed against
  // (0.750, 0.825 at first sight; 0.747, 0.862 at the end); sight37-c and emerg-bp only ever scored
  // (0.773, 0.826 at first sight; 0.773, 0.829 at the end).
  ['sight37-a.jsonl', 0.73, 5],
  ['sight37-c.jsonl', 0.76, 5],
  ['emerg-bo.jsonl', 0.85, 2],
  ['emerg-bp.jsonl', 0.81, 2],
  // Session 63's fresh sets, scored first on 863f3d3: sight38-a and emerg-bq then developed against
  // (0.739, 0.837 at first sight; 0.776, 0.854 at the end); sight38-c and emerg-br only ever scored
  // (0.826, 0.879 at first sight; 0.829, 0.879 at the end).
  ['sight38-a.jsonl', 0.76, 5],
  ['sight38-c.jsonl', 0.81, 5],
  ['emerg-bq.jsonl', 0.84, 2],
  ['emerg-br.jsonl', 0.86, 2],
  // Session 64's fresh sets, each scored first on 4494568: sight39-a and emerg-bs then developed
  // against (0.740, 0.892 at first sight); sight39-c and emerg-bt only ever scored (0.784, 0.805).
  ['sight39-a.jsonl', 0.74, 5],
  ['emerg-bs.jsonl', 0.88, 1],
  ['sight39-c.jsonl', 0.77, 5],
  ['emerg-bt.jsonl', 0.79, 1],
  // Session 65's fresh sets, each scored first on 751df8e: sight40-a and emerg-bu then developed
  // against (0.819, 0.805 at first sight; 0.819, 0.827 at the end); sight40-c and emerg-bv only ever
  // scored (0.770, 0.837 at first sight; 0.770, 0.834 at the end).
  ['sight40-a.jsonl', 0.8, 5],
  ['emerg-bu.jsonl', 0.81, 1],
  ['sight40-c.jsonl', 0.75, 5],
  ['emerg-bv.jsonl', 0.82, 1],
  // Session 66's fresh sets, each scored first on 01cadc2: sight41-a and emerg-bw then developed
  // against (0.784, 0.840 at first sight; 0.797, 0.864 at the end); sight41-c only ever scored
  // (0.746 at first sight, 0.763 at the end).
  ['sight41-a.jsonl', 0.77, 5],
  ['emerg-bw.jsonl', 0.83, 1],
  ['sight41-c.jsonl', 0.73, 5],
  // Session 67's fresh sets, each scored first on 50a8ded: sight42-a and emerg-by kept to develop
  // against (0.848, 0.857 at first sight; 0.848, 0.885 at the end); sight42-c and emerg-bz only ever
  // scored (0.787, 0.816 at first sight; 0.787, 0.832 at the end, two danger turns of emerg-bz read).
  ['sight42-a.jsonl', 0.82, 5],
  ['emerg-by.jsonl', 0.86, 1],
  ['sight42-c.jsonl', 0.76, 5],
  ['emerg-bz.jsonl', 0.81, 1],
  // Session 68's fresh sets, each scored first on 8d8c479: sight43-a and emerg-ca kept to develop
  // against (0.792, 0.863 at first sight); sight43-c and emerg-cb only ever scored (0.861, 0.851 at
  // first sight; emerg-cb's four missed danger turns read for the safety rule).
  ['sight43-a.jsonl', 0.8, 5],
  ['emerg-ca.jsonl', 0.85, 1],
  ['sight43-c.jsonl', 0.83, 5],
  ['emerg-cb.jsonl', 0.85, 1],
  // Session 69's fresh sets, each scored first on e64395b: sight44-a and emerg-cc kept to develop
  // against (0.889, 0.864 at first sight; 0.902, 0.869 at the end); sight44-c and emerg-cd only ever
  // scored (0.732, 0.857 at first sight; 0.735, 0.862 at the end).
  ['sight44-a.jsonl', 0.88, 5],
  ['emerg-cc.jsonl', 0.84, 1],
  ['sight44-c.jsonl', 0.71, 5],
  ['emerg-cd.jsonl', 0.84, 1],
  // Session 70's fresh sets, each scored first on b20c5e8: sight45-a and emerg-ce kept to develop
  // against (0.832, 0.851 at first sight; 0.843, 0.875 at the end); sight45-c and emerg-cf only ever
  // scored (0.770, 0.858 at first sight and at the end).
  ['sight45-a.jsonl', 0.82, 5],
  ['emerg-ce.jsonl', 0.85, 1],
  ['sight45-c.jsonl', 0.75, 5],
  ['emerg-cf.jsonl', 0.83, 1],
  // Session 71's fresh sets, each scored first on e1ba950: sight46-a and emerg-cg kept to develop
  // against (0.900, 0.829 at first sight; 0.900, 0.848 at the end); sight46-c and emerg-ch only ever
  // scored (0.849, 0.854 at first sight; 0.849, 0.857 at the end).
  ['sight46-a.jsonl', 0.88, 5],
  ['emerg-cg.jsonl', 0.82, 1],
  ['sight46-c.jsonl', 0.83, 5],
  ['emerg-ch.jsonl', 0.84, 1],
  // Session 72's fresh sets, each scored first on 5377ba6: sight47-a and emerg-ci kept to develop
  // against (0.860, 0.864 at first sight; 0.863, 0.895 at the end); sight47-c and emerg-cj only ever
  // scored (0.859, 0.845 at first sight; 0.859, 0.848 at the end).
  ['sight47-a.jsonl', 0.84, 5],
  ['emerg-ci.jsonl', 0.87, 1],
  ['sight47-c.jsonl', 0.84, 5],
  ['emerg-cj.jsonl', 0.83, 1],
  // Session 73's fresh sets, each scored first on f9a8bb0: sight48-a and emerg-ck kept to develop
  // against (0.808, 0.857 at first sight; 0.829, 0.865 at the end); sight48-c and emerg-cl only ever
  // scored (0.833, 0.897 at first sight; 0.843, 0.897 at the end).
  ['sight48-a.jsonl', 0.81, 5],
  ['emerg-ck.jsonl', 0.85, 1],
  ['sight48-c.jsonl', 0.82, 5],
  ['emerg-cl.jsonl', 0.88, 1],
  // Session 75's fresh sets, each scored first on c29dd8e: sight49-a and emerg-cm kept to develop
  // against (0.852, 0.864 at first sight; 0.890, 0.914 at the end); sight49-c and emerg-cn only ever
  // scored (0.844, 0.811 at first sight and at the end).
  ['sight49-a.jsonl', 0.87, 5],
  ['emerg-cm.jsonl', 0.89, 1],
  ['sight49-c.jsonl', 0.82, 5],
  ['emerg-cn.jsonl', 0.79, 1],
  // Session 76's fresh sets, each scored first on f4be6e5: sight50-a and emerg-co kept to develop
  // against (0.827, 0.893 at first sight; 0.835, 0.931 at the end); sight50-c and emerg-cp only ever
  // scored (0.824, 0.881 at first sight and at the end).
  ['sight50-a.jsonl', 0.81, 5],
  ['emerg-co.jsonl', 0.91, 1],
  ['sight50-c.jsonl', 0.8, 5],
  ['emerg-cp.jsonl', 0.86, 1],
  // Session 77's fresh sets, each scored first on b129788: sight51-a and emerg-cq kept to develop
  // against (0.851, 0.907 at first sight; 0.876, 0.933 at the end); sight51-c and emerg-cr only ever
  // scored (0.746, 0.844 at first sight; 0.749, 0.844 at the end).
  ['sight51-a.jsonl', 0.85, 5],
  ['emerg-cq.jsonl', 0.91, 1],
  ['sight51-c.jsonl', 0.73, 5],
  ['emerg-cr.jsonl', 0.82, 1],
  // Session 78's fresh sets, each scored first on 83798f2: sight52-a and emerg-cs kept to develop
  // against (0.891, 0.888 at first sight; 0.927, 0.911 at the end); sight52-c and emerg-ct only ever
  // scored (0.841, 0.913 at first sight; 0.844, 0.920 at the end).
  ['sight52-a.jsonl', 0.9, 5],
  ['emerg-cs.jsonl', 0.88, 1],
  ['sight52-c.jsonl', 0.82, 5],
  ['emerg-ct.jsonl', 0.89, 1],
  // Session 79's fresh sets, each scored first on 289b2b4: sight53-a and emerg-cu kept to develop
  // against (0.860, 0.754 at first sight; 0.860, 0.772 at the end); sight53-c and emerg-cv only ever
  // scored (0.902, 0.847 at first sight and at the end).
  ['sight53-a.jsonl', 0.84, 5],
  ['emerg-cu.jsonl', 0.75, 1],
  ['sight53-c.jsonl', 0.88, 5],
  ['emerg-cv.jsonl', 0.83, 1],
  // Session 80's fresh sets, each scored first on 9b3bfb2: sight54-a and emerg-cw kept to develop
  // against (0.907, 0.930 at first sight); sight54-c and emerg-cx only ever scored (0.923, 0.890).
  ['sight54-a.jsonl', 0.9, 5],
  ['emerg-cw.jsonl', 0.92, 1],
  ['sight54-c.jsonl', 0.9, 5],
  ['emerg-cx.jsonl', 0.87, 1],
];
