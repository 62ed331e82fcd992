package id.netra.safety.domain;

import java.time.Duration;

/** After 5 wrong passwords in a row, wait 30 s, doubling with each further failure, at most 15 minutes. */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;

    private LoginThrottle() {
    }

    public static Duration delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        long seconds = 30L << Math.min(10, failures - FREE_ATTEMPTS);
        return Duration.ofSeconds(Math.min(seconds, 15 * 60));
    }
}
