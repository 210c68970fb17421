package com.askpro.booking.bootstrap.hostile;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips a jqwik container when {@code ASKPRO_TEST_POSTGRES_URL} is unset (CI sets it and requires the report). */
public final class RequiresPostgres implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        String url = System.getenv("ASKPRO_TEST_POSTGRES_URL");
        return url == null || url.isBlank()
                ? SkipResult.skip("ASKPRO_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped")
                : SkipResult.doNotSkip();
    }
}
