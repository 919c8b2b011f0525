package shapes;

import java.io.InputStream;
import java.io.Writer;
import java.util.concurrent.ConcurrentHashMap;

/** spring-cloud-alibaba's StringBuilderWriter/FileUtils/NacosPropertySourceRepository shapes. */
public class BuilderWriter extends Writer {
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private final StringBuilder builder = new StringBuilder();

    @Override
    public Writer append(char value) {
        builder.append(value);
        return this;
    }

    @Override
    public Writer append(CharSequence value) {
        builder.append(value);
        return this;
    }

    @Override
    public Writer append(CharSequence value, int start, int end) {
        builder.append(value, start, end);
        return this;
    }

    @Override
    public void write(char[] value, int offset, int length) {
        builder.append(value, offset, length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** JDK calls on a value whose class has no TS counterpart become stubs. */
    public static int cached() {
        return CACHE.values().size();
    }

    /** So does try-with-resources on such a resource. */
    public static int firstByte(InputStream in) throws java.io.IOException {
        try (InputStream stream = in) {
            return stream == null ? 0 : 1;
        }
    }
}
