package kumo.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.function.Supplier;

import kumo.application.records.port.out.Store;

/**
 * A {@link Store} that opens the real one on its first call and closes it (if it was opened) on {@link
 * #close()}: a command that uses no store opens, creates or migrates nothing.
 */
final class OpenOnFirstUse implements InvocationHandler {

    private final Supplier<Store> open;
    private final Store proxy;
    private Store opened;

    OpenOnFirstUse(Supplier<Store> open) {
        this.open = Objects.requireNonNull(open, "open");
        this.proxy = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, this);
    }

    /** The store to hand to the use cases. */
    Store store() {
        return proxy;
    }

    /** Whether the real store was opened (and not closed since). */
    synchronized boolean isOpen() {
        return opened != null;
    }

    /** Closes the real store if it was opened. */
    synchronized void close() {
        if (opened != null) {
            Store store = opened;
            opened = null;
            store.close();
        }
    }

    private synchronized Store opened() {
        if (opened == null) {
            opened = open.get();
        }
        return opened;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> self == args[0];
                case "hashCode" -> System.identityHashCode(self);
                default -> "OpenOnFirstUse[" + (isOpen() ? "open" : "not opened") + "]";
            };
        }
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            close();
            return null;
        }
        try {
            return method.invoke(opened(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
