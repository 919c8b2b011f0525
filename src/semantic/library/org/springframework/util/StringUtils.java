// Spring's string helpers (signatures only).
package org.springframework.util;

import java.util.Collection;

public abstract class StringUtils {
    public static boolean hasText(String str);
    public static boolean hasLength(String str);
    public static boolean isEmpty(Object str);
    public static String trimWhitespace(String str);
    public static String trimAllWhitespace(String str);
    public static String capitalize(String str);
    public static String uncapitalize(String str);
    public static String collectionToCommaDelimitedString(Collection<?> coll);
    public static String collectionToDelimitedString(Collection<?> coll, String delim);
    public static String[] commaDelimitedListToStringArray(String str);
    public static String[] tokenizeToStringArray(String str, String delimiters);
}
