package org.filmlens.bench;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads the classes under one package prefix from its own locations first, everything else from the loader of the
 * benchmark: so two builds on the same class path, one loader each, really run their own code in an A/B run.
 */
final class ChildFirstLoader extends URLClassLoader {
    private final String prefix;

    ChildFirstLoader(String prefix, URL... locations) {
        super(locations, ChildFirstLoader.class.getClassLoader());
        this.prefix = prefix;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(prefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException notHere) {
                    c = super.loadClass(name, false);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
