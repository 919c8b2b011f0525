package shapes;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * RuoYi's exception shapes: several constructors on a JDK exception, fields named like Throwable's
 * internals, and overrides of both printStackTrace overloads.
 */
public class UploadException extends Exception {
    private Integer code;
    private String message;
    private String detailMessage;
    private final Throwable cause;

    public UploadException() {
        this(null, null);
    }

    public UploadException(String msg) {
        this(msg, null);
    }

    public UploadException(String msg, Throwable cause) {
        super(msg);
        this.cause = cause;
        this.message = msg;
        this.detailMessage = msg;
        this.code = 500;
    }

    @Override
    public String getMessage() {
        return message + " (" + code + ", " + detailMessage + ")";
    }

    @Override
    public void printStackTrace(PrintStream stream) {
        super.printStackTrace(stream);
        if (cause != null) {
            stream.println("Caused by:");
            cause.printStackTrace(stream);
        }
    }

    @Override
    public void printStackTrace(PrintWriter writer) {
        super.printStackTrace(writer);
    }

    @Override
    public Throwable getCause() {
        return cause;
    }

    public static void main(String[] args) {
        try {
            throw new UploadException("too large", new IllegalStateException("disk"));
        } catch (UploadException e) {
            System.out.println(e.getMessage() + " / " + e.getCause().getMessage());
        }
    }
}
