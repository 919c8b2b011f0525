// Recomputes each scenario of gen/GenMisc.java with the runtime and compares with JDK 17's output in data/misc.txt.
import { describe, expect, it } from "vitest";
import * as J from "../../src/emit/ts/runtime/index.js";
import { readData } from "./helpers.js";

const {
  ArrayDeque, ArrayList, Arrays, BigDecimal, BigInteger, BitSet, Collections, Character, HashMap, HashSet, Integer,
  JMath, LinkedHashMap, LinkedList, Long, Optional, PriorityQueue, Random, RoundingMode, StringBuilder, TreeMap, TreeSet,
  dstr, fstr, str, formatJava,
} = J;

const golden = new Map(
  readData("misc.txt")
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => {
      const tab = l.indexOf("\t");
      return [l.substring(0, tab), l.substring(tab + 1).replace(/\\(.)/g, (_m, c: string) => (c === "n" ? "\n" : c))];
    }),
);

/** Java's `try { r.run(); "ok" } catch (Throwable t) { t.toString() }` */
function ex(fn: () => unknown): string {
  try {
    fn();
    return "ok";
  } catch (e) {
    return J.wrapJsError(e).toString();
  }
}
function words(r: J.Random, n: number): string {
  const sb = new StringBuilder();
  for (let i = 0; i < n; i++) {
    if (i > 0) sb.appendChar(32);
    const len = 1 + r.nextInt(6);
    for (let j = 0; j < len; j++) sb.appendChar(97 + r.nextInt(26));
  }
  return sb.toString();
}
const jsum = (a: number, b: number): number => (a + b) | 0;
const arr = (a: string[]): string => "[" + a.join(", ") + "]";

const scenarios: Record<string, () => string> = {};
const kr = new Random(1);
const ws = J.split(words(new Random(2), 60), " ");
const li = new ArrayList<number>();

scenarios.random = () => {
  const r = new Random(42n);
  const out: string[] = [];
  for (let i = 0; i < 20; i++) out.push(String(r.nextInt()));
  for (let i = 0; i < 20; i++) out.push(String(r.nextInt(100)));
  for (let i = 0; i < 10; i++) out.push(String(r.nextInt(1024)));
  for (let i = 0; i < 10; i++) out.push(String(r.nextInt(2000000000)));
  for (let i = 0; i < 5; i++) out.push(String(r.nextLong()));
  for (let i = 0; i < 5; i++) out.push(dstr(r.nextDouble()));
  for (let i = 0; i < 5; i++) out.push(fstr(r.nextFloat()));
  for (let i = 0; i < 5; i++) out.push(String(r.nextBoolean()));
  for (let i = 0; i < 7; i++) out.push(dstr(r.nextGaussian()));
  for (let i = 0; i < 10; i++) out.push(String(r.nextInt(5, 17)));
  for (let i = 0; i < 5; i++) out.push(String(r.nextInt(-1000000000, 2000000000)));
  return out.join(" ") + " ";
};
scenarios.random_negseed = () => {
  const r = new Random(-123456789012345n);
  return `${r.nextInt()} ${r.nextLong()} ${dstr(r.nextDouble())}`;
};

// The HashMap scenarios share `kr` in the same order as the Java program.
scenarios.hashmap_int = () => {
  const hm = new HashMap<number, number>();
  for (let i = 0; i < 200; i++) hm.put(kr.nextInt(1000) - 500, i);
  const s1 = hm.toString();
  for (let i = 0; i < 100; i++) hm.remove(kr.nextInt(1000) - 500);
  scenarios.hashmap_int_removed = () => `${hm} ${hm.size()} ${hm.hashCode()}`;
  return s1;
};
scenarios.hashmap_merge = () => {
  const hs = new HashMap<string, number>();
  for (const s of ws) hs.merge(s, 1, jsum);
  return hs.toString();
};
scenarios.hashmap_put = () => {
  const hp = new HashMap<string, number>();
  for (const s of ws) hp.put(s, hp.getOrDefault(s, 0) + 1);
  return `${hp} ${hp.keySet()} ${hp.values()}`;
};
scenarios.hashmap_cia = () => {
  const ca = new HashMap<string, J.ArrayList<number>>();
  for (let i = 0; i < ws.length; i++) (ca.computeIfAbsent(ws[i].substring(0, 1), () => new ArrayList<number>()) as J.ArrayList<number>).add(i);
  return ca.toString();
};
scenarios.hashmap_collide = () => {
  const col = new HashMap<number, string>(3);
  for (let i = 0; i < 12; i++) col.put(i * 64, "v" + i);
  return col.toString();
};
scenarios.hashmap_long = () => {
  const lm = new HashMap<bigint, boolean>(null, { key: "long" });
  for (let i = 0n; i < 20n; i++) lm.put(J.lmul(J.lmul(i, 1000000007n), 1000003n), i % 2n === 0n);
  return lm.toString();
};
scenarios.hashset_double = () =>
  new HashSet<number>(Arrays.asList(1.0, 2.5, -0.0, 0.0, 3.14, 100.0, 1e10, NaN), "double").toString();
scenarios.hashset_from_list = () => {
  for (let i = 0; i < 100; i++) li.add(kr.nextInt(100000));
  return new HashSet<number>(li).toString();
};
scenarios.hashset_char = () => {
  const hc = new HashSet<number>(null, "char");
  for (const c of J.toCharArray("hello world, java")) hc.add(c);
  return hc.toString();
};
scenarios.hashmap_big_hash = () => {
  const big = new HashMap<string, number>();
  for (let i = 0; i < 1000; i++) big.put("k" + kr.nextInt(5000), i);
  let order = "";
  let cnt = 0;
  for (const k of big.keySet()) if (cnt++ < 50) order += k + ",";
  scenarios.hashmap_big_order = () => order;
  return `${big.hashCode()} ${big.keySet().iterator().nextValue()} ${big.size()}`;
};
scenarios.lru = () => {
  class Lru extends LinkedHashMap<number, string> {
    protected override removeEldestEntry(): boolean {
      return this.size() > 3;
    }
  }
  const lru = new Lru(16, 0.75, true);
  lru.put(1, "a"); lru.put(2, "b"); lru.put(3, "c"); lru.get(1); lru.put(4, "d"); lru.get(3); lru.put(5, "e");
  return lru.toString();
};
scenarios.linkedhashmap = () => {
  const lh = new LinkedHashMap<string, number>();
  lh.put("z", 1); lh.put("a", 2); lh.put("m", 3); lh.put("z", 4); lh.remove("a"); lh.put("a", 5);
  return `${lh} ${lh.keySet()}`;
};
scenarios.treemap = () => {
  const tm = new TreeMap<string, number>();
  for (const s of ws) tm.merge(s, 1, jsum);
  scenarios.treemap_nav = () =>
    `${tm.firstKey()} ${tm.lastKey()} ${tm.floorKey("m")} ${tm.ceilingKey("m")} ${str(tm.higherKey("zzz"))} ${str(tm.lowerKey("a"))} ${tm.headMap("d")} ${tm.tailMap("w")} ${tm.descendingMap().firstKey()}`;
  return tm.toString();
};
scenarios.treemap_rev = () => {
  const ti = new TreeMap<number, number>(Collections.reverseOrder<number>());
  for (let i = 0; i < 300; i++) ti.put(kr.nextInt(1000), i);
  for (let i = 0; i < 200; i++) ti.remove(kr.nextInt(1000));
  return `${ti} ${ti.size()}`;
};
scenarios.treeset = () => {
  const ts = new TreeSet<number>(li);
  return `${ts.first()} ${ts.last()} ${ts.floor(50000)} ${ts.ceiling(50000)} ${ts.headSet(10000)} ${ts.pollFirst()} ${ts.size()}`;
};
scenarios.pq = () => {
  const pq = new PriorityQueue<number>();
  for (let i = 0; i < 30; i++) pq.add(kr.nextInt(100));
  const s = pq.toString();
  let polled = "";
  for (let i = 0; i < 5; i++) polled += pq.poll() + " ";
  scenarios.pq_poll = () => polled + pq;
  const s2 = polled + pq;
  pq.remove(pq.toArray()[7]);
  const s3 = pq.toString();
  scenarios.pq_poll = () => s2;
  scenarios.pq_remove = () => s3;
  return s;
};
scenarios.pq_rev = () => {
  const pr = new PriorityQueue<number>(Collections.reverseOrder<number>());
  pr.addAll(li.subList(0, 20));
  return pr.toString();
};
scenarios.pq_from = () => new PriorityQueue<number>(li.subList(0, 25)).toString();
scenarios.pq_iter_remove = () => {
  const pit = new PriorityQueue<number>(li.subList(0, 25));
  const it = pit.iterator();
  while (it.hasNext()) if (it.nextValue() % 3 === 0) it.remove();
  return pit.toString();
};
scenarios.shuffle = () => {
  const sh = new ArrayList<number>();
  for (let i = 1; i <= 20; i++) sh.add(i);
  Collections.shuffle(sh, new Random(7));
  return sh.toString();
};
scenarios.arrays_double = () => {
  const da = Float64Array.of(3.5, -0.0, 0.0, NaN, -1e300, 2.0, 1.0);
  Arrays.sort(da);
  return `${Arrays.toString(da)} ${Arrays.hashCode(da)}`;
};
scenarios.arrays_int = () => {
  const ia = Int32Array.of(5, 3, 9, 1, 7);
  Arrays.sort(ia);
  return `${Arrays.toString(ia)} ${Arrays.hashCode(ia)} ${Arrays.binarySearch(ia, 7)} ${Arrays.binarySearch(ia, 4)}`;
};
scenarios.arrays_char = () => {
  const chs = J.toCharArray("hello");
  Arrays.sort(chs);
  return `${Arrays.toString(chs)} ${J.newStringFromChars(chs)}`;
};
scenarios.arrays_long = () => {
  const la = BigInt64Array.of(5n, -3n, 1n << 40n);
  return `${Arrays.toString(la)} ${Arrays.hashCode(la)}`;
};
scenarios.list_eq = () =>
  `${J.List.of(1, 2, 3).equals(Arrays.asList(1, 2, 3))} ${J.List.of(1, 2, 3).hashCode()} ${J.JavaSet.of(1, 2, 3).hashCode()} ${J.JavaMap.of("a", 1, "b", 2).hashCode()} ${J.List.of("x", "y").hashCode()}`;
scenarios.list_remove = () => {
  const rl = new ArrayList<number>(J.List.of(10, 20, 30, 40));
  rl.removeAt(1);
  rl.remove(40);
  return `${rl} ${rl.indexOf(30)} ${rl.contains(10)}`;
};
scenarios.list_sort_stable = () => {
  const sl = new ArrayList<string>(J.List.of("pear", "Apple", "fig", "banana", "kiwi", "date"));
  sl.sort(J.Comparators.comparing((s: string) => s.length));
  const a = `${sl} ${sl.subList(1, 4)}`;
  Collections.sort(sl);
  scenarios.list_sort = () => `${sl} ${Collections.max(sl)} ${Collections.min(sl)}`;
  return a;
};
scenarios.deque = () => {
  const dq = new ArrayDeque<number>();
  dq.push(1); dq.offerLast(2); dq.addFirst(3); dq.offer(4); dq.pollLast();
  return `${dq} ${dq.peekFirst()} ${dq.peekLast()} ${dq.size()}`;
};
scenarios.linkedlist = () => {
  const ll = new LinkedList<string>(J.List.of("a", "b", "c"));
  ll.addAt(1, "x"); ll.removeFirst(); ll.addLast("z");
  return `${ll} ${ll.getFirst()} ${ll.indexOf("c")}`;
};
scenarios.cme = () =>
  ex(() => {
    const l = new ArrayList<number>(J.List.of(1, 2, 3));
    for (const x of l) if (x === 2) l.remove(x);
  });
scenarios.cme_last = () =>
  ex(() => {
    const l = new ArrayList<number>(J.List.of(1, 2, 3));
    for (const x of l) if (x === 1) l.remove(x);
  });
scenarios.split = () => {
  let sp = "";
  for (const s of ["a,b,,c,,", ",a,,b", "", " a  b ", "abc", "a1b22c333", "boo:and:foo"]) {
    sp += arr(J.split(s, ",")) + arr(J.split(s, ",", -1)) + arr(J.split(s, ",", 2));
    sp += arr(J.split(s, " ")) + arr(J.split(s, "")) + arr(J.split(s, "\\d+")) + arr(J.split(s, "o", 0)) + arr(J.split(s, "o", -2)) + "|";
  }
  return sp;
};
scenarios.strhash = () =>
  ["", "a", "hello", "Hello, World!", "日本語", "\uD83D\uDE00", "the quick brown fox jumps over the lazy dog"].map((s) => J.strHashCode(s) + " ").join("");
scenarios.trim = () =>
  `[${J.trim(" \t a b \u2003\n")}][${J.strip(" \t a b \u2003\n")}][${J.strip("\u00a0x\u00a0")}]${J.isBlank("   ")}${J.isBlank("\u2003")}`;
scenarios.case = () =>
  `${"Straße".toUpperCase()} ${"İI".toLowerCase().length} ${J.equalsIgnoreCase("HeLLo", "hEllO")} ${J.compareStr("apple", "banana")} ${J.compareStr("abc", "ab")} ${J.compareToIgnoreCase("B", "a")} ${J.repeat("a", 3)}`;
scenarios.replace = () =>
  `${J.replaceAll("a.b.c", "\\.", "\\$")} ${J.replaceAll("x1y22z", "(\\d+)", "<$1>")} ${J.replaceFirst("aaa", "a", "b")} ${J.matches("a+b", "a\\+b")} ${J.replaceAll("Hello World", "\\p{Upper}", "_")}`;
scenarios.sb = () => {
  const sbd = new StringBuilder("hello");
  sbd.append(1).appendChar(99).appendDouble(2.5).appendFloat(1.0).append(true).append(null).append(10n);
  sbd.insert(0, "X").reverse();
  sbd.deleteCharAt(0).setCharAt(0, 81);
  return `${sbd} ${sbd.length()} ${sbd.indexOf("l")} ${new StringBuilder("a\uD83D\uDE00b").reverse()} ${ex(() => new StringBuilder("abc").deleteCharAt(3))}`;
};
scenarios.character = () => {
  let cb = "";
  for (const c of J.toCharArray("aZ5 \t\u00e9\u4e2d\u0661_$\u00a0\u2003")) {
    cb += (Character.isDigit(c) ? "D" : "-") + (Character.isLetter(c) ? "L" : "-") + (Character.isLetterOrDigit(c) ? "A" : "-");
    cb += (Character.isWhitespace(c) ? "W" : "-") + (Character.isUpperCase(c) ? "U" : "-") + (Character.isLowerCase(c) ? "l" : "-");
    cb += J.cstr(Character.toUpperCase(c)) + Character.getNumericValue(c) + " ";
  }
  return cb;
};
scenarios.intops = () =>
  [
    Integer.toBinaryString(-5), Integer.toHexString(-1), Integer.toOctalString(-8), Integer.bitCount(-1), Integer.reverse(1),
    Integer.highestOneBit(100), Integer.numberOfLeadingZeros(1), Integer.numberOfTrailingZeros(8), Integer.toString(-255, 16),
    Integer.parseInt("-ff", 16), Integer.parseInt("+12"), J.idiv(Integer.MIN_VALUE, -1), JMath.abs(Integer.MIN_VALUE),
    JMath.floorMod(-7, 3), JMath.floorDiv(-7, 3), J.idiv(-7, 2), J.irem(-7, 2), J.iushr(7, 1), J.iushr(-7, 1), -7 >> 1, 1 << 33,
    Integer.reverseBytes(0x12345678), Integer.rotateLeft(0x80000001 | 0, 1),
  ].join(" ");
scenarios.longops = () =>
  [
    Long.toBinaryString(-5n).length, Long.toHexString(-1n), J.ladd(Long.MAX_VALUE, 1n), J.ldiv(Long.MIN_VALUE, -1n),
    J.lmul(J.lmul(123456789n, 987654321n), 1000n), J.lushr(-7n, 1), J.lshl(1n, 65), Long.numberOfTrailingZeros(1n << 40n),
    Long.bitCount(-1n), Long.hashCode(-1n), Long.hashCode(1n << 32n), Long.parseLong("-9223372036854775808"), Long.reverse(1n),
    Long.highestOneBit(-1n),
  ].join(" ");
scenarios.conv = () =>
  [
    J.d2i(1e10), J.d2i(-1e10), J.d2l(NaN), J.d2i(-2.7), J.cstr(J.i2c(70000)) + J.i2c(70000), J.i16(40000), J.i8(200),
    J.l2i(3000000000n), J.d2l(1e19), fstr(J.l2f(123456789n)), fstr(J.l2f(9007199254740993n)), dstr(J.l2d(9007199254740993n)),
    J.d2i(NaN), J.d2l(-Number.MAX_VALUE), fstr(0.1),
  ].join(" ");
scenarios.round = () =>
  [
    JMath.round(-2.5), JMath.round(2.5), JMath.round(0.49999999999999994), JMath.round(-0.5), JMath.roundF(2.5), JMath.round(1e20),
    JMath.round(NaN), dstr(JMath.signum(-0.0)), dstr(J.rint(2.5)), dstr(Math.floor(-0.5)), dstr(Math.ceil(-0.5)),
  ].join(" ");
scenarios.hashes = () =>
  [
    J.hashDouble(1.0), J.hashDouble(-0.0), J.hashDouble(NaN), J.hashDouble(3.14), J.hashFloat(1.5), J.hashBool(true), J.hashBool(false),
    J.hashChar(120), J.objectsHash(1, "a", new J.BoxedDouble(2.0)), Arrays.hashCode([1, null, "b"]),
  ].join(" ");
scenarios.equals = () =>
  [J.jequals(0.0, -0.0), J.jequals(NaN, NaN), J.compareDouble(0.0, 0.0) === 0, J.compareDouble(0.0, -0.0), J.compareDouble(NaN, 1e300), J.jequals(null, null)].join(" ");
scenarios.parse_errors = () =>
  [
    ex(() => Integer.parseInt("abc")), ex(() => Integer.parseInt("2147483648")), ex(() => Integer.parseInt("-2147483648")),
    ex(() => Long.parseLong("1L")), ex(() => Integer.parseInt("1_000")), ex(() => J.Double.parseDouble("1e5x")),
    dstr(J.Double.parseDouble(" 1.5f ")), dstr(J.Double.parseDouble("-Infinity")), dstr(J.Double.parseDouble(".5")),
    dstr(J.Double.parseDouble("0x1.8p1")), ex(() => Integer.parseInt(" 1")),
  ].join("|");
scenarios.format = () =>
  formatJava(
    "%d|%5d|%-5d|%05d|%,d|%+d|%x|%X|%o|%#x|%08X|%s|%S|%10.3s|%-6s|%c|%b|%b|%%|%n|%,d|%d|%x|%(d|% d|%3$s %1$s",
    42, -42, 42, -42, 1234567, 5, -255, 255, 8, 255, -1, "str", "up", "abcdef", "ab", J.boxC(122), null, "x", -9876543210n,
    Long.MIN_VALUE, -1n, -5, 7,
  );
scenarios.format_err = () =>
  [
    ex(() => formatJava("%d", "x")), ex(() => formatJava("%d", J.boxD(1.5))), ex(() => formatJava("%s %s", 1)),
    ex(() => formatJava("%q", 1)), ex(() => formatJava("%.2f", 1)),
  ].join("|");
scenarios.biginteger = () => {
  const bi = BigInteger.valueOf(2).pow(100).subtract(BigInteger.ONE);
  return [
    bi, bi.hashCode(), bi.negate().hashCode(), bi.mod(BigInteger.valueOf(97)), bi.toString(16), bi.bitLength(), bi.bitCount(),
    new BigInteger("-123456789012345678901234567890").divide(BigInteger.valueOf(7)), BigInteger.valueOf(-17).mod(BigInteger.valueOf(5)),
    BigInteger.valueOf(-17).remainder(BigInteger.valueOf(5)), BigInteger.valueOf(3).modPow(BigInteger.valueOf(200), BigInteger.valueOf(1000000007)),
    BigInteger.valueOf(10).gcd(BigInteger.valueOf(4)), BigInteger.valueOf(-1).hashCode(), BigInteger.ZERO.hashCode(),
  ].join(" ");
};
scenarios.bigdecimal = () => {
  const a = BigDecimal.parse("10.25");
  const b = BigDecimal.parse("3");
  const P = BigDecimal.parse;
  return [
    a.add(b), a.subtract(b), a.multiply(b), a.divide(b, 5, RoundingMode.HALF_UP), a.divide(b, RoundingMode.HALF_EVEN), a.divide(P("4")),
    P("1.00").divide(P("8")), P("100").divide(P("0.25")), P("6.0").divide(P("2")), P("2.50").setScale(1, RoundingMode.HALF_EVEN),
    P("2.55").setScale(1, RoundingMode.HALF_EVEN), P("-2.5").setScale(0, RoundingMode.HALF_UP), P("-2.5").setScale(0, RoundingMode.HALF_DOWN),
    P("-2.5").setScale(0, RoundingMode.CEILING), P("-2.5").setScale(0, RoundingMode.FLOOR), P("2.0").equals(P("2.00")),
    P("2.0").compareTo(P("2.00")), P("2.0").hashCode(), P("-12.345").hashCode(),
  ].join(" ");
};
scenarios.bigdecimal_str = () => {
  const P = BigDecimal.parse;
  return [
    BigDecimal.valueOfDouble(0.1), BigDecimal.fromDoubleExact(0.1), BigDecimal.valueOfDouble(1e-7), P("1E+3"), P("1E+3").toPlainString(),
    P("0.000001"), P("0.0000001"), P("-1.2E-10"), BigDecimal.valueOf(100n, -2), P("123.4500").stripTrailingZeros(), P("100").stripTrailingZeros(),
    BigDecimal.valueOf(12345n, 3), P("1.5").pow(3), P("10").remainder(P("3")), dstr(BigDecimal.valueOfDouble(2.5).doubleValue()),
    ex(() => BigDecimal.ONE.divide(BigDecimal.valueOf(3))), ex(() => P("1.25").setScale(1)),
  ].join(" ");
};
scenarios.exceptions = () =>
  [
    new J.IllegalStateException("bad"), new J.RuntimeException(new J.IllegalArgumentException("inner")),
    new J.RuntimeException(new J.IllegalArgumentException("inner")).getMessage(), new J.ArithmeticException(),
    new J.UncheckedIOException("m", new J.IOException("io")).getCause(), str(new J.NullPointerException().getMessage()),
    ex(() => J.aset(new Int32Array(2), 2, 1)), ex(() => J.charAt("abc", 3)), ex(() => J.substring("abc", 2, 1)),
    ex(() => new ArrayList<number>().get(0)), ex(() => new ArrayList<number>().addAt(1, 1)), ex(() => Optional.empty().get()),
    ex(() => J.List.of(1).add(2)), ex(() => new ArrayDeque<number>().pop()), ex(() => new J.Stack<number>().pop()),
    ex(() => J.idiv(1, 0)), ex(() => new TreeMap<string, number>().firstKey()), ex(() => new ArrayList<number>().subList(0, 1)),
    ex(() => JMath.multiplyExact(1 << 20, 1 << 12)),
  ].join("|");
scenarios.optional = () =>
  `${Optional.of(5)} ${Optional.empty()} ${Optional.of("x").map((s) => s + "y").orElse("z")} ${Optional.ofNullable(null).isPresent()}`;
scenarios.bitset = () => {
  const bs = new BitSet();
  bs.set(1); bs.set(5); bs.set(64); bs.set(100, 103); bs.clear(5);
  return `${bs} ${bs.cardinality()} ${bs.length()} ${bs.nextSetBit(2)} ${bs.nextClearBit(100)} ${bs.hashCode()} ${bs.size()}`;
};

/**
 * Documented gaps (see README): it.fails keeps them visible and flags when one starts passing.
 * - hashmap_collide: Java treeifies a bin of >= 8 colliding keys once the table has 64 slots; the
 *   red-black bin reorders its linked list (root moved to front). We keep list order.
 * - format_err: an int passed to %f is an error in Java; at runtime an int and a double are both numbers.
 */
const KNOWN_GAPS = new Set(["hashmap_collide", "format_err"]);

describe("runtime vs JDK 17 (gen/GenMisc.java)", () => {
  // Scenarios run in the Java program's order because several share random streams.
  const results = new Map<string, string>();
  for (const name of golden.keys()) {
    const fn = scenarios[name];
    if (fn) {
      try {
        results.set(name, fn());
      } catch (e) {
        results.set(name, "THREW " + String(e) + " " + (e as Error).stack);
      }
    }
  }
  for (const [name, expected] of golden) {
    (KNOWN_GAPS.has(name) ? it.fails : it)(name, () => {
      expect(results.has(name) ? results.get(name) : `missing scenario ${name}`).toBe(expected);
    });
  }
});
