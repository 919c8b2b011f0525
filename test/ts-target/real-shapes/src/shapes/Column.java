package shapes;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/** RuoYi's GenTableColumn/UUID/Base64 shapes. */
public class Column {
    /** A String field named like the boolean methods isPk() and isPk(String). */
    private String isPk;
    private String name;

    public String getIsPk() {
        return isPk;
    }

    public boolean isPk() {
        return isPk(this.isPk);
    }

    public boolean isPk(String isPk) {
        return "1".equals(isPk);
    }

    public String getName() {
        return name;
    }

    /** A method reference whose receiver type inference loses (Collectors.toMap's T). */
    public static Map<String, Column> byName(List<Column> columns) {
        return columns.stream().collect(Collectors.toMap(Column::getName, Function.identity()));
    }

    /** A class without a TS counterpart assigned to its mapped supertype. */
    public static Random generator(SecureRandom secure, boolean useSecure) {
        final Random r = useSecure ? secure : new Random(7);
        return r;
    }

    /** C-style array declarators. */
    public static int encode(byte[] data) {
        char encoded[] = null;
        encoded = new char[data.length * 2];
        int grid[][] = new int[2][3];
        return encoded.length + grid[1].length;
    }
}
