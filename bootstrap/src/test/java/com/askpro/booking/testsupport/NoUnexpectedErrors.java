package com.askpro.booking.testsupport;

import com.askpro.booking.adapter.http.UnexpectedErrors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class of this module (service loader + autodetection in
 * {@code junit-platform.properties}): fails the class when any of its requests ended in an
 * unexpected exception, i.e. was answered by the last-resort problem+json 500. Every bad input must
 * have its own 4xx, so the suite must never see one.
 */
public final class NoUnexpectedErrors implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NoUnexpectedErrors.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", UnexpectedErrors.count());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Long before = context.getStore(NAMESPACE).get("before", Long.class);
        long now = UnexpectedErrors.count();
        if (before != null
                && now > before
                && !context.getRequiredTestClass().isAnnotationPresent(ExpectsUnexpectedErrors.class)) {
            throw new AssertionError((now - before) + " request(s) of " + context.getDisplayName()
                    + " ended in an unexpected exception (answered 500); the last: " + UnexpectedErrors.last()
                    + " — see the ERROR log for the stack trace");
        }
    }
}
