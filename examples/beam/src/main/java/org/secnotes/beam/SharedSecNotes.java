package org.secnotes.beam;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.secnotes.SecNotes;

/**
 * One {@link SecNotes} per worker JVM for each configuration. The facade is immutable and
 * thread-safe, and building it parses templates and fonts, so every {@code DoFn} instance on a
 * worker shares it. Factories without value equality (lambdas) cannot be told apart after
 * deserialization, so each {@code DoFn} instance builds its own from them.
 *
 * <p>Thread-safe.
 */
final class SharedSecNotes {

    private static final ConcurrentMap<SecNotesConfig, SecNotes> BY_CONFIG = new ConcurrentHashMap<>();

    private SharedSecNotes() {
    }

    static SecNotes get(SecNotesFactory factory) {
        if (factory instanceof SecNotesConfig config) {
            return BY_CONFIG.computeIfAbsent(config, SecNotesConfig::create);
        }
        return factory.create();
    }
}
