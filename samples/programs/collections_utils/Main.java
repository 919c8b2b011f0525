import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

// Collections：sort/reverse/shuffle(固定种子)/swap/rotate/frequency/max/min/nCopies/unmodifiable*/synchronized*
public class Main {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 10; i++) nums.add(i);
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffle(seed=42)=" + nums);
        Collections.shuffle(nums, new Random(2024));
        System.out.println("shuffle(seed=2024)=" + nums);
        Collections.sort(nums);
        System.out.println("sort=" + nums);
        Collections.reverse(nums);
        System.out.println("reverse=" + nums);
        Collections.swap(nums, 0, 9);
        System.out.println("swap(0,9)=" + nums);
        Collections.rotate(nums, 3);
        System.out.println("rotate(3)=" + nums);
        Collections.rotate(nums, -1);
        System.out.println("rotate(-1)=" + nums);
        System.out.println("max=" + Collections.max(nums) + " min=" + Collections.min(nums) + " max(逆序比较器)=" + Collections.max(nums, Collections.reverseOrder()));
        List<String> words = new ArrayList<>(Arrays.asList("红", "绿", "红", "蓝", "红", "绿"));
        System.out.println("frequency(红)=" + Collections.frequency(words, "红") + " disjoint=" + Collections.disjoint(words, List.of("黄", "紫")));
        Collections.sort(words, Collections.reverseOrder());
        System.out.println("逆序排序=" + words);
        Collections.sort(words);
        System.out.println("binarySearch(蓝)=" + Collections.binarySearch(words, "蓝"));
        System.out.println("nCopies=" + Collections.nCopies(3, "哈") + " String.join=" + String.join("", Collections.nCopies(3, "哈")));
        Collections.fill(words, "空");
        System.out.println("fill=" + words);
        List<Integer> target = new ArrayList<>(Collections.nCopies(5, 0));
        Collections.copy(target, List.of(7, 8));
        System.out.println("copy=" + target);
        System.out.println("addAll 返回=" + Collections.addAll(target, 1, 2) + " -> " + target);
        System.out.println("indexOfSubList=" + Collections.indexOfSubList(target, List.of(0, 0)) + " lastIndexOfSubList=" + Collections.lastIndexOfSubList(target, List.of(0, 0)));
        List<String> unmod = Collections.unmodifiableList(new ArrayList<>(List.of("只读")));
        tryModify("unmodifiableList.add", () -> unmod.add("x"));
        Map<String, Integer> backing = new HashMap<>();
        backing.put("a", 1);
        Map<String, Integer> unmodMap = Collections.unmodifiableMap(backing);
        tryModify("unmodifiableMap.put", () -> unmodMap.put("b", 2));
        backing.put("c", 3);
        System.out.println("unmodifiableMap 是视图, 看到底层修改: " + unmodMap);
        Set<Integer> unmodSet = Collections.unmodifiableSet(new TreeSet<>(Set.of(3, 1, 2)));
        tryModify("unmodifiableSet.remove", () -> unmodSet.remove(1));
        tryModify("unmodifiable iterator.remove", () -> {
            var it = unmodSet.iterator();
            it.next();
            it.remove();
        });
        Collection<Integer> unmodColl = Collections.unmodifiableCollection(nums);
        tryModify("unmodifiableCollection.clear", unmodColl::clear);
        System.out.println("emptyList=" + Collections.emptyList() + " emptyMap=" + Collections.emptyMap() + " singletonList=" + Collections.singletonList("唯一") + " singletonMap=" + Collections.singletonMap("键", "值"));
        tryModify("emptyList.add", () -> Collections.<String>emptyList().add("x"));
        tryModify("singleton.add", () -> Collections.singleton(1).add(2));
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>());
        sync.add(1);
        synchronized (sync) {
            for (int v : sync) System.out.println("synchronizedList 遍历 " + v);
        }
        List<Object> checked = Collections.checkedList(new ArrayList<>(), Object.class);
        checked.add("ok");
        System.out.println("checkedList=" + checked);
        List<Integer> rnd = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 8; i++) rnd.add(r.nextInt(100));
        System.out.println("Random(7) 8 个数=" + rnd);
        Collections.sort(rnd, (p, q) -> Integer.compare(p % 10, q % 10));
        System.out.println("按个位稳定排序=" + rnd);
    }

    static void tryModify(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " 成功(意外)");
        } catch (UnsupportedOperationException e) {
            System.out.println(label + " -> UnsupportedOperationException");
        }
    }
}
