package com.askpro.booking.domain.shared;

import java.util.function.Function;

/**
 * The one way the domain answers a request to change an aggregate: the change was {@link Applied},
 * it was {@link Ignored} because the aggregate already reflects it (a duplicate or late event), or
 * it was {@link Refused} because a business rule forbids it. Aggregates are immutable, so the
 * changed state is carried in the answer. Broken invariants and programmer errors are exceptions,
 * never transitions.
 *
 * @param <T> the aggregate type
 */
public sealed interface Transition<T> {

    /** The state after the request: the new state, or the unchanged one. Null when refused. */
    T state();

    default boolean changed() {
        return this instanceof Applied<T>;
    }

    /** The new state of an applied transition; for any other answer the rule's violation. */
    default T orElseThrow() {
        if (this instanceof Refused<T> refused) {
            throw new RuleViolationException(refused.rule(), refused.message());
        }
        return state();
    }

    default <R> Transition<R> map(Function<T, R> mapper) {
        if (this instanceof Applied<T> applied) {
            return new Applied<>(mapper.apply(applied.state()));
        }
        if (this instanceof Ignored<T> ignored) {
            return new Ignored<>(mapper.apply(ignored.state()), ignored.why());
        }
        Refused<T> refused = (Refused<T>) this;
        return new Refused<>(refused.rule(), refused.message());
    }

    static <T> Transition<T> applied(T state) {
        return new Applied<>(state);
    }

    static <T> Transition<T> ignored(T state, String why) {
        return new Ignored<>(state, why);
    }

    static <T> Transition<T> refused(String rule, String message) {
        return new Refused<>(rule, message);
    }

    /** The aggregate changed; {@code state} is the new state to persist. */
    record Applied<T>(T state) implements Transition<T> {
        public Applied {
            Require.notNull("state", state);
        }
    }

    /** Nothing to do: the aggregate already reflects the request. */
    record Ignored<T>(T state, String why) implements Transition<T> {
        public Ignored {
            Require.notNull("state", state);
        }
    }

    /** A business rule forbids the change; {@code rule} is a stable machine-readable code. */
    record Refused<T>(String rule, String message) implements Transition<T> {
        @Override
        public T state() {
            return null;
        }
    }
}
