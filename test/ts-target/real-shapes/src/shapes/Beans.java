package shapes;

/** A class literal of an interface passed to a generic lookup keeps the interface's type. */
public class Beans {
    public interface UserService {
        String name();
    }

    public static <T> T getBean(Class<T> type) {
        return null;
    }

    public static String userServiceName() {
        return getBean(UserService.class).name();
    }
}
