import java.util.Arrays;
import java.util.Random;

// 经典排序：冒泡、插入、选择、归并、快速、堆、计数，并统计比较次数
public class Main {
    static long comparisons;

    static boolean less(int a, int b) {
        comparisons++;
        return a < b;
    }

    static void bubble(int[] a) {
        for (int i = 0; i < a.length - 1; i++) {
            boolean swapped = false;
            for (int j = 0; j < a.length - 1 - i; j++) {
                if (less(a[j + 1], a[j])) {
                    int t = a[j];
                    a[j] = a[j + 1];
                    a[j + 1] = t;
                    swapped = true;
                }
            }
            if (!swapped) break;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int key = a[i], j = i - 1;
            while (j >= 0 && less(key, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void selection(int[] a) {
        for (int i = 0; i < a.length; i++) {
            int min = i;
            for (int j = i + 1; j < a.length; j++) if (less(a[j], a[min])) min = j;
            int t = a[i];
            a[i] = a[min];
            a[min] = t;
        }
    }

    static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int pivot = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (less(a[i], pivot)) i++;
            while (less(pivot, a[j])) j--;
            if (i <= j) {
                int t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0];
            a[0] = a[end];
            a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, big = i;
            if (l < n && less(a[big], a[l])) big = l;
            if (r < n && less(a[big], a[r])) big = r;
            if (big == i) return;
            int t = a[i];
            a[i] = a[big];
            a[big] = t;
            i = big;
        }
    }

    static int[] counting(int[] a, int max) {
        int[] cnt = new int[max + 1];
        for (int v : a) cnt[v]++;
        int[] out = new int[a.length];
        int k = 0;
        for (int v = 0; v <= max; v++) while (cnt[v]-- > 0) out[k++] = v;
        return out;
    }

    interface Sorter {
        void sort(int[] a);
    }

    public static void main(String[] args) {
        Random rnd = new Random(20240601);
        int[] data = new int[40];
        for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(200) - 50;
        System.out.println("原始: " + Arrays.toString(data));
        int[] expected = data.clone();
        Arrays.sort(expected);
        String[] names = {"冒泡", "插入", "选择", "归并", "快速", "堆"};
        Sorter[] sorters = {
                Main::bubble, Main::insertion, Main::selection,
                a -> mergeSort(a, new int[a.length], 0, a.length),
                a -> quick(a, 0, a.length - 1), Main::heap};
        for (int s = 0; s < sorters.length; s++) {
            for (int[] input : new int[][]{data, expected, reversed(expected)}) {
                int[] copy = input.clone();
                comparisons = 0;
                sorters[s].sort(copy);
                System.out.printf("%-4s 输入=%-4s 比较次数=%4d 正确=%b%n", names[s], input == data ? "随机" : input == expected ? "有序" : "逆序",
                        comparisons, Arrays.equals(copy, expected));
            }
        }
        int[] small = {5, 3, 9, 0, 3, 7, 1, 9};
        System.out.println("计数排序: " + Arrays.toString(counting(small, 9)));
        System.out.println("排序后: " + Arrays.toString(expected));
        String[] words = {"梨", "apple", "苹果", "Banana", "桃", "cherry"};
        String[] w = words.clone();
        for (int i = 1; i < w.length; i++) {
            String key = w[i];
            int j = i - 1;
            while (j >= 0 && w[j].compareTo(key) > 0) {
                w[j + 1] = w[j];
                j--;
            }
            w[j + 1] = key;
        }
        System.out.println("字符串插入排序(UTF-16 序): " + Arrays.toString(w));
    }

    static int[] reversed(int[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
        return r;
    }
}
