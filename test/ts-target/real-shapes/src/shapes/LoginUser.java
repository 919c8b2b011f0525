package shapes;

import org.springframework.security.core.userdetails.UserDetails;

/** Implements a third-party interface: its boxed and String fields keep their types. */
public class LoginUser implements UserDetails {
    private Long userId;
    private String token;

    public Long getUserId() {
        return userId;
    }

    public String getToken() {
        return token;
    }

    public long nextId() {
        return DateUtil.next(getUserId()) + DateUtil.pattern().length();
    }
}
