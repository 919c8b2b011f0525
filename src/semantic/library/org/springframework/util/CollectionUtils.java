// Spring's collection helpers (signatures only).
package org.springframework.util;

import java.util.Collection;
import java.util.List;
import java.util.Map;

public abstract class CollectionUtils {
    public static boolean isEmpty(Collection<?> collection);
    public static boolean isEmpty(Map<?, ?> map);
    public static boolean contains(java.util.Iterator<?> iterator, Object element);
    public static <T> T firstElement(List<T> list);
    public static <T> T lastElement(List<T> list);
}
