package shapes;

import java.util.Date;

/** Extends a third-party class (RuoYi's DateUtils): String, Long and Date still mean java.lang / java.util. */
public class DateUtil extends org.apache.commons.lang3.time.DateUtils {
    public static final String PATTERN = "yyyy-MM-dd";

    public static String pattern() {
        return PATTERN;
    }

    public static Long next(Long id) {
        return id + 1;
    }

    public static Date now() {
        return new Date();
    }
}
