// Golden data for the TS runtime: one "name<TAB>output" line per scenario (newlines in output escaped as \n).
// The TS side (test/ts-runtime/misc.test.ts) recomputes each scenario with the runtime and compares.
import java.io.*;
import java.math.*;
import java.util.*;

public class GenMisc {
  static PrintWriter w;
  static void out(String name, Object v) { w.println(name + "\t" + String.valueOf(v).replace("\\", "\\\\").replace("\n", "\\n")); }
  static String ex(Runnable r) { try { r.run(); return "ok"; } catch (Throwable t) { return t.toString(); } }
  static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) { if (i > 0) sb.append(' '); int len = 1 + r.nextInt(6); for (int j = 0; j < len; j++) sb.append((char) ('a' + r.nextInt(26))); }
    return sb.toString();
  }

  public static void main(String[] args) throws IOException {
    w = new PrintWriter(new FileWriter(args[0] + "/misc.txt"));
    // --- Random
    Random r = new Random(42);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) sb.append(r.nextInt()).append(' ');
    for (int i = 0; i < 20; i++) sb.append(r.nextInt(100)).append(' ');
    for (int i = 0; i < 10; i++) sb.append(r.nextInt(1024)).append(' ');
    for (int i = 0; i < 10; i++) sb.append(r.nextInt(2000000000)).append(' ');
    for (int i = 0; i < 5; i++) sb.append(r.nextLong()).append(' ');
    for (int i = 0; i < 5; i++) sb.append(r.nextDouble()).append(' ');
    for (int i = 0; i < 5; i++) sb.append(r.nextFloat()).append(' ');
    for (int i = 0; i < 5; i++) sb.append(r.nextBoolean()).append(' ');
    for (int i = 0; i < 7; i++) sb.append(r.nextGaussian()).append(' ');
    for (int i = 0; i < 10; i++) sb.append(r.nextInt(5, 17)).append(' ');
    for (int i = 0; i < 5; i++) sb.append(r.nextInt(-1000000000, 2000000000)).append(' ');
    out("random", sb);
    Random neg = new Random(-123456789012345L);
    out("random_negseed", neg.nextInt() + " " + neg.nextLong() + " " + neg.nextDouble());

    // --- HashMap / HashSet iteration order
    Random kr = new Random(1);
    HashMap<Integer, Integer> hm = new HashMap<>();
    for (int i = 0; i < 200; i++) hm.put(kr.nextInt(1000) - 500, i);
    out("hashmap_int", hm);
    for (int i = 0; i < 100; i++) hm.remove(kr.nextInt(1000) - 500);
    out("hashmap_int_removed", hm + " " + hm.size() + " " + hm.hashCode());
    HashMap<String, Integer> hs = new HashMap<>();
    String[] ws = words(new Random(2), 60).split(" ");
    for (String s : ws) hs.merge(s, 1, Integer::sum);
    out("hashmap_merge", hs);
    HashMap<String, Integer> hp = new HashMap<>();
    for (String s : ws) hp.put(s, hp.getOrDefault(s, 0) + 1);
    out("hashmap_put", hp + " " + hp.keySet() + " " + hp.values());
    HashMap<String, List<Integer>> ca = new HashMap<>();
    for (int i = 0; i < ws.length; i++) ca.computeIfAbsent(ws[i].substring(0, 1), k -> new ArrayList<>()).add(i);
    out("hashmap_cia", ca);
    HashMap<Integer, String> col = new HashMap<>(3);
    for (int i = 0; i < 12; i++) col.put(i * 64, "v" + i);
    out("hashmap_collide", col);
    HashMap<Long, Boolean> lm = new HashMap<>();
    for (long i = 0; i < 20; i++) lm.put(i * 1000000007L * 1000003L, i % 2 == 0);
    out("hashmap_long", lm);
    HashSet<Double> hd = new HashSet<>(Arrays.asList(1.0, 2.5, -0.0, 0.0, 3.14, 100.0, 1e10, Double.NaN));
    out("hashset_double", hd);
    List<Integer> li = new ArrayList<>();
    for (int i = 0; i < 100; i++) li.add(kr.nextInt(100000));
    out("hashset_from_list", new HashSet<>(li));
    HashSet<Character> hc = new HashSet<>();
    for (char c : "hello world, java".toCharArray()) hc.add(c);
    out("hashset_char", hc);
    HashMap<String, Integer> big = new HashMap<>();
    for (int i = 0; i < 1000; i++) big.put("k" + kr.nextInt(5000), i);
    out("hashmap_big_hash", big.hashCode() + " " + big.keySet().iterator().next() + " " + big.size());
    StringBuilder order = new StringBuilder();
    int cnt = 0;
    for (String k : big.keySet()) { if (cnt++ < 50) order.append(k).append(','); }
    out("hashmap_big_order", order);

    // --- LinkedHashMap
    LinkedHashMap<Integer, String> lru = new LinkedHashMap<Integer, String>(16, 0.75f, true) {
      protected boolean removeEldestEntry(Map.Entry<Integer, String> e) { return size() > 3; }
    };
    lru.put(1, "a"); lru.put(2, "b"); lru.put(3, "c"); lru.get(1); lru.put(4, "d"); lru.get(3); lru.put(5, "e");
    out("lru", lru);
    LinkedHashMap<String, Integer> lh = new LinkedHashMap<>();
    lh.put("z", 1); lh.put("a", 2); lh.put("m", 3); lh.put("z", 4); lh.remove("a"); lh.put("a", 5);
    out("linkedhashmap", lh + " " + lh.keySet());

    // --- TreeMap / TreeSet
    TreeMap<String, Integer> tm = new TreeMap<>();
    for (String s : ws) tm.merge(s, 1, Integer::sum);
    out("treemap", tm);
    out("treemap_nav", tm.firstKey() + " " + tm.lastKey() + " " + tm.floorKey("m") + " " + tm.ceilingKey("m") + " " + tm.higherKey("zzz") + " " + tm.lowerKey("a") + " " + tm.headMap("d") + " " + tm.tailMap("w") + " " + tm.descendingMap().firstKey());
    TreeMap<Integer, Integer> ti = new TreeMap<>(Comparator.reverseOrder());
    for (int i = 0; i < 300; i++) ti.put(kr.nextInt(1000), i);
    for (int i = 0; i < 200; i++) ti.remove(kr.nextInt(1000));
    out("treemap_rev", ti + " " + ti.size());
    TreeSet<Integer> ts = new TreeSet<>(li);
    out("treeset", ts.first() + " " + ts.last() + " " + ts.floor(50000) + " " + ts.ceiling(50000) + " " + ts.headSet(10000) + " " + ts.pollFirst() + " " + ts.size());

    // --- PriorityQueue
    PriorityQueue<Integer> pq = new PriorityQueue<>();
    for (int i = 0; i < 30; i++) pq.add(kr.nextInt(100));
    out("pq", pq);
    StringBuilder polled = new StringBuilder();
    for (int i = 0; i < 5; i++) polled.append(pq.poll()).append(' ');
    out("pq_poll", polled + "" + pq);
    pq.remove(pq.toArray()[7]);
    out("pq_remove", pq);
    PriorityQueue<Integer> pr = new PriorityQueue<>(Collections.reverseOrder());
    pr.addAll(li.subList(0, 20));
    out("pq_rev", pr);
    out("pq_from", new PriorityQueue<>(li.subList(0, 25)));
    PriorityQueue<Integer> pit = new PriorityQueue<>(li.subList(0, 25));
    Iterator<Integer> it = pit.iterator();
    while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
    out("pq_iter_remove", pit);

    // --- Collections / Arrays
    List<Integer> sh = new ArrayList<>();
    for (int i = 1; i <= 20; i++) sh.add(i);
    Collections.shuffle(sh, new Random(7));
    out("shuffle", sh);
    double[] da = {3.5, -0.0, 0.0, Double.NaN, -1e300, 2.0, 1.0};
    Arrays.sort(da);
    out("arrays_double", Arrays.toString(da) + " " + Arrays.hashCode(da));
    int[] ia = {5, 3, 9, 1, 7};
    Arrays.sort(ia);
    out("arrays_int", Arrays.toString(ia) + " " + Arrays.hashCode(ia) + " " + Arrays.binarySearch(ia, 7) + " " + Arrays.binarySearch(ia, 4));
    char[] chs = "hello".toCharArray();
    Arrays.sort(chs);
    out("arrays_char", Arrays.toString(chs) + " " + new String(chs));
    long[] la = {5L, -3L, 1L << 40};
    out("arrays_long", Arrays.toString(la) + " " + Arrays.hashCode(la));
    out("list_eq", List.of(1, 2, 3).equals(Arrays.asList(1, 2, 3)) + " " + List.of(1, 2, 3).hashCode() + " " + Set.of(1, 2, 3).hashCode() + " " + Map.of("a", 1, "b", 2).hashCode() + " " + List.of("x", "y").hashCode());
    List<Integer> rl = new ArrayList<>(List.of(10, 20, 30, 40));
    rl.remove(1); rl.remove(Integer.valueOf(40));
    out("list_remove", rl + " " + rl.indexOf(30) + " " + rl.contains(10));
    List<String> sl = new ArrayList<>(List.of("pear", "Apple", "fig", "banana", "kiwi", "date"));
    sl.sort(Comparator.comparing(String::length));
    out("list_sort_stable", sl + " " + sl.subList(1, 4));
    Collections.sort(sl);
    out("list_sort", sl + " " + Collections.max(sl) + " " + Collections.min(sl));
    ArrayDeque<Integer> dq = new ArrayDeque<>();
    dq.push(1); dq.offerLast(2); dq.addFirst(3); dq.offer(4); dq.pollLast();
    out("deque", dq + " " + dq.peekFirst() + " " + dq.peekLast() + " " + dq.size());
    LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c"));
    ll.add(1, "x"); ll.removeFirst(); ll.addLast("z");
    out("linkedlist", ll + " " + ll.getFirst() + " " + ll.indexOf("c"));
    out("cme", ex(() -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer x : l) if (x == 2) l.remove(x); }));
    out("cme_last", ex(() -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer x : l) if (x == 1) l.remove(x); }));

    // --- strings
    String[] splits = {"a,b,,c,,", ",a,,b", "", " a  b ", "abc", "a1b22c333", "boo:and:foo"};
    StringBuilder sp = new StringBuilder();
    for (String s : splits) {
      sp.append(Arrays.toString(s.split(","))).append(Arrays.toString(s.split(",", -1))).append(Arrays.toString(s.split(",", 2)));
      sp.append(Arrays.toString(s.split(" "))).append(Arrays.toString(s.split(""))).append(Arrays.toString(s.split("\\d+"))).append(Arrays.toString(s.split("o", 0))).append(Arrays.toString(s.split("o", -2))).append('|');
    }
    out("split", sp);
    String[] hstr = {"", "a", "hello", "Hello, World!", "日本語", "\uD83D\uDE00", "the quick brown fox jumps over the lazy dog"};
    StringBuilder hh = new StringBuilder();
    for (String s : hstr) hh.append(s.hashCode()).append(' ');
    out("strhash", hh);
    out("trim", "[" + " \t a b \u2003\n".trim() + "][" + " \t a b \u2003\n".strip() + "][" + "\u00a0x\u00a0".strip() + "]" + "   ".isBlank() + "\u2003".isBlank());
    out("case", "Straße".toUpperCase() + " " + "İI".toLowerCase().length() + " " + "HeLLo".equalsIgnoreCase("hEllO") + " " + "apple".compareTo("banana") + " " + "abc".compareTo("ab") + " " + "B".compareToIgnoreCase("a") + " " + "a".repeat(3));
    out("replace", "a.b.c".replaceAll("\\.", "\\$") + " " + "x1y22z".replaceAll("(\\d+)", "<$1>") + " " + "aaa".replaceFirst("a", "b") + " " + "a+b".matches("a\\+b") + " " + "Hello World".replaceAll("\\p{Upper}", "_"));
    StringBuilder sbd = new StringBuilder("hello");
    sbd.append(1).append('c').append(2.5).append(1.0f).append(true).append((Object) null).append(10L);
    sbd.insert(0, "X").reverse();
    sbd.deleteCharAt(0).setCharAt(0, 'Q');
    out("sb", sbd + " " + sbd.length() + " " + sbd.indexOf("l") + " " + new StringBuilder("a\uD83D\uDE00b").reverse() + " " + ex(() -> new StringBuilder("abc").deleteCharAt(3)));
    String chars = "aZ5 \t\u00e9\u4e2d\u0661_$\u00a0\u2003";
    StringBuilder cb = new StringBuilder();
    for (char c : chars.toCharArray())
      cb.append(Character.isDigit(c) ? 'D' : '-').append(Character.isLetter(c) ? 'L' : '-').append(Character.isLetterOrDigit(c) ? 'A' : '-')
        .append(Character.isWhitespace(c) ? 'W' : '-').append(Character.isUpperCase(c) ? 'U' : '-').append(Character.isLowerCase(c) ? 'l' : '-')
        .append(Character.toUpperCase(c)).append(Character.getNumericValue(c)).append(' ');
    out("character", cb);

    // --- ints, longs, conversions
    out("intops", Integer.toBinaryString(-5) + " " + Integer.toHexString(-1) + " " + Integer.toOctalString(-8) + " " + Integer.bitCount(-1) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(8) + " " + Integer.toString(-255, 16) + " " + Integer.parseInt("-ff", 16) + " " + Integer.parseInt("+12") + " " + (Integer.MIN_VALUE / -1) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.floorMod(-7, 3) + " " + Math.floorDiv(-7, 3) + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7 >>> 1) + " " + (-7 >>> 1) + " " + (-7 >> 1) + " " + (1 << 33) + " " + Integer.reverseBytes(0x12345678) + " " + Integer.rotateLeft(0x80000001, 1));
    out("longops", Long.toBinaryString(-5L).length() + " " + Long.toHexString(-1L) + " " + (Long.MAX_VALUE + 1) + " " + (Long.MIN_VALUE / -1) + " " + (123456789L * 987654321L * 1000L) + " " + (-7L >>> 1) + " " + (1L << 65) + " " + Long.numberOfTrailingZeros(1L << 40) + " " + Long.bitCount(-1L) + " " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32) + " " + Long.parseLong("-9223372036854775808") + " " + Long.reverse(1L) + " " + Long.highestOneBit(-1L));
    out("conv", (int) 1e10 + " " + (int) -1e10 + " " + (long) Double.NaN + " " + (int) -2.7 + " " + (char) 70000 + "" + (int) (char) 70000 + " " + (short) 40000 + " " + (byte) 200 + " " + (int) 3000000000L + " " + (long) 1e19 + " " + (float) 123456789L + " " + (float) 9007199254740993L + " " + (double) 9007199254740993L + " " + (int) Float.NaN + " " + (long) -Double.MAX_VALUE + " " + (float) 0.1);
    out("round", Math.round(-2.5) + " " + Math.round(2.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(-0.5) + " " + Math.round(2.5f) + " " + Math.round(1e20) + " " + Math.round(Double.NaN) + " " + Math.signum(-0.0) + " " + Math.rint(2.5) + " " + Math.floor(-0.5) + " " + Math.ceil(-0.5));
    out("hashes", Double.hashCode(1.0) + " " + Double.hashCode(-0.0) + " " + Double.hashCode(Double.NaN) + " " + Double.hashCode(3.14) + " " + Float.hashCode(1.5f) + " " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " " + Character.hashCode('x') + " " + Objects.hash(1, "a", 2.0) + " " + Arrays.hashCode(new Object[] {1, null, "b"}));
    out("equals", Double.valueOf(0.0).equals(-0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (0.0 == -0.0) + " " + Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, 1e300) + " " + Objects.equals(null, null));
    out("parse_errors", ex(() -> Integer.parseInt("abc")) + "|" + ex(() -> Integer.parseInt("2147483648")) + "|" + ex(() -> Integer.parseInt("-2147483648")) + "|" + ex(() -> Long.parseLong("1L")) + "|" + ex(() -> Integer.parseInt("1_000")) + "|" + ex(() -> Double.parseDouble("1e5x")) + "|" + Double.parseDouble(" 1.5f ") + "|" + Double.parseDouble("-Infinity") + "|" + Double.parseDouble(".5") + "|" + Double.parseDouble("0x1.8p1") + "|" + ex(() -> Integer.parseInt(" 1")));

    // --- format (non-double)
    out("format", String.format("%d|%5d|%-5d|%05d|%,d|%+d|%x|%X|%o|%#x|%08X|%s|%S|%10.3s|%-6s|%c|%b|%b|%%|%n|%,d|%d|%x|%(d|% d|%3$s %1$s", 42, -42, 42, -42, 1234567, 5, -255, 255, 8, 255, -1, "str", "up", "abcdef", "ab", 'z', null, "x", -9876543210L, Long.MIN_VALUE, -1L, -5, 7));
    out("format_err", ex(() -> String.format("%d", "x")) + "|" + ex(() -> String.format("%d", 1.5)) + "|" + ex(() -> String.format("%s %s", 1)) + "|" + ex(() -> String.format("%q", 1)) + "|" + ex(() -> String.format("%.2f", 1)));

    // --- BigInteger / BigDecimal
    BigInteger bi = BigInteger.valueOf(2).pow(100).subtract(BigInteger.ONE);
    out("biginteger", bi + " " + bi.hashCode() + " " + bi.negate().hashCode() + " " + bi.mod(BigInteger.valueOf(97)) + " " + bi.toString(16) + " " + bi.bitLength() + " " + bi.bitCount() + " " + new BigInteger("-123456789012345678901234567890").divide(BigInteger.valueOf(7)) + " " + BigInteger.valueOf(-17).mod(BigInteger.valueOf(5)) + " " + BigInteger.valueOf(-17).remainder(BigInteger.valueOf(5)) + " " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(200), BigInteger.valueOf(1000000007)) + " " + BigInteger.valueOf(10).gcd(BigInteger.valueOf(4)) + " " + BigInteger.valueOf(-1).hashCode() + " " + BigInteger.ZERO.hashCode());
    BigDecimal a = new BigDecimal("10.25"), b = new BigDecimal("3");
    out("bigdecimal", a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.divide(b, 5, RoundingMode.HALF_UP) + " " + a.divide(b, RoundingMode.HALF_EVEN) + " " + a.divide(new BigDecimal("4")) + " " + new BigDecimal("1.00").divide(new BigDecimal("8")) + " " + new BigDecimal("100").divide(new BigDecimal("0.25")) + " " + new BigDecimal("6.0").divide(new BigDecimal("2")) + " " + new BigDecimal("2.50").setScale(1, RoundingMode.HALF_EVEN) + " " + new BigDecimal("2.55").setScale(1, RoundingMode.HALF_EVEN) + " " + new BigDecimal("-2.5").setScale(0, RoundingMode.HALF_UP) + " " + new BigDecimal("-2.5").setScale(0, RoundingMode.HALF_DOWN) + " " + new BigDecimal("-2.5").setScale(0, RoundingMode.CEILING) + " " + new BigDecimal("-2.5").setScale(0, RoundingMode.FLOOR) + " " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("-12.345").hashCode());
    out("bigdecimal_str", BigDecimal.valueOf(0.1) + " " + new BigDecimal(0.1) + " " + BigDecimal.valueOf(1e-7) + " " + new BigDecimal("1E+3") + " " + new BigDecimal("1E+3").toPlainString() + " " + new BigDecimal("0.000001") + " " + new BigDecimal("0.0000001") + " " + new BigDecimal("-1.2E-10") + " " + BigDecimal.valueOf(100, -2) + " " + new BigDecimal("123.4500").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros() + " " + BigDecimal.valueOf(12345, 3) + " " + new BigDecimal("1.5").pow(3) + " " + new BigDecimal("10").remainder(new BigDecimal("3")) + " " + BigDecimal.valueOf(2.5).doubleValue() + " " + ex(() -> BigDecimal.ONE.divide(BigDecimal.valueOf(3))) + " " + ex(() -> new BigDecimal("1.25").setScale(1)));

    // --- exceptions
    out("exceptions", new IllegalStateException("bad") + "|" + new RuntimeException(new IllegalArgumentException("inner")) + "|" + new RuntimeException(new IllegalArgumentException("inner")).getMessage() + "|" + new ArithmeticException() + "|" + new java.io.UncheckedIOException("m", new java.io.IOException("io")).getCause() + "|" + new NullPointerException().getMessage() + "|" + ex(() -> { int[] x = new int[2]; x[2] = 1; }) + "|" + ex(() -> "abc".charAt(3)) + "|" + ex(() -> "abc".substring(2, 1)) + "|" + ex(() -> new ArrayList<Integer>().get(0)) + "|" + ex(() -> new ArrayList<Integer>().add(1, 1)) + "|" + ex(() -> Optional.empty().get()) + "|" + ex(() -> List.of(1).add(2)) + "|" + ex(() -> new ArrayDeque<Integer>().pop()) + "|" + ex(() -> new Stack<Integer>().pop()) + "|" + ex(() -> { int z = 0; int y = 1 / z; }) + "|" + ex(() -> new TreeMap<String, Integer>().firstKey()) + "|" + ex(() -> new ArrayList<Integer>().subList(0, 1)) + "|" + ex(() -> Math.multiplyExact(1 << 20, 1 << 12)));
    out("optional", Optional.of(5) + " " + Optional.empty() + " " + Optional.of("x").map(s -> s + "y").orElse("z") + " " + Optional.ofNullable(null).isPresent());
    BitSet bs = new BitSet();
    bs.set(1); bs.set(5); bs.set(64); bs.set(100, 103); bs.clear(5);
    out("bitset", bs + " " + bs.cardinality() + " " + bs.length() + " " + bs.nextSetBit(2) + " " + bs.nextClearBit(100) + " " + bs.hashCode() + " " + bs.size());
    w.close();
  }
}
