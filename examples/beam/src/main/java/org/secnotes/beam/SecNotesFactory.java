package org.secnotes.beam;

import java.io.Serializable;
import org.secnotes.SecNotes;

/**
 * Builds the {@link SecNotes} facade on a worker. {@code SecNotes} is not serializable (it holds
 * parsed fonts and templates), so a pipeline ships this small factory to the workers instead, and
 * each worker builds the facade from it once (see {@link RenderNotes}).
 *
 * <p>{@link SecNotesConfig} covers the usual customisation (paper, fonts, link pattern); for
 * anything else, pass a serializable lambda:
 *
 * <pre>{@code
 * SecNotesFactory factory = () -> SecNotes.builder().symbolResolver(MyResolver.INSTANCE).build();
 * }</pre>
 *
 * <p>Implementations must be serializable and should be immutable. Those with value equality
 * (as {@link SecNotesConfig} has) share one facade per worker JVM; others get one per {@code DoFn}
 * instance.
 */
@FunctionalInterface
public interface SecNotesFactory extends Serializable {

    /**
     * Builds the facade; called once per worker JVM or {@code DoFn} set-up, never per note.
     *
     * @return the facade
     */
    SecNotes create();
}
