package com.askpro.booking.adapter.calcom;

/** Adapter: a Cal.com event type a service can be linked to (by {@code id}). */
public record CalcomEventType(long id, String title, String slug, Integer lengthInMinutes) {}
