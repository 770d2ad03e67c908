package eu.socialmap.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A CDI event for services wired by hand: what was fired, handed to the observers the test added. */
public final class FiredEvents<T> implements Event<T> {

    public final List<T> fired = new ArrayList<>();
    private final List<Consumer<T>> observers = new ArrayList<>();

    public FiredEvents<T> observedBy(Consumer<T> observer) {
        observers.add(observer);
        return this;
    }

    @Override
    public void fire(T event) {
        fired.add(event);
        observers.forEach(o -> o.accept(event));
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        fire(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("not used by the services under test");
    }
}
