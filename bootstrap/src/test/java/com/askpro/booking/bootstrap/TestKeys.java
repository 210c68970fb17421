package com.askpro.booking.bootstrap;

import java.util.HashMap;
import java.util.Map;

/**
 * Test support: the encryption key every test server runs with. {@code ASKPRO_ENCRYPTION_KEY} is
 * required outside {@code --demo}, so a test building its own environment adds it with
 * {@link #withKey(Map)} (or puts {@link #VARIABLE} = {@link #KEY} itself).
 */
public final class TestKeys {

    public static final String VARIABLE = "ASKPRO_ENCRYPTION_KEY";

    /** Base64 of 32 fixed bytes: for tests only. */
    public static final String KEY = "dGVzdC1rZXktb2YtYXNrcHJvLWJvb2tpbmctdGVzdHM=";

    /** Another valid key, e.g. for rotation tests. */
    public static final String OTHER_KEY = "b3RoZXIta2V5LW9mLWFza3Byby1ib29raW5nLXRlc3Q=";

    private TestKeys() {}

    /** {@code env} plus the test key (unless it sets one itself). */
    public static Map<String, String> withKey(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>(env);
        copy.putIfAbsent(VARIABLE, KEY);
        return copy;
    }
}
