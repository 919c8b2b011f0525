// Prints "key<TAB>value" lines for java.util collection behaviour (HashMap
// iteration order, PriorityQueue heap order, Random sequences, ...); output is
// testdata/collections.txt, checked by jrt/collections_test.go.
// Run from src/emit/go/runtime: java testdata/gen/GenCollections.java > testdata/collections.txt
import java.util.*;

public class GenCollections {
    static void p(String k, Object v) { System.out.println(k + "\t" + v); }
    static final String[] WORDS = ("the quick brown fox jumps over the lazy dog while seven wizards quietly hex "
        + "jumbled boxes of zebra apple banana cherry date elderberry fig grape honeydew kiwi lemon mango nectarine "
        + "orange papaya quince raspberry strawberry tangerine ugli vanilla watermelon xigua yam zucchini Aa BB").split(" ");

    public static void main(String[] a) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : WORDS) counts.merge(w, 1, Integer::sum);
        p("wordcounts", counts);
        for (int i = 0; i < WORDS.length; i += 3) counts.remove(WORDS[i]);
        p("wordcounts_removed", counts);
        Map<Integer, String> im = new HashMap<>();
        for (int i = 0; i < 100; i++) im.put(i * 7919 - 50000, "v" + i);
        p("intmap", im.keySet());
        Map<Integer, Integer> small = new HashMap<>(3);
        for (int i = 0; i < 20; i++) small.put(i * 37 % 101, i);
        p("smallcap", small);
        p("copy", new HashMap<>(small));
        Set<String> ws = new HashSet<>(Arrays.asList(WORDS));
        p("wordset", ws);
        Set<Long> ls = new HashSet<>();
        for (long i = -5; i < 30; i++) ls.add(i * 1_000_000_007L);
        p("longset", ls);
        Set<Double> dset = new HashSet<>(List.of(0.5, -0.0, 0.0, 1e10, 3.14, Double.NaN, -2.5, 100.0));
        p("doubleset", dset);
        Set<Character> cs = new HashSet<>();
        for (char c : "hello world, HashSet of chars!".toCharArray()) cs.add(c);
        p("charset", cs);
        p("boolset", new HashSet<>(List.of(true, false)));
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 30; i++) groups.computeIfAbsent("g" + (i % 7), k -> new ArrayList<>()).add(i);
        p("groups", groups);
        LinkedHashMap<String, Integer> lru = new LinkedHashMap<>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<String, Integer> e) { return size() > 3; }
        };
        for (String w : new String[]{"a", "b", "c", "a", "d", "b", "e"}) { lru.put(w, w.length()); lru.get("a"); }
        p("lru", lru);
        Map<String, Integer> lhm = new LinkedHashMap<>();
        for (String w : WORDS) lhm.putIfAbsent(w, w.length());
        p("linked", lhm);
        TreeMap<String, Integer> tm = new TreeMap<>(counts);
        p("treemap", tm);
        p("tm_floor", tm.floorKey("m") + "," + tm.ceilingKey("m") + "," + tm.firstKey() + "," + tm.lastKey() + "," + tm.headMap("c") + "," + tm.tailMap("y", true));
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(100)).append(' ');
        for (int i = 0; i < 5; i++) sb.append(r.nextInt(1 << 20)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextInt(1000000007)).append(' ');
        sb.append(r.nextLong()).append(' ').append(r.nextDouble()).append(' ').append(r.nextBoolean()).append(' ').append(r.nextFloat());
        for (int i = 0; i < 6; i++) sb.append(' ').append(r.nextGaussian());
        sb.append(' ').append(r.nextInt(5, 10));
        p("random", sb);
        List<Integer> sh = new ArrayList<>();
        for (int i = 1; i <= 20; i++) sh.add(i);
        Collections.shuffle(sh, new Random(7));
        p("shuffle", sh);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        Random r2 = new Random(3);
        for (int i = 0; i < 15; i++) pq.add(r2.nextInt(100));
        p("pq", pq);
        pq.poll(); pq.poll(); pq.remove((Object) pq.toArray()[5]);
        p("pq2", pq);
        p("pqheapify", new PriorityQueue<>(List.of(9, 3, 7, 1, 8, 2, 6, 5, 4)));
        PriorityQueue<String> pqs = new PriorityQueue<>(Comparator.reverseOrder());
        pqs.addAll(Arrays.asList(WORDS).subList(0, 12));
        p("pqrev", pqs);
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) { if (i % 3 == 0) dq.addFirst(i); else dq.addLast(i); }
        dq.pollFirst(); dq.pollLast();
        p("deque", dq);
        List<String> byLen = new ArrayList<>(Arrays.asList(WORDS));
        byLen.sort(Comparator.comparingInt(String::length));
        p("stablesort", byLen);
        double[] da = {3.5, -0.0, 0.0, Double.NaN, -1e300, 2.0, Double.NEGATIVE_INFINITY};
        Arrays.sort(da);
        p("sortdoubles", Arrays.toString(da));
        p("listhash", List.of(1, 2, 3).hashCode() + "," + new ArrayList<>(List.of("a", "b")).hashCode() + "," + List.of(1, 2, 3).equals(new ArrayList<>(List.of(1, 2, 3))));
        p("maphash", counts.hashCode());
        p("sethash", ws.hashCode());
        p("optional", Optional.of(5) + "," + Optional.empty());
        p("binsearch", Arrays.binarySearch(new int[]{1, 3, 5, 7}, 4) + "," + Arrays.binarySearch(new int[]{1, 3, 5, 7}, 5));
        p("deep", Arrays.deepToString(new int[][]{{1, 2}, {3}}));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 2000; i++) big.add(i * 31 % 1009);
        Set<Integer> bigset = new HashSet<>(big);
        StringBuilder o = new StringBuilder();
        int n = 0;
        for (int v : bigset) { if (n++ % 50 == 0) o.append(v).append(','); }
        p("bigset_sample", o);
        Map<String, Integer> smap = new HashMap<>();
        for (int i = 0; i < 500; i++) smap.put("key" + i, i);
        StringBuilder o2 = new StringBuilder();
        n = 0;
        for (String k : smap.keySet()) { if (n++ % 25 == 0) o2.append(k).append(','); }
        p("bigmap_sample", o2);
    }
}
