package com.askpro.booking.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the one test class that provokes the last-resort 500 on purpose; {@link NoUnexpectedErrors} lets it pass. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExpectsUnexpectedErrors {}
